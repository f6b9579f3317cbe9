using PulmoPet.Imaging;
using PulmoPet.Imaging.Processing;

namespace PulmoPet.Imaging.Tests.Processing;

public sealed class BinaryMorphologyTests
{
    /// <summary>(radius mm, spacing x, y, z, foreground density, seed).</summary>
    public static TheoryData<double, double, double, double, double, int> RandomCases => new()
    {
        { 1.0, 1, 1, 1, 0.05, 1 },
        { 1.4142135623730951, 1, 1, 1, 0.1, 2 }, // √2: lattice points exactly on the sphere
        { 1.7320508075688772, 1, 1, 1, 0.3, 3 }, // √3
        { 2.0, 1, 1, 1, 0.5, 4 },
        { 3.0, 0.8, 1.2, 2.5, 0.05, 5 },
        { 2.5, 0.9765625, 0.9765625, 3.0, 0.6, 6 },
        { 4.0, 2.0, 2.0, 2.0, 0.02, 7 }, // r = 2 voxels exactly
        { 0.0, 1, 1, 1, 0.4, 8 }, // identity
    };

    [Theory]
    [MemberData(nameof(RandomCases))]
    public void DistanceTransformDilationEqualsStructuringElementDilation(double radius, double sx, double sy, double sz, double density, int seed)
    {
        var mask = TestImages.RandomMask(TestImages.Grid(17, 14, 11, sx, sy, sz), seed, density);
        Assert.Equal(ReferenceMorphology.Dilate(mask, radius).Voxels, BinaryMorphology.Dilate(mask, radius).Voxels);
    }

    [Theory]
    [MemberData(nameof(RandomCases))]
    public void DistanceTransformErosionEqualsStructuringElementErosion(double radius, double sx, double sy, double sz, double density, int seed)
    {
        // Dense masks so that something survives the erosion; outside the image is background in both.
        var mask = TestImages.RandomMask(TestImages.Grid(17, 14, 11, sx, sy, sz), seed, 1 - density / 4);
        var expected = ReferenceMorphology.Erode(mask, radius);
        Assert.Equal(expected.Voxels, BinaryMorphology.Erode(mask, radius).Voxels);
    }

    [Theory]
    [InlineData(10, 8, 6)] // in the middle: the work is confined to the blob's neighbourhood
    [InlineData(0, 0, 0)] // touching three faces of the image
    [InlineData(19, 15, 10)] // touching the far faces
    public void LocalisedMaskMatchesTheReferenceWherever(int startX, int startY, int startZ)
    {
        var geometry = TestImages.Grid(26, 22, 16, 0.9, 1.1, 1.6);
        var random = TestImages.RandomMask(geometry, seed: startX + 31 * startY, density: 0.7);
        var mask = TestImages.Mask(geometry, (x, y, z) =>
            x >= startX && x < startX + 7 && y >= startY && y < startY + 7 && z >= startZ && z < startZ + 6 && random[x, y, z] != 0);
        foreach (double radius in new[] { 1.0, 2.2, 3.5 })
        {
            Assert.Equal(ReferenceMorphology.Dilate(mask, radius).Voxels, BinaryMorphology.Dilate(mask, radius).Voxels);
            Assert.Equal(ReferenceMorphology.Erode(mask, radius).Voxels, BinaryMorphology.Erode(mask, radius).Voxels);
        }
    }

    [Fact]
    public void EmptyMaskStaysEmpty()
    {
        var empty = new Volume<byte>(TestImages.Grid(6, 5, 4));
        Assert.All(BinaryMorphology.Dilate(empty, 2).Voxels, v => Assert.Equal(0, v));
        Assert.All(BinaryMorphology.Erode(empty, 2).Voxels, v => Assert.Equal(0, v));
        Assert.All(BinaryMorphology.Close(empty, 2).Voxels, v => Assert.Equal(0, v));
    }

    [Fact]
    public void ErosionIsTheDualOfDilationAwayFromTheBorder()
    {
        // erode(A) = ¬dilate(¬A) for a symmetric ball; exact here because A is background within r of the border.
        var geometry = TestImages.Grid(20, 18, 16, 1.0, 1.1, 1.5);
        var random = TestImages.RandomMask(geometry, seed: 9, density: 0.85);
        var mask = TestImages.Mask(geometry, (x, y, z) => x >= 3 && x < 17 && y >= 3 && y < 15 && z >= 2 && z < 14 && random[x, y, z] != 0);
        var complement = Complement(mask);
        var dual = Complement(BinaryMorphology.Dilate(complement, 2.5));
        Assert.Equal(BinaryMorphology.Erode(mask, 2.5).Voxels, dual.Voxels);
    }

