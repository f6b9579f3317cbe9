using PulmoPet.Imaging.Io;

namespace PulmoPet.Imaging.Tests.Io.Nifti;

public sealed class NiftiReaderTests : IDisposable
{
    private static readonly short[] Values = [-3, 0, 7, 1000, -32768, 32767, 12, 13];

    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Qform_is_decoded_as_nibabel_does_and_converted_to_lps()
    {
        // Expected: nibabel 5.0.0, Nifti1Header with pixdim[:4] = [-1, 0.8, 0.9, 2.5], quatern (0.1, -0.2, 0.3),
        // qoffset (10, -20, 30), qform_code 1; get_qform() with rows 0 and 1 negated, columns normalised.
        var file = new NiftiFile
        {
            PixDim = [-1, 0.8, 0.9, 2.5, 0, 0, 0, 0],
            QformCode = 1,
            QuaternB = 0.1,
            QuaternC = -0.2,
            QuaternD = 0.3,
            QOffset = [10, -20, 30],
        };
        ImageGeometry g = Read(file).Geometry;

        var expected = new ImageGeometry(
            g.Size,
            new Vector3D(0.8000000119209291, 0.8999999761581421, 2.5),
            new Vector3D(-10, 20, 30),
            new Matrix3(
                -0.739999983310699, 0.5964171302359741, -0.31094474020515306,
                -0.5164171278517882, -0.7999999850988385, -0.3054723782982153,
                0.430944746761664, 0.06547236518519328, -0.8999999970197677));
        TestVolumes.AssertSameGeometry(expected, g, 1e-6);
    }

    [Fact]
    public void Scanner_sform_is_preferred_over_a_different_qform()
    {
        NiftiFile file = WithDifferentQformAndSform(sformCode: 1);
        ImageGeometry g = Read(file).Geometry;

        AssertSformGeometry(g);
    }

    [Fact]
    public void Qform_wins_over_a_different_non_scanner_sform_as_in_itk()
    {
        // ITK 5 SetImageIOOrientationFromNIfTI: sform_code 2..4 with a qform that disagrees → qform.
        NiftiFile file = WithDifferentQformAndSform(sformCode: 2);
        ImageGeometry g = Read(file).Geometry;

        Assert.Equal(new Vector3D(-5, -6, 7), g.Origin);
        TestVolumes.AssertSameGeometry(new ImageGeometry(g.Size, new Vector3D(2, 3, 4), new Vector3D(-5, -6, 7), new Matrix3(-1, 0, 0, 0, -1, 0, 0, 0, 1)), g, 1e-7);
    }

    [Fact]
    public void Sform_alone_is_used()
    {
        NiftiFile file = WithDifferentQformAndSform(sformCode: 2);
        file.QformCode = 0;
        AssertSformGeometry(Read(file).Geometry);
    }

    [Fact]
    public void A_sheared_sform_falls_back_to_the_qform()
    {
        NiftiFile file = WithDifferentQformAndSform(sformCode: 1);
        file.Srow = [[2, 0.5, 0, 1], [0, 3, 0, 2], [0, 0, 4, 3]];
        ImageGeometry g = Read(file).Geometry;

        Assert.Equal(new Vector3D(-5, -6, 7), g.Origin);
    }

    [Fact]
    public void A_sheared_sform_without_qform_is_refused_clearly()
    {
        NiftiFile file = WithDifferentQformAndSform(sformCode: 1);
        file.QformCode = 0;
        file.Srow = [[2, 0.5, 0, 1], [0, 3, 0, 2], [0, 0, 4, 3]];

        var e = Assert.Throws<ImageFormatException>(() => Read(file, "sheared.nii"));
        Assert.Contains("sheared.nii", e.Message);
        Assert.Contains("shear", e.Message);
    }

