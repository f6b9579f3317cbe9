using PulmoPet.Pet.Reporting;
using PulmoPet.Imaging;
using PulmoPet.Imaging.Io;
using PulmoPet.Pet.Evaluation;
using PulmoPet.Pet.Lesions;
using PulmoPet.Pet.Lungs;

namespace PulmoPet.Pet.Cohort;

/// <summary>
/// Runs the lesion analysis on every case of a synthetic cohort folder (as PulmoPet.Phantom writes it:
/// <c>DIR/&lt;case_id&gt;/ct.nii.gz, pet_suv.nii.gz, lesions.nii.gz, lungs.nii.gz</c>) — lungs segmented
/// from the CT, never taken from the truth — and evaluates lungs and lesions against the truth files.
/// Cases run one after another, each with the given threads, so the results do not depend on them.
/// </summary>
public static class CohortLesionAnalysis
{
    public const string CtFile = "ct.nii.gz";
    public const string PetFile = "pet_suv.nii.gz";
    public const string TruthLesionsFile = "lesions.nii.gz";
    public const string TruthLungsFile = "lungs.nii.gz";

    /// <summary>Analyses every case folder of <paramref name="cohortDirectory"/> holding a CT and a PET, in case-id order.</summary>
    public static CohortLesionResult Run(
        string cohortDirectory,
        LesionAnalysisOptions? options = null,
        IProgress<(int Done, int Total, string CaseId)>? progress = null,
        CancellationToken cancellationToken = default,
        string? resultsDirectory = null)
    {
        options ??= LesionAnalysisOptions.Default;
        if (!Directory.Exists(cohortDirectory))
        {
            throw new DirectoryNotFoundException($"The cohort folder {cohortDirectory} does not exist.");
        }

        var caseDirectories = Directory.GetDirectories(cohortDirectory)
            .Where(d => File.Exists(Path.Combine(d, CtFile)) && File.Exists(Path.Combine(d, PetFile)))
            .OrderBy(d => Path.GetFileName(d), StringComparer.Ordinal)
            .ToArray();
        if (caseDirectories.Length == 0)
        {
            throw new InvalidInputException($"The cohort folder {cohortDirectory} holds no case folder with {CtFile} and {PetFile}.");
        }

        var cases = new List<CohortCaseResult>();
        foreach (string directory in caseDirectories)
        {
            cancellationToken.ThrowIfCancellationRequested();
            string? caseResults = resultsDirectory is null ? null : Path.Combine(resultsDirectory, Path.GetFileName(directory));
            cases.Add(RunCase(directory, options, caseResults));
            progress?.Report((cases.Count, caseDirectories.Length, cases[^1].CaseId));
        }

        return new CohortLesionResult(cases, Summarize(cases, options.Threshold.Suv));
    }

    /// <summary>
    /// Analyses and evaluates one case folder; with <paramref name="resultsDirectory"/>, also writes what
    /// <c>pulmopet lesions</c> writes (lesions.csv, lesions.nii.gz, lungs.nii.gz, mip.png, summary.json) there.
    /// </summary>
    public static CohortCaseResult RunCase(string caseDirectory, LesionAnalysisOptions options, string? resultsDirectory = null)
    {
        string caseId = Path.GetFileName(Path.TrimEndingDirectorySeparator(caseDirectory));
        var ct = ImageFile.Read(Path.Combine(caseDirectory, CtFile));
        var pet = ImageFile.Read<float>(Path.Combine(caseDirectory, PetFile));
        var inventory = LesionAnalyzer.Analyze(pet, ct, null, options);
        if (resultsDirectory is not null)
        {
            LesionReportWriter.Write(resultsDirectory, caseId, pet, inventory);
        }

        double lungDice = double.NaN;
        string truthLungsPath = Path.Combine(caseDirectory, TruthLungsFile);
        if (File.Exists(truthLungsPath))
        {
            lungDice = BinaryDice(inventory.Lungs, ImageFile.Read<byte>(truthLungsPath));
        }

        string truthPath = Path.Combine(caseDirectory, TruthLesionsFile);
        var truth = File.Exists(truthPath) ? ImageFile.Read(truthPath) : new Volume<byte>(pet.Geometry);
        var evaluation = SegmentationEvaluator.Evaluate(caseId, inventory.Labels, truth);
        return new CohortCaseResult
        {
            CaseId = caseId,
            Lesions = inventory.Lesions.Select(l => l with { Voxels = [] }).ToArray(),
            Evaluation = evaluation,
            LungDice = lungDice,
            TruthSuvMax = TruthSuvMax(pet, truth),
        };
    }

