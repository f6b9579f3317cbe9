using PulmoPet.Imaging.Dicom;
using PulmoPet.Imaging.Dicom.Series;
using PulmoPet.Imaging.Dicom.Suv;
using PulmoPet.Imaging.Dicom.Writing;

namespace PulmoPet.Imaging.Tests.Dicom.Writing;

/// <summary>
/// Write → scan → assemble → SUV with the existing reader. Validated once outside the tests (2026-11-23) on a
/// series written by these writers: pydicom `dcmread(f).pixel_array` and `ds.RadiopharmaceuticalInformationSequence`
/// open every file, and `dcm2niix -o out CT/` / `dcm2niix -o out PT/` convert each folder to one NIfTI volume with
/// the same matrix, spacing and origin (see bench/dicom/README.md for the commands and output).
/// </summary>
public sealed class SeriesWriterTests
{
    /// <summary>A right-handed oblique grid: rotated 20° about z, then 10° about x, with anisotropic spacing.</summary>
    internal static ImageGeometry ObliqueGrid(int nx, int ny, int nz)
    {
        double a = 20 * Math.PI / 180, b = 10 * Math.PI / 180;
        var rz = new Matrix3(Math.Cos(a), -Math.Sin(a), 0, Math.Sin(a), Math.Cos(a), 0, 0, 0, 1);
        var rx = new Matrix3(1, 0, 0, 0, Math.Cos(b), -Math.Sin(b), 0, Math.Sin(b), Math.Cos(b));
        return new ImageGeometry(new Size3(nx, ny, nz), new Vector3D(0.7, 0.9, 2.5), new Vector3D(-120.25, 33.125, -410.5), rx * rz);
    }

    internal static DicomPatientStudy Study(DicomUidGenerator uids) =>
        DicomPatientStudy.Create("Phantom^Test", "T001", new DateTime(2024, 5, 6, 8, 15, 0), uids) with
        {
            PatientSex = "F",
            PatientWeightKg = 81.5,
            PatientHeightM = 1.68,
        };

    [Fact]
    public void Ct_round_trip_gives_the_same_HU_and_geometry()
    {
        using var temp = new TempDirectory();
        var g = ObliqueGrid(7, 5, 6);
        var hu = new Volume<short>(g);
        var random = new Random(3);
        for (int i = 0; i < hu.Voxels.Length; i++)
        {
            hu.Voxels[i] = (short)random.Next(-1024, 3072);
        }

        hu.Voxels[0] = -1024;
        hu.Voxels[1] = 31743; // the largest HU that fits above intercept −1024
        var uids = DicomUidGenerator.Seeded("ct");

        var written = CtSeriesWriter.Write(hu, temp.Path, Study(uids), uids);

        var series = Assert.Single(DicomSeriesScanner.Scan(temp.Path));
        Assert.Equal("CT", series.Modality);
        Assert.Equal(written.SeriesInstanceUid, series.SeriesInstanceUid);
        Assert.Equal(written.SopInstanceUids, series.Slices.Select(s => s.SopInstanceUid));
        AssertSameGrid(g, series.Geometry);
        var read = DicomSeriesAssembler.Read(series);
        for (int i = 0; i < hu.Voxels.Length; i++)
        {
            Assert.Equal(hu.Voxels[i], read.Voxels[i]);
        }

        var header = series.Slices[0].Header;
        Assert.Equal(-1024, header.GetDouble(DicomTags.RescaleIntercept));
        Assert.Equal(1, header.GetUInt16(DicomTags.PixelRepresentation));
        Assert.Equal(DicomSopClasses.CtImageStorage, header.GetString(DicomTags.SopClassUid));
    }

    [Fact]
    public void Ct_values_that_do_not_fit_the_intercept_are_refused()
    {
        using var temp = new TempDirectory();
        var hu = new Volume<short>(new ImageGeometry(new Size3(2, 2, 1), Vector3D.One, Vector3D.Zero)).Fill(32000);
        var uids = DicomUidGenerator.Seeded("x");
        Assert.Throws<InvalidInputException>(() => CtSeriesWriter.Write(hu, temp.Path, Study(uids), uids));
        var written = CtSeriesWriter.Write(hu, temp.Path, Study(uids), uids, new CtSeriesOptions { RescaleIntercept = 0 });
        Assert.Single(written.Paths);
    }

    [Fact]
    public void Seeded_writes_are_byte_identical()
    {
        using var first = new TempDirectory();
        using var second = new TempDirectory();
        var hu = new Volume<short>(ObliqueGrid(3, 3, 2)).Fill(40);
        CtSeriesWriter.Write(hu, first.Path, Study(DicomUidGenerator.Seeded("s")), DicomUidGenerator.Seeded("s"));
        CtSeriesWriter.Write(hu, second.Path, Study(DicomUidGenerator.Seeded("s")), DicomUidGenerator.Seeded("s"));

        Assert.Equal(first.FileNames(), second.FileNames());
        foreach (string name in first.FileNames())
        {
            Assert.Equal(File.ReadAllBytes(first.File(name)), File.ReadAllBytes(second.File(name)));
        }
    }

    [Fact]
    public void Pet_suv_factor_is_the_closed_form_of_the_written_header()
    {
        // 81.5 kg, 250 MBq injected 08:12:29.5, scan 09:14:00 (61 min 30.5 s later), T½ 6588 s:
        // decayed dose = 250e6 × 2^(−3690.5 / 6588) = 169 553 775.5 Bq; factor = 81 500 / that = 4.806734604e-4 g/ml per Bq/ml (python3).
        var uids = DicomUidGenerator.Seeded("pet");
        var acquisition = Acquisition();

        double factor = PetSeriesWriter.BodyWeightSuvFactor(Study(uids), acquisition);

        Assert.Equal(4.806734604056653e-4, factor, 1e-15);
    }

