using System.Security.Cryptography;
using PulmoPet.Imaging.Io;

namespace PulmoPet.Imaging.Tests.Io.Reference;

/// <summary>
/// Real files from shared/data read by PulmoPet must give what an independent reader gives: nibabel for
/// NIfTI, a small numpy + gzip NRRD parser for NRRD (see reference_values.py beside this file).
/// </summary>
public sealed class ReferenceFileTests
{
    /// <summary>
    /// Geometry agreement: NRRD (same decimal text) within 1e-9; NIfTI within 1e-6, because nibabel builds a
    /// qform-only affine through its own quaternion code from the same float32 fields.
    /// </summary>
    private const double NrrdTolerance = 1e-9;
    private const double NiftiTolerance = 1e-6;

    // Expected values: output of
    //   /usr/bin/python3 tests/PulmoPet.Imaging.Tests/Io/Reference/reference_values.py
    // (Debian bookworm python3-nibabel 5.0.0, python3-numpy 1.24.2): LPS size, spacing, origin, direction
    // (row-major), sum and sum of squares (float64) and SHA-256 of the little-endian voxels, x fastest.
    // Cross-checks with the data README: mask voxel counts 74 (IBSI phantom), 125 256 (PAT1 GTV-1),
    // 4 137 (brain1), 143 (breast1), 107 098 (dcmqi liver), 322 (dcmqi 23×38×3) equal the sums below.
    public static TheoryData<string, VoxelType, int[], double[], double[], double[], double, double, string> Files => new()
    {
        { "ibsi1/digital_phantom/nifti/image/phantom.nii.gz", VoxelType.Int16, [5, 4, 4],
          [2.0, 2.0, 2.0], [0.0, 0.0, 0.0],
          [1.0, -0.0, -0.0, -0.0, 1.0, -0.0, 0.0, 0.0, 1.0],
          173.0, 653.0, "c5b197467e36bad20ca0bdc3b2c1983af145d39c4b85dd8fb8d555d641476aca" },
        { "ibsi1/digital_phantom/nifti/mask/mask.nii.gz", VoxelType.Int16, [5, 4, 4],
          [2.0, 2.0, 2.0], [0.0, 0.0, 0.0],
          [1.0, -0.0, -0.0, -0.0, 1.0, -0.0, 0.0, 0.0, 1.0],
          74.0, 74.0, "c2fff7b1ce9e84245a9b359891ef27b619f57a3560f6d04500bb45e9e4be8d34" },
        { "ibsi1/ct_radiomics_phantom/nifti/image/phantom.nii.gz", VoxelType.Float32, [204, 201, 60],
          [0.9769999980926514, 0.9769999980926514, 3.0], [-174.39450073242188, -79.62550354003906, -100.4000015258789],
          [1.0, -0.0, -0.0, -0.0, 1.0, -0.0, 0.0, 0.0, 1.0],
          -655581056.0, 691909570822.0, "f2811a4eacb078b693557227c3b2538f9f3b122f5c91a3f1869c05128d0eec97" },
        { "ibsi1/ct_radiomics_phantom/nifti/mask/mask.nii.gz", VoxelType.UInt8, [204, 201, 60],
          [0.9769999980926514, 0.9769999980926514, 3.0], [-174.39450073242188, -79.62550354003906, -100.4000015258789],
          [1.0, -0.0, -0.0, -0.0, 1.0, -0.0, 0.0, 0.0, 1.0],
          125256.0, 125256.0, "8248cea55660c2597253c0e98787b7319dcf5e8bbe1ce20b3a5ba3dbc21ae0fc" },
        { "real/totalsegmentator/reference_files/example_ct_sm.nii.gz", VoxelType.Int16, [122, 101, 30],
          [3.0, 3.0, 3.0], [177.95632934570312, -11.319000244140625, 94.3017578125],
          [-1.0, -0.0, -0.0, -0.0, -1.0, -0.0, 0.0, 0.0, 1.0],
          -130894872.0, 123249288398.0, "d46fabdda64cab23afd3eee9d16f527d0531ce53b377d7de040603b9e991c77b" },
        { "real/totalsegmentator/reference_files/example_seg.nii.gz", VoxelType.UInt8, [122, 101, 30],
          [3.0, 3.0, 3.0], [177.95632934570312, -11.319000244140625, 94.3017578125],
          [-1.0, -0.0, -0.0, -0.0, -1.0, -0.0, 0.0, 0.0, 1.0],
          2734697.0, 187296427.0, "f266b56668d97b06817a7ae88814321eb3ce32d0cc50229ad56504f2b2f4fa36" },
        { "real/totalsegmentator/reference_files/example_seg_dicom.nii.gz", VoxelType.UInt8, [512, 512, 20],
          [0.9765625, 0.9765625, 2.0], [-249.51171875, 61.51171875, -804.5],
          [1.0, -0.0, -0.0, 0.0, -1.0, -0.0, 0.0, -0.0, 1.0],
          14229599.0, 1009167493.0, "b9de240c6fa336875bf19b90f42501f391d85f6a724d5061d9c4aba57caa6f8a" },
        { "real/mirp/sts_images/STS_001/PET/nifti/image/image.nii.gz", VoxelType.Float32, [41, 43, 59],
          [4.6875, 4.6875, 3.2699999809265137], [-21.09375, -86.71875, -881.2999877929688],
          [1.0, -0.0, -0.0, -0.0, 1.0, -0.0, 0.0, 0.0, 1.0],
          69688.74569704727, 109937.20461167525, "ca30bce1650c0b2517e8b0de1480bf8d496ab27dce9ba4212e7be8b6e5f51512" },
        { "pyradiomics/data/brain1_image.nrrd", VoxelType.Int16, [256, 256, 25],
          [0.7812499999999999, 0.7812499999999999, 6.499999999999998], [-99.60937499999999, 99.60937499999999, -77.99999999999996],
          [1.0, 0.0, 0.0, 0.0, -1.0, 0.0, 0.0, 0.0, 1.0],
          631859459.0, 509197345255.0, "cb06e37c791479070b5adbc2c5d69614acd43d39996405e98b55ec7ede0ecfad" },
        { "pyradiomics/data/brain1_label.nrrd", VoxelType.Int32, [256, 256, 25],
          [0.7812499999999999, 0.7812499999999999, 6.499999999999998], [-99.60937499999999, 99.60937499999999, -77.99999999999996],
          [1.0, 0.0, 0.0, 0.0, -1.0, 0.0, 0.0, 0.0, 1.0],
          4137.0, 4137.0, "0520768c9cf204666f79d5d9f02d4cc3aa19c048433db6323cc19c2eb08cf02f" },
        { "pyradiomics/data/breast1_image.nrrd", VoxelType.Int16, [45, 120, 21],
          [0.664062, 0.664062, 2.1], [-116.54304, -48.14465400000001, 9.45000000000003],
          [1.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 1.0],
          7187342.0, 497361576.0, "20a637f5b022536d7851961863d57c76a7511553cfb63b9b29aab1330ff87289" },
        { "pyradiomics/data/breast1_label.nrrd", VoxelType.Int16, [45, 120, 21],
          [0.664062, 0.664062, 2.1], [-116.54304, -48.14465400000001, 9.45000000000003],
          [1.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 1.0],
          143.0, 143.0, "5b485b8c5c5fa474806e13bf41a6f51fc1da181bbf53dd8834321211128a00e8" },
        { "pyradiomics/data/prostate_phantom_subvolume.nrrd", VoxelType.UInt16, [82, 67, 13],
          [0.5, 0.5, 3.0], [15.683382511138916, 76.5357608795166, -52.77613067626954],
          [-1.0, 0.0, 0.0, 0.0, -1.0, 0.0, 0.0, 0.0, 1.0],
          27811967.0, 34174530113.0, "52614a83f0f07e7fe03234aa95d82ad9195df2962cbfe159a0eac224f0271c8b" },
        { "pyradiomics/data/prostate_phantom_subvolume-label.nrrd", VoxelType.Int16, [82, 67, 13],
          [0.5, 0.5, 3.0], [15.683382511138916, 76.5357608795166, -52.77613067626954],
          [-1.0, 0.0, 0.0, 0.0, -1.0, 0.0, 0.0, 0.0, 1.0],
          107126.0, 936434.0, "04bab5d219d279a69d2200b998f3c356f4edcceb1110a42f9d6e4dc2119c28a7" },
        { "pyradiomics/ibsi_benchmark/data/digital_phantom/Phantom.nrrd", VoxelType.Float32, [5, 4, 4],
          [2.0, 2.0, 2.0], [0.0, 0.0, 0.0],
          [1.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 1.0],
          173.0, 653.0, "4785172fd970241340873ad3737b1b8431e673104d8fd6249e963a5d03c4fee3" },
        { "pyradiomics/ibsi_benchmark/data/digital_phantom/Phantom-label.nrrd", VoxelType.UInt8, [5, 4, 4],
          [2.0, 2.0, 2.0], [0.0, 0.0, 0.0],
          [1.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 1.0],
          74.0, 74.0, "8f30a3fdb28e1721a3cdc53057c281a0be8360c2f8e95284556a35794b6abfb5" },
        { "pyradiomics/ibsi_benchmark/data/patient_cases/PAT1/GTV.nrrd", VoxelType.UInt8, [204, 201, 60],
          [0.9769999980926515, 0.9769999980926515, 3.0], [-174.39450073242185, -79.62550354003905, -100.40000152587888],
          [1.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 1.0],
          125256.0, 125256.0, "8248cea55660c2597253c0e98787b7319dcf5e8bbe1ce20b3a5ba3dbc21ae0fc" },
        { "real/dcmqi/data/segmentations/liver_seg.nrrd", VoxelType.Int16, [512, 512, 3],
          [0.810547, 0.810547, 1.0], [-235.2, -226.8, -128.69],
          [1.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 1.0],
          107098.0, 107098.0, "4a5fc13506b4cb55dc0315b2ad3d6a2a869a659740118cf2698dbbc3254bac19" },
        { "real/dcmqi/data/segmentations/23x38x3/nrrd/label.nrrd", VoxelType.Int16, [23, 38, 3],
          [0.7, 0.7, 2.5], [46.4649, 5.01881, -177.75],
          [1.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 1.0],
          322.0, 322.0, "713afc739bba69fabba3562a572605de63c1dbe31482f7193722a6028cb520b2" },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void Reads_geometry_and_voxels_as_the_independent_reader(
        string file, VoxelType type, int[] size, double[] spacing, double[] origin, double[] direction,
        double sum, double sumOfSquares, string sha256)
    {
        string path = ReferenceData.File(file);
        Volume volume = ImageFile.Read(path);

        Assert.Equal(type, volume.VoxelType);
        var expected = new ImageGeometry(
            new Size3(size[0], size[1], size[2]),
            new Vector3D(spacing[0], spacing[1], spacing[2]),
            new Vector3D(origin[0], origin[1], origin[2]),
            new Matrix3(direction[0], direction[1], direction[2], direction[3], direction[4], direction[5], direction[6], direction[7], direction[8]));
        TestVolumes.AssertSameGeometry(expected, volume.Geometry, file.EndsWith(".nrrd", StringComparison.Ordinal) ? NrrdTolerance : NiftiTolerance);

        (double actualSum, double actualSquares) = Sums(volume);
        TestVolumes.AssertClose(sum, actualSum, 1e-12, "sum");
        TestVolumes.AssertClose(sumOfSquares, actualSquares, 1e-12, "sum of squares");
        Assert.Equal(sha256, Convert.ToHexStringLower(SHA256.HashData(volume.AsBytes())));
    }

    [Theory]
    [InlineData("pyradiomics/ibsi_benchmark/data/digital_phantom/Phantom.nrrd", "ibsi1/digital_phantom/nifti/image/phantom.nii.gz")]
    [InlineData("pyradiomics/ibsi_benchmark/data/digital_phantom/Phantom-label.nrrd", "ibsi1/digital_phantom/nifti/mask/mask.nii.gz")]
    [InlineData("pyradiomics/ibsi_benchmark/data/patient_cases/PAT1/GTV.nrrd", "ibsi1/ct_radiomics_phantom/nifti/mask/mask.nii.gz")]
    public void Nrrd_and_nifti_copies_of_the_same_image_agree_voxel_for_voxel(string nrrdFile, string niftiFile)
    {
        Volume nrrd = ImageFile.Read(ReferenceData.File(nrrdFile));
        Volume nifti = ImageFile.Read(ReferenceData.File(niftiFile));

        Assert.True(nrrd.Geometry.IsSameGrid(nifti.Geometry), $"{nrrd.Geometry} vs {nifti.Geometry}");
        for (int i = 0; i < nrrd.Geometry.VoxelCount; i++)
        {
            Assert.Equal(nifti.GetValue(i), nrrd.GetValue(i));
        }
    }

    [Fact]
    public void The_ascii_digital_phantom_holds_the_ibsi_values()
    {
        // IBSI 1 digital phantom, slice z = 2 as printed in shared/data/README.md (rows y = 0..3).
        Volume<float> phantom = ImageFile.Read<float>(ReferenceData.File("pyradiomics/ibsi_benchmark/data/digital_phantom/Phantom.nrrd"));
        float[,] slice2 = { { 1, 4, 4, 1, 1 }, { 1, 1, 1, 1, 1 }, { 1, 1, 9, 1, 1 }, { 1, 1, 6, 1, 1 } };
        for (int y = 0; y < 4; y++)
        {
            for (int x = 0; x < 5; x++)
            {
                Assert.Equal(slice2[y, x], phantom[x, y, 2]);
            }
        }
    }

    [Fact]
    public void Header_only_reading_reports_format_type_and_geometry()
    {
        ImageHeader header = ImageFile.ReadHeader(ReferenceData.File("real/totalsegmentator/reference_files/example_seg_dicom.nii.gz"));

        Assert.Equal(ImageFileFormat.Nifti1, header.Format);
        Assert.Equal(VoxelType.UInt8, header.StoredType);
        Assert.Equal(VoxelType.UInt8, header.VoxelType);
        Assert.Null(header.Scaling);
        Assert.Equal(new Size3(512, 512, 20), header.Geometry.Size);
    }

    private static (double Sum, double SumOfSquares) Sums(Volume volume)
    {
        double sum = 0, squares = 0;
        for (int i = 0; i < volume.Geometry.VoxelCount; i++)
        {
            double v = volume.GetValue(i);
            sum += v;
            squares += v * v;
        }

        return (sum, squares);
    }
}