    private static CohortLesionSummary Summarize(IReadOnlyList<CohortCaseResult> cases, double threshold)
    {
        var truthRows = cases.SelectMany(c => c.Evaluation.Lesions.Where(l => l.TruthId != 0).Select(l => (Case: c, Row: l))).ToList();
        var large = truthRows.Where(x => x.Row.TruthEquivalentDiameterMm >= 10).ToList();
        var avidLarge = large.Where(x => x.Case.TruthSuvMax.GetValueOrDefault(x.Row.TruthId) >= threshold).Select(x => x.Row);
        var lungDice = cases.Select(c => c.LungDice).Where(double.IsFinite).ToArray();
        return new CohortLesionSummary
        {
            CaseCount = cases.Count,
            TruthLesionCount = truthRows.Count,
            PredictedLesionCount = cases.Sum(c => c.Lesions.Count),
            MeanLungDice = lungDice.Length == 0 ? double.NaN : lungDice.Average(),
            MinimumLungDice = lungDice.Length == 0 ? double.NaN : lungDice.Min(),
            All = CohortLesionSummary.Band("all", truthRows.Select(x => x.Row)),
            AtLeast10Mm = CohortLesionSummary.Band(">=10 mm", large.Select(x => x.Row)),
            AvidAtLeast10Mm = CohortLesionSummary.Band(">=10 mm, SUVmax >= threshold", avidLarge),
            Bands = SizeBand.Default.Select(b => CohortLesionSummary.Band(b.Name, truthRows.Select(x => x.Row).Where(r => b.Contains(r.TruthEquivalentDiameterMm)))).ToArray(),
            FalsePositivesPerPatient = (double)cases.Sum(c => c.Evaluation.FalsePositiveCount) / cases.Count,
            MeanGlobalDice = cases.Average(c => c.Evaluation.GlobalDice),
            TotalFalsePositiveVolumeMl = cases.Sum(c => c.Evaluation.FalsePositiveVolumeMl),
            TotalFalseNegativeVolumeMl = cases.Sum(c => c.Evaluation.FalseNegativeVolumeMl),
        };
    }

    private static double BinaryDice(Volume<byte> predicted, Volume<byte> truth)
    {
        truth.Geometry.EnsureSameGrid(predicted.Geometry, "The lung mask");
        long a = 0, b = 0, both = 0;
        for (int i = 0; i < truth.Voxels.Length; i++)
        {
            bool p = predicted.Voxels[i] != 0, t = truth.Voxels[i] != 0;
            a += p ? 1 : 0;
            b += t ? 1 : 0;
            both += p && t ? 1 : 0;
        }

        return a + b == 0 ? 1 : 2.0 * both / (a + b);
    }

    /// <summary>The highest PET SUV at the centre of any voxel of each truth lesion (the truth voxel centres mapped to the PET's nearest voxel).</summary>
    private static Dictionary<int, double> TruthSuvMax(Volume<float> pet, Volume truth)
    {
        var result = new Dictionary<int, double>();
        var geometry = truth.Geometry;
        for (int i = 0; i < geometry.VoxelCount; i++)
        {
            int label = (int)truth.GetValue(i);
            if (label == 0)
            {
                continue;
            }

            var p = geometry.IndexOf(i);
            var c = pet.Geometry.WorldToIndex(geometry.IndexToWorld(p.X, p.Y, p.Z));
            int x = (int)Math.Round(c.X), y = (int)Math.Round(c.Y), z = (int)Math.Round(c.Z);
            if (pet.Size.Contains(x, y, z))
            {
                result[label] = Math.Max(result.GetValueOrDefault(label, double.NegativeInfinity), pet[x, y, z]);
            }
        }

        return result;
    }
}
