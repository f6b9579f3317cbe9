using PulmoPet.Stats.Distributions;

namespace PulmoPet.Stats.GroupComparison;

/// <summary>
/// Fisher's exact test for 2 × 2 tables and its r × c generalisation by Freeman &amp; Halton (1951),
/// two-sided: p = Σ P(T) over all tables T with the observed margins and P(T) ≤ P(observed)·(1 + 10⁻⁷),
/// the relative tolerance R's <c>fisher.test</c> uses (<c>relErr &lt;- 1 + 10^(-7)</c>) so that tables equally
/// likely up to rounding are counted. P(T) = Π R_i! Π C_j! / (n! Π x_ij!) (multivariate hypergeometric).
/// <para>
/// The sum is exact, organised as the network algorithm of Mehta &amp; Patel (1983, JASA 78:427), the method of
/// R's FEXACT: tables are built column by column; a node is the multiset of remaining row totals, and partial
/// tables reaching the same node with the same probability so far are merged. At each node, the largest and
/// smallest probability of any completion (longest and shortest paths, memoised per node) decide whether all
/// completions count — their total is closed-form, Σ Π 1/x! = N!/(Π R! Π C!) — none count,
/// or the node must be expanded. Networks larger than <see cref="DefaultMaximumNodes"/> partial paths are refused
/// with <see cref="TooManyTablesException"/>.
/// </para>
/// </summary>
public static class FisherExactTest
{
    public const long DefaultMaximumNodes = 20_000_000;
    private const double RelativeTolerance = 1e-7;

    // Past values are merged when equal to 1e-9 (absolute, in log units), far below the 1e-7 tolerance.
    private const double MergeResolution = 1e9;

    public static TestResult Compute(ContingencyTable table, long maximumNodes = DefaultMaximumNodes)
    {
        ArgumentNullException.ThrowIfNull(table);
        var reduced = table.WithoutEmptyMargins();
        if (reduced.Rows < 2 || reduced.Columns < 2)
        {
            // A single non-empty row or column: every table with these margins is the observed one.
            return new TestResult(TestNames.Fisher, double.NaN, 1.0) { Method = "exact" };
        }

        double p = new Network(reduced, maximumNodes).Run();
        return new TestResult(TestNames.Fisher, double.NaN, Math.Min(1.0, p))
        {
            Method = reduced.Rows == 2 && reduced.Columns == 2 ? "exact" : "exact (Freeman-Halton)",
        };
    }

    /// <summary>Thrown when the network of partial tables exceeds the limit.</summary>
    public sealed class TooManyTablesException(long limit)
        : Exception($"Fisher's exact test would need more than {limit} partial tables.");

    private sealed class Network
    {
        private readonly int[] columnTotals;
        private readonly int[] rowTotals;
        private readonly double logConstant;
        private readonly double logThreshold;
        private readonly long maximumNodes;
        private readonly Dictionary<string, (double Max, double Min)> extremes = new(StringComparer.Ordinal);

        public Network(ContingencyTable table, long maximumNodes)
        {
            // Stages are the longer dimension so that node states (remaining totals of the shorter one) are small.
            bool transpose = table.Rows > table.Columns;
            rowTotals = transpose ? table.ColumnTotals : table.RowTotals;
            columnTotals = (transpose ? table.RowTotals : table.ColumnTotals).OrderByDescending(c => c).ToArray();
            this.maximumNodes = maximumNodes;
            logConstant = rowTotals.Sum(LogFactorial.Of) + columnTotals.Sum(LogFactorial.Of) - LogFactorial.Of(table.Total);
            double observed = logConstant;
            foreach (int x in table.Counts)
            {
                observed -= LogFactorial.Of(x);
            }

            logThreshold = observed + Math.Log(1.0 + RelativeTolerance);
        }

        public double Run()
        {
            var start = rowTotals.OrderByDescending(r => r).ToArray();
            var stage = new Dictionary<string, Node> { [Key(start)] = new Node(start) };
            stage[Key(start)].Add(0.0, 1.0);
            double p = 0;
            long visited = 0;
            for (int j = 0; j < columnTotals.Length; j++)
            {
                var next = new Dictionary<string, Node>(StringComparer.Ordinal);
                foreach (var node in stage.Values)
                {
                    var (upper, lower, total) = Bounds(node.Remaining, j);
                    foreach (var (past, count) in node.Pasts.Values)
                    {
                        if (logConstant + past + upper <= logThreshold)
                        {
                            p += count * Math.Exp(logConstant + past + total); // every completion counts
                            continue;
                        }

                        if (logConstant + past + lower > logThreshold)
                        {
                            continue; // no completion counts
                        }

                        if (j == columnTotals.Length - 1)
                        {
                            // Unreachable in exact arithmetic: with one column left the bounds coincide.
                            double last = past - node.Remaining.Sum(LogFactorial.Of);
                            if (logConstant + last <= logThreshold)
                            {
                                p += count * Math.Exp(logConstant + last);
                            }

                            continue;
                        }

                        Expand(node.Remaining, columnTotals[j], past, count, next, ref visited);
                    }
                }

                stage = next;
            }

            return p;
        }

