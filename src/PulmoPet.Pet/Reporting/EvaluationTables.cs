using System.Text;
using PulmoPet.Pet.Evaluation;

namespace PulmoPet.Pet.Reporting;

/// <summary>Evaluation tables: one row per lesion match, and one row per case plus an "ALL" row.</summary>
public static class EvaluationTables
{
    public static readonly string[] LesionColumns =
    [
        "case_id", "truth_id", "pred_id", "status", "truth_volume_ml", "pred_volume_ml", "truth_equivalent_diameter_mm",
        "dice", "volume_error_ml", "relative_volume_error",
    ];

    public static readonly string[] CaseColumns =
    [
        "case_id", "truth_lesions", "pred_lesions", "detected", "detection_rate", "false_positives", "global_dice",
        "mean_lesion_dice", "false_positive_volume_ml", "false_negative_volume_ml",
    ];

    public static string Lesions(IEnumerable<CaseEvaluation> cases)
    {
        var text = new StringBuilder(CsvFormat.Row(LesionColumns)).Append('\n');
        foreach (var row in cases.SelectMany(c => c.Lesions))
        {
            string status = row.IsDetected ? "true_positive" : row.IsFalsePositive ? "false_positive" : "false_negative";
            text.Append(CsvFormat.Row(
            [
                CsvFormat.Text(row.CaseId), CsvFormat.Integer(row.TruthId), CsvFormat.Integer(row.PredictedId), status,
                CsvFormat.Number(row.TruthVolumeMl), CsvFormat.Number(row.PredictedVolumeMl), CsvFormat.Number(row.TruthEquivalentDiameterMm, 2),
                CsvFormat.Number(row.Dice), CsvFormat.Number(row.VolumeErrorMl), CsvFormat.Number(row.RelativeVolumeError),
            ])).Append('\n');
        }

        return text.ToString();
    }

    public static string Cases(IReadOnlyList<CaseEvaluation> cases)
    {
        var text = new StringBuilder(CsvFormat.Row(CaseColumns)).Append('\n');
        foreach (var c in cases)
        {
            text.Append(Row(c.CaseId, c.TruthCount, c.PredictedCount, c.DetectedCount, c.FalsePositiveCount, c.GlobalDice,
                c.Lesions.Where(l => l.IsDetected).Select(l => l.Dice), c.FalsePositiveVolumeMl, c.FalseNegativeVolumeMl)).Append('\n');
        }

        // ALL: detection pooled over lesions, false positives per patient, global Dice averaged over cases.
        text.Append(Row("ALL", cases.Sum(c => c.TruthCount), cases.Sum(c => c.PredictedCount), cases.Sum(c => c.DetectedCount),
            cases.Count == 0 ? double.NaN : (double)cases.Sum(c => c.FalsePositiveCount) / cases.Count,
            cases.Count == 0 ? double.NaN : cases.Average(c => c.GlobalDice),
            cases.SelectMany(c => c.Lesions.Where(l => l.IsDetected).Select(l => l.Dice)),
            cases.Sum(c => c.FalsePositiveVolumeMl), cases.Sum(c => c.FalseNegativeVolumeMl))).Append('\n');
        return text.ToString();
    }

    private static string Row(string id, int truth, int pred, int detected, double falsePositives, double globalDice, IEnumerable<double> dice, double fpVolume, double fnVolume)
    {
        var diceList = dice.ToArray();
        return CsvFormat.Row(
        [
            CsvFormat.Text(id), CsvFormat.Integer(truth), CsvFormat.Integer(pred), CsvFormat.Integer(detected),
            CsvFormat.Number(truth == 0 ? double.NaN : (double)detected / truth), CsvFormat.Number(falsePositives),
            CsvFormat.Number(globalDice), CsvFormat.Number(diceList.Length == 0 ? double.NaN : diceList.Average()),
            CsvFormat.Number(fpVolume), CsvFormat.Number(fnVolume),
        ]);
    }
}
