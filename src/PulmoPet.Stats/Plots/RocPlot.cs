using System.Globalization;
using PulmoPet.Stats.Classification;
using ScottPlot;

namespace PulmoPet.Stats.Plots;

/// <summary>One-vs-rest ROC curves with the AUC and its DeLong 95% CI in the legend.</summary>
public static class RocPlot
{
    public static Plot Create(ClassificationEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        var plot = new Plot();
        var chance = plot.Add.Line(0, 0, 1, 1);
        chance.LineColor = Colors.Gray;
        chance.LinePattern = LinePattern.Dashed;
        chance.LineWidth = 1;

        // Binary: both one-vs-rest curves are mirror images; show the second (positive) class only.
        var shown = evaluation.Classes.Count == 2
            ? evaluation.PerClass.Skip(1).Where(c => c.Roc is not null).ToList()
            : evaluation.PerClass.Where(c => c.Roc is not null).ToList();
        var palette = new ScottPlot.Palettes.Category10();
        for (int i = 0; i < shown.Count; i++)
        {
            var m = shown[i];
            double[] xs = m.Roc!.Points.Select(p => p.FalsePositiveRate).ToArray();
            double[] ys = m.Roc.Points.Select(p => p.TruePositiveRate).ToArray();
            var line = plot.Add.ScatterLine(xs, ys);
            line.Color = palette.GetColor(i);
            line.LineWidth = 2;
            line.MarkerSize = 0;
            line.ConnectStyle = ConnectStyle.Straight;
            line.LegendText = string.Create(
                CultureInfo.InvariantCulture,
                $"{m.Class}: AUC {m.Auc!.Auc:0.00} ({m.Auc.Lower:0.00}–{m.Auc.Upper:0.00})");
        }

        if (evaluation.Classes.Count > 2)
        {
            var macro = plot.Add.ScatterLine(new double[] { 0 }, new double[] { 0 });
            macro.LineWidth = 0;
            macro.MarkerSize = 0;
            macro.LegendText = string.Create(CultureInfo.InvariantCulture, $"macro AUC {evaluation.MacroAuc:0.00}, micro {evaluation.MicroAuc:0.00}");
        }

        plot.Axes.SetLimits(-0.01, 1.01, -0.01, 1.01);
        plot.XLabel("1 − specificity");
        plot.YLabel("Sensitivity");
        plot.Axes.Bottom.Label.FontSize = 12;
        plot.Axes.Left.Label.FontSize = 12;
        plot.ShowLegend(Alignment.LowerRight);
        plot.Legend.FontSize = 9;
        return plot;
    }
}
