using PulmoPet.Imaging.Io;

namespace PulmoPet.Imaging.Tests.Io.MetaImage;

public sealed class MetaImageReaderTests : IDisposable
{
    private static readonly short[] Values = [1, -2, 300, -400, 5, 6, 7, 8, 9, 10, 11, 12];

    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    private static string Header(string extra, string dataFile = "LOCAL", string type = "MET_SHORT") =>
        $"ObjectType = Image\nNDims = 3\nDimSize = 3 2 2\nElementType = {type}\n{extra}ElementDataFile = {dataFile}\n";

    [Fact]
    public void TransformMatrix_lists_the_direction_column_by_column_as_itk_reads_it()
    {
        // ITK MetaImageIO::ReadImageInformation: SetDirection(i, {m[i*N], …, m[i*N+N-1]}), so the first three
        // numbers are the world direction of the x index axis.
        string path = _folder.File("rotated.mha");
        TextImageFile.Write(path, Header("TransformMatrix = 0 1 0 -1 0 0 0 0 1\nOffset = 1 2 3\nElementSpacing = 0.5 0.6 2\n"), TextImageFile.Bytes(Values));

        ImageGeometry g = ImageFile.Read(path).Geometry;
        Assert.Equal(new Vector3D(0, 1, 0), g.Direction.Column(0));
        Assert.Equal(new Vector3D(-1, 0, 0), g.Direction.Column(1));
        Assert.Equal(new Vector3D(1, 2, 3), g.Origin);
        Assert.Equal(new Vector3D(0.5, 0.6, 2), g.Spacing);
        Assert.Equal(new Vector3D(1 - 0.6, 2 + 0.5, 3), g.IndexToWorld(1, 1, 0));
    }

    [Theory]
    [InlineData("Origin = 4 5 6\nElementSize = 1.5 1.5 3\nRotation = 1 0 0 0 1 0 0 0 1\n")]
    [InlineData("Position = 4 5 6\nElementSize = 1.5 1.5 3\nOrientation = 1 0 0 0 1 0 0 0 1\n")]
    public void Synonyms_and_the_element_size_fallback_are_understood(string lines)
    {
        string path = _folder.File("synonyms.mha");
        TextImageFile.Write(path, Header(lines), TextImageFile.Bytes(Values));

        ImageGeometry g = ImageFile.Read(path).Geometry;
        Assert.Equal(new Vector3D(4, 5, 6), g.Origin);
        Assert.Equal(new Vector3D(1.5, 1.5, 3), g.Spacing);
    }

    [Fact]
    public void Separate_raw_data_with_header_size_and_msb_byte_order_are_read()
    {
        TextImageFile.Write(_folder.File("scan.raw"), "", [.. new byte[16], .. TextImageFile.Bytes(Values, bigEndian: true)]);
        string path = _folder.File("scan.mhd");
        TextImageFile.Write(path, Header("BinaryDataByteOrderMSB = True\nHeaderSize = 16\n", "scan.raw"));

        Assert.Equal(Values, Assert.IsType<Volume<short>>(ImageFile.Read(path)).Voxels);
    }

    [Fact]
    public void Header_size_minus_one_reads_the_last_bytes()
    {
        TextImageFile.Write(_folder.File("tail.raw"), "", [7, 7, 7, .. TextImageFile.Bytes(Values)]);
        string path = _folder.File("tail.mhd");
        TextImageFile.Write(path, Header("HeaderSize = -1\n", "tail.raw"));

        Assert.Equal(Values, Assert.IsType<Volume<short>>(ImageFile.Read(path)).Voxels);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Compressed_data_are_inflated_from_zlib_or_gzip(bool gzip)
    {
        byte[] raw = TextImageFile.Bytes(Values);
        TextImageFile.Write(_folder.File("scan.zraw"), "", gzip ? TextImageFile.Gzip(raw) : TextImageFile.Zlib(raw));
        string path = _folder.File("scan.mhd");
        TextImageFile.Write(path, Header("CompressedData = True\n", "scan.zraw"));

        Assert.Equal(Values, Assert.IsType<Volume<short>>(ImageFile.Read(path)).Voxels);
    }

    [Fact]
    public void Ascii_data_are_read_when_binary_data_is_false()
    {
        string path = _folder.File("ascii.mha");
        TextImageFile.Write(path, Header("BinaryData = False\n") + "1 -2 300 -400 5 6 7 8 9 10 11 12\n");

        Assert.Equal(Values, Assert.IsType<Volume<short>>(ImageFile.Read(path)).Voxels);
    }

    [Fact]
    public void A_2d_image_gets_one_slice()
    {
        string path = _folder.File("slice.mha");
        TextImageFile.Write(path, "NDims = 2\nDimSize = 4 3\nElementSpacing = 0.5 0.5\nElementType = MET_SHORT\nElementDataFile = LOCAL\n", TextImageFile.Bytes(Values));

        Volume volume = ImageFile.Read(path);
        Assert.Equal(new Size3(4, 3, 1), volume.Size);
        Assert.Equal(new Vector3D(0.5, 0.5, 1), volume.Geometry.Spacing);
        Assert.Equal(Matrix3.Identity, volume.Geometry.Direction);
    }

    [Fact]
    public void Several_channels_are_refused_clearly()
    {
        string path = _folder.File("rgb.mha");
        TextImageFile.Write(path, Header("ElementNumberOfChannels = 3\n", type: "MET_UCHAR"), new byte[36]);

        var e = Assert.Throws<ImageFormatException>(() => ImageFile.Read(path));
        Assert.Contains("rgb.mha", e.Message);
        Assert.Contains("3 components per voxel", e.Message);
    }

    [Fact]
    public void Data_split_over_a_list_of_files_is_refused_clearly()
    {
        string path = _folder.File("list.mhd");
        TextImageFile.Write(path, Header("", "LIST") + "a.raw\nb.raw\n");

        var e = Assert.Throws<ImageFormatException>(() => ImageFile.Read(path));
        Assert.Contains("split over several files", e.Message);
    }
}
