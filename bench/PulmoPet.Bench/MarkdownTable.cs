using System.Globalization;
using System.Text;

namespace PulmoPet.Bench;

/// <summary>Writes measurements as a GitHub Markdown table.</summary>
internal static class MarkdownTable
{
    public static string Format(IReadOnlyList<Measurement> results)
    {
        var text = new StringBuilder();
        text.AppendLine("| Operation | Input | Threads | Median ms | Mvoxel/s | Allocated MB | Peak managed MB | Speed-up vs baseline |");
        text.AppendLine("|---|---|---|---:|---:|---:|---:|---|");
        foreach (var m in results)
        {
            string ratio = m.SpeedUp is { } s
                ? string.Create(CultureInfo.InvariantCulture, $"{s:F1}× vs {m.Baseline!.Operation} ({m.Baseline.Threads}, {m.Baseline.Input})")
                : "baseline";
            text.AppendLine(string.Create(
                CultureInfo.InvariantCulture,
                $"| {m.Operation} | {m.Input} | {m.Threads} | {m.MedianMs:F1} | {m.MegavoxelsPerSecond:F1} | {m.AllocatedMb:F0} | {m.PeakManagedMb:F0} | {ratio} |"));
        }

        return text.ToString();
    }
}
