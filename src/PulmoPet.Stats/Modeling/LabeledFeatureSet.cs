using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace PulmoPet.Stats.Modeling;

/// <summary>
/// A feature table with one labelled row per lesion: <see cref="Rows"/>[i][j] is feature j of lesion i (NaN = missing),
/// <see cref="Labels"/>[i] indexes <see cref="Classes"/>, <see cref="Groups"/>[i] is the patient the lesion belongs to
/// (lesions of one patient always stay on the same side of a split) and <see cref="Centers"/>[i] its centre ("" when unknown).
/// </summary>
public sealed class LabeledFeatureSet
{
    public LabeledFeatureSet(
        IReadOnlyList<string> ids,
        IReadOnlyList<string> featureNames,
        IReadOnlyList<double[]> rows,
        IReadOnlyList<string> classes,
        IReadOnlyList<int> labels,
        IReadOnlyList<string>? groups = null,
        IReadOnlyList<string>? centers = null)
    {
        ArgumentNullException.ThrowIfNull(ids);
        ArgumentNullException.ThrowIfNull(featureNames);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(classes);
        ArgumentNullException.ThrowIfNull(labels);
        int n = ids.Count;
        if (rows.Count != n || labels.Count != n || (groups is not null && groups.Count != n) || (centers is not null && centers.Count != n))
        {
            throw new ArgumentException("ids, rows, labels, groups and centers must have one entry per lesion.");
        }

        if (rows.Any(r => r.Length != featureNames.Count))
        {
            throw new ArgumentException("Every row must hold one value per feature name.", nameof(rows));
        }

        if (labels.Any(l => l < 0 || l >= classes.Count))
        {
            throw new ArgumentException("Labels must index the classes.", nameof(labels));
        }

        Ids = ids.ToArray();
        FeatureNames = featureNames.ToArray();
        Rows = rows;
        Classes = classes.ToArray();
        Labels = labels.ToArray();
        Groups = groups?.ToArray() ?? Ids;
        Centers = centers?.ToArray() ?? Enumerable.Repeat("", n).ToArray();
    }

    public IReadOnlyList<string> Ids { get; }

    public IReadOnlyList<string> FeatureNames { get; }

    public IReadOnlyList<double[]> Rows { get; }

    public IReadOnlyList<string> Classes { get; }

    public IReadOnlyList<int> Labels { get; }

    public IReadOnlyList<string> Groups { get; }

    public IReadOnlyList<string> Centers { get; }

    public int Count => Ids.Count;

    public int ClassCount => Classes.Count;

    /// <summary>The rows at <paramref name="indices"/>, same features and class order.</summary>
    public LabeledFeatureSet Subset(IReadOnlyList<int> indices) => new(
        indices.Select(i => Ids[i]).ToArray(),
        FeatureNames,
        indices.Select(i => Rows[i]).ToArray(),
        Classes,
        indices.Select(i => Labels[i]).ToArray(),
        indices.Select(i => Groups[i]).ToArray(),
        indices.Select(i => Centers[i]).ToArray());

    /// <summary>Values of feature <paramref name="j"/> over all rows.</summary>
    public double[] Column(int j) => Rows.Select(r => r[j]).ToArray();

    /// <summary>Number of rows per class, in class order.</summary>
    public int[] ClassCounts()
    {
        var counts = new int[ClassCount];
        foreach (int label in Labels)
        {
            counts[label]++;
        }

        return counts;
    }

    /// <summary>
    /// SHA-256 (hex) of the table in a canonical text form (ids, groups, centres, labels, feature names and round-trip
    /// numbers), so a saved model names exactly the data it was trained on, independent of file formatting.
    /// </summary>
    public string Sha256()
    {
        var text = new StringBuilder();
        text.Append("id,group,center,label,").AppendJoin(',', FeatureNames).Append('\n');
        for (int i = 0; i < Count; i++)
        {
            text.Append(Ids[i]).Append(',').Append(Groups[i]).Append(',').Append(Centers[i]).Append(',').Append(Classes[Labels[i]]);
            foreach (double v in Rows[i])
            {
                text.Append(',').Append(v.ToString("R", CultureInfo.InvariantCulture));
            }

            text.Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
