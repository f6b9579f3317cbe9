using PulmoPet.Imaging;
using PulmoPet.Imaging.Processing;

namespace PulmoPet.Imaging.Tests.Processing;

public sealed class CropAndPadTests
{
    private static readonly ImageGeometry Oblique = new(
        new Size3(8, 7, 6),
        new Vector3D(0.8, 1.2, 2.5),
        new Vector3D(-100, 20, 300),
        Matrix3.FromColumns(new Vector3D(0, 1, 0), new Vector3D(0, 0, -1), new Vector3D(-1, 0, 0)));

    [Fact]
    public void CropKeepsValuesAndWorldPositions()
    {
        var image = TestImages.Random(Oblique, seed: 1);
        var box = new IndexBox(new Index3(2, 1, 3), new Index3(5, 6, 4));
        var cropped = CropAndPad.Crop(image, box);
        Assert.Equal(new Size3(4, 6, 2), cropped.Size);
        Assert.Equal(Oblique.Direction, cropped.Geometry.Direction);
        for (int z = 0; z < 2; z++)
        {
            for (int y = 0; y < 6; y++)
            {
                for (int x = 0; x < 4; x++)
                {
                    Assert.Equal(image[x + 2, y + 1, z + 3], cropped[x, y, z]);
                    AssertClose(Oblique.IndexToWorld(x + 2, y + 1, z + 3), cropped.Geometry.IndexToWorld(x, y, z));
                }
            }
        }
    }

    [Fact]
    public void CropOutsideTheImageIsRejected()
    {
        var image = new Volume<float>(Oblique);
        Assert.Throws<InvalidInputException>(() => CropAndPad.Crop(image, new IndexBox(new Index3(5, 0, 0), new Index3(8, 1, 1))));
    }

    [Fact]
    public void ExtractFillsWhatLiesOutside()
    {
        var image = new Volume<short>(TestImages.Grid(3, 2, 1), [1, 2, 3, 4, 5, 6]);
        var extracted = CropAndPad.Extract(image, new Index3(-1, 1, 0), new Size3(5, 2, 1), (short)-9);
        Assert.Equal(new short[] { -9, 4, 5, 6, -9, -9, -9, -9, -9, -9 }, extracted.Voxels);
        Assert.Equal(new Vector3D(-1, 1, 0), extracted.Geometry.Origin);
    }

    [Fact]
    public void PadSurroundsWithTheValueAndKeepsWorldPositions()
    {
        var image = TestImages.Random(Oblique, seed: 2);
        var padded = CropAndPad.Pad(image, 2, -1f);
        Assert.Equal(new Size3(12, 11, 10), padded.Size);
        Assert.Equal(image[0, 0, 0], padded[2, 2, 2]);
        Assert.Equal(image[7, 6, 5], padded[9, 8, 7]);
        Assert.Equal(-1f, padded[1, 5, 5]);
        Assert.Equal(-1f, padded[11, 10, 9]);
        AssertClose(Oblique.IndexToWorld(0, 0, 0), padded.Geometry.IndexToWorld(2, 2, 2));
        Assert.Equal(12 * 11 * 10 - 8 * 7 * 6, padded.Voxels.Count(v => v == -1f));
    }

    [Fact]
    public void CropToMaskAddsTheMarginInMillimetresAndClips()
    {
        // Spacing 2 × 1 × 3 mm, margin 3 mm → ⌈1.5⌉ = 2, 3 and 1 voxels.
        var geometry = TestImages.Grid(20, 20, 10, 2, 1, 3);
        var mask = TestImages.Mask(geometry, (x, y, z) => x >= 5 && x <= 7 && y >= 1 && y <= 4 && z >= 6 && z <= 9);
        var box = CropAndPad.BoundingBoxWithMargin(mask, 3.0);
        Assert.Equal(new IndexBox(new Index3(3, 0, 5), new Index3(9, 7, 9)), box); // y and z clipped at the border
        var image = TestImages.Create(geometry, (x, y, z) => x + 100 * y + 10000 * z);
        var cropped = CropAndPad.CropToMask(image, mask, 3.0);
        Assert.Equal(box.Size, cropped.Size);
        Assert.Equal(3 + 0 + 50000, cropped[0, 0, 0]);
    }

    [Fact]
    public void MarginOfWholeVoxelsIsNotRoundedUp()
    {
        var geometry = TestImages.Grid(20, 20, 20, 0.5, 0.5, 0.5);
        var mask = new Volume<byte>(geometry);
        mask[10, 10, 10] = 1;
        Assert.Equal(new IndexBox(new Index3(8, 8, 8), new Index3(12, 12, 12)), CropAndPad.BoundingBoxWithMargin(mask, 1.0));
    }

    [Fact]
    public void EmptyMaskHasNoBoundingBox()
    {
        var mask = new Volume<byte>(TestImages.Grid(4, 4, 4));
        Assert.Null(CropAndPad.BoundingBox(mask));
        var error = Assert.Throws<InvalidInputException>(() => CropAndPad.CropToMask(new Volume<float>(mask.Geometry), mask, 2));
        Assert.Contains("mask is empty", error.Message);
    }

    [Fact]
    public void MaskOnAnotherGridIsRejected()
    {
        var image = new Volume<float>(TestImages.Grid(4, 4, 4));
        var mask = new Volume<byte>(TestImages.Grid(4, 4, 4, 2, 2, 2)).Fill(1);
        Assert.Throws<GeometryMismatchException>(() => CropAndPad.CropToMask(image, mask, 0));
    }

    private static void AssertClose(Vector3D expected, Vector3D actual) =>
        Assert.True((expected - actual).Length < 1e-9, $"expected {expected}, got {actual}");
}
