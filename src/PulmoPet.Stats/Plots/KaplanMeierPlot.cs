using System.Globalization;
using PulmoPet.Stats.Survival;
using ScottPlot;

namespace PulmoPet.Stats.Plots;

/// <summary>
/// Kaplan–Meier curves (steps, censoring marks "+") with a numbers-at-risk table under the curves, aligned with
/// the time ticks, in the style of published survival figures.
/// </summary>
public static class KaplanMeierPlot
{
    private const double RowHeight = 0.09;

    public static Plot Create(SurvivalResult result, string timeLabel = "Time")
    {
        ArgumentNullException.ThrowIfNull(result);
        var plot = new Plot();
        var palette = new ScottPlot.Palettes.Category10();
        double maxTime = result.Groups.Max(g => g.Curve.Steps[^1].Time);
        var ticks = NiceTicks(maxTime);
        double tableTop = -0.08;

        for (int g = 0; g < result.Groups.Count; g++)
        {
            var group = result.Groups[g];
            var color = palette.GetColor(g);
            var (xs, ys) = StepCoordinates(group.Curve);
            var line = plot.Add.ScatterLine(xs, ys);
            line.Color = color;
            line.LineWidth = 2;
            line.MarkerSize = 0;
            string median = double.IsNaN(group.Median) ? "NR" : group.Median.ToString("0.##", CultureInfo.InvariantCulture);
            line.LegendText = string.Create(CultureInfo.InvariantCulture, $"{group.Name} (n = {group.Curve.N}, median {median})");

            var censored = group.Curve.Steps.Where(s => s.Censored > 0).ToArray();
            if (censored.Length > 0)
            {
                var marks = plot.Add.Markers(censored.Select(s => s.Time).ToArray(), censored.Select(s => s.Survival).ToArray(), MarkerShape.Cross, 6, color);
                marks.LegendText = "";
            }

            // Numbers at risk under the curves, one row per group, at the time ticks.
            double y = RowY(tableTop, g);
            foreach (double t in ticks)
            {
                var text = plot.Add.Text(group.Curve.AtRiskAt(t).ToString(CultureInfo.InvariantCulture), t, y);
                text.LabelFontSize = 9;
                text.LabelFontName = FigureSize.SansSerifFont;
                text.LabelFontColor = color;
                text.LabelAlignment = Alignment.MiddleCenter;
            }
        }

        var header = plot.Add.Text("Number at risk", 0, tableTop + 0.01);
        header.LabelFontSize = 9;
        header.LabelFontName = FigureSize.SansSerifFont;
        header.LabelAlignment = Alignment.UpperLeft;
        header.LabelBold = true;
        var separator = plot.Add.Line(-maxTime, tableTop + 0.02, 2 * maxTime, tableTop + 0.02);
        separator.LineColor = Colors.Gray;
        separator.LineWidth = 0.5f;

        double bottom = RowY(tableTop, result.Groups.Count - 1) - 0.6 * RowHeight;
        double pad = maxTime * 0.04;
        plot.Axes.SetLimits(-pad, ticks[^1] + pad, bottom, 1.04);
        plot.Axes.Bottom.SetTicks(ticks, ticks.Select(t => t.ToString("0.##", CultureInfo.InvariantCulture)).ToArray());
        double[] yTicks = [0, 0.25, 0.5, 0.75, 1];
        // Survival ticks, and the group names as labels of the numbers-at-risk rows.
        var leftPositions = yTicks.Concat(result.Groups.Select((_, g) => RowY(tableTop, g))).ToArray();
        var leftLabels = yTicks.Select(v => v.ToString("0.00", CultureInfo.InvariantCulture)).Concat(result.Groups.Select(g => g.Name)).ToArray();
        plot.Axes.Left.SetTicks(leftPositions, leftLabels);
        plot.Grid.IsVisible = false;
        plot.XLabel(timeLabel);
        plot.YLabel("Survival probability");
        plot.Axes.Bottom.Label.FontSize = 12;
        plot.Axes.Left.Label.FontSize = 12;
        plot.ShowLegend(Alignment.UpperRight);
        plot.Legend.FontSize = 9;
        if (result.LogRank is { } lr)
        {
            var p = plot.Add.Text($"log-rank {Reports.TextFormat.PEquals(lr.PValue)}", ticks[^1], 0.04);
            p.LabelFontSize = 9;
            p.LabelFontName = FigureSize.SansSerifFont;
            p.LabelAlignment = Alignment.LowerRight;
        }

        return plot;
    }

    private static double RowY(double tableTop, int group) => tableTop - (group + 1.3) * RowHeight;

    /// <summary>Right-continuous step coordinates starting at (0, 1).</summary>
    internal static (double[] X, double[] Y) StepCoordinates(KaplanMeier curve)
    {
        var xs = new List<double> { 0 };
        var ys = new List<double> { 1 };
        double current = 1;
        foreach (var s in curve.Steps)
        {
            if (s.Survival != current)
            {
                xs.Add(s.Time);
                ys.Add(current);
                current = s.Survival;
            }

            xs.Add(s.Time);
            ys.Add(current);
        }

        return (xs.ToArray(), ys.ToArray());
    }

    /// <summary>0 and multiples of 1, 2, 2.5 or 5 × 10ᵏ covering [0, max] with 4–8 ticks.</summary>
    internal static double[] NiceTicks(double max)
    {
        if (max <= 0)
        {
            return [0, 1];
        }

        double raw = max / 5;
        double magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        double step = new[] { 1, 2, 2.5, 5, 10 }.Select(m => m * magnitude).First(s => s >= raw);
        int count = (int)Math.Ceiling(max / step - 1e-9);
        return Enumerable.Range(0, count + 1).Select(i => i * step).ToArray();
    }
}