        private void Expand(int[] remaining, int columnTotal, double past, double count, Dictionary<string, Node> next, ref long visited)
        {
            int rows = remaining.Length;
            var x = new int[rows];
            var suffix = new int[rows + 1];
            for (int i = rows - 1; i >= 0; i--)
            {
                suffix[i] = suffix[i + 1] + remaining[i];
            }

            long localVisited = visited;
            void Place(int i, int left, double value)
            {
                if (i == rows - 1)
                {
                    if (left > remaining[i])
                    {
                        return;
                    }

                    x[i] = left;
                    if (++localVisited > maximumNodes)
                    {
                        throw new TooManyTablesException(maximumNodes);
                    }

                    var child = new int[rows];
                    for (int k = 0; k < rows; k++)
                    {
                        child[k] = remaining[k] - x[k];
                    }

                    Array.Sort(child, (a, b) => b.CompareTo(a));
                    string key = Key(child);
                    if (!next.TryGetValue(key, out var node))
                    {
                        node = new Node(child);
                        next[key] = node;
                    }

                    node.Add(value - LogFactorial.Of(left), count);
                    return;
                }

                int low = Math.Max(0, left - suffix[i + 1]);
                int high = Math.Min(left, remaining[i]);
                for (int v = low; v <= high; v++)
                {
                    x[i] = v;
                    Place(i + 1, left - v, value - LogFactorial.Of(v));
                }
            }

            Place(0, columnTotal, past);
            visited = localVisited;
        }

        // Largest and smallest Σ −log x! over all completions from column j on (exact, memoised per node:
        // FEXACT's longest and shortest paths), and log Σ Π 1/x! over the completions (closed form).
        private (double Upper, double Lower, double Total) Bounds(int[] remaining, int j)
        {
            var (upper, lower) = Extremes(remaining, j);
            int left = 0;
            double total = -remaining.Sum(LogFactorial.Of);
            for (int c = j; c < columnTotals.Length; c++)
            {
                left += columnTotals[c];
                total -= LogFactorial.Of(columnTotals[c]);
            }

            total += LogFactorial.Of(left);

            // Widen by a rounding margin so that they stay bounds in floating point.
            return (upper + 1e-9, lower - 1e-9, total);
        }

        private (double Max, double Min) Extremes(int[] remaining, int j)
        {
            if (j == columnTotals.Length - 1)
            {
                double forced = -remaining.Sum(LogFactorial.Of);
                return (forced, forced);
            }

            string key = j.ToString(System.Globalization.CultureInfo.InvariantCulture) + ":" + Key(remaining);
            if (extremes.TryGetValue(key, out var cached))
            {
                return cached;
            }

            double max = double.NegativeInfinity, min = double.PositiveInfinity;
            int rows = remaining.Length;
            var x = new int[rows];
            var suffix = new int[rows + 1];
            for (int i = rows - 1; i >= 0; i--)
            {
                suffix[i] = suffix[i + 1] + remaining[i];
            }

            void Place(int i, int left, double value)
            {
                if (i == rows - 1)
                {
                    if (left > remaining[i])
                    {
                        return;
                    }

                    x[i] = left;
                    var child = new int[rows];
                    for (int k = 0; k < rows; k++)
                    {
                        child[k] = remaining[k] - x[k];
                    }

                    Array.Sort(child, (a, b) => b.CompareTo(a));
                    var (childMax, childMin) = Extremes(child, j + 1);
                    double here = value - LogFactorial.Of(left);
                    max = Math.Max(max, here + childMax);
                    min = Math.Min(min, here + childMin);
                    return;
                }

                int low = Math.Max(0, left - suffix[i + 1]);
                int high = Math.Min(left, remaining[i]);
                for (int v = low; v <= high; v++)
                {
                    x[i] = v;
                    Place(i + 1, left - v, value - LogFactorial.Of(v));
                }
            }

            Place(0, columnTotals[j], 0.0);
            extremes[key] = (max, min);
            return (max, min);
        }

        private static string Key(int[] sorted) => string.Join(',', sorted);

        private sealed class Node(int[] remaining)
        {
            public int[] Remaining { get; } = remaining;

            public Dictionary<long, (double Past, double Count)> Pasts { get; } = [];

            public void Add(double past, double count)
            {
                long key = (long)Math.Round(past * MergeResolution);
                Pasts[key] = Pasts.TryGetValue(key, out var existing) ? (existing.Past, existing.Count + count) : (past, count);
            }
        }
    }
}
