using PulmoPet.Imaging.Io;

namespace PulmoPet.Imaging.Tests.Io.Nrrd;

public sealed class NrrdReaderTests : IDisposable
{
    private static readonly short[] Values = [1, -2, 300, -400, 5, 6, 7, 8, 9, 10, 11, 12];

    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    private static string Header(string type, string encoding, string extra = "") =>
        "NRRD0005\n# a comment\n" + $"type: {type}\ndimension: 3\nsizes: 3 2 2\nencoding: {encoding}\n" + extra;

    [Fact]
    public void Raw_big_endian_attached_data_are_swapped()
    {
        string path = _folder.File("be.nrrd");
        TextImageFile.Write(path, Header("short", "raw", "endian: big\n") + "\n", TextImageFile.Bytes(Values, bigEndian: true));

        Assert.Equal(Values, Assert.IsType<Volume<short>>(ImageFile.Read(path)).Voxels);
    }

    [Fact]
    public void Ascii_data_may_hold_decimals_nan_and_infinities()
    {
        string path = _folder.File("ascii.nrrd");
        TextImageFile.Write(path, Header("double", "ascii") + "\n1 -2.5e3\n nan inf -inf\t0.125,7\r\n8 9 10 11 12 99 100\n");

        var volume = Assert.IsType<Volume<double>>(ImageFile.Read(path));
        Assert.Equal([1, -2500, double.NaN, double.PositiveInfinity, double.NegativeInfinity, 0.125, 7, 8, 9, 10, 11, 12], volume.Voxels);
    }

    [Fact]
    public void Ascii_values_that_do_not_fit_an_integer_type_are_refused()
    {
        string path = _folder.File("ascii-int.nrrd");
        TextImageFile.Write(path, Header("uchar", "text") + "\n1 2 3 256 5 6 7 8 9 10 11 12\n");

        var e = Assert.Throws<ImageFormatException>(() => ImageFile.Read(path));
        Assert.Contains("ascii-int.nrrd", e.Message);
        Assert.Contains("voxel value 4 (256) does not fit the declared integer type uint8", e.Message);
    }

    [Theory]
    [InlineData("uint8_t", VoxelType.UInt8)]
    [InlineData("uchar", VoxelType.UInt8)]
    [InlineData("signed char", VoxelType.Int8)]
    [InlineData("signed short int", VoxelType.Int16)]
    [InlineData("unsigned  short", VoxelType.UInt16)]
    [InlineData("int32_t", VoxelType.Int32)]
    [InlineData("unsigned int", VoxelType.UInt32)]
    [InlineData("float", VoxelType.Float32)]
    [InlineData("double", VoxelType.Float64)]
    public void Type_synonyms_are_understood(string type, VoxelType expected)
    {
        string path = _folder.File("typed.nrrd");
        TextImageFile.Write(path, Header(type, "ascii") + "\n1 2 3 4 5 6 7 8 9 10 11 12\n");

        Volume volume = ImageFile.Read(path);
        Assert.Equal(expected, volume.VoxelType);
        Assert.Equal(12.0, volume.GetValue(11));
    }

    [Theory]
    [InlineData("right-anterior-superior", -1, -1)]
    [InlineData("RAS", -1, -1)]
    [InlineData("left-anterior-superior", 1, -1)]
    [InlineData("left-posterior-superior", 1, 1)]
    public void Patient_spaces_are_converted_to_lps(string space, double signX, double signY)
    {
        string path = _folder.File("space.nrrd");
        TextImageFile.Write(path, Header("short", "raw",
            $"space: {space}\nspace directions: (0,2,0) (3,0,0) (0,0,4)\nspace origin: (10,20,30)\nendian: little\n") + "\n",
            TextImageFile.Bytes(Values));

        ImageGeometry g = ImageFile.Read(path).Geometry;
        Assert.Equal(new Vector3D(10 * signX, 20 * signY, 30), g.Origin);
        Assert.Equal(new Vector3D(2, 3, 4), g.Spacing);
        Assert.Equal(Matrix3.FromColumns(new Vector3D(0, signY, 0), new Vector3D(signX, 0, 0), new Vector3D(0, 0, 1)), g.Direction);
    }

