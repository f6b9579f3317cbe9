using System.Globalization;
using System.Text;
using PulmoPet.Pet.Cohort;
using PulmoPet.Radiomics.PyRadiomics.Parameters;
using PulmoPet.Radiomics.Tables;
using PulmoPet.Stats.Classification;
using PulmoPet.Stats.Csv;
using PulmoPet.Stats.GroupComparison;
using PulmoPet.Stats.Modeling;
using PulmoPet.Stats.Modeling.Persistence;
using PulmoPet.Stats.Modeling.Validation;
using PulmoPet.Stats.Reports;
using Spectre.Console;

namespace PulmoPet.Cli.Commands;

/// <summary>The demo's radiomics part: features of the detected lesions, the four groups compared, and the default model.</summary>
public static partial class DemoCommand
{
    /// <summary>
    /// PyRadiomics' default classes on the original image, with a fixed bin width of 0.25 SUV (PyRadiomics' default of 25
    /// is meant for CT HU and would put a whole PET lesion into one or two bins).
    /// </summary>
    public const string RadiomicsParameters = "setting:\n  binWidth: 0.25\nimageType:\n  Original: {}\n";

    /// <summary>Folds of the demo's cross-validation (few patients per class).</summary>
    public const int ModelFolds = 3;

    private static readonly string[] ComparedVariables =
    [
        "suv_max", "mtv_ml", "original_shape_Sphericity", "original_firstorder_Entropy", "original_glcm_JointEntropy", "original_glszm_ZoneEntropy",
    ];

    private static void RunRadiomics(CliContext context, string cohortDirectory, string resultsDirectory, CohortLesionResult result, string modelDirectory)
    {
        var console = context.Console;
        console.MarkupLine($"4. Radiomics features of every detected lesion matched to the truth (PyRadiomics classes, bin width 0.25 SUV) → [bold]{Markup.Escape(modelDirectory)}[/]");
        console.WriteLine(ModelDatasetCommand.WriteTables(cohortDirectory, result, resultsDirectory, modelDirectory));
        var cases = FeatureCase.ReadManifest(Path.Combine(modelDirectory, ModelDatasetCommand.ManifestFile));
        var builder = new FeatureTableBuilder(PyRadiomicsParameterFile.Parse(RadiomicsParameters, "demo settings"));
        var table = builder.Build(cases, (c, e) => context.Error.WriteLine($"pulmopet: error: lesion {c.CaseId} skipped: {e.Message}"));
        string featuresPath = Path.Combine(modelDirectory, "features.csv");
        table.WriteCsv(featuresPath);
        int features = table.FeatureNames.Count(f => !f.StartsWith(FeatureTableReader.DiagnosticsPrefix, StringComparison.Ordinal));
        console.WriteLine($"{table.Rows.Count} lesions x {features} features → {featuresPath}");

        string labelsPath = Path.Combine(modelDirectory, ModelDatasetCommand.LabelsFile);
        var data = FeatureTableReader.ReadLabeled(featuresPath, labelsPath, new FeatureTableColumns { GroupColumn = "patient_id", CenterColumn = "center" });

        console.WriteLine();
        console.MarkupLine("5. The four groups compared (ANOVA, or Welch's ANOVA where Levene rejects; per lesion):");
        CompareGroups(console, data, labelsPath, modelDirectory);

        console.WriteLine();
        var options = new ModelingOptions();
        console.MarkupLine(string.Create(CultureInfo.InvariantCulture,
            $"6. Default model ({options.Classifier.Kind}, {options.Selector.ToString().ToLowerInvariant()} selection capped at floor(0.10 x training lesions)), {ModelFolds}-fold CV grouped by patient:"));
        data = ClassesWithEnoughPatients(console, data);
        if (data.ClassCount < 2 || data.Count < 20)
        {
            console.WriteLine($"Too few lesions for the model step ({data.Count} lesions in classes with {ModelFolds} patients or more). Run the demo with more --patients.");
            return;
        }

        var cv = CrossValidation.Run(data, options, ModelFolds);
        ModelText.Folds(context.Output, cv.Folds);
        string evaluationDirectory = Path.Combine(modelDirectory, "evaluation");
        PredictionTable.Write(Path.Combine(evaluationDirectory, ModelCvCommand.PredictionsFile), data.Classes, cv.Predictions, ["fold"]);
        ClassificationReport.Write(cv.Pooled, "demo cross-validation", evaluationDirectory);
        PrintConfusion(console, cv.Pooled);
        ModelText.Evaluation(context.Output, cv.Pooled);

        var model = RadiomicsModel.Train(data, options);
        string savedModel = Path.Combine(modelDirectory, "model");
        ModelDirectory.Save(model, savedModel);
        console.WriteLine(ModelText.Cap(model.Selection) + " Features: " + string.Join(", ", model.Features));
        console.MarkupLine($"ROC curves and confusion matrix: [bold]{Markup.Escape(Path.Combine(evaluationDirectory, ClassificationReport.RocFileName))}[/], {ClassificationReport.ConfusionFileName}; model saved in [bold]{Markup.Escape(savedModel)}[/] (pulmopet model predict).");
    }

