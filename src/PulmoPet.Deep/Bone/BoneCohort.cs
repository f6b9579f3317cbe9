using System.Globalization;
using PulmoPet.Deep.Data;
using PulmoPet.Deep.Related;
using PulmoPet.Imaging;
using PulmoPet.Phantom.Related;

namespace PulmoPet.Deep.Bone;

/// <summary>Bone-lesion cases of a cohort folder written with <c>pulmopet phantom --with bone</c>.</summary>
public static class BoneCohort
{
    public static IReadOnlyList<BoneCase> Load(string directory, PetCtNormalization? normalization = null, double spacingMm = BoneData.DefaultSpacingMm)
    {
        var folder = CohortFolder.Open(directory, RelatedOutputs.BoneCtFile, RelatedOutputs.BoneLesionsFile, RelatedOutputs.BoneLesionTable);
        return folder.CaseIds.Select(id =>
        {
            var ct = folder.ReadAny(id, RelatedOutputs.BoneCtFile);
            var grid = ct.Geometry.Resampled(new Vector3D(spacingMm, spacingMm, spacingMm));
            return BoneData.Build(id, ct, normalization ?? BoneData.BoneWindow, grid, folder.Read<byte>(id, RelatedOutputs.BoneLesionsFile),
                ReadOrigins(folder.PathOf(id, RelatedOutputs.BoneLesionTable)));
        }).ToList();
    }

    /// <summary>lesion_id → whether origin is "lung", from a case's <c>bone_lesions.csv</c>.</summary>
    public static Dictionary<int, bool> ReadOrigins(string path)
    {
        var lines = File.ReadAllLines(path);
        if (lines.Length == 0)
        {
            throw new InvalidInputException($"{path} is empty; it needs a header row.");
        }

        string[] header = lines[0].Split(',');
        int id = Array.IndexOf(header, "lesion_id"), origin = Array.IndexOf(header, "origin");
        if (id < 0 || origin < 0)
        {
            throw new InvalidInputException($"{path} lacks the lesion_id or origin column.");
        }

        var result = new Dictionary<int, bool>();
        foreach (string line in lines.Skip(1).Where(l => l.Length > 0))
        {
            string[] cells = line.Split(',');
            if (!int.TryParse(cells[id], NumberStyles.Integer, CultureInfo.InvariantCulture, out int lesion))
            {
                throw new InvalidInputException($"{path} has a lesion_id that is not an integer: '{cells[id]}'.");
            }

            result[lesion] = cells[origin] == "lung";
        }

        return result;
    }
}
