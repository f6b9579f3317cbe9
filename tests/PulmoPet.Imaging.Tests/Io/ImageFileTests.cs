using System.IO.Compression;
using PulmoPet.Imaging.Io;

namespace PulmoPet.Imaging.Tests.Io;

public sealed class ImageFileTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    private static Volume<short> Sample()
    {
        var volume = new Volume<short>(TestVolumes.Oblique(new Size3(6, 5, 4)));
        for (int i = 0; i < volume.Voxels.Length; i++)
        {
            volume.Voxels[i] = (short)(i * 13 - 100);
        }

        return volume;
    }

    [Theory]
    [InlineData("scan.nii.gz", "looks-like.mha", ImageFileFormat.Nifti1)]
    [InlineData("scan.nrrd", "looks-like.nii", ImageFileFormat.Nrrd)]
    [InlineData("scan.mha", "no-extension", ImageFileFormat.MetaImage)]
    public void The_format_is_found_from_the_content_not_the_name(string writtenAs, string renamedTo, ImageFileFormat format)
    {
        Volume<short> volume = Sample();
        ImageFile.Write(volume, _folder.File(writtenAs));
        File.Move(_folder.File(writtenAs), _folder.File(renamedTo));

        Assert.Equal(format, ImageFile.ReadHeader(_folder.File(renamedTo)).Format);
        TestVolumes.AssertSameVoxels(volume, ImageFile.Read(_folder.File(renamedTo)));
    }

    [Fact]
    public void Read_of_t_converts_to_the_asked_type()
    {
        string path = _folder.File("ct.nrrd");
        ImageFile.Write(Sample(), path);

        Volume<float> asFloat = ImageFile.Read<float>(path);
        Assert.Equal(-100f, asFloat.Voxels[0]);
        Assert.Equal(13f * 119 - 100, asFloat.Voxels[119]);
        Assert.Same(asFloat.GetType(), typeof(Volume<float>));
    }

    [Theory]
    [InlineData(".nii.gz", "PET SUVbw")]
    [InlineData(".nrrd", "PET SUVbw")]
    [InlineData(".mha", "PET SUVbw")]
    public void The_description_is_stored_and_read_back(string extension, string description)
    {
        string path = _folder.File("described" + extension);
        ImageFile.Write(Sample(), path, new ImageWriteOptions { Description = description });

        Assert.Equal(description, ImageFile.ReadHeader(path).Description);
    }

    [Fact]
    public void Upper_case_extensions_choose_the_format_too()
    {
        string path = _folder.File("SCAN.NII.GZ");
        ImageFile.Write(Sample(), path);

        byte[] start = File.ReadAllBytes(path)[..2];
        Assert.Equal(new byte[] { 0x1f, 0x8b }, start);
        Assert.Equal(ImageFileFormat.Nifti1, ImageFile.ReadHeader(path).Format);
    }

    [Fact]
    public void Nrrd_and_metaimage_are_compressed_by_default_and_raw_on_request()
    {
        ImageFile.Write(Sample(), _folder.File("a.nrrd"));
        ImageFile.Write(Sample(), _folder.File("b.nrrd"), new ImageWriteOptions { Compress = false });
        ImageFile.Write(Sample(), _folder.File("c.mha"));
        ImageFile.Write(Sample(), _folder.File("d.mha"), new ImageWriteOptions { Compress = false });

        Assert.Contains("encoding: gzip\n", File.ReadAllText(_folder.File("a.nrrd"), System.Text.Encoding.Latin1));
        Assert.Contains("encoding: raw\n", File.ReadAllText(_folder.File("b.nrrd"), System.Text.Encoding.Latin1));
        Assert.Contains("CompressedData = True\n", File.ReadAllText(_folder.File("c.mha"), System.Text.Encoding.Latin1));
        Assert.Contains("CompressedData = False\n", File.ReadAllText(_folder.File("d.mha"), System.Text.Encoding.Latin1));
    }

    [Fact]
    public void A_smaller_compression_level_can_be_asked_for()
    {
        var smooth = new Volume<float>(new ImageGeometry(new Size3(64, 64, 16), Vector3D.One, Vector3D.Zero));
        for (int i = 0; i < smooth.Voxels.Length; i++)
        {
            smooth.Voxels[i] = MathF.Round(MathF.Sin(i * 0.001f) * 100);
        }

        ImageFile.Write(smooth, _folder.File("fast.nii.gz"));
        ImageFile.Write(smooth, _folder.File("small.nii.gz"), new ImageWriteOptions { CompressionLevel = CompressionLevel.SmallestSize });

        Assert.True(new FileInfo(_folder.File("small.nii.gz")).Length < new FileInfo(_folder.File("fast.nii.gz")).Length);
        TestVolumes.AssertSameVoxels(smooth, ImageFile.Read(_folder.File("small.nii.gz")));
    }

    [Fact]
    public void Writing_over_an_existing_file_replaces_it()
    {
        string path = _folder.File("mask.nii.gz");
        ImageFile.Write(new Volume<byte>(new ImageGeometry(new Size3(2, 2, 2), Vector3D.One, Vector3D.Zero)), path);
        ImageFile.Write(Sample(), path);

        TestVolumes.AssertSameVoxels(Sample(), ImageFile.Read(path));
        Assert.Equal(["mask.nii.gz"], _folder.FileNames());
    }

    [Fact]
    public void The_writable_extensions_are_listed()
    {
        Assert.Equal([".nii", ".nii.gz", ".nrrd", ".nhdr", ".mha", ".mhd"], ImageFile.WritableExtensions);
    }
}
