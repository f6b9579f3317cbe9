using System.IO.Compression;
using System.Text;
using PulmoPet.Imaging;
using PulmoPet.Imaging.Io;
using PulmoPet.Web.Http;

namespace PulmoPet.Web.Tests;

public sealed class NiftiDeidentifierTests
{
    private const string Identifier = "0010,0010 DOE^JANE";

    /// <summary>
    /// A NIfTI-1 file with a 32-byte header extension (nifti1.h: esize, ecode 2 = DICOM, content) holding a patient
    /// name, and a descrip holding one too, as converters can leave them.
    /// </summary>
    private static byte[] NiftiWithExtension(Volume volume, TempDirectory temp)
    {
        string plain = temp.File("plain.nii");
        ImageFile.Write(volume, plain, new ImageWriteOptions { Description = "DOE^JANE" });
        byte[] bytes = File.ReadAllBytes(plain);
        var file = new MemoryStream();
        byte[] header = bytes[..348];
        BitConverter.GetBytes(352f + 32f).CopyTo(header, 108);
        file.Write(header);
        file.Write([1, 0, 0, 0]);
        file.Write(BitConverter.GetBytes(32));
        file.Write(BitConverter.GetBytes(2));
        file.Write(Encoding.ASCII.GetBytes(Identifier.PadRight(24, '\0')));
        file.Write(bytes.AsSpan(352));
        return file.ToArray();
    }

    private static Volume<short> SmallVolume()
    {
        var volume = new Volume<short>(new ImageGeometry(new Size3(5, 4, 3), new Vector3D(1.5, 2, 3), new Vector3D(-10, 20, 30)));
        for (int i = 0; i < volume.Voxels.Length; i++)
        {
            volume.Voxels[i] = (short)(i * 37 - 500);
        }

        return volume;
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Header_text_and_extensions_are_blanked_and_the_image_is_unchanged(bool gzip)
    {
        using var temp = new TempDirectory();
        var volume = SmallVolume();
        byte[] withExtension = NiftiWithExtension(volume, temp);
        Assert.Equal(volume.Voxels, ImageFile.Read<short>(WriteFile(temp, "input.nii", withExtension)).Voxels);
        string stored = gzip ? temp.File("case.nii.gz") : temp.File("case.nii");
        File.WriteAllBytes(stored, gzip ? Gzip(withExtension) : withExtension);

        var output = new MemoryStream();
        await NiftiDeidentifier.CopyAsync(stored, "cases/P001/pet.nii.gz", output, CancellationToken.None);
        byte[] served = output.ToArray();

        Assert.Equal(withExtension.Length, served.Length);
        Assert.DoesNotContain("DOE^JANE", Encoding.ASCII.GetString(served));
        Assert.All(served[148..228], b => Assert.Equal(0, b));
        Assert.All(served[348..384], b => Assert.Equal(0, b));
        Assert.Equal(withExtension[..148], served[..148].Select((b, i) => i is >= 4 and < 32 ? withExtension[i] : b).ToArray());
        Assert.Equal(withExtension[384..], served[384..]);
        var read = ImageFile.Read<short>(WriteFile(temp, "served.nii", served));
        Assert.Equal(volume.Voxels, read.Voxels);
        Assert.True(volume.Geometry.IsSameGrid(read.Geometry));
    }

    [Fact]
    public async Task A_file_that_is_not_NIfTI_is_an_error_naming_it()
    {
        using var temp = new TempDirectory();
        string path = WriteFile(temp, "pet.nii.gz", Gzip(Encoding.ASCII.GetBytes(new string('x', 600))));
        var error = await Assert.ThrowsAsync<InvalidInputException>(() =>
            NiftiDeidentifier.CopyAsync(path, "cases/P001/pet.nii.gz", new MemoryStream(), CancellationToken.None));
        Assert.Equal("cases/P001/pet.nii.gz is not a NIfTI image (sizeof_hdr is neither 348 nor 540).", error.Message);
    }

    [Fact]
    public async Task A_truncated_header_is_an_error_naming_the_file()
    {
        using var temp = new TempDirectory();
        byte[] header = NiftiWithExtension(SmallVolume(), temp)[..200];
        string path = WriteFile(temp, "ct.nii", header);
        var error = await Assert.ThrowsAsync<InvalidInputException>(() =>
            NiftiDeidentifier.CopyAsync(path, "cases/P001/ct.nii.gz", new MemoryStream(), CancellationToken.None));
        Assert.Equal("cases/P001/ct.nii.gz ends inside its NIfTI header.", error.Message);
    }

    private static string WriteFile(TempDirectory temp, string name, byte[] bytes)
    {
        File.WriteAllBytes(temp.File(name), bytes);
        return temp.File(name);
    }

    private static byte[] Gzip(byte[] bytes)
    {
        var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(bytes);
        }

        return output.ToArray();
    }
}
