using System.Diagnostics;
using System.Text;
using System.Text.Json;
using PulmoPet.Imaging;
using PulmoPet.Imaging.Io;
using PulmoPet.Phantom.Anatomy;
using PulmoPet.Phantom.Output;

namespace PulmoPet.Phantom;

/// <summary>What <see cref="CohortGenerator.Write"/> produced.</summary>
public sealed record CohortSummary
{
    public required string OutputDirectory { get; init; }

    public required IReadOnlyList<string> CaseIds { get; init; }

    public required int LesionCount { get; init; }

    /// <summary>Per patient: clinical record, scanner, reference uptakes and lesion truth, in case order.</summary>
    public required IReadOnlyList<SyntheticPatientSummary> Patients { get; init; }

    /// <summary>Wall-clock time of the whole run, writing included.</summary>
    public required TimeSpan Elapsed { get; init; }

    /// <summary>Sum over patients of the time spent generating them (without writing).</summary>
    public required TimeSpan GenerationTime { get; init; }
}

/// <summary>
/// Generates a cohort and writes it: per patient <c>DIR/&lt;case_id&gt;/</c> with <c>ct.nii.gz</c> (HU, int16),
/// <c>pet_suv.nii.gz</c> (SUV, float32, PET grid), <c>lesions.nii.gz</c>, <c>lungs.nii.gz</c>,
/// <c>lobes.nii.gz</c> and <c>organs.nii.gz</c> (uint8 labels on the CT grid); per cohort
/// <c>clinical.csv</c>, <c>lesions_truth.csv</c>, <c>labels.json</c> (the label tables) and
/// <c>cohort.json</c> (seed, options, generator version). Patients are generated and written in
/// parallel; every file is byte-identical for the same options whatever the thread count.
/// </summary>
public static class CohortGenerator
{
    public const string CtFile = "ct.nii.gz";
    public const string PetFile = "pet_suv.nii.gz";
    public const string LesionsFile = "lesions.nii.gz";
    public const string LungsFile = "lungs.nii.gz";
    public const string LobesFile = "lobes.nii.gz";
    public const string OrgansFile = "organs.nii.gz";
    public const string ClinicalTable = "clinical.csv";
    public const string LesionTable = "lesions_truth.csv";
    public const string LabelsFile = "labels.json";
    public const string ManifestFile = "cohort.json";

    /// <summary>Upper bound on patients held in memory at once.</summary>
    public const int MaxConcurrentPatients = 8;

