using System.Globalization;
using System.Text;
using PulmoPet.Imaging;
using PulmoPet.Imaging.Io;
using PulmoPet.Stats.Csv;
using PulmoPet.Stats.Descriptive;
using PulmoPet.Stats.GroupComparison;
using PulmoPet.Stats.Plots;
using PulmoPet.Stats.Reports;
using PulmoPet.Stats.Roc;
using PulmoPet.Stats.Survival;
using PulmoPet.Study.Results;
using PulmoPet.Study.Workspace;

namespace PulmoPet.Study.Reporting;

/// <summary>
/// <c>report/report.html</c>: one HTML file with inline CSS and every image a base64 PNG, so it opens offline and can
/// be mailed. Sections: cohort summary, failed cases, lesion inventory, group comparison (when the label column has
/// two or more groups), ROC with DeLong CI (two groups and a numeric score), Kaplan–Meier with log-rank (follow-up
/// columns), then one section per case with its coronal PET MIP and an axial CT/PET slice through each lesion with its
/// contour. It shows case ids, clinical columns and measures only: no path, no DICOM attribute, no date.
/// </summary>
public sealed class StudyReport(StudyWorkspace workspace, StudyReportOptions options)
{
    public const string FileName = "report.html";

    private static readonly string[] CaseSummaryColumns = ["case_id", "status", "lesion_count", "suv_max", "total_mtv_ml", "total_tlg"];
    private static readonly string[] LesionColumns = ["case_id", "lesion_id", "suv_max", "suv_peak", "suv_mean", "mtv_ml", "tlg", "max_diameter_mm", "side", "zone"];

    /// <summary>Notes on sections left out or failing (e.g. a group with one member), also shown in the report.</summary>
    public List<string> Notes { get; } = [];

    public string Write()
    {
        string path = Path.Combine(workspace.Directory, StudyWorkspace.ReportFolder, FileName);
        AtomicFile.WriteAllText(path, Build());
        return path;
    }

    public string Build()
    {
        var tables = new StudyTables(workspace);
        var cases = tables.Read(StudyTable.Cases);
        var lesions = tables.Read(StudyTable.Lesions);
        var errors = tables.Read(StudyTable.Errors);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>PulmoPet study report</title><style>")
            .Append(Html.Style).Append("</style></head><body>\n<h1>PulmoPet study report</h1>\n");
        Summary(html, cases, lesions, errors);
        Inventory(html, lesions);
        var statistics = new StringBuilder();
        GroupComparison(statistics, cases);
        Roc(statistics, cases);
        KaplanMeier(statistics, cases);
        if (Notes.Count > 0)
        {
            statistics.Append("<p class=\"note\">").AppendJoin("<br>", Notes.Select(Html.Text)).Append("</p>\n");
        }

        html.Append(statistics);
        Patients(html, cases, lesions);
        html.Append("</body></html>\n");
        return html.ToString();
    }

    private static void Summary(StringBuilder html, ResultTable cases, ResultTable lesions, ResultTable errors)
    {
        int Count(string status) => Enumerable.Range(0, cases.Count).Count(r => cases.Cell(r, cases.ColumnIndex("status")) == status);
        html.Append("<h2>Cohort summary</h2>\n<p>")
            .Append(Inv($"{cases.Count} case(s): {Count("complete")} complete, {Count("incomplete")} not yet run to the end, {Count("failed")} failed. "))
            .Append(Inv($"{lesions.Count} lung lesion(s) in total.")).Append("</p>\n");
        var counts = Numbers(cases, "lesion_count");
        var suv = Numbers(lesions, "suv_max");
        var mtv = Numbers(lesions, "mtv_ml");
        var rows = new List<IReadOnlyList<string>>
        {
            Describe("lesions per case", counts),
            Describe("lesion SUVmax", suv),
            Describe("lesion MTV (ml)", mtv),
        };
        Html.Table(html, ["measure", "n", "median", "Q1–Q3", "min–max"], rows);
        html.Append("<h3>Cases</h3>\n");
        Html.Table(html, CaseSummaryColumns, Rows(cases, CaseSummaryColumns));
        if (errors.Count > 0)
        {
            html.Append("<h3 class=\"failed\">Failed cases</h3>\n");
            Html.Table(html, ["case_id", "step", "message"], Rows(errors, ["case_id", "step", "message"]));
        }
    }