    private static PetAcquisition Acquisition() => new()
    {
        InjectedDoseBq = 250e6,
        InjectionDateTime = new DateTime(2024, 5, 6, 8, 12, 29, 500),
        SeriesDateTime = new DateTime(2024, 5, 6, 9, 14, 0),
    };

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Pet_round_trip_gives_SUV_within_half_a_rescale_step(bool withNegatives)
    {
        using var temp = new TempDirectory();
        var g = ObliqueGrid(9, 8, 5);
        var suv = new Volume<float>(g);
        var random = new Random(11);
        for (int i = 0; i < suv.Voxels.Length; i++)
        {
            suv.Voxels[i] = (float)(random.NextDouble() * 12 - (withNegatives ? 0.5 : 0));
        }

        suv.Slice(2).Clear(); // an empty slice: any slope is exact
        suv.Voxels[5] = 25.3f;
        var uids = DicomUidGenerator.Seeded("pet");
        var study = Study(uids);

        var written = PetSeriesWriter.WriteSuv(suv, temp.Path, study, Acquisition(), uids);

        var series = Assert.Single(DicomSeriesScanner.Scan(temp.Path));
        Assert.Equal("PT", series.Modality);
        Assert.Equal("BQML", series.Units);
        AssertSameGrid(g, series.Geometry);
        Assert.Null(series.SuvError);
        SuvResult result = SuvCalculator.Compute(series); // the QIBA computation from the header alone
        Assert.Equal(4.806734604056653e-4, result.BodyWeightFactor, 1e-15);
        Assert.Equal(3690.5, result.DecayTimeSeconds);
        Assert.NotNull(result.LeanBodyMassFactor); // height and sex were written too
        var header = series.Slices[0].Header;
        Assert.Equal(withNegatives ? 1 : 0, header.GetUInt16(DicomTags.PixelRepresentation));
        Assert.Equal("START", header.GetString(DicomTags.DecayCorrection));
        Assert.Contains("ATTN", header.GetStrings(DicomTags.CorrectedImage));
        Assert.Equal(6588, header.GetSequence(DicomTags.RadiopharmaceuticalInformationSequence).Single().GetDouble(DicomTags.RadionuclideHalfLife));

        var read = result.ApplyBodyWeight(DicomSeriesAssembler.Read(series));
        int plane = g.Size.X * g.Size.Y;
        double worst = 0;
        for (int z = 0; z < g.Size.Z; z++)
        {
            double slope = series.Slices[z].RescaleSlope;
            Assert.Equal(0, series.Slices[z].RescaleIntercept);
            double largest = suv.Slice(z).ToArray().Max(v => Math.Abs(v)) / result.BodyWeightFactor;
            double storedMax = withNegatives ? 32767 : 65535;
            Assert.True(largest == 0 || Math.Abs(slope - largest / storedMax) <= 1e-9 * slope, $"slice {z}: slope {slope} is not max/{storedMax}");
            for (int i = 0; i < plane; i++)
            {
                double expected = suv.Voxels[z * plane + i];
                double error = Math.Abs(read.Voxels[z * plane + i] - expected);
                // Quantisation: half a stored step (slope/2 Bq/ml, × factor in SUV); float32 products: a few ulp of the value.
                double bound = slope * result.BodyWeightFactor / 2 + 4e-7 * Math.Abs(expected) + 1e-7;
                Assert.True(error <= bound, $"voxel {i} of slice {z}: |{read.Voxels[z * plane + i]} − {expected}| = {error} > {bound}");
                worst = Math.Max(worst, error / (slope * result.BodyWeightFactor));
            }
        }

        // Errors reach half a step (the bound is tight); float32 rounding of values up to 65535 steps adds < 0.01 step.
        Assert.InRange(worst, 0.25, 0.5 + 0.01);
        Assert.Equal(written.SopInstanceUids, series.Slices.Select(s => s.SopInstanceUid));
    }

    [Fact]
    public void Pet_without_weight_or_with_injection_after_scan_is_refused()
    {
        using var temp = new TempDirectory();
        var uids = DicomUidGenerator.Seeded("pet");
        var suv = new Volume<float>(new ImageGeometry(new Size3(2, 2, 1), Vector3D.One, Vector3D.Zero));
        Assert.Throws<InvalidInputException>(() => PetSeriesWriter.WriteSuv(suv, temp.Path, Study(uids) with { PatientWeightKg = null }, Acquisition(), uids));
        Assert.Throws<InvalidInputException>(() => PetSeriesWriter.WriteSuv(suv, temp.Path, Study(uids), Acquisition() with { InjectionDateTime = new DateTime(2024, 5, 6, 10, 0, 0) }, uids));
    }

    internal static void AssertSameGrid(ImageGeometry expected, ImageGeometry actual)
    {
        Assert.Equal(expected.Size, actual.Size);
        Assert.True((expected.Origin - actual.Origin).Length < 1e-3, $"origin {actual.Origin} vs {expected.Origin}");
        Assert.True((expected.Spacing - actual.Spacing).Length < 1e-3, $"spacing {actual.Spacing} vs {expected.Spacing}");
        Assert.True(expected.Direction.MaxAbsDifference(actual.Direction) < 1e-6, $"direction {actual.Direction} vs {expected.Direction}");
        foreach (var corner in expected.CornerPoints().Zip(actual.CornerPoints()))
        {
            Assert.True((corner.First - corner.Second).Length < 1e-3, $"corner {corner.Second} vs {corner.First}");
        }
    }
}
