namespace PulmoPet.Stats.Descriptive;

/// <summary>Mid-ranks (R: <c>rank(x, ties.method = "average")</c>) and the sizes of the tie groups.</summary>
public sealed class Ranks
{
    private Ranks(double[] values, int[] tieGroupSizes)
    {
        Values = values;
        TieGroupSizes = tieGroupSizes;
    }

    /// <summary>Rank of each input value, 1-based, ties given their average rank.</summary>
    public double[] Values { get; }

    /// <summary>Size of every group of equal values (1 for untied values).</summary>
    public int[] TieGroupSizes { get; }

    public bool HasTies => TieGroupSizes.Any(t => t > 1);

    /// <summary>Σ (t³ − t) over tie groups, the tie term of the rank-test variance corrections.</summary>
    public double TieCubeSum => TieGroupSizes.Sum(t => (double)t * t * t - t);

    public static Ranks Of(IReadOnlyList<double> data)
    {
        int n = data.Count;
        var order = Enumerable.Range(0, n).ToArray();
        Array.Sort(order, (a, b) => data[a].CompareTo(data[b]));
        var ranks = new double[n];
        var groups = new List<int>();
        int i = 0;
        while (i < n)
        {
            int j = i;
            while (j + 1 < n && data[order[j + 1]] == data[order[i]])
            {
                j++;
            }

            double average = (i + j + 2) / 2.0;
            for (int k = i; k <= j; k++)
            {
                ranks[order[k]] = average;
            }

            groups.Add(j - i + 1);
            i = j + 1;
        }

        return new Ranks(ranks, groups.ToArray());
    }
}
