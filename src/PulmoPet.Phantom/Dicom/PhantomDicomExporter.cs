using System.Globalization;
using PulmoPet.Imaging;
using PulmoPet.Imaging.Dicom.Writing;
using PulmoPet.Phantom.Clinical;

namespace PulmoPet.Phantom.Dicom;

/// <summary>What <see cref="PhantomDicomExporter.Write"/> wrote for one patient.</summary>
public sealed record PhantomDicomExport(
    DicomImageSeries Ct,
    DicomImageSeries Pet,
    string RtStructPath,
    string? SegmentationPath,
    PetAcquisition Acquisition,
    double BodyWeightSuvFactor);

/// <summary>
/// Writes a synthetic patient as the DICOM a PET/CT scanner and a contouring tool would produce: <c>DIR/dicom/CT/*.dcm</c>
/// (HU), <c>DIR/dicom/PT/*.dcm</c> (Bq/ml, decay-corrected to the scan start, so SUV must be computed from the header),
/// <c>DIR/dicom/RTSTRUCT.dcm</c> (one ROI "Lesion n" per lesion, n = lesion_id) and <c>DIR/dicom/SEG.dcm</c> (the same lesions
/// as segments; absent for a patient without lesions). Weight, height, sex, age, injected activity and uptake time are
/// the clinical record's; the clock times are made up but fixed by the patient index: the study is on
/// 2024-01-08 + index days, the injection at 07:30 + (index mod 20) × 20 min, the PET starts the uptake time later and
/// the CT 4 min before it. UIDs are name-based from (seed, case id), so the same seed gives byte-identical files.
/// </summary>
public static class PhantomDicomExporter
{
    public const string DicomFolder = "dicom";
    public const string CtFolder = "CT";
    public const string PetFolder = "PT";
    public const string RtStructFile = "RTSTRUCT.dcm";
    public const string SegmentationFile = "SEG.dcm";

    /// <summary>Minutes between the CT (acquired first, for attenuation correction) and the start of the PET.</summary>
    public const double CtBeforePetMinutes = 4;

    private static readonly DateTime FirstStudyDay = new(2024, 1, 8);

    public static PhantomDicomExport Write(SyntheticPatient patient, string directory, long seed)
    {
        ArgumentNullException.ThrowIfNull(patient);
        ArgumentException.ThrowIfNullOrEmpty(directory);
        var clinical = patient.Clinical;
        var uids = DicomUidGenerator.Seeded("PulmoPet phantom " + seed.ToString(CultureInfo.InvariantCulture)).Scope(patient.CaseId);
        var (injection, petStart, ctStart) = Clock(clinical);
        var study = DicomPatientStudy.Create("PulmoPet^" + patient.CaseId, patient.CaseId, ctStart, uids) with
        {
            PatientSex = clinical.Sex == Sex.Female ? "F" : "M",
            PatientAge = DicomValueFormat.AgeYears(clinical.AgeYears),
            PatientBirthDate = DicomValueFormat.Date(new DateTime(ctStart.Year - clinical.AgeYears - 1, 7, 1)),
            PatientWeightKg = clinical.WeightKg,
            PatientHeightM = clinical.HeightCm / 100,
            StudyDescription = "PET/CT FDG whole body (PulmoPet phantom)",
            AccessionNumber = patient.CaseId,
            Manufacturer = "PulmoPet",
        };
        var acquisition = new PetAcquisition
        {
            InjectedDoseBq = clinical.InjectedActivityMBq * 1e6,
            InjectionDateTime = injection,
            SeriesDateTime = petStart,
        };

        string root = Path.Combine(directory, DicomFolder);
        var ct = CtSeriesWriter.Write(patient.Ct, Path.Combine(root, CtFolder), study, uids, new CtSeriesOptions
        {
            SeriesDescription = "CT attenuation correction",
            SeriesDateTime = ctStart,
        });
        var pet = PetSeriesWriter.WriteSuv(patient.Pet, Path.Combine(root, PetFolder), study, acquisition, uids, new PetSeriesOptions
        {
            SeriesDescription = "PET AC " + patient.Scanner.Center.ToString("'centre '0", CultureInfo.InvariantCulture),
        });
        string rtStruct = Path.Combine(root, RtStructFile);
        RtStructWriter.Write(patient.Lesions, ct, rtStruct, uids, new RtStructOptions { DateTime = petStart });
        string? segmentation = null;
        if (patient.LesionTruth.Count > 0 && patient.Lesions.Voxels.AsSpan().ContainsAnyExcept((byte)0))
        {
            segmentation = Path.Combine(root, SegmentationFile);
            SegmentationWriter.Write(patient.Lesions, ct, segmentation, uids, new SegmentationOptions { DateTime = petStart });
        }

        return new PhantomDicomExport(ct, pet, rtStruct, segmentation, acquisition, PetSeriesWriter.BodyWeightSuvFactor(study, acquisition));
    }

    /// <summary>
    /// Generates every patient of <paramref name="options"/> and writes its DICOM to <c>DIR/&lt;case_id&gt;/dicom</c>, beside the
    /// NIfTI files <see cref="CohortGenerator.Write"/> puts in the same folder; patients in parallel, each file the same
    /// whatever the thread count. Returns the exports in case order; reports patients finished to <paramref name="progress"/>.
    /// </summary>
    public static IReadOnlyList<PhantomDicomExport> WriteCohort(
        string outputDirectory,
        CohortOptions options,
        IProgress<int>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(outputDirectory);
        ArgumentNullException.ThrowIfNull(options);
        var generator = new PatientGenerator(options);
        var exports = new PhantomDicomExport[options.Patients];
        int done = 0;
        var outer = new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism, CancellationToken = cancellationToken };
        var inner = new ParallelOptions { MaxDegreeOfParallelism = 1, CancellationToken = cancellationToken };
        Parallel.For(0, options.Patients, outer, index =>
        {
            var patient = generator.Generate(index, inner);
            exports[index] = Write(patient, Path.Combine(outputDirectory, patient.CaseId), options.Seed);
            progress?.Report(Interlocked.Increment(ref done));
        });

        return exports;
    }

    /// <summary>Injection, PET start and CT start of a patient (see the class summary).</summary>
    internal static (DateTime Injection, DateTime PetStart, DateTime CtStart) Clock(ClinicalRecord clinical)
    {
        var injection = FirstStudyDay.AddDays(clinical.PatientIndex).AddHours(7.5).AddMinutes(20 * (clinical.PatientIndex % 20));
        var petStart = injection.AddMinutes(clinical.UptakeTimeMinutes);
        return (injection, petStart, petStart.AddMinutes(-CtBeforePetMinutes));
    }
}