    [Fact]
    public void Space_directions_without_a_space_field_are_read_as_lps()
    {
        string path = _folder.File("nameless.nrrd");
        TextImageFile.Write(path, Header("short", "raw", "space directions: (-1,0,0) (0,2,0) (0,0,3)\nspace origin: (4,5,6)\n") + "\n", TextImageFile.Bytes(Values));

        ImageGeometry g = ImageFile.Read(path).Geometry;
        Assert.Equal(new Matrix3(-1, 0, 0, 0, 1, 0, 0, 0, 1), g.Direction);
        Assert.Equal(new Vector3D(4, 5, 6), g.Origin);
    }

    [Fact]
    public void A_scanner_space_is_refused_clearly()
    {
        string path = _folder.File("scanner.nrrd");
        TextImageFile.Write(path, Header("short", "raw", "space: scanner-xyz\nspace directions: (1,0,0) (0,1,0) (0,0,1)\n") + "\n", TextImageFile.Bytes(Values));

        var e = Assert.Throws<ImageFormatException>(() => ImageFile.Read(path));
        Assert.Contains("\"scanner-xyz\" is not a 3D patient space", e.Message);
    }

    [Fact]
    public void A_component_axis_of_size_one_is_dropped()
    {
        string path = _folder.File("none.nrrd");
        TextImageFile.Write(path,
            "NRRD0004\ntype: short\ndimension: 4\nsizes: 1 3 2 2\nspace: left-posterior-superior\n" +
            "space directions: none (0.5,0,0) (0,0.5,0) (0,0,2)\nkinds: vector domain domain domain\nencoding: raw\n\n",
            TextImageFile.Bytes(Values));

        Volume volume = ImageFile.Read(path);
        Assert.Equal(new Size3(3, 2, 2), volume.Size);
        Assert.Equal(new Vector3D(0.5, 0.5, 2), volume.Geometry.Spacing);
    }

    [Fact]
    public void A_multi_component_image_is_refused_clearly()
    {
        string path = _folder.File("vector.nrrd");
        TextImageFile.Write(path,
            "NRRD0004\ntype: short\ndimension: 4\nsizes: 3 2 2 1\nspace: left-posterior-superior\n" +
            "space directions: none (1,0,0) (0,1,0) (0,0,1)\nkinds: RGB-color domain domain domain\nencoding: raw\n\n",
            TextImageFile.Bytes(Values));

        var e = Assert.Throws<ImageFormatException>(() => ImageFile.Read(path));
        Assert.Contains("vector.nrrd", e.Message);
        Assert.Contains("axis 0 of kind \"RGB-color\" holds 3 components per voxel", e.Message);
    }

    [Fact]
    public void A_detached_header_reads_its_gzip_data_file()
    {
        TextImageFile.Write(_folder.File("scan.raw.gz"), "", TextImageFile.Gzip(TextImageFile.Bytes(Values)));
        string path = _folder.File("scan.nhdr");
        TextImageFile.Write(path, Header("short", "gzip", "endian: little\ndata file: scan.raw.gz\n"));

        Assert.Equal(Values, Assert.IsType<Volume<short>>(ImageFile.Read(path)).Voxels);
    }

    [Fact]
    public void Line_skip_then_byte_skip_are_applied_to_the_data_file()
    {
        byte[] preamble = "line one\r\nline two\n"u8.ToArray();
        TextImageFile.Write(_folder.File("skip.raw"), "", [.. preamble, 0xAA, 0xBB, 0xCC, .. TextImageFile.Bytes(Values)]);
        string path = _folder.File("skip.nhdr");
        TextImageFile.Write(path, Header("short", "raw", "line skip: 2\nbyte skip: 3\ndata file: skip.raw\n"));

        Assert.Equal(Values, Assert.IsType<Volume<short>>(ImageFile.Read(path)).Voxels);
    }

