using System.Globalization;
using PulmoPet.Deep.Perfusion;
using PulmoPet.Stats.Agreement;
using Spectre.Console;

namespace PulmoPet.Cli.Commands;

/// <summary>Evaluates perfusion predictions on cases and prints and writes the published metrics.</summary>
internal static class PerfusionReport
{
    public static readonly string[] CaseColumns =
        ["case_id", "model", "spearman", "dice_high_function", "dice_low_function", "mean_rul_pred", "mean_rml_pred", "mean_rll_pred", "mean_lul_pred", "mean_lll_pred",
         "mean_rul_true", "mean_rml_true", "mean_rll_true", "mean_lul_true", "mean_lll_true"];

    public static PerfusionCaseMetrics Evaluate(PerfusionCase item, float[] predicted, double splitQuantile) =>
        PerfusionAgreement.Evaluate(item.Case.Id, predicted, PerfusionData.TargetPerfusion(item.Case), item.Case.Labels, item.Lobes, splitQuantile);

    public static IReadOnlyList<string> Row(string model, PerfusionCaseMetrics m) =>
        new[] { m.CaseId, model, RelatedCsv.Number(m.Spearman), RelatedCsv.Number(m.DiceHighFunction), RelatedCsv.Number(m.DiceLowFunction) }
            .Concat(m.LobeMeanPredicted.Skip(1).Select(v => RelatedCsv.Number(v)))
            .Concat(m.LobeMeanTrue.Skip(1).Select(v => RelatedCsv.Number(v))).ToList();

    /// <summary>Prints one summary row per model and writes them to <paramref name="summaryPath"/>.</summary>
    public static void Summarise(CliContext context, IReadOnlyList<(string Model, IReadOnlyList<PerfusionCaseMetrics> Cases)> models, string summaryPath)
    {
        var table = new Table().Border(TableBorder.Simple).AddColumns("model", "cases", "Spearman (mean ± SD)", "Dice high", "Dice low", "lobe r (RUL RML RLL LUL LLL)");
        var rows = new List<IReadOnlyList<string>>();
        foreach (var (model, cases) in models)
        {
            double[] lobes = PerfusionAgreement.LobeCorrelations(cases);
            var spearman = cases.Select(c => c.Spearman).ToList();
            double mean = spearman.Average(), sd = spearman.Count > 1 ? Math.Sqrt(spearman.Sum(v => (v - mean) * (v - mean)) / (spearman.Count - 1)) : 0;
            table.AddRow(model, cases.Count.ToString(CultureInfo.InvariantCulture), RelatedCsv.MeanSd(spearman),
                RelatedCsv.Fixed(cases.Average(c => c.DiceHighFunction)), RelatedCsv.Fixed(cases.Average(c => c.DiceLowFunction)),
                string.Join(" ", lobes.Skip(1).Select(RelatedCsv.Fixed)));
            rows.Add(new[] { model, cases.Count.ToString(CultureInfo.InvariantCulture), RelatedCsv.Number(mean), RelatedCsv.Number(sd),
                RelatedCsv.Number(cases.Average(c => c.DiceHighFunction)), RelatedCsv.Number(cases.Average(c => c.DiceLowFunction)) }
                .Concat(lobes.Skip(1).Select(v => RelatedCsv.Number(v))).ToList());
        }

        context.Console.Write(table);
        RelatedCsv.Write(summaryPath,
            ["model", "cases", "spearman_mean", "spearman_sd", "dice_high_function", "dice_low_function", "lobe_r_rul", "lobe_r_rml", "lobe_r_rll", "lobe_r_lul", "lobe_r_lll"], rows);
    }
}