    /// <summary>Generates and writes the cohort; reports the number of patients finished so far to <paramref name="progress"/>.</summary>
    public static CohortSummary Write(
        string outputDirectory,
        CohortOptions options,
        IProgress<int>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(outputDirectory);
        var generator = new PatientGenerator(options);
        var stopwatch = Stopwatch.StartNew();
        Directory.CreateDirectory(outputDirectory);
        var summaries = new SyntheticPatientSummary[options.Patients];
        int done = 0;

        // Patients run in parallel (at most MaxConcurrentPatients at a time, ≈ 150 MB each at the default grid);
        // cores left over work inside each patient. Results do not depend on either number.
        int threads = options.MaxDegreeOfParallelism == -1 ? Environment.ProcessorCount : options.MaxDegreeOfParallelism;
        int concurrentPatients = Math.Max(1, Math.Min(Math.Min(threads, options.Patients), MaxConcurrentPatients));
        var outer = new ParallelOptions { MaxDegreeOfParallelism = concurrentPatients, CancellationToken = cancellationToken };
        var inner = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, threads / concurrentPatients), CancellationToken = cancellationToken };
        Parallel.For(0, options.Patients, outer, index =>
        {
            SyntheticPatient patient = generator.Generate(index, inner);
            WritePatient(Path.Combine(outputDirectory, patient.CaseId), patient);
            summaries[index] = SyntheticPatientSummary.Of(patient);
            progress?.Report(Interlocked.Increment(ref done));
        });

        AtomicFile.WriteAllText(Path.Combine(outputDirectory, ClinicalTable), CohortTables.Clinical(summaries));
        AtomicFile.WriteAllText(Path.Combine(outputDirectory, LesionTable), CohortTables.Lesions(summaries.SelectMany(s => s.Lesions)));
        AtomicFile.WriteAllText(Path.Combine(outputDirectory, LabelsFile), LabelsJson());
        AtomicFile.WriteAllText(Path.Combine(outputDirectory, ManifestFile), ManifestJson(options, summaries));

        return new CohortSummary
        {
            OutputDirectory = Path.GetFullPath(outputDirectory),
            CaseIds = summaries.Select(s => s.Clinical.CaseId).ToArray(),
            LesionCount = summaries.Sum(s => s.Lesions.Count),
            Patients = summaries,
            Elapsed = stopwatch.Elapsed,
            GenerationTime = TimeSpan.FromTicks(summaries.Sum(s => s.GenerationTime.Ticks)),
        };
    }

    /// <summary>Writes one patient's images into <paramref name="directory"/>.</summary>
    public static void WritePatient(string directory, SyntheticPatient patient)
    {
        Directory.CreateDirectory(directory);
        WriteImage(patient.Ct, directory, CtFile, $"PulmoPet phantom {patient.CaseId} CT (HU)");
        WriteImage(patient.Pet, directory, PetFile, $"PulmoPet phantom {patient.CaseId} PET (SUVbw)");
        WriteImage(patient.Lesions, directory, LesionsFile, $"PulmoPet phantom {patient.CaseId} lesion instances");
        WriteImage(patient.Lungs, directory, LungsFile, $"PulmoPet phantom {patient.CaseId} lungs 1=R 2=L");
        WriteImage(patient.Lobes, directory, LobesFile, $"PulmoPet phantom {patient.CaseId} lobes");
        WriteImage(patient.Organs, directory, OrgansFile, $"PulmoPet phantom {patient.CaseId} organs");
    }

    private static void WriteImage(Volume volume, string directory, string name, string description) =>
        ImageFile.Write(volume, Path.Combine(directory, name), new ImageWriteOptions { Description = description });

    /// <summary>The label tables of the label maps, as JSON.</summary>
    public static string LabelsJson()
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            WriteTable(json, LungsFile, LabelTables.Lungs);
            WriteTable(json, LobesFile, LabelTables.Lobes);
            WriteTable(json, OrgansFile, LabelTables.Organs);
            json.WriteStartObject(LesionsFile);
            json.WriteString("0", "background");
            json.WriteString("1..n", "lesion instances; lesion_id in lesions_truth.csv");
            json.WriteEndObject();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteTable(Utf8JsonWriter json, string name, IReadOnlyList<(int Value, string Name)> table)
    {
        json.WriteStartObject(name);
        foreach ((int value, string label) in table)
        {
            json.WriteString(value.ToString(System.Globalization.CultureInfo.InvariantCulture), label);
        }

        json.WriteEndObject();
    }

    private static string ManifestJson(CohortOptions options, IReadOnlyList<SyntheticPatientSummary> patients)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("generator", "PulmoPet.Phantom");
            json.WriteString("generator_version", PatientGenerator.Version);
            json.WriteNumber("seed", options.Seed);
            json.WriteNumber("patients", options.Patients);
            json.WriteNumber("centers", options.Centers);
            json.WriteNumber("dose_factor", options.DoseFactor);
            json.WriteNumber("ct_spacing_mm", options.CtSpacingMm);
            json.WriteNumber("pet_spacing_mm", options.PetSpacingMm);
            json.WriteStartArray("field_of_view_mm");
            json.WriteNumberValue(options.FieldOfViewMm.X);
            json.WriteNumberValue(options.FieldOfViewMm.Y);
            json.WriteNumberValue(options.FieldOfViewMm.Z);
            json.WriteEndArray();
            json.WriteStartArray("classes");
            foreach (LesionClass c in options.Classes)
            {
                json.WriteStringValue(c.ToName());
            }

            json.WriteEndArray();
            json.WriteString("coordinates", "LPS world millimetres (DICOM/ITK); NIfTI files store RAS as the format requires");
            json.WriteString("pet_units", "SUV (body weight), float32, noisy; true_suv_max in lesions_truth.csv is of the noiseless activity");
            json.WriteStartObject("files");
            json.WriteString("per_case", string.Join(", ", CtFile, PetFile, LesionsFile, LungsFile, LobesFile, OrgansFile));
            json.WriteString("tables", string.Join(", ", ClinicalTable, LesionTable));
            json.WriteString("labels", LabelsFile);
            json.WriteEndObject();
            json.WriteStartArray("cases");
            foreach (SyntheticPatientSummary p in patients)
            {
                json.WriteStringValue(p.Clinical.CaseId);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }
}