    [Fact]
    public void Byte_skip_minus_one_reads_the_last_bytes_of_the_file()
    {
        TextImageFile.Write(_folder.File("tail.raw"), "", [1, 2, 3, 4, 5, .. TextImageFile.Bytes(Values)]);
        string path = _folder.File("tail.nhdr");
        TextImageFile.Write(path, Header("short", "raw", "byte skip: -1\ndata file: tail.raw\n"));

        Assert.Equal(Values, Assert.IsType<Volume<short>>(ImageFile.Read(path)).Voxels);
    }

    [Fact]
    public void Byte_skip_with_gzip_counts_decompressed_bytes()
    {
        string path = _folder.File("gzskip.nrrd");
        TextImageFile.Write(path, Header("short", "gzip", "byte skip: 4\n") + "\n", TextImageFile.Gzip([9, 9, 9, 9, .. TextImageFile.Bytes(Values)]));

        Assert.Equal(Values, Assert.IsType<Volume<short>>(ImageFile.Read(path)).Voxels);
    }

    [Fact]
    public void A_2d_image_gets_one_slice_and_a_right_handed_frame()
    {
        string path = _folder.File("slice.nrrd");
        TextImageFile.Write(path,
            "NRRD0004\ntype: short\ndimension: 2\nsizes: 4 3\nspace: left-posterior-superior\n" +
            "space directions: (0,1.5,0) (1.5,0,0)\nspace origin: (1,2,3)\nencoding: raw\n\n",
            TextImageFile.Bytes(Values));

        ImageGeometry g = ImageFile.Read(path).Geometry;
        Assert.Equal(new Size3(4, 3, 1), g.Size);
        Assert.Equal(new Vector3D(0, 0, -1), g.Direction.Column(2));
        Assert.Equal(new Vector3D(1.5, 1.5, 1), g.Spacing);
    }

    [Fact]
    public void Space_units_in_centimetres_become_millimetres()
    {
        string path = _folder.File("cm.nrrd");
        TextImageFile.Write(path, Header("short", "raw",
            "space: left-posterior-superior\nspace directions: (0.1,0,0) (0,0.1,0) (0,0,0.3)\nspace units: \"cm\" \"cm\" \"cm\"\nspace origin: (1,2,3)\n") + "\n",
            TextImageFile.Bytes(Values));

        ImageGeometry g = ImageFile.Read(path).Geometry;
        TestVolumes.AssertSameGeometry(new ImageGeometry(g.Size, new Vector3D(1, 1, 3), new Vector3D(10, 20, 30)), g, 1e-12);
    }

    [Fact]
    public void Content_becomes_the_description()
    {
        string path = _folder.File("content.nrrd");
        TextImageFile.Write(path, Header("short", "raw", "content: lesion mask v2\n") + "\n", TextImageFile.Bytes(Values));

        Assert.Equal("lesion mask v2", ImageFile.ReadHeader(path).Description);
    }

    [Theory]
    [InlineData("encoding: bzip2", "NRRD encoding \"bzip2\" is not supported")]
    [InlineData("encoding: hex", "NRRD encoding \"hex\" is not supported")]
    public void Unsupported_encodings_are_named(string encodingLine, string expected)
    {
        string path = _folder.File("encoded.nrrd");
        TextImageFile.Write(path, $"NRRD0004\ntype: short\ndimension: 3\nsizes: 3 2 2\n{encodingLine}\n\n", TextImageFile.Bytes(Values));

        var e = Assert.Throws<ImageFormatException>(() => ImageFile.Read(path));
        Assert.Contains(expected, e.Message);
    }

    [Fact]
    public void Data_split_over_a_list_of_files_is_refused_clearly()
    {
        string path = _folder.File("list.nhdr");
        TextImageFile.Write(path, Header("short", "raw", "data file: LIST\na.raw\nb.raw\n"));

        var e = Assert.Throws<ImageFormatException>(() => ImageFile.Read(path));
        Assert.Contains("split over several files", e.Message);
    }
}