    private static void Inventory(StringBuilder html, ResultTable lesions)
    {
        html.Append("<h2>Lesion inventory</h2>\n");
        if (lesions.Count == 0)
        {
            html.Append("<p>No lesion found (yet).</p>\n");
            return;
        }

        Html.Table(html, LesionColumns, Rows(lesions, LesionColumns));
    }

    /// <summary>Cases whose lesion step finished, with the clinical columns and the lesion totals; null when there is none.</summary>
    private CsvTable? Analysable(ResultTable cases)
    {
        string[] drop = ["status", "failed_step", "error", options.TimeColumn, options.EventColumn];
        var rows = Enumerable.Range(0, cases.Count).Where(r => cases.Cell(r, "lesion_count").Length > 0).ToArray();
        return rows.Length == 0 ? null : cases.ToCsvTable("the cases table", rows, [.. cases.Header.Where(h => !drop.Contains(h))]);
    }

    private void GroupComparison(StringBuilder html, ResultTable cases)
    {
        if (!cases.HasColumn(options.LabelColumn)) return;
        html.Append(Inv($"<h2>Group comparison by {Html.Text(options.LabelColumn)}</h2>\n"));
        try
        {
            var table = Analysable(cases) ?? throw new InvalidInputException("no case has finished the lesions step yet.");
            var result = GroupComparisonAnalysis.Run(table, new GroupComparisonOptions(options.LabelColumn));
            var header = new List<string> { "variable" };
            header.AddRange(result.Groups.Select((g, i) => Inv($"{g} (n = {result.GroupSizes[i]})")));
            header.AddRange(["test", "p"]);
            var rows = result.Variables.Select(v =>
            {
                var row = new List<string> { v.Variable };
                for (int g = 0; g < result.Groups.Count; g++)
                {
                    row.Add(v.Type == VariableType.Continuous && v.ContinuousSummaries.Count > g
                        ? Inv($"{v.ContinuousSummaries[g].Mean:0.##} ± {v.ContinuousSummaries[g].StandardDeviation:0.##}; {v.ContinuousSummaries[g].Median:0.##} [{v.ContinuousSummaries[g].Q1:0.##}, {v.ContinuousSummaries[g].Q3:0.##}]")
                        : Levels(v, g));
                }

                row.Add(v.Primary?.Test ?? v.Reason);
                row.Add(v.Primary is null ? "" : TextFormat.PEquals(v.Primary.PValue));
                return (IReadOnlyList<string>)row;
            });
            Html.Table(html, header, rows);
            html.Append("<p class=\"note\">Continuous: mean ± SD; median [Q1, Q3]. Categorical: n (%). Tests as in <code>pulmopet stats compare</code>.</p>\n");
        }
        catch (InvalidInputException e)
        {
            html.Append("<p class=\"note\">").Append(Html.Text("No comparison: " + e.Message)).Append("</p>\n");
        }
    }

    private static string Levels(VariableComparison v, int group)
    {
        int total = Enumerable.Range(0, v.Levels.Count).Sum(l => v.Counts[l, group]);
        return string.Join("; ", v.Levels.Select((level, l) => Inv($"{level}: {v.Counts[l, group]} ({(total == 0 ? 0 : 100.0 * v.Counts[l, group] / total):0}%)")));
    }

