using System.Globalization;
using PulmoPet.Stats.Csv;

namespace PulmoPet.Stats.Descriptive;

/// <summary>Order of group and category labels: numeric order when all labels are numbers, else ordinal text order.</summary>
public static class LevelOrder
{
    /// <summary>Distinct labels in numeric order when all are numbers, else in ordinal text order.</summary>
    public static List<string> Sort(IEnumerable<string> labels)
    {
        var distinct = labels.Distinct(StringComparer.Ordinal).ToList();
        if (distinct.All(l => CsvTable.TryParseNumber(l, out _)))
        {
            return distinct.OrderBy(l => double.Parse(l, CultureInfo.InvariantCulture)).ThenBy(l => l, StringComparer.Ordinal).ToList();
        }

        return distinct.OrderBy(l => l, StringComparer.Ordinal).ToList();
    }
}