    [Fact]
    public void Without_qform_and_sform_the_nifti1_method_1_scaled_identity_applies()
    {
        // nifti1.h method 1: x = pixdim[1]·i, y = pixdim[2]·j, z = pixdim[3]·k in RAS, i.e. LPS diag(−1, −1, 1).
        var file = new NiftiFile { PixDim = [1, 2, 3, 4, 0, 0, 0, 0] };
        ImageGeometry g = Read(file).Geometry;

        Assert.Equal(new Vector3D(2, 3, 4), g.Spacing);
        Assert.Equal(Vector3D.Zero, g.Origin);
        Assert.Equal(new Matrix3(-1, 0, 0, 0, -1, 0, 0, 0, 1), g.Direction);
    }

    [Fact]
    public void Metre_and_micron_units_become_millimetres()
    {
        var metres = new NiftiFile { XyztUnits = 1, PixDim = [1, 0.002, 0.002, 0.003, 0, 0, 0, 0], QformCode = 1, QOffset = [0.1, 0.2, 0.3] };
        ImageGeometry g = Read(metres).Geometry;
        TestVolumes.AssertSameGeometry(new ImageGeometry(g.Size, new Vector3D(2, 2, 3), new Vector3D(-100, -200, 300), new Matrix3(-1, 0, 0, 0, -1, 0, 0, 0, 1)), g, 1e-6);

        var microns = new NiftiFile { XyztUnits = 3 | 8, PixDim = [1, 500, 500, 1000, 0, 0, 0, 0] };
        Assert.Equal(new Vector3D(0.5, 0.5, 1), Read(microns).Geometry.Spacing);
    }

    [Theory]
    [InlineData(false, ".nii")]
    [InlineData(true, ".nii")]
    [InlineData(true, ".nii.gz")]
    public void Big_endian_files_read_like_little_endian_ones(bool bigEndian, string extension)
    {
        var file = new NiftiFile
        {
            BigEndian = bigEndian,
            DataType = 16,
            BitPix = 32,
            PixDim = [1, 0.5, 0.75, 3, 0, 0, 0, 0],
            SformCode = 1,
            Srow = [[-0.5, 0, 0, 11], [0, -0.75, 0, 12], [0, 0, 3, 13]],
        };
        float[] values = [1.5f, -2.25f, float.NaN, float.PositiveInfinity, 0, 1e-40f, 3e38f, -7];
        string path = _folder.File("swapped" + extension);
        file.WriteSingleFile(path, values);

        var volume = Assert.IsType<Volume<float>>(ImageFile.Read(path));
        Assert.Equal(values, volume.Voxels);
        Assert.Equal(new Vector3D(-11, -12, 13), volume.Geometry.Origin);
        Assert.Equal(new Vector3D(0.5, 0.75, 3), volume.Geometry.Spacing);
    }

    [Fact]
    public void Big_endian_float64_and_int32_are_swapped()
    {
        var doubles = new NiftiFile { BigEndian = true, DataType = 64, BitPix = 64 };
        double[] d = [Math.PI, -1e300, 0, double.NaN, 5, 6, 7, 8];
        string path = _folder.File("be64.nii");
        doubles.WriteSingleFile(path, d);
        Assert.Equal(d, Assert.IsType<Volume<double>>(ImageFile.Read(path)).Voxels);

        var ints = new NiftiFile { BigEndian = true, DataType = 8, BitPix = 32 };
        int[] i = [int.MinValue, -1, 0, 1, int.MaxValue, 0x01020304, 7, 8];
        path = _folder.File("be32.nii");
        ints.WriteSingleFile(path, i);
        Assert.Equal(i, Assert.IsType<Volume<int>>(ImageFile.Read(path)).Voxels);
    }

    [Fact]
    public void Slope_and_intercept_turn_integers_into_float32()
    {
        var file = new NiftiFile { SclSlope = 2, SclInter = -1000 };
        Volume volume = Read(file);

        var scaled = Assert.IsType<Volume<float>>(volume);
        Assert.Equal(Values.Select(v => (float)(v * 2.0 - 1000)).ToArray(), scaled.Voxels);
    }