    private void Roc(StringBuilder html, ResultTable cases)
    {
        if (!cases.HasColumn(options.LabelColumn) || !cases.HasColumn(options.ScoreColumn)) return;
        if (Analysable(cases) is not { } table) return;
        int label = table.ColumnIndex(options.LabelColumn), score = table.ColumnIndex(options.ScoreColumn);
        var rows = Enumerable.Range(0, table.Count).Where(r => !CsvTable.IsMissing(table.Cell(r, label))).ToArray();
        var levels = LevelOrder.Sort(rows.Select(r => table.Cell(r, label)));
        if (levels.Count != 2) return;
        string positive = options.PositiveLabel ?? levels[1];
        if (!levels.Contains(positive))
        {
            Notes.Add($"No ROC: the positive label '{positive}' is not one of {string.Join(", ", levels)}.");
            return;
        }

        // A case without lesions has no SUVmax; it ranks below every case with one (score 0).
        var scores = rows.Select(r => table.Number(r, score) ?? 0).ToArray();
        var isPositive = rows.Select(r => table.Cell(r, label) == positive).ToArray();
        if (isPositive.All(p => p) || !isPositive.Any(p => p)) return;
        var curve = RocCurve.Create(scores, isPositive);
        var auc = DeLong.Estimate(scores, isPositive);
        var plot = new ScottPlot.Plot();
        var chance = plot.Add.Line(0, 0, 1, 1);
        chance.LineColor = ScottPlot.Colors.Gray;
        chance.LinePattern = ScottPlot.LinePattern.Dashed;
        var line = plot.Add.ScatterLine(curve.Points.Select(p => p.FalsePositiveRate).ToArray(), curve.Points.Select(p => p.TruePositiveRate).ToArray());
        line.LineWidth = 2;
        line.MarkerSize = 0;
        line.LegendText = Inv($"{options.ScoreColumn}: AUC {auc.Auc:0.00} ({Ci(auc.Lower, auc.Upper)})");
        plot.Axes.SetLimits(-0.01, 1.01, -0.01, 1.01);
        plot.XLabel("1 − specificity");
        plot.YLabel("Sensitivity");
        plot.ShowLegend(ScottPlot.Alignment.LowerRight);
        html.Append(Inv($"<h2>ROC: {Html.Text(options.ScoreColumn)} for {Html.Text(options.LabelColumn)} = {Html.Text(positive)}</h2>\n"));
        html.Append("<figure>").Append(Html.Image(Png(plot), "ROC curve", "plot"))
            .Append(Inv($"<figcaption>{auc.Cases} positive, {auc.Controls} negative case(s); AUC {auc.Auc:0.000}, DeLong 95% CI {Ci(auc.Lower, auc.Upper)}.</figcaption></figure>\n"));
    }

