using System.Globalization;
using PulmoPet.Stats.Classification;
using ScottPlot;

namespace PulmoPet.Stats.Plots;

/// <summary>Confusion matrix as a heat map: counts and row percentages (recall) per cell, truth on the vertical axis.</summary>
public static class ConfusionPlot
{
    public static Plot Create(ClassificationEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        var plot = new Plot();
        int k = evaluation.Classes.Count;
        var counts = evaluation.Confusion.Counts;
        var colormap = new ScottPlot.Colormaps.Blues();
        for (int t = 0; t < k; t++)
        {
            int rowTotal = Enumerable.Range(0, k).Sum(p => counts[t, p]);
            for (int p = 0; p < k; p++)
            {
                double fraction = rowTotal == 0 ? 0 : (double)counts[t, p] / rowTotal;
                double y = k - 1 - t; // first class at the top
                var cell = plot.Add.Rectangle(p - 0.5, p + 0.5, y - 0.5, y + 0.5);
                cell.FillColor = colormap.GetColor(0.9 - 0.85 * fraction); // ScottPlot's Blues runs dark → light
                cell.LineColor = Colors.White;
                cell.LineWidth = 1;
                var text = plot.Add.Text(
                    string.Create(CultureInfo.InvariantCulture, $"{counts[t, p]}\n{100 * fraction:0}%"), p, y);
                text.LabelFontSize = 11;
                text.LabelFontName = FigureSize.SansSerifFont;
                text.LabelAlignment = Alignment.MiddleCenter;
                text.LabelFontColor = fraction > 0.5 ? Colors.White : Colors.Black;
            }
        }

        double[] positions = Enumerable.Range(0, k).Select(i => (double)i).ToArray();
        plot.Axes.Bottom.SetTicks(positions, evaluation.Classes.ToArray());
        plot.Axes.Left.SetTicks(positions.Reverse().ToArray(), evaluation.Classes.ToArray());
        plot.Axes.SetLimits(-0.5, k - 0.5, -0.5, k - 0.5);
        plot.XLabel("Predicted");
        plot.YLabel("True");
        plot.Axes.Bottom.Label.FontSize = 12;
        plot.Axes.Left.Label.FontSize = 12;
        plot.Grid.IsVisible = false;
        return plot;
    }
}
