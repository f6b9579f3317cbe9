using PulmoPet.Imaging;
using PulmoPet.Imaging.Dicom;
using PulmoPet.Imaging.Dicom.Rt;
using PulmoPet.Imaging.Dicom.Seg;
using PulmoPet.Imaging.Dicom.Suv;
using PulmoPet.Phantom.Dicom;

namespace PulmoPet.Phantom.Tests.Dicom;

/// <summary>
/// Phantom → DICOM → the Imaging reader: CT exactly, SUV computed from the PET header (QIBA) within quantisation,
/// lesions from the RTSTRUCT and the SEG equal to the phantom's label map.
/// </summary>
public sealed class PhantomDicomExporterTests : IClassFixture<PhantomDicomExporterTests.Export>
{
    private readonly Export _export;

    public PhantomDicomExporterTests(Export export) => _export = export;

    /// <summary>One patient written once for all tests of this class.</summary>
    public sealed class Export : IDisposable
    {
        public const long Seed = 4242;

        public Export()
        {
            var options = new CohortOptions { Patients = 2, Seed = Seed, MaxDegreeOfParallelism = 2 };
            Patient = new PatientGenerator(options).Generate(1);
            Written = PhantomDicomExporter.Write(Patient, Temp.Path, Seed);
            Scan = DicomSeriesScanner.ScanFolder(Path.Combine(Temp.Path, "dicom"));
        }

        internal TempDirectory Temp { get; } = new();

        public SyntheticPatient Patient { get; }

        public PhantomDicomExport Written { get; }

        public DicomScanResult Scan { get; }

        public void Dispose() => Temp.Dispose();
    }

    [Fact]
    public void Files_are_where_the_layout_says()
    {
        string root = Path.Combine(_export.Temp.Path, "dicom");
        Assert.Equal(_export.Patient.Ct.Size.Z, Directory.GetFiles(Path.Combine(root, "CT"), "*.dcm").Length);
        Assert.Equal(_export.Patient.Pet.Size.Z, Directory.GetFiles(Path.Combine(root, "PT"), "*.dcm").Length);
        Assert.True(File.Exists(Path.Combine(root, "RTSTRUCT.dcm")));
        Assert.True(File.Exists(Path.Combine(root, "SEG.dcm")));
        Assert.Equal(2, _export.Scan.Series.Count); // CT and PT; RTSTRUCT and SEG are not image series
        Assert.Equal(2, _export.Scan.NonImageFiles.Count);
        Assert.Empty(_export.Scan.NonDicomFiles);
    }

    [Fact]
    public void Ct_reads_back_exactly_on_the_phantom_grid()
    {
        var series = _export.Scan.Series.Single(s => s.Modality == "CT");
        Assert.True(series.Geometry.IsSameGrid(_export.Patient.Ct.Geometry, 1e-3));
        var hu = DicomSeriesAssembler.Read(series);
        var source = _export.Patient.Ct.Voxels;
        for (int i = 0; i < source.Length; i++)
        {
            Assert.Equal(source[i], hu.Voxels[i]);
        }
    }

    [Fact]
    public void Suv_from_the_pet_header_equals_the_phantom_suv_within_half_a_rescale_step()
    {
        var patient = _export.Patient;
        var series = _export.Scan.Series.Single(s => s.Modality == "PT");
        Assert.True(series.Geometry.IsSameGrid(patient.Pet.Geometry, 1e-3));

        SuvResult suv = SuvCalculator.Compute(series);

        // The header carries the clinical record: weight, activity and the uptake time as the decay interval.
        Assert.Equal(patient.Clinical.UptakeTimeMinutes * 60, suv.DecayTimeSeconds!.Value, 1e-6);
        double decayedDose = patient.Clinical.InjectedActivityMBq * 1e6 * Math.Pow(2, -patient.Clinical.UptakeTimeMinutes * 60 / 6588);
        Assert.Equal(patient.Clinical.WeightKg * 1000 / decayedDose, suv.BodyWeightFactor, suv.BodyWeightFactor * 1e-9);
        Assert.NotNull(suv.LeanBodyMassFactor);

        var values = suv.ApplyBodyWeight(DicomSeriesAssembler.Read(series));
        int plane = patient.Pet.Size.X * patient.Pet.Size.Y;
        double worstSteps = 0;
        for (int z = 0; z < patient.Pet.Size.Z; z++)
        {
            double step = series.Slices[z].RescaleSlope * suv.BodyWeightFactor; // one stored unit, in SUV
            for (int i = z * plane; i < (z + 1) * plane; i++)
            {
                double error = Math.Abs(values.Voxels[i] - patient.Pet.Voxels[i]);
                Assert.True(error <= step / 2 + 4e-7 * Math.Abs(patient.Pet.Voxels[i]) + 1e-7, $"voxel {i}: |{values.Voxels[i]} − {patient.Pet.Voxels[i]}| > {step / 2}");
                worstSteps = Math.Max(worstSteps, error / step);
            }
        }

        // Errors reach half a step (the bound is tight); float32 rounding of values up to 65535 steps adds < 0.01 step.
        Assert.InRange(worstSteps, 0.25, 0.5 + 0.01);
    }

