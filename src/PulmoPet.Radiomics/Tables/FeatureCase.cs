using System.Globalization;
using PulmoPet.Imaging;

namespace PulmoPet.Radiomics.Tables;

/// <summary>One row of a feature manifest: case id, image and mask paths, optional label (overrides the parameter file's).</summary>
public sealed record FeatureCase(string CaseId, string Image, string Mask, int? Label = null)
{
    /// <summary>
    /// Reads a manifest CSV with the columns <c>case_id,image,mask</c> and optionally <c>label</c> (any order, other
    /// columns ignored). Relative paths are relative to the manifest's folder.
    /// </summary>
    /// <exception cref="InvalidInputException">A column is missing, a row is malformed, or case ids repeat.</exception>
    public static IReadOnlyList<FeatureCase> ReadManifest(string path)
    {
        if (!File.Exists(path)) throw new InvalidInputException($"Manifest '{path}' does not exist.");
        var lines = File.ReadAllLines(path).Where(l => l.Trim().Length > 0).ToArray();
        if (lines.Length == 0) throw new InvalidInputException($"Manifest '{path}' is empty; it needs the header case_id,image,mask.");
        var header = CsvText.Split(lines[0]).Select(h => h.Trim()).ToList();
        int Column(string name) => header.IndexOf(name) is int i and >= 0 ? i
            : throw new InvalidInputException($"Manifest '{path}' has no '{name}' column (needs case_id,image,mask; label optional).");
        int id = Column("case_id"), image = Column("image"), mask = Column("mask"), label = header.IndexOf("label");
        string folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var cases = new List<FeatureCase>();
        for (int row = 1; row < lines.Length; row++)
        {
            var cells = CsvText.Split(lines[row]);
            if (cells.Length != header.Count)
            {
                throw new InvalidInputException($"Manifest '{path}' line {row + 1} has {cells.Length} cells; the header has {header.Count}.");
            }

            int? l = null;
            if (label >= 0 && cells[label].Trim().Length > 0)
            {
                l = int.TryParse(cells[label].Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out int v) && v > 0 ? v
                    : throw new InvalidInputException($"Manifest '{path}' line {row + 1}: label '{cells[label]}' is not a whole number > 0.");
            }

            string caseId = cells[id].Trim();
            if (caseId.Length == 0) throw new InvalidInputException($"Manifest '{path}' line {row + 1} has an empty case_id.");
            if (cases.Any(c => c.CaseId == caseId)) throw new InvalidInputException($"Manifest '{path}' lists case '{caseId}' twice.");
            cases.Add(new FeatureCase(caseId, Path.GetFullPath(cells[image].Trim(), folder), Path.GetFullPath(cells[mask].Trim(), folder), l));
        }

        return cases;
    }
}
