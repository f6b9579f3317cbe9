using System.Text;
using System.Text.Json;
using PulmoPet.Pet.Lesions;
using PulmoPet.Pet.Lungs;

namespace PulmoPet.Pet.Reporting;

/// <summary>The per-patient summary (<c>summary.json</c>): lesion count, total MTV and TLG, settings, lung volumes.</summary>
public static class InventorySummary
{
    public static string Format(string caseId, LesionInventory inventory)
    {
        ArgumentNullException.ThrowIfNull(inventory);
        var lungs = LungMask.FromLabels(inventory.Lungs);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("case_id", caseId);
            json.WriteNumber("lesion_count", inventory.LesionCount);
            json.WriteNumber("total_mtv_ml", Math.Round(inventory.TotalMetabolicTumorVolumeMl, 4));
            json.WriteNumber("total_tlg", Math.Round(inventory.TotalLesionGlycolysis, 4));
            json.WriteNumber("suv_max", Math.Round(inventory.Lesions.Count == 0 ? 0 : inventory.Lesions.Max(l => l.SuvMax), 4));
            json.WriteNumber("threshold_suv", inventory.Threshold.Suv);
            json.WriteString("threshold", inventory.Threshold.Description);
            json.WriteString("delineation", inventory.Delineation.Name);
            json.WriteNumber("right_lung_ml", Math.Round(lungs.RightVolumeMl, 2));
            json.WriteNumber("left_lung_ml", Math.Round(lungs.LeftVolumeMl, 2));
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }
}