    /// <summary>The lesions of the classes with at least <see cref="ModelFolds"/> patients (each fold must see every class).</summary>
    private static LabeledFeatureSet ClassesWithEnoughPatients(IAnsiConsole console, LabeledFeatureSet data)
    {
        var patients = Enumerable.Range(0, data.ClassCount)
            .Select(k => Enumerable.Range(0, data.Count).Where(i => data.Labels[i] == k).Select(i => data.Groups[i]).Distinct().Count())
            .ToArray();
        var kept = Enumerable.Range(0, data.ClassCount).Where(k => patients[k] >= ModelFolds).ToArray();
        foreach (int k in Enumerable.Range(0, data.ClassCount).Except(kept))
        {
            console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Class {data.Classes[k]} has detected lesions in only {patients[k]} patient(s); it is left out of the model (a {ModelFolds}-fold CV needs {ModelFolds})."));
        }

        if (kept.Length == data.ClassCount)
        {
            return data;
        }

        var rows = Enumerable.Range(0, data.Count).Where(i => kept.Contains(data.Labels[i])).ToArray();
        return new LabeledFeatureSet(
            rows.Select(i => data.Ids[i]).ToArray(),
            data.FeatureNames,
            rows.Select(i => data.Rows[i]).ToArray(),
            kept.Select(k => data.Classes[k]).ToArray(),
            rows.Select(i => Array.IndexOf(kept, data.Labels[i])).ToArray(),
            rows.Select(i => data.Groups[i]).ToArray(),
            rows.Select(i => data.Centers[i]).ToArray());
    }

    private static void CompareGroups(IAnsiConsole console, LabeledFeatureSet data, string labelsPath, string modelDirectory)
    {
        var labels = CsvTable.Load(labelsPath);
        var byId = Enumerable.Range(0, labels.Count).ToDictionary(r => labels.Cell(r, labels.ColumnIndex("case_id")), StringComparer.Ordinal);
        var featureColumns = ComparedVariables.Where(data.FeatureNames.Contains).ToArray();
        var text = new StringBuilder(CsvFormat.Line(new[] { "case_id", "class", "suv_max", "mtv_ml" }.Concat(featureColumns)) + "\n");
        for (int i = 0; i < data.Count; i++)
        {
            int row = byId[data.Ids[i]];
            text.Append(CsvFormat.Line(new[] { data.Ids[i], data.Classes[data.Labels[i]], labels.Cell(row, labels.ColumnIndex("suv_max")), labels.Cell(row, labels.ColumnIndex("mtv_ml")) }
                .Concat(featureColumns.Select(f => CsvFormat.Number(data.Rows[i][data.FeatureNames.ToList().IndexOf(f)]))))).Append('\n');
        }

        var comparison = GroupComparisonAnalysis.Run(
            CsvTable.Parse(text.ToString(), "demo lesions"),
            new GroupComparisonOptions("class") { Continuous = ["suv_max", "mtv_ml", .. featureColumns] });
        GroupComparisonReport.Write(comparison, Path.Combine(modelDirectory, "groups"));
        var grid = new Table().Border(TableBorder.Simple).AddColumn("variable");
        foreach (var (group, size) in comparison.Groups.Zip(comparison.GroupSizes))
        {
            grid.AddColumn($"{group} (n={size}) mean ± SD");
        }

        grid.AddColumn("test").AddColumn("p");
        foreach (var v in comparison.Variables)
        {
            var cells = new List<string> { v.Variable };
            cells.AddRange(v.ContinuousSummaries.Select(s => $"{Format(s.Mean)} ± {Format(s.StandardDeviation)}"));
            cells.Add(v.Primary?.Test ?? "-");
            cells.Add(TextFormat.PEquals(v.Primary?.PValue ?? double.NaN));
            grid.AddRow(cells.Select(Markup.Escape).ToArray());
        }

        console.Write(grid);
    }

    private static void PrintConfusion(IAnsiConsole console, ClassificationEvaluation evaluation)
    {
        var grid = new Table().Border(TableBorder.Simple).AddColumn("truth \\ predicted");
        foreach (string c in evaluation.Classes) grid.AddColumn(c);
        for (int t = 0; t < evaluation.Classes.Count; t++)
        {
            grid.AddRow(new[] { evaluation.Classes[t] }
                .Concat(Enumerable.Range(0, evaluation.Classes.Count).Select(p => evaluation.Confusion.Counts[t, p].ToString(CultureInfo.InvariantCulture))).ToArray());
        }

        console.Write(grid);
    }

    private static string Format(double value) =>
        !double.IsFinite(value) ? "-" : Math.Abs(value) >= 100 ? value.ToString("F0", CultureInfo.InvariantCulture) : value.ToString("G3", CultureInfo.InvariantCulture);
}
