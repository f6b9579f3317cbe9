using PulmoPet.Imaging;
using PulmoPet.Imaging.Io;
using PulmoPet.Pet.Lesions;

namespace PulmoPet.Pet.Reporting;

/// <summary>
/// Writes a lesion analysis into a folder, every file atomically (temporary name, then rename):
/// <c>lesions.csv</c>, <c>lesions.nii.gz</c> (instance labels, PET grid), <c>lungs.nii.gz</c> (lung labels
/// on their own grid), <c>mip.png</c> and <c>summary.json</c>.
/// </summary>
public static class LesionReportWriter
{
    public const string TableFile = "lesions.csv";
    public const string LabelsFile = "lesions.nii.gz";
    public const string LungsFile = "lungs.nii.gz";
    public const string MipFile = "mip.png";
    public const string SummaryFile = "summary.json";

    public static void Write(string directory, string caseId, Volume<float> pet, LesionInventory inventory)
    {
        Directory.CreateDirectory(directory);
        ImageFile.Write(inventory.Labels, Path.Combine(directory, LabelsFile), new ImageWriteOptions { Description = "PulmoPet lung lesions (instance labels)" });
        ImageFile.Write(inventory.Lungs, Path.Combine(directory, LungsFile), new ImageWriteOptions { Description = "PulmoPet lungs 1=R 2=L" });
        AtomicFile.Write(Path.Combine(directory, MipFile), stream => MipRenderer.WritePng(stream, pet, inventory));
        AtomicFile.WriteAllText(Path.Combine(directory, TableFile), LesionTable.Format(caseId, inventory));
        AtomicFile.WriteAllText(Path.Combine(directory, SummaryFile), InventorySummary.Format(caseId, inventory));
    }
}
