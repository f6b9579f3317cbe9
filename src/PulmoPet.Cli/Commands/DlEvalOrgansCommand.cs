using System.CommandLine;
using System.Globalization;
using PulmoPet.Deep.Organs;
using PulmoPet.Imaging;
using Spectre.Console;

namespace PulmoPet.Cli.Commands;

/// <summary>
/// <c>pulmopet dl eval-organs --cohort DIR (--model MODEL | --baseline atlas --atlas-cohort DIR) --out DIR</c>:
/// the per-organ Dice table by dose-reduction factor and attenuation correction.
/// </summary>
public static class DlEvalOrgansCommand
{
    public static Command Create(CliContext context)
    {
        var cohort = new Option<DirectoryInfo>("--cohort", "-c") { Description = "Test cohort folder written by 'pulmopet phantom --with organs,dose'.", Required = true };
        var model = new Option<DirectoryInfo?>("--model", "-m") { Description = "Model directory written by 'pulmopet dl train-organs'." };
        var baseline = new Option<string?>("--baseline") { Description = "Evaluate a baseline instead of a model: atlas (body-box atlas built from --atlas-cohort)." };
        var atlasCohort = new Option<DirectoryInfo?>("--atlas-cohort") { Description = "Training cohort folder the atlas baseline is built from (full-dose PET and organ labels)." };
        var output = new Option<DirectoryInfo>("--out", "-o") { Description = "Folder for organ_dice.csv (condition × organ) and organ_dice_cases.csv.", Required = true };
        var device = DlCommand.DeviceOption();
        var command = new Command("eval-organs",
            "Evaluate PET-only organ segmentation on a cohort: Dice per organ for each dose-reduction factor (1, 10, 20, 50) and without attenuation correction.");
        foreach (var option in new Option[] { cohort, model, baseline, atlasCohort, output, device })
        {
            command.Options.Add(option);
        }

        command.SetAction(parse => ErrorReporter.Guard(context.Error, () =>
        {
            var modelDirectory = parse.GetValue(model);
            string? baselineName = parse.GetValue(baseline);
            if ((modelDirectory is null) == (baselineName is null))
            {
                throw new InvalidInputException("Give exactly one of --model and --baseline.");
            }

            Func<Volume<float>, Volume<byte>> segment;
            string name;
            if (modelDirectory is not null)
            {
                var segmenter = OrganSegmenter.Load(modelDirectory.FullName, DlCommand.ParseDevice(parse.GetValue(device)!));
                segment = segmenter.Segment;
                name = "model";
            }
            else
            {
                if (baselineName != "atlas" || parse.GetValue(atlasCohort) is not { } atlasDirectory)
                {
                    throw new InvalidInputException("The baseline must be 'atlas' and needs --atlas-cohort.");
                }

                var atlasCases = OrganCohort.Load(atlasDirectory.FullName, ["drf_1"]).Select(v => (v[0].Pet, v[0].Organs));
                var atlas = OrganAtlas.Build(atlasCases, OrganCohort.ClassNames.Count);
                segment = atlas.Segment;
                name = "atlas_baseline";
            }

            int classes = OrganCohort.ClassNames.Count;
            var variants = OrganCohort.Load(parse.GetValue(cohort)!.FullName);
            var byCondition = OrganCohort.Conditions.ToDictionary(c => c, _ => new List<double[]>());
            var caseRows = new List<IReadOnlyList<string>>();
            var stopwatch = new System.Diagnostics.Stopwatch();
            foreach (var variant in variants.SelectMany(v => v))
            {
                stopwatch.Start();
                var predicted = segment(variant.Pet);
                stopwatch.Stop();
                double[] dice = OrganDice.PerOrgan(predicted.Voxels, variant.Organs.Voxels, classes);
                byCondition[variant.Condition].Add(dice);
                caseRows.Add(new[] { variant.CaseId, variant.Condition }.Concat(dice.Skip(1).Select(v => RelatedCsv.Number(v))).ToList());
            }

            string directory = parse.GetValue(output)!.FullName;
            RelatedCsv.Write(Path.Combine(directory, "organ_dice_cases.csv"),
                new[] { "case_id", "condition" }.Concat(OrganCohort.ClassNames.Skip(1)).ToList(), caseRows);
            var summaries = OrganCohort.Conditions.ToDictionary(c => c, c => OrganDice.Summarise(byCondition[c], classes));
            var rows = new List<IReadOnlyList<string>>();
            for (int label = 1; label < classes; label++)
            {
                rows.Add(new[] { OrganCohort.ClassNames[label] }.Concat(OrganCohort.Conditions.Select(c => RelatedCsv.Number(summaries[c].PerOrgan[label]))).ToList());
            }

            rows.Add(new[] { "mean_over_organs" }.Concat(OrganCohort.Conditions.Select(c => RelatedCsv.Number(summaries[c].MeanOverOrgans))).ToList());
            RelatedCsv.Write(Path.Combine(directory, "organ_dice.csv"), new[] { "organ" }.Concat(OrganCohort.Conditions).ToList(), rows);

            var table = new Table().Border(TableBorder.Simple).AddColumn("organ");
            foreach (string condition in OrganCohort.Conditions)
            {
                table.AddColumn(condition);
            }

            foreach (var row in rows)
            {
                table.AddRow(row.Select(c => c.Length == 0 ? "-" : c).ToArray());
            }

            context.Console.Write(table);
            context.Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0}: {1} cases, prediction {2:F2} s per volume; Dice tables written to {3}",
                name, variants.Count, stopwatch.Elapsed.TotalSeconds / caseRows.Count, directory));
            return ErrorReporter.Success;
        }));
        return command;
    }
}