    private void KaplanMeier(StringBuilder html, ResultTable cases)
    {
        if (!cases.HasColumn(options.TimeColumn) || !cases.HasColumn(options.EventColumn)) return;
        html.Append("<h2>Kaplan–Meier</h2>\n");
        try
        {
            var table = cases.ToCsvTable("the cases table");
            var survival = new SurvivalOptions(options.TimeColumn, options.EventColumn);
            SurvivalResult result;
            try
            {
                result = SurvivalAnalysis.Run(table, cases.HasColumn(options.LabelColumn) ? survival with { GroupColumn = options.LabelColumn } : survival);
            }
            catch (InvalidInputException e) when (cases.HasColumn(options.LabelColumn))
            {
                // Groups too small to compare: one curve for the whole cohort still shows the follow-up.
                Notes.Add($"Kaplan–Meier without groups: {e.Message}");
                result = SurvivalAnalysis.Run(table, survival);
            }

            var plot = KaplanMeierPlot.Create(result, options.TimeColumn);
            html.Append("<figure>").Append(Html.Image(Png(plot), "Kaplan–Meier curves", "plot")).Append("<figcaption>")
                .Append(Html.Text(Inv($"{result.RowsUsed} case(s), {result.RowsLeftOut} left out for a missing value; ")
                    + string.Join("; ", result.Groups.Select(g => Inv($"{g.Name}: median {(double.IsNaN(g.Median) ? "not reached" : g.Median.ToString("0.##", CultureInfo.InvariantCulture))}")))
                    + (result.LogRank is { } lr ? "; log-rank " + TextFormat.PEquals(lr.PValue) : "")))
                .Append("</figcaption></figure>\n");
        }
        catch (InvalidInputException e)
        {
            html.Append("<p class=\"note\">").Append(Html.Text("No Kaplan–Meier curves: " + e.Message)).Append("</p>\n");
        }
    }

    private void Patients(StringBuilder html, ResultTable cases, ResultTable lesions)
    {
        html.Append("<h2>Patients</h2>\n");
        for (int r = 0; r < cases.Count; r++)
        {
            string caseId = cases.Cell(r, cases.ColumnIndex("case_id"));
            var folder = workspace.Case(caseId);
            string status = cases.Cell(r, cases.ColumnIndex("status"));
            html.Append(Inv($"<section class=\"case\" id=\"case-{Html.Text(caseId)}\"><h3>{Html.Text(caseId)}</h3>\n"));
            if (status == "failed")
            {
                html.Append("<p class=\"failed\">").Append(Html.Text($"Failed at step {cases.Cell(r, cases.ColumnIndex("failed_step"))}: {cases.Cell(r, cases.ColumnIndex("error"))}")).Append("</p></section>\n");
                continue;
            }

            if (!File.Exists(folder.File(CaseFolder.MipFile)) || !File.Exists(folder.File(CaseFolder.LesionsFile)))
            {
                html.Append("<p class=\"note\">The lesions step has not run for this case yet.</p></section>\n");
                continue;
            }

            var own = Enumerable.Range(0, lesions.Count).Where(l => lesions.Cell(l, lesions.ColumnIndex("case_id")) == caseId).ToArray();
            html.Append("<div class=\"figures\"><figure>").Append(Html.Image(File.ReadAllBytes(folder.File(CaseFolder.MipFile)), $"PET MIP of {caseId}", "mip"))
                .Append(Inv($"<figcaption>Coronal PET MIP (SUV 0–8, black = hot), {own.Length} lesion(s) outlined in red.</figcaption></figure>\n"));
            if (own.Length > 0)
            {
                var pet = ImageFile.Read<float>(folder.File(CaseFolder.PetFile));
                var labels = ImageFile.Read(folder.File(CaseFolder.LesionsFile)).ConvertTo<ushort>();
                var ct = File.Exists(folder.File(CaseFolder.CtFile)) ? ImageFile.Read(folder.File(CaseFolder.CtFile)).ToFloat() : null;
                foreach (int l in own)
                {
                    int id = (int)(lesions.Number(l, lesions.ColumnIndex("lesion_id")) ?? 0);
                    var centroid = new Vector3D(
                        lesions.Number(l, lesions.ColumnIndex("centroid_x_mm")) ?? 0,
                        lesions.Number(l, lesions.ColumnIndex("centroid_y_mm")) ?? 0,
                        lesions.Number(l, lesions.ColumnIndex("centroid_z_mm")) ?? 0);
                    byte[] png = LesionSlice.Render(ct, pet, labels, id, centroid);
                    string caption = Inv($"Lesion {id}: SUVmax {lesions.Cell(l, lesions.ColumnIndex("suv_max"))}, MTV {lesions.Cell(l, lesions.ColumnIndex("mtv_ml"))} ml, {lesions.Cell(l, lesions.ColumnIndex("side"))} {lesions.Cell(l, lesions.ColumnIndex("zone"))}; axial {(ct is null ? "PET" : "CT (lung window) and PET")} through its centroid.");
                    html.Append("<figure>").Append(Html.Image(png, $"lesion {id} of {caseId}")).Append("<figcaption>").Append(Html.Text(caption)).Append("</figcaption></figure>\n");
                }
            }

            html.Append("</div></section>\n");
        }
    }

    private static byte[] Png(ScottPlot.Plot plot)
    {
        plot.Font.Set(FigureSize.SansSerifFont);
        return plot.GetImageBytes(640, 480, ScottPlot.ImageFormat.Png);
    }

    private static double[] Numbers(ResultTable table, string column) =>
        table.HasColumn(column) ? [.. Enumerable.Range(0, table.Count).Select(r => table.Number(r, table.ColumnIndex(column))).OfType<double>()] : [];

    private static string[] Describe(string name, double[] values)
    {
        if (values.Length == 0) return [name, "0", "", "", ""];
        var s = ContinuousSummary.Of(values);
        return [name, values.Length.ToString(CultureInfo.InvariantCulture), Inv($"{s.Median:0.##}"), Inv($"{s.Q1:0.##}–{s.Q3:0.##}"), Inv($"{values.Min():0.##}–{values.Max():0.##}")];
    }

    private static IEnumerable<IReadOnlyList<string>> Rows(ResultTable table, IReadOnlyList<string> columns) =>
        Enumerable.Range(0, table.Count).Select(r => (IReadOnlyList<string>)columns.Select(c => table.HasColumn(c) ? table.Cell(r, table.ColumnIndex(c)) : "").ToArray());

    /// <summary>A confidence interval, or "not estimable" when DeLong's variance is undefined (a class with one case).</summary>
    private static string Ci(double lower, double upper) =>
        double.IsFinite(lower) && double.IsFinite(upper) ? Inv($"{lower:0.000}–{upper:0.000}") : "not estimable";

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