    [Fact]
    public void Float64_data_stay_float64_when_scaled()
    {
        var file = new NiftiFile { DataType = 64, BitPix = 64, SclSlope = 0.5, SclInter = 1 };
        string path = _folder.File("scaled64.nii");
        file.WriteSingleFile(path, new double[] { 1, 2, 3, 4, 5, 6, 7, 8 });

        ImageHeader header = ImageFile.ReadHeader(path);
        Assert.Equal(VoxelType.Float64, header.StoredType);
        Assert.Equal(VoxelType.Float64, header.VoxelType);
        Assert.Equal(new ValueScaling(0.5, 1), header.Scaling);
        Assert.Equal([1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5], Assert.IsType<Volume<double>>(ImageFile.Read(path)).Voxels);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(0, 5)]
    [InlineData(1, 0)]
    [InlineData(double.NaN, 0)]
    public void Slope_zero_identity_or_not_finite_means_no_scaling(double slope, double intercept)
    {
        var file = new NiftiFile { SclSlope = slope, SclInter = intercept };
        var volume = Assert.IsType<Volume<short>>(Read(file));
        Assert.Equal(Values, volume.Voxels);
    }

    [Fact]
    public void A_2d_image_gets_one_slice()
    {
        var file = new NiftiFile { Dim = [2, 4, 2, 0, 0, 0, 0, 0], PixDim = [1, 0.5, 0.5, 0, 0, 0, 0, 0] };
        Volume volume = Read(file);

        Assert.Equal(new Size3(4, 2, 1), volume.Size);
        Assert.Equal(new Vector3D(0.5, 0.5, 1), volume.Geometry.Spacing);
    }

    [Fact]
    public void A_2d_sform_with_an_empty_k_column_gets_a_slice_normal()
    {
        var file = new NiftiFile
        {
            Dim = [2, 4, 2, 1, 1, 1, 1, 1],
            PixDim = [1, 0.5, 0.5, 3, 0, 0, 0, 0],
            SformCode = 1,
            Srow = [[0.5, 0, 0, 1], [0, 0.5, 0, 2], [0, 0, 0, 3]],
        };
        ImageGeometry g = Read(file).Geometry;

        Assert.Equal(new Vector3D(0, 0, 1), g.Direction.Column(2));
        Assert.Equal(new Vector3D(0.5, 0.5, 3), g.Spacing);
        Assert.Equal(new Vector3D(-1, -2, 3), g.Origin);
    }

    [Fact]
    public void A_4d_file_with_one_volume_is_read()
    {
        var file = new NiftiFile { Dim = [4, 2, 2, 2, 1, 1, 1, 1] };
        Assert.Equal(Values, Assert.IsType<Volume<short>>(Read(file)).Voxels);
    }

    [Fact]
    public void Vox_offset_past_extensions_is_respected()
    {
        var file = new NiftiFile { VoxOffset = 1024 };
        string path = _folder.File("extended.nii.gz");
        file.WriteSingleFile(path, Values);

        Assert.Equal(Values, Assert.IsType<Volume<short>>(ImageFile.Read(path)).Voxels);
    }

    [Fact]
    public void Nifti2_is_read()
    {
        // Expected sform: nibabel 5.0.0 Nifti2Header.set_sform([[0,-0.9,0,12.5],[0.8,0,0,-7.25],[0,0,2.5,100.125]], code=1).
        var file = new NiftiFile
        {
            Version = 2,
            Magic = "n+2",
            PixDim = [1, 0.8, 0.9, 2.5, 0, 0, 0, 0],
            SformCode = 1,
            Srow = [[0, -0.9, 0, 12.5], [0.8, 0, 0, -7.25], [0, 0, 2.5, 100.125]],
            Description = "two",
        };
        string path = _folder.File("v2.nii");
        file.WriteSingleFile(path, Values);

        ImageHeader header = ImageFile.ReadHeader(path);
        Assert.Equal(ImageFileFormat.Nifti2, header.Format);
        Assert.Equal("two", header.Description);
        var expected = new ImageGeometry(new Size3(2, 2, 2), new Vector3D(0.8, 0.9, 2.5), new Vector3D(-12.5, 7.25, 100.125),
            new Matrix3(0, 1, 0, -1, 0, 0, 0, 0, 1));
        TestVolumes.AssertSameGeometry(expected, header.Geometry, 1e-12);
        Assert.Equal(Values, Assert.IsType<Volume<short>>(ImageFile.Read(path)).Voxels);
    }

