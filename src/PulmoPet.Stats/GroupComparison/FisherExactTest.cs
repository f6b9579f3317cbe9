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
/// tables reaching the same node with the same probability so far (to 10⁻⁸ relative) are merged. At each node, the largest and
/// smallest probability of any completion (longest and shortest paths, memoised per node) decide whether all
/// completions count — their total is closed-form, Σ Π 1/x! = N!/(Π R! Π C!) — none count,
/// or the node must be expanded. Networks storing more than <see cref="DefaultMaximumNodes"/> undecided partial tables are refused
/// with <see cref="TooManyTablesException"/>.
/// </para>
/// </summary>
public static class FisherExactTest
{
    public const long DefaultMaximumNodes = 20_000_000;
    private const double RelativeTolerance = 1e-7;

    // Partial tables whose log-probabilities so far fall in the same 1e-8 bucket are merged (their total mass is
    // kept exactly); the threshold comparison is then exact to 1e-8 relative, below R's own 1e-7 tolerance.
    private const double MergeResolution = 1e8;

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
        private readonly Dictionary<int[], (double Max, double Min)> extremes = new(StateComparer.Instance);

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
            var root = new Node(start);
            root.Add(0.0, 1.0);
            var stage = new Dictionary<int[], Node>(StateComparer.Instance) { [start] = root };
            double p = 0;
            long added = 0;
            var expand = new List<(double Past, double Count)>();
            for (int j = 0; j < columnTotals.Length; j++)
            {
                var next = new Dictionary<int[], Node>(StateComparer.Instance);
                foreach (var node in stage.Values)
                {
                    var (upper, lower, total) = Bounds(node.Remaining, j);
                    expand.Clear();
                    foreach (var (past, count) in node.Pasts.Values)
                    {
                        if (logConstant + past + upper <= logThreshold)
                        {
                            p += count * Math.Exp(logConstant + past + total); // every completion counts
                        }
                        else if (logConstant + past + lower <= logThreshold)
                        {
                            expand.Add((past, count)); // some completions count
                        }
                    }

                    if (expand.Count == 0)
                    {
                        continue;
                    }

                    if (j == columnTotals.Length - 1)
                    {
                        // Unreachable in exact arithmetic: with one column left the bounds coincide.
                        double last = -node.Remaining.Sum(LogFactorial.Of);
                        foreach (var (past, count) in expand)
                        {
                            if (logConstant + past + last <= logThreshold)
                            {
                                p += count * Math.Exp(logConstant + past + last);
                            }
                        }

                        continue;
                    }

                    // The children of this node are enumerated once and shared by all its past values; a partial
                    // table is only stored in a child when the child's bounds cannot decide it at once.
                    var children = Children(node.Remaining, j, next);
                    foreach (var (past, count) in expand)
                    {
                        foreach (var (child, delta) in children)
                        {
                            double value = logConstant + past + delta;
                            if (value + child.Upper <= logThreshold)
                            {
                                p += count * Math.Exp(value + child.Total);
                            }
                            else if (value + child.Lower <= logThreshold)
                            {
                                child.Add(past + delta, count);
                                if (++added > maximumNodes)
                                {
                                    throw new TooManyTablesException(maximumNodes);
                                }
                            }
                        }
                    }
                }

                stage = next;
            }

            return p;
        }

        // Every way to fill the next column from a node, merged by child state, with its −Σ log x!.
        private List<(Node Child, double Delta)> Children(int[] remaining, int j, Dictionary<int[], Node> next)
        {
            int columnTotal = columnTotals[j];
            int rows = remaining.Length;
            var x = new int[rows];
            var suffix = new int[rows + 1];
            for (int i = rows - 1; i >= 0; i--)
            {
                suffix[i] = suffix[i + 1] + remaining[i];
            }

            var children = new List<(Node, double)>();
            void Place(int i, int left, double value)
            {
                if (i == rows - 1)
                {
                    if (left > remaining[i])
                    {
                        return;
                    }

                    x[i] = left;
                    var state = new int[rows];
                    for (int k = 0; k < rows; k++)
                    {
                        state[k] = remaining[k] - x[k];
                    }

                    Array.Sort(state, (a, b) => b.CompareTo(a));
                    if (!next.TryGetValue(state, out var node))
                    {
                        node = new Node(state);
                        (node.Upper, node.Lower, node.Total) = Bounds(state, j + 1);
                        next[state] = node;
                    }

                    children.Add((node, value - LogFactorial.Of(left)));
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

            Place(0, columnTotal, 0.0);
            return children;
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

            var key = new int[remaining.Length + 1];
            key[0] = j;
            remaining.CopyTo(key, 1);
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

        private sealed class StateComparer : IEqualityComparer<int[]>
        {
            public static readonly StateComparer Instance = new();

            public bool Equals(int[]? a, int[]? b) => a.AsSpan().SequenceEqual(b);

            public int GetHashCode(int[] state)
            {
                var hash = new HashCode();
                foreach (int v in state)
                {
                    hash.Add(v);
                }

                return hash.ToHashCode();
            }
        }

        private sealed class Node(int[] remaining)
        {
            public int[] Remaining { get; } = remaining;

            /// <summary>Bounds of the completions from this node (see <see cref="Bounds"/>).</summary>
            public double Upper { get; set; }

            public double Lower { get; set; }

            public double Total { get; set; }

            /// <summary>
            /// Bucketed past values: a representative Σ −log x! so far and the weight Σ count·exp(past − representative)
            /// of the partial tables in the bucket, so the probability mass stays exact while only the comparison with
            /// the threshold uses the representative (as FEXACT merges past probabilities within a tolerance).
            /// </summary>
            public Dictionary<long, (double Past, double Count)> Pasts { get; } = [];

            public void Add(double past, double weight)
            {
                long key = (long)Math.Floor(past * MergeResolution);
                if (Pasts.TryGetValue(key, out var existing))
                {
                    Pasts[key] = (existing.Past, existing.Count + weight * Math.Exp(past - existing.Past));
                }
                else
                {
                    Pasts[key] = (past, weight);
                }
            }
        }
    }
}
