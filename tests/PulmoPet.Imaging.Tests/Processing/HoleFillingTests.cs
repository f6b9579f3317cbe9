using PulmoPet.Imaging;
using PulmoPet.Imaging.Processing;

namespace PulmoPet.Imaging.Tests.Processing;

public sealed class HoleFillingTests
{
    [Fact]
    public void HollowSphereBecomesSolid()
    {
        // Shell 4 < d ≤ 7 voxels: the filled result is the solid ball d ≤ 7.
        var geometry = TestImages.Grid(19, 19, 19);
        var shell = TestImages.Mask(geometry, (x, y, z) => Distance2(x, y, z, 9) > 16 && Distance2(x, y, z, 9) <= 49);
        var solid = TestImages.Mask(geometry, (x, y, z) => Distance2(x, y, z, 9) <= 49);
        Assert.Equal(solid.Voxels, HoleFilling.Fill3D(shell).Voxels);
    }

    [Fact]
    public void CavityOpenToTheBorderIsNotAHole()
    {
        var geometry = TestImages.Grid(19, 19, 19);
        var shell = TestImages.Mask(geometry, (x, y, z) =>
            Distance2(x, y, z, 9) > 16 && Distance2(x, y, z, 9) <= 49 && !(y == 9 && z == 9 && x > 9)); // a tunnel along +x
        Assert.Equal(shell.Voxels, HoleFilling.Fill3D(shell).Voxels);
    }

    [Fact]
    public void DiagonalGapDoesNotLetBackgroundOutUnder6Connectivity()
    {
        // Background 6-connectivity: a cavity whose only opening is a corner-to-corner gap is still a hole.
        var geometry = TestImages.Grid(5, 5, 5);
        var mask = TestImages.Mask(geometry, (x, y, z) => x >= 1 && x <= 3 && y >= 1 && y <= 3 && z >= 1 && z <= 3 && !(x == 2 && y == 2 && z == 2));
        mask[3, 3, 3] = 0; // the corner voxel is now outside background touching the cavity only by a vertex
        var filled = HoleFilling.Fill3D(mask);
        Assert.Equal(1, filled[2, 2, 2]);
        Assert.Equal(0, filled[3, 3, 3]);
    }

    [Fact]
    public void TubeIsFilledPerSliceButNotIn3D()
    {
        // An open cylinder along z: its lumen reaches the z faces, so it is no 3D hole, but in each axial slice it is.
        var geometry = TestImages.Grid(13, 13, 6);
        var tube = TestImages.Mask(geometry, (x, y, _) => Distance2(x, y, 0, 6, 0) > 4 && Distance2(x, y, 0, 6, 0) <= 25);
        var disc = TestImages.Mask(geometry, (x, y, _) => Distance2(x, y, 0, 6, 0) <= 25);
        Assert.Equal(tube.Voxels, HoleFilling.Fill3D(tube).Voxels);
        Assert.Equal(disc.Voxels, HoleFilling.FillPerSlice(tube).Voxels);
    }

    private static int Distance2(int x, int y, int z, int centre, int centreZ = -1)
    {
        int cz = centreZ < 0 ? centre : centreZ;
        return (x - centre) * (x - centre) + (y - centre) * (y - centre) + (z - cz) * (z - cz);
    }
}