    [Theory]
    [InlineData("ni1", false, ImageFileFormat.Nifti1)]
    [InlineData("ni1", true, ImageFileFormat.Nifti1)]
    [InlineData("\0\0\0", false, ImageFileFormat.Analyze75)]
    public void Header_and_image_pairs_are_read_from_either_name(string magic, bool gzip, ImageFileFormat format)
    {
        var file = new NiftiFile { Magic = magic, VoxOffset = 0, QformCode = 1, QOffset = [1, 2, 3] };
        string suffix = gzip ? ".gz" : "";
        NiftiFile.WriteMaybeGzip(_folder.File("pair.hdr" + suffix), file.HeaderBytes()[..348]);
        NiftiFile.WriteMaybeGzip(_folder.File("pair.img" + suffix), file.DataBytes(Values));

        foreach (string name in new[] { "pair.hdr" + suffix, "pair.img" + suffix })
        {
            Assert.Equal(format, ImageFile.ReadHeader(_folder.File(name)).Format);
            Assert.Equal(Values, Assert.IsType<Volume<short>>(ImageFile.Read(_folder.File(name))).Voxels);
        }
    }

    [Fact]
    public void Writer_header_fields_are_as_specified()
    {
        string path = _folder.File("written.nii");
        var volume = new Volume<short>(TestVolumes.Oblique(new Size3(3, 2, 2)));
        ImageFile.Write(volume, path, new ImageWriteOptions { Description = "PET SUVbw" });

        byte[] b = File.ReadAllBytes(path);
        Assert.Equal(348, BitConverter.ToInt32(b, 0));
        Assert.Equal(352f, BitConverter.ToSingle(b, 108)); // vox_offset
        Assert.Equal(2, b[123]); // xyzt_units = NIFTI_UNITS_MM
        Assert.Equal(1, BitConverter.ToInt16(b, 252)); // qform_code
        Assert.Equal(1, BitConverter.ToInt16(b, 254)); // sform_code
        Assert.Equal(-1f, BitConverter.ToSingle(b, 76)); // qfac: the oblique grid is left-handed
        Assert.Equal("n+1\0"u8.ToArray(), b[344..348]);
        Assert.Equal("PET SUVbw", ImageFile.ReadHeader(path).Description);
        Assert.Equal(352 + 12 * 2, b.Length);
    }

    private Volume Read(NiftiFile file, string name = "test.nii")
    {
        string path = _folder.File(name);
        file.WriteSingleFile(path, Values);
        return ImageFile.Read(path);
    }

    /// <summary>qform: identity rotation, spacing (2, 3, 4), RAS offset (5, 6, 7); sform: x and y swapped, offset (1, 2, 3).</summary>
    private static NiftiFile WithDifferentQformAndSform(int sformCode) => new()
    {
        PixDim = [1, 2, 3, 4, 0, 0, 0, 0],
        QformCode = 1,
        QOffset = [5, 6, 7],
        SformCode = sformCode,
        Srow = [[0, 3, 0, 1], [2, 0, 0, 2], [0, 0, 4, 3]],
    };

    private static void AssertSformGeometry(ImageGeometry g) =>
        TestVolumes.AssertSameGeometry(
            new ImageGeometry(g.Size, new Vector3D(2, 3, 4), new Vector3D(-1, -2, 3), new Matrix3(0, -1, 0, -1, 0, 0, 0, 0, 1)), g, 1e-12);
}
