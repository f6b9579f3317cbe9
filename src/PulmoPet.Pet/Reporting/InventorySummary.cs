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
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("case_id", caseId);
            json.WriteNumber("lesion_count", inventory.LesionCount);
            json.WriteNumber("total_mtv_ml", Math.Round(inventory.TotalMetabolicTumorVolumeMl, 4));
            json.WriteNumber("total_tlg", Math.Round(inventory.TotalLesionGlycolysis, 4));
            json.WriteNumber("suv_max", Math.Round(inventory.Lesions.Count == 0 ? 0 : inventory.Lesions.Max(l => l.SuvMax), 4));
            json.WriteNumber("threshold_suv", inventory.Threshold.Suv);
            json.WriteString("threshold", inventory.Threshold.Description);
            if (inventory.ReferenceUptake is { } reference)
            {
                json.WriteStartObject("reference");
                json.WriteString("region", reference.Region);
                json.WriteString("volume_of_interest", reference.Shape);
                json.WriteNumber("centre_x_mm", Math.Round(reference.CentreMm.X, 2));
                json.WriteNumber("centre_y_mm", Math.Round(reference.CentreMm.Y, 2));
                json.WriteNumber("centre_z_mm", Math.Round(reference.CentreMm.Z, 2));
                json.WriteNumber("mean_suv", Math.Round(reference.MeanSuv, 4));
                json.WriteNumber("sd_suv", Math.Round(reference.SdSuv, 4));
                json.WriteNumber("voxel_count", reference.VoxelCount);
                json.WriteEndObject();
            }

            json.WriteString("delineation", inventory.Delineation.Name);
            if (inventory.LobeScheme is { } scheme)
            {
                json.WriteString("lobe_labels", scheme.Name);
            }

            json.WriteNumber("right_lung_ml", Math.Round(lungs.RightVolumeMl, 2));
            json.WriteNumber("left_lung_ml", Math.Round(lungs.LeftVolumeMl, 2));
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }
}
