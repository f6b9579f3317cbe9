using System.Text.RegularExpressions;
using PulmoPet.Imaging.Io;
using PulmoPet.Imaging.Tests.Io.Nifti;

namespace PulmoPet.Imaging.Tests.Io;

/// <summary>
/// Every kind of broken input gives an <see cref="ImageFormatException"/> whose message is one sentence that
/// starts with the file name and says what is wrong, in every format; failed writes leave no file behind.
/// </summary>
public sealed partial class BadInputTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    public static TheoryData<string, bool> WrittenFormats => new()
    {
        { ".nii", false }, { ".nii.gz", true }, { ".nrrd", false }, { ".nrrd", true },
        { ".nhdr", false }, { ".nhdr", true }, { ".mha", false }, { ".mha", true }, { ".mhd", false }, { ".mhd", true },
    };

    [Theory]
    [MemberData(nameof(WrittenFormats))]
    public void Truncated_data_are_reported_with_byte_counts(string extension, bool compress)
    {
        string path = WriteValid(extension, compress);
        string dataFile = DataFileOf(path, compress);
        byte[] bytes = File.ReadAllBytes(dataFile);
        File.WriteAllBytes(dataFile, bytes[..(bytes.Length - (compress ? bytes.Length / 3 : 5000))]);

        string message = AssertFails(path);
        Assert.Matches(@"ends after [\d ]+ of 16 000 voxel bytes \(truncated download\?\)", message);
    }

    [Fact]
    public void A_truncated_nifti_header_is_reported()
    {
        string path = WriteValid(".nii.gz", true);
        byte[] content = Decompress(path);
        NiftiFile.WriteMaybeGzip(path, content[..100]);

        Assert.Contains("the file ends after 100 of the 348 NIfTI header bytes (truncated download?)", AssertFails(path));
    }

    [Fact]
    public void A_nrrd_header_cut_before_its_blank_line_is_reported()
    {
        string path = _folder.File("cut.nrrd");
        TextImageFile.Write(path, "NRRD0004\ntype: short\ndimension: 3\nsizes: 20 20 20\nencoding: raw\n");

        Assert.Contains("no blank line before attached data (truncated file?)", AssertFails(path));
    }

    [Fact]
    public void A_metaimage_header_cut_before_its_data_file_line_is_reported()
    {
        string path = _folder.File("cut.mha");
        TextImageFile.Write(path, "ObjectType = Image\nNDims = 3\nDimSize = 20 20 20\n");

        Assert.Contains("has no ElementDataFile line", AssertFails(path));
    }

    [Theory]
    [InlineData("scan.nii", "not a NIfTI file")]
    [InlineData("scan.nii.gz", "not a NIfTI file")]
    [InlineData("scan.nrrd", "not a NRRD file")]
    [InlineData("scan.mha", "not a MetaImage file")]
    [InlineData("scan.dcm", "not an image file PulmoPet can read")]
    public void Files_that_are_not_images_are_named_as_such(string name, string expected)
    {
        string path = _folder.File(name);
        byte[] text = "<html><body>404 Not Found</body></html>\n"u8.ToArray();
        NiftiFile.WriteMaybeGzip(path, [.. text, .. new byte[400]]);

        Assert.Contains(expected, AssertFails(path));
    }

    [Fact]
    public void An_empty_file_is_reported()
    {
        string path = _folder.File("empty.nii.gz");
        File.WriteAllBytes(path, []);

        Assert.Contains("the file is empty", AssertFails(path));
    }

    [Fact]
    public void A_missing_file_is_reported()
    {
        Assert.Contains("the file does not exist", AssertFails(_folder.File("nowhere.nii.gz")));
    }

    [Theory]
    [InlineData(".nhdr")]
    [InlineData(".mhd")]
    public void A_missing_data_file_is_reported(string extension)
    {
        string path = WriteValid(extension, compress: true);
        File.Delete(DataFileOf(path, compress: true));

        Assert.Matches(@"its data file .*image\.(raw\.gz|zraw) does not exist", AssertFails(path));
    }

    public static TheoryData<string, string> ZeroOrNegativeSizes => new()
    {
        { "nii-zero", "axis 1 has 0 voxels (every axis needs at least one)" },
        { "nii-negative", "axis 0 has -5 voxels (every axis needs at least one)" },
        { "nrrd", "axis 2 has 0 voxels (every axis needs at least one)" },
        { "mha", "axis 1 has -3 voxels (every axis needs at least one)" },
    };

    [Theory]
    [MemberData(nameof(ZeroOrNegativeSizes))]
    public void Zero_or_negative_dimensions_are_refused(string kind, string expected)
    {
        string path = kind switch
        {
            "nii-zero" => Nifti("zero.nii", new NiftiFile { Dim = [3, 4, 0, 4, 1, 1, 1, 1] }),
            "nii-negative" => Nifti("negative.nii", new NiftiFile { Dim = [3, -5, 4, 4, 1, 1, 1, 1] }),
            "nrrd" => Text("zero.nrrd", "NRRD0004\ntype: short\ndimension: 3\nsizes: 4 4 0\nencoding: raw\n\n"),
            _ => Text("negative.mha", "NDims = 3\nDimSize = 4 -3 4\nElementType = MET_SHORT\nElementDataFile = LOCAL\n"),
        };

        Assert.Contains(expected, AssertFails(path));
    }

    public static TheoryData<string> HugeHeaders => ["nii", "nii2", "nrrd", "mha"];

    [Theory]
    [MemberData(nameof(HugeHeaders))]
    public void Sizes_beyond_the_voxel_budget_are_refused_before_allocating(string kind)
    {
        string path = kind switch
        {
            "nii" => Nifti("huge.nii", new NiftiFile { Dim = [3, 30000, 30000, 30000, 1, 1, 1, 1] }),
            "nii2" => Nifti("huge2.nii", new NiftiFile { Version = 2, Magic = "n+2", Dim = [3, 100_000, 100_000, 100_000, 1, 1, 1, 1] }),
            "nrrd" => Text("huge.nrrd", "NRRD0004\ntype: float\ndimension: 3\nsizes: 4096 4096 4096\nencoding: gzip\n\n"),
            _ => Text("huge.mha", "NDims = 3\nDimSize = 2048 2048 1024\nElementType = MET_FLOAT\nElementDataFile = LOCAL\n"),
        };

        // This thread's allocations only: xunit runs other test classes in parallel in the same process.
        long before = GC.GetAllocatedBytesForCurrentThread();
        string message = AssertFails(path);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Matches(@"the header declares .* voxels, more than the limit of 1 073 741 824 \(ImageReadOptions\.MaxVoxels", message);
        Assert.True(allocated < 10_000_000, $"{allocated} bytes allocated before refusing");
        Assert.Equal(ImageFile.ReadHeader(path).Geometry.Size.X, kind switch { "nii" => 30000, "nii2" => 100_000, "nrrd" => 4096, _ => 2048 });
    }

    [Fact]
    public void A_smaller_voxel_budget_can_be_asked_for()
    {
        string path = WriteValid(".nii.gz", true);

        string message = AssertFails(path, new ImageReadOptions { MaxVoxels = 1000 });
        Assert.Contains("the header declares 20×20×20 = 8 000 voxels, more than the limit of 1 000", message);
    }

    public static TheoryData<string, string> UnsupportedTypes => new()
    {
        { "nii-complex", "NIfTI data type 32 (complex64) is not supported; PulmoPet reads uint8, int8, int16, uint16, int32, uint32, float32 and float64" },
        { "nii-rgb", "NIfTI data type 128 (RGB24) is not supported" },
        { "nii-int64", "NIfTI data type 1024 (int64) is not supported" },
        { "nrrd-int64", "NRRD type \"int64\" is not supported" },
        { "nrrd-block", "NRRD type \"block\" is not supported" },
        { "nrrd-nonsense", "\"quaternion\" is not a NRRD type" },
        { "mha-longlong", "MetaImage element type MET_LONG_LONG is not supported" },
        { "mha-array", "MetaImage element type MET_FLOAT_ARRAY is not supported" },
    };

    [Theory]
    [MemberData(nameof(UnsupportedTypes))]
    public void Unsupported_data_types_are_named(string kind, string expected)
    {
        string path = kind switch
        {
            "nii-complex" => Nifti("complex.nii", new NiftiFile { DataType = 32, BitPix = 64 }),
            "nii-rgb" => Nifti("rgb.nii", new NiftiFile { DataType = 128, BitPix = 24 }),
            "nii-int64" => Nifti("int64.nii.gz", new NiftiFile { DataType = 1024, BitPix = 64 }),
            "nrrd-int64" => Text("int64.nrrd", "NRRD0004\ntype: int64\ndimension: 3\nsizes: 2 2 2\nencoding: raw\n\n"),
            "nrrd-block" => Text("block.nrrd", "NRRD0004\ntype: block\nblock size: 4\ndimension: 3\nsizes: 2 2 2\nencoding: raw\n\n"),
            "nrrd-nonsense" => Text("nonsense.nrrd", "NRRD0004\ntype: quaternion\ndimension: 3\nsizes: 2 2 2\nencoding: raw\n\n"),
            "mha-longlong" => Text("longlong.mha", "NDims = 3\nDimSize = 2 2 2\nElementType = MET_LONG_LONG\nElementDataFile = LOCAL\n"),
            _ => Text("array.mha", "NDims = 3\nDimSize = 2 2 2\nElementType = MET_FLOAT_ARRAY\nElementDataFile = LOCAL\n"),
        };

        Assert.Contains(expected, AssertFails(path));
    }

    [Theory]
    [InlineData(".nii.gz", "gzip")]
    [InlineData(".nrrd", "gzip")]
    [InlineData(".mha", "zlib")]
    public void Corrupt_compressed_data_are_reported(string extension, string kind)
    {
        string path = WriteValid(extension, compress: true);
        byte[] bytes = File.ReadAllBytes(path);
        int start = extension == ".nii.gz" ? 10 : bytes.Length - 200;
        for (int i = start; i < start + 40; i++)
        {
            bytes[i] ^= 0x5A;
        }

        File.WriteAllBytes(path, bytes);
        Assert.Contains($"the {kind}-compressed data in the file are corrupt", AssertFails(path));
    }

    [Fact]
    public void A_wrong_gzip_checksum_is_reported()
    {
        string path = WriteValid(".nii.gz", compress: true);
        byte[] bytes = File.ReadAllBytes(path);
        bytes[^8] ^= 0xFF; // first byte of the CRC-32 in the gzip trailer
        File.WriteAllBytes(path, bytes);

        Assert.Contains("the gzip-compressed data in the file are corrupt", AssertFails(path));
    }

    public static TheoryData<string, string> SeveralVolumes => new()
    {
        { "nii", "the file holds 5 volumes or components (dim[4..4] = 5)" },
        { "nii5", "the file holds 3 volumes or components (dim[4..5] = 1×3)" },
        { "nrrd", "the file holds 2 volumes (4 spatial axes)" },
        { "mha", "the file holds 4 volumes (NDims = 4)" },
    };

    [Theory]
    [MemberData(nameof(SeveralVolumes))]
    public void Files_with_several_volumes_are_refused_clearly(string kind, string expected)
    {
        string path = kind switch
        {
            "nii" => Nifti("dynamic.nii", new NiftiFile { Dim = [4, 2, 2, 2, 5, 1, 1, 1] }),
            "nii5" => Nifti("vector.nii", new NiftiFile { Dim = [5, 2, 2, 2, 1, 3, 1, 1] }),
            "nrrd" => Text("dynamic.nrrd", "NRRD0004\ntype: short\ndimension: 4\nsizes: 2 2 2 2\nencoding: raw\n\n"),
            _ => Text("dynamic.mha", "NDims = 4\nDimSize = 2 2 2 4\nElementType = MET_SHORT\nElementDataFile = LOCAL\n"),
        };

        Assert.Contains(expected, AssertFails(path));
    }

    [Fact]
    public void Unknown_output_extensions_are_refused_without_writing()
    {
        string path = _folder.File("out.png");
        var e = Assert.Throws<ImageFormatException>(() => ImageFile.Write(new Volume<byte>(TestVolumes.Oblique(new Size3(2, 2, 2))), path));

        AssertOneSentence(e.Message, path);
        Assert.Contains("cannot tell the image format from the extension", e.Message);
        Assert.Empty(_folder.FileNames());
    }

    [Fact]
    public void Grids_too_large_for_nifti1_are_refused_without_writing()
    {
        string path = _folder.File("long.nii.gz");
        var volume = new Volume<byte>(new ImageGeometry(new Size3(40_000, 1, 1), Vector3D.One, Vector3D.Zero));
        var e = Assert.Throws<ImageFormatException>(() => ImageFile.Write(volume, path));

        Assert.Contains("cannot be written as NIfTI-1, whose axes hold at most 32767 voxels", e.Message);
        Assert.Empty(_folder.FileNames());
    }

    [Theory]
    [InlineData("failed.nii")]
    [InlineData("failed.nii.gz")]
    [InlineData("failed.nrrd")]
    [InlineData("failed.nhdr")]
    [InlineData("failed.mha")]
    [InlineData("failed.mhd")]
    public void A_write_that_fails_half_way_leaves_no_file(string name)
    {
        var volume = new FailingVolume(new ImageGeometry(new Size3(4, 4, 4), Vector3D.One, Vector3D.Zero));

        var e = Assert.Throws<ImageFormatException>(() => ImageFile.Write(volume, _folder.File(name)));
        Assert.Contains("cannot be written (simulated disk failure)", e.Message);
        Assert.Empty(_folder.FileNames());
    }

    [Fact]
    public void A_failed_write_keeps_the_previous_file_intact()
    {
        string path = WriteValid(".nii.gz", compress: true);
        byte[] before = File.ReadAllBytes(path);

        Assert.Throws<ImageFormatException>(() => ImageFile.Write(new FailingVolume(new ImageGeometry(new Size3(4, 4, 4), Vector3D.One, Vector3D.Zero)), path));
        Assert.Equal(before, File.ReadAllBytes(path));
        Assert.Equal(["image.nii.gz"], _folder.FileNames());
    }

    [Fact]
    public void Writing_where_a_folder_is_in_the_way_is_reported()
    {
        string path = _folder.File("taken.nii.gz");
        Directory.CreateDirectory(path);

        var e = Assert.Throws<ImageFormatException>(() => ImageFile.Write(new Volume<byte>(new ImageGeometry(new Size3(2, 2, 2), Vector3D.One, Vector3D.Zero)), path));
        AssertOneSentence(e.Message, path);
        Assert.Contains("cannot be written", e.Message);
        Assert.Empty(Directory.GetFiles(_folder.Path));
    }

    /// <summary>Reading fails with one sentence that starts with the path; returns the message.</summary>
    private static string AssertFails(string path, ImageReadOptions? options = null)
    {
        var e = Assert.Throws<ImageFormatException>(() => ImageFile.Read(path, options));
        AssertOneSentence(e.Message, path);
        Assert.Equal(path, e.FilePath);
        return e.Message;
    }

    private static void AssertOneSentence(string message, string path)
    {
        Assert.StartsWith(path + ": ", message);
        Assert.EndsWith(".", message);
        Assert.DoesNotContain('\n', message);
        Assert.DoesNotContain("   at ", message); // no stack trace
        Assert.DoesNotContain("Exception", message);
        string afterPath = message[(path.Length + 2)..^1];
        Assert.False(SentenceBreak().IsMatch(afterPath), $"more than one sentence: {message}");
    }

    [GeneratedRegex(@"[.!?]\s+[A-Z]")]
    private static partial Regex SentenceBreak();

    /// <summary>A valid 20×20×20 int16 image (16 000 voxel bytes) of varied content.</summary>
    private string WriteValid(string extension, bool compress)
    {
        var volume = new Volume<short>(TestVolumes.Oblique(new Size3(20, 20, 20)));
        var random = new Random(3);
        for (int i = 0; i < volume.Voxels.Length; i++)
        {
            volume.Voxels[i] = (short)random.Next(-1000, 3000);
        }

        string path = _folder.File("image" + extension);
        ImageFile.Write(volume, path, new ImageWriteOptions { Compress = compress });
        return path;
    }

    private static string DataFileOf(string path, bool compress) =>
        path.EndsWith(".nhdr", StringComparison.Ordinal) ? Path.ChangeExtension(path, compress ? ".raw.gz" : ".raw")
        : path.EndsWith(".mhd", StringComparison.Ordinal) ? Path.ChangeExtension(path, compress ? ".zraw" : ".raw")
        : path;

    private static byte[] Decompress(string path)
    {
        using var gzip = new System.IO.Compression.GZipStream(File.OpenRead(path), System.IO.Compression.CompressionMode.Decompress);
        using var memory = new MemoryStream();
        gzip.CopyTo(memory);
        return memory.ToArray();
    }

    private string Nifti(string name, NiftiFile file)
    {
        string path = _folder.File(name);
        file.WriteSingleFile(path, new short[8]);
        return path;
    }

    private string Text(string name, string header)
    {
        string path = _folder.File(name);
        TextImageFile.Write(path, header, new byte[64]);
        return path;
    }

    /// <summary>A volume whose voxels cannot be fetched: the writer fails after the header is out.</summary>
    private sealed class FailingVolume(ImageGeometry geometry) : Volume(geometry)
    {
        public override VoxelType VoxelType => VoxelType.Int16;

        public override double GetValue(int linearIndex) => 0;

        public override Span<byte> AsBytes() => throw new IOException("simulated disk failure");

        public override Volume<TOut> ConvertTo<TOut>() => throw new NotSupportedException();
    }
}
