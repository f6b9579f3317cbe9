using System.Text;
using PulmoPet.Imaging.Io;

namespace PulmoPet.Radiomics.Tables;

/// <summary>One feature row per case: <c>case_id,image,mask,label</c>, then the feature columns in extraction order.</summary>
public sealed class FeatureTable
{
    public static readonly IReadOnlyList<string> CaseColumns = ["case_id", "image", "mask", "label"];

    public FeatureTable(IReadOnlyList<(FeatureCase Case, int Label, FeatureVector Features)> rows)
    {
        Rows = rows;
        var names = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            foreach (string name in row.Features.Names)
            {
                if (seen.Add(name)) names.Add(name);
            }
        }

        FeatureNames = names;
    }

    public IReadOnlyList<(FeatureCase Case, int Label, FeatureVector Features)> Rows { get; }

    /// <summary>Union of the rows' feature names, in first-seen order; a row without a feature leaves its cell empty.</summary>
    public IReadOnlyList<string> FeatureNames { get; }

    public string ToCsv()
    {
        var text = new StringBuilder();
        text.AppendJoin(',', CaseColumns.Concat(FeatureNames).Select(CsvText.Quote)).Append('\n');
        foreach (var (c, label, features) in Rows)
        {
            text.AppendJoin(',', [CsvText.Quote(c.CaseId), CsvText.Quote(c.Image), CsvText.Quote(c.Mask), label.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            foreach (string name in FeatureNames)
            {
                text.Append(',');
                if (features.TryGetValue(name, out double v)) text.Append(CsvText.Number(v));
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    /// <summary>Writes the CSV atomically (a reader never sees a half-written table).</summary>
    public void WriteCsv(string path) => AtomicFile.WriteAllText(path, ToCsv());
}
