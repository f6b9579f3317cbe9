using PulmoPet.Imaging.Io;

namespace PulmoPet.Imaging.Tests.Io;

public sealed class NonFiniteVoxelsTests
{
    private static readonly ImageGeometry Grid = new(new Size3(4, 5, 6), Vector3D.One, Vector3D.Zero);

    [Fact]
    public void Nan_voxels_are_counted_and_reported_with_the_first_index()
    {
        var pet = new Volume<float>(Grid);
        pet[3, 4, 5] = float.NaN;
        pet[1, 2, 5] = float.NaN;

        Assert.Equal(2, NonFiniteVoxels.Count(pet));
        var e = Assert.Throws<InvalidInputException>(() => NonFiniteVoxels.EnsureNone(pet, "pet.nii.gz"));
        Assert.Equal("pet.nii.gz has 2 NaN voxels, first at (1, 2, 5).", e.Message);
    }

    [Fact]
    public void Infinities_are_reported_apart_from_nan()
    {
        var ct = new Volume<double>(Grid);
        ct[0, 0, 1] = double.NegativeInfinity;
        ct[0, 0, 2] = double.NaN;

        Assert.Equal(2, NonFiniteVoxels.Count(ct));
        var e = Assert.Throws<InvalidInputException>(() => NonFiniteVoxels.EnsureNone(ct, "ct.nrrd"));
        Assert.Equal("ct.nrrd has 2 non-finite voxels (1 NaN, 1 infinite), first at (0, 0, 1).", e.Message);

        ct[0, 0, 2] = 0;
        e = Assert.Throws<InvalidInputException>(() => NonFiniteVoxels.EnsureNone(ct, "ct.nrrd"));
        Assert.Equal("ct.nrrd has 1 infinite voxel, first at (0, 0, 1).", e.Message);
    }

    [Fact]
    public void Finite_and_integer_volumes_pass()
    {
        Assert.Equal(0, NonFiniteVoxels.Count(new Volume<short>(Grid).Fill(-1000)));
        NonFiniteVoxels.EnsureNone(new Volume<float>(Grid).Fill(float.MaxValue), "finite.nii");
    }

    [Fact]
    public void Readers_keep_nan_voxels()
    {
        using var folder = new TempDirectory();
        var pet = new Volume<float>(Grid);
        pet[2, 2, 2] = float.NaN;
        string path = folder.File("pet.nii.gz");
        ImageFile.Write(pet, path);

        Volume read = ImageFile.Read(path);
        Assert.Equal(1, NonFiniteVoxels.Count(read));
        Assert.Throws<InvalidInputException>(() => NonFiniteVoxels.EnsureNone(read, path));
    }
}
