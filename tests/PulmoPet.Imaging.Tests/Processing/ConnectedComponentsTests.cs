using PulmoPet.Imaging;
using PulmoPet.Imaging.Processing;

namespace PulmoPet.Imaging.Tests.Processing;

public sealed class ConnectedComponentsTests
{
    /// <summary>
    /// Reference: Debian python3, scipy 1.10.1:
    ///   z,y,x = np.mgrid[0:9,0:10,0:11]; m = ((x*x*7 + y*13 + z*z*z*5 + x*y*3 + y*z) % 11) &lt; 2   # 173 voxels
    ///   lab, n = scipy.ndimage.label(m, structure=scipy.ndimage.generate_binary_structure(3, r)); np.bincount(lab.ravel())
    /// r = 1, 2, 3 are 6-, 18- and 26-connectivity; scipy numbers components in C order (x fastest), as we do.
    /// </summary>
    public static TheoryData<Connectivity, int, int[], int, int> ScipyLabelCases => new()
    {
        { Connectivity.Faces6, 107, [1, 1, 1, 1, 1, 1], 17, 12 },
        { Connectivity.Edges18, 19, [8, 127, 5, 1, 5, 2], 127, 2 },
        { Connectivity.Vertices26, 9, [157, 1, 5, 1, 5, 1], 157, 1 },
    };

    [Theory]
    [MemberData(nameof(ScipyLabelCases))]
    public void MatchesScipyLabel(Connectivity connectivity, int count, int[] firstSizes, int largest, int largestLabel)
    {
        var mask = ScipyMask();
        Assert.Equal(173, mask.Voxels.Count(v => v != 0));
        var result = ConnectedComponents.Label(mask, connectivity);
        Assert.Equal(count, result.Count);
        for (int i = 0; i < firstSizes.Length; i++)
        {
            Assert.Equal(firstSizes[i], result.Components[i].VoxelCount);
        }

        var biggest = result.Components.MaxBy(c => c.VoxelCount)!;
        Assert.Equal(largest, biggest.VoxelCount);
        Assert.Equal(largestLabel, biggest.Label);
        Assert.Equal(173, result.Components.Sum(c => c.VoxelCount));
    }

    [Theory]
    [InlineData(Connectivity.Faces6, 3)] // two diagonal pairs are separate under 6-connectivity
    [InlineData(Connectivity.Edges18, 2)] // the edge-sharing pair joins
    [InlineData(Connectivity.Vertices26, 1)] // the corner-sharing voxel joins too
    public void DiagonalNeighboursJoinOnlyUnderTheirConnectivity(Connectivity connectivity, int expected)
    {
        var mask = new Volume<byte>(TestImages.Grid(4, 4, 4));
        mask[1, 1, 1] = 1;
        mask[2, 2, 1] = 1; // shares an edge with (1,1,1)
        mask[3, 3, 2] = 1; // shares a corner with (2,2,1)
        Assert.Equal(expected, ConnectedComponents.Label(mask, connectivity).Count);
    }

    [Fact]
    public void ComponentsAreNumberedInScanOrderWithStatistics()
    {
        // Spacing 2 × 1 × 3 mm: a voxel is 6 mm³ = 0.006 ml.
        var geometry = new ImageGeometry(new Size3(10, 8, 6), new Vector3D(2, 1, 3), new Vector3D(-5, 10, 100));
        var mask = TestImages.Mask(geometry, (x, y, z) =>
            (x >= 6 && x <= 8 && y >= 1 && y <= 2 && z == 0) // first in memory order: 3×2×1 box at z = 0
            || (x >= 1 && x <= 3 && y >= 4 && y <= 7 && z >= 2 && z <= 4)); // 3×4×3 box
        var result = ConnectedComponents.Label(mask, Connectivity.Vertices26);
        Assert.Equal(2, result.Count);

        var first = result.Components[0];
        Assert.Equal(1, first.Label);
        Assert.Equal(6, first.VoxelCount);
        Assert.Equal(6 * 0.006, first.VolumeMl, 12);
        Assert.Equal(new Index3(6, 1, 0), first.BoundingBoxMin);
        Assert.Equal(new Index3(8, 2, 0), first.BoundingBoxMax);
        Assert.Equal(new Vector3D(7, 1.5, 0), first.CentroidIndex);
        Assert.Equal(new Vector3D(-5 + 7 * 2, 10 + 1.5, 100), first.CentroidWorld);

        var second = result.Components[1];
        Assert.Equal(36, second.VoxelCount);
        Assert.Equal(new Vector3D(2, 5.5, 3), second.CentroidIndex);
        Assert.Equal(new Vector3D(-1, 15.5, 109), second.CentroidWorld);
        Assert.Equal(2, result.Labels[2, 5, 3]);
        Assert.Equal(0, result.Labels[0, 0, 0]);
    }

    [Fact]
    public void SortBySizePutsTheLargestFirstAndRelabels()
    {
        var mask = new Volume<byte>(TestImages.Grid(12, 3, 1));
        // Components in scan order: sizes 1, 3, 2, 3 (x runs 0; 2–4; 6–7; 9–11).
        foreach (int x in new[] { 0, 2, 3, 4, 6, 7, 9, 10, 11 })
        {
            mask[x, 1, 0] = 1;
        }

        var result = ConnectedComponents.Label(mask, Connectivity.Faces6, sortBySize: true);
        Assert.Equal(new long[] { 3, 3, 2, 1 }, result.Components.Select(c => c.VoxelCount));
        Assert.Equal(new[] { 1, 2, 3, 4 }, result.Components.Select(c => c.Label));
        Assert.Equal(1, result.Labels[3, 1, 0]); // the earlier of the two size-3 components keeps rank 1
        Assert.Equal(2, result.Labels[10, 1, 0]);
        Assert.Equal(3, result.Labels[6, 1, 0]);
        Assert.Equal(4, result.Labels[0, 1, 0]);
        Assert.Equal(new byte[] { 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0 }, result.MaskOf(3).Voxels.AsSpan(12, 12).ToArray());
    }

    [Fact]
    public void UShapeMergesLabelsMetSeparatelyInTheFirstScan()
    {
        // A U opening upwards in y: the two arms get different provisional labels joined at the bottom row.
        var mask = TestImages.Mask(TestImages.Grid(7, 6, 2), (x, y, _) => y == 5 || x == 1 || x == 5);
        var result = ConnectedComponents.Label(mask, Connectivity.Faces6);
        Assert.Equal(1, result.Count);
        Assert.Equal(2 * (7 + 5 + 5), result.Components[0].VoxelCount); // bottom row 7, each arm 5 more, 2 slices
    }

    [Fact]
    public void EmptyMaskHasNoComponents()
    {
        var result = ConnectedComponents.Label(new Volume<byte>(TestImages.Grid(5, 5, 5)), Connectivity.Vertices26);
        Assert.Equal(0, result.Count);
        Assert.All(result.Labels.Voxels, v => Assert.Equal(0, v));
    }

    internal static Volume<byte> ScipyMask() =>
        TestImages.Mask(TestImages.Grid(11, 10, 9), (x, y, z) => (x * x * 7 + y * 13 + z * z * z * 5 + x * y * 3 + y * z) % 11 < 2);
}