    [Fact]
    public void Rtstruct_lesions_equal_the_phantom_lesions()
    {
        var patient = _export.Patient;
        var ct = _export.Scan.Series.Single(s => s.Modality == "CT");
        var set = RtStructureSet.Read(_export.Written.RtStructPath);
        Assert.Equal(patient.LesionTruth.Select(l => l.LesionId), set.Rois.Select(r => r.Number));

        var labels = new Volume<byte>(ct.Geometry);
        foreach (var roi in set.Rois)
        {
            var mask = ContourRasterizer.Rasterize(roi, ct);
            for (int i = 0; i < mask.Voxels.Length; i++)
            {
                if (mask.Voxels[i] != 0)
                {
                    labels.Voxels[i] = (byte)roi.Number;
                }
            }
        }

        int disagreements = 0;
        for (int i = 0; i < labels.Voxels.Length; i++)
        {
            disagreements += labels.Voxels[i] != patient.Lesions.Voxels[i] ? 1 : 0;
        }

        Assert.Equal(0, disagreements);
        Assert.Equal(patient.LesionTruth.Sum(l => l.VoxelCount), labels.Voxels.Count(v => v != 0));
    }

    [Fact]
    public void Seg_lesions_equal_the_phantom_lesions()
    {
        var patient = _export.Patient;
        var ct = _export.Scan.Series.Single(s => s.Modality == "CT");
        var seg = DicomSegmentation.Read(_export.Written.SegmentationPath!);
        var labels = new Volume<byte>(ct.Geometry);
        foreach (var segment in seg.Segments)
        {
            var mask = seg.SegmentMask(segment.Number, ct);
            for (int i = 0; i < mask.Voxels.Length; i++)
            {
                if (mask.Voxels[i] != 0)
                {
                    labels.Voxels[i] = (byte)segment.Number;
                }
            }
        }

        Assert.Equal(patient.Lesions.Voxels, labels.Voxels);
    }

    [Fact]
    public void Header_holds_the_clinical_record()
    {
        var patient = _export.Patient;
        var header = _export.Scan.Series.Single(s => s.Modality == "PT").Slices[0].Header;
        Assert.Equal(patient.CaseId, header.GetString(DicomTags.PatientId));
        Assert.Equal(patient.Clinical.WeightKg, header.GetDouble(DicomTags.PatientWeight)!.Value, 1e-9);
        Assert.Equal(patient.Clinical.HeightCm / 100, header.GetDouble(DicomTags.PatientSize)!.Value, 1e-9);
        Assert.Equal(patient.Clinical.Sex == Clinical.Sex.Female ? "F" : "M", header.GetString(DicomTags.PatientSex));
        var isotope = header.GetSequence(DicomTags.RadiopharmaceuticalInformationSequence).Single();
        Assert.Equal(patient.Clinical.InjectedActivityMBq * 1e6, isotope.GetDouble(DicomTags.RadionuclideTotalDose));
    }

    [Fact]
    public void Cohort_export_writes_each_case_as_the_single_patient_export_does()
    {
        using var cohort = new TempDirectory();
        var options = new CohortOptions { Patients = 2, Seed = Export.Seed, MaxDegreeOfParallelism = 2 };

        var exports = PhantomDicomExporter.WriteCohort(cohort.Path, options);

        Assert.Equal(2, exports.Count);
        string mine = Path.Combine(_export.Temp.Path, "dicom"), theirs = Path.Combine(cohort.Path, _export.Patient.CaseId, "dicom");
        Assert.Equal(File.ReadAllBytes(Path.Combine(mine, "RTSTRUCT.dcm")), File.ReadAllBytes(Path.Combine(theirs, "RTSTRUCT.dcm")));
        Assert.Equal(File.ReadAllBytes(Path.Combine(mine, "PT", "PT_0040.dcm")), File.ReadAllBytes(Path.Combine(theirs, "PT", "PT_0040.dcm")));
        Assert.NotEqual(exports[0].Ct.Study.StudyInstanceUid, exports[1].Ct.Study.StudyInstanceUid);
        Assert.Equal(2, DicomSeriesScanner.Scan(Path.Combine(cohort.Path, exports[0].Ct.Study.PatientId, "dicom")).Count);
    }

    [Fact]
    public void Same_seed_gives_identical_files()
    {
        using var again = new TempDirectory();
        PhantomDicomExporter.Write(_export.Patient, again.Path, Export.Seed);
        string first = Path.Combine(_export.Temp.Path, "dicom"), second = Path.Combine(again.Path, "dicom");
        var files = Directory.GetFiles(first, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(first, f)).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(files, Directory.GetFiles(second, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(second, f)).Order(StringComparer.Ordinal));
        foreach (string file in files.Where((_, i) => i % 17 == 0).Append("RTSTRUCT.dcm").Append("SEG.dcm"))
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(first, file)), File.ReadAllBytes(Path.Combine(second, file)));
        }
    }
}
