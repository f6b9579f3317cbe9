using System.Text;
using PulmoPet.Pet.Lesions;

namespace PulmoPet.Pet.Reporting;

/// <summary>The lesion table (<c>lesions.csv</c>): DESIGN.md's columns first, then the extra measures.</summary>
public static class LesionTable
{
    public static readonly string[] Columns =
    [
        "case_id", "lesion_id", "suv_max", "suv_mean", "suv_peak", "mtv_ml", "tlg",
        "centroid_x_mm", "centroid_y_mm", "centroid_z_mm", "max_diameter_mm", "side", "zone",
        "central_peripheral", "suv_peak_local", "voxel_count", "peak_x_mm", "peak_y_mm", "peak_z_mm",
        "threshold_suv", "delineation",
    ];

    /// <summary>Added after <see cref="Columns"/> when the lesions were located in a lobe map.</summary>
    public const string LobeColumn = "lobe";

    public static string Format(string caseId, LesionInventory inventory)
    {
        ArgumentNullException.ThrowIfNull(inventory);
        return Format(caseId, inventory.Lesions, inventory.Threshold.Suv, inventory.Delineation.Name, inventory.LobeScheme is not null);
    }

    /// <summary>
    /// The table of lesions delineated by any rule: <paramref name="thresholdSuv"/> is NaN (empty cell) where no
    /// uptake threshold applies, <paramref name="delineation"/> names the rule (e.g. "relative_0.4", "network").
    /// </summary>
    public static string Format(string caseId, IReadOnlyList<Lesion> lesions, double thresholdSuv, string delineation, bool lobes = false)
    {
        ArgumentNullException.ThrowIfNull(lesions);
        var text = new StringBuilder();
        text.Append(CsvFormat.Row(lobes ? [.. Columns, LobeColumn] : Columns)).Append('\n');
        foreach (var lesion in lesions)
        {
            text.Append(CsvFormat.Row(
            [
                CsvFormat.Text(caseId),
                CsvFormat.Integer(lesion.LesionId),
                CsvFormat.Number(lesion.SuvMax),
                CsvFormat.Number(lesion.SuvMean),
                CsvFormat.Number(lesion.SuvPeak),
                CsvFormat.Number(lesion.MetabolicTumorVolumeMl),
                CsvFormat.Number(lesion.TotalLesionGlycolysis),
                CsvFormat.Number(lesion.CentroidMm.X, 2),
                CsvFormat.Number(lesion.CentroidMm.Y, 2),
                CsvFormat.Number(lesion.CentroidMm.Z, 2),
                CsvFormat.Number(lesion.MaxDiameterMm, 2),
                lesion.Side,
                lesion.Zone,
                lesion.CentralPeripheral,
                CsvFormat.Number(lesion.SuvPeakLocal),
                CsvFormat.Integer(lesion.VoxelCount),
                CsvFormat.Number(lesion.PeakMm.X, 2),
                CsvFormat.Number(lesion.PeakMm.Y, 2),
                CsvFormat.Number(lesion.PeakMm.Z, 2),
                CsvFormat.Number(thresholdSuv),
                CsvFormat.Text(delineation),
                .. (lobes ? new[] { lesion.Lobe ?? "none" } : []),
            ])).Append('\n');
        }

        return text.ToString();
    }
}