    [Fact]
    public void ErosionTreatsOutsideAsBackground()
    {
        var full = new Volume<byte>(TestImages.Grid(7, 7, 7)).Fill(1);
        var eroded = BinaryMorphology.Erode(full, 2.0);
        // Voxels within 2 mm of the border go: the 3×3×3 core stays.
        Assert.Equal(27, eroded.Voxels.Count(v => v != 0));
        Assert.Equal(1, eroded[3, 3, 3]);
        Assert.Equal(0, eroded[1, 3, 3]);
    }

    [Fact]
    public void ClosingFillsAHoleSmallerThanTheBall()
    {
        // A solid ball of radius 8 voxels with a spherical cavity of radius 1.5 voxels at its centre.
        var geometry = TestImages.Grid(21, 21, 21);
        var mask = TestImages.Mask(geometry, (x, y, z) =>
        {
            double d2 = Square(x - 10) + Square(y - 10) + Square(z - 10);
            return d2 <= 64 && d2 > 2.25;
        });
        Assert.Equal(0, mask[10, 10, 10]);
        var closed = BinaryMorphology.Close(mask, 3.0);
        Assert.All(Enumerable.Range(0, mask.Voxels.Length), i => Assert.True(closed.Voxels[i] >= mask.Voxels[i]));
        var cavity = TestImages.Mask(geometry, (x, y, z) => Square(x - 10) + Square(y - 10) + Square(z - 10) <= 2.25);
        for (int i = 0; i < cavity.Voxels.Length; i++)
        {
            if (cavity.Voxels[i] != 0)
            {
                Assert.Equal(1, closed.Voxels[i]);
            }
        }
    }

    [Fact]
    public void ClosingKeepsForegroundAtTheImageBorder()
    {
        // Safe border: without it, the erosion step would strip foreground touching the image edge.
        var mask = TestImages.RandomMask(TestImages.Grid(12, 10, 8, 1, 1, 2), seed: 10, density: 0.5);
        var closed = BinaryMorphology.Close(mask, 2.0);
        for (int i = 0; i < mask.Voxels.Length; i++)
        {
            Assert.True(closed.Voxels[i] >= mask.Voxels[i]);
        }

        // Closing is idempotent: closing the closed mask changes nothing.
        Assert.Equal(closed.Voxels, BinaryMorphology.Close(closed, 2.0).Voxels);
    }

    [Fact]
    public void OpeningRemovesObjectsSmallerThanTheBallAndIsIdempotent()
    {
        var geometry = TestImages.Grid(30, 20, 20);
        var mask = TestImages.Mask(geometry, (x, y, z) =>
            (x >= 2 && x <= 3 && y >= 2 && y <= 3 && z >= 2 && z <= 3) // 2×2×2 cube: no ball of radius 2 fits
            || Square(x - 18) + Square(y - 10) + Square(z - 10) <= 36); // ball of radius 6
        var opened = BinaryMorphology.Open(mask, 2.0);
        Assert.Equal(0, opened[2, 2, 2]);
        Assert.Equal(1, opened[18, 10, 10]);
        for (int i = 0; i < mask.Voxels.Length; i++)
        {
            Assert.True(opened.Voxels[i] <= mask.Voxels[i]);
        }

        Assert.Equal(opened.Voxels, BinaryMorphology.Open(opened, 2.0).Voxels);
    }

    [Fact]
    public void DilatingASingleVoxelGivesTheBall()
    {
        var geometry = TestImages.Grid(15, 15, 9, 0.8, 0.8, 2.0);
        var mask = new Volume<byte>(geometry);
        mask[7, 7, 4] = 1;
        var dilated = BinaryMorphology.Dilate(mask, 3.2);
        Assert.Equal(new BallStructuringElement(3.2, geometry.Spacing).Count, dilated.Voxels.Count(v => v != 0));
    }

    [Fact]
    public void SameResultWhateverTheNumberOfThreads()
    {
        var mask = TestImages.RandomMask(TestImages.Grid(33, 29, 21, 0.9, 0.9, 2.0), seed: 12, density: 0.1);
        Assert.Equal(
            BinaryMorphology.Close(mask, 3.0, Parallelism.SingleThreaded).Voxels,
            BinaryMorphology.Close(mask, 3.0, Parallelism.WithDegree(4)).Voxels);
    }

    private static double Square(double v) => v * v;

    private static Volume<byte> Complement(Volume<byte> mask)
    {
        var result = mask.CreateLike<byte>();
        for (int i = 0; i < mask.Voxels.Length; i++)
        {
            result.Voxels[i] = mask.Voxels[i] == 0 ? (byte)1 : (byte)0;
        }

        return result;
    }
}
