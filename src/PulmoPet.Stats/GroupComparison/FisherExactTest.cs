using PulmoPet.Stats.Distributions;

namespace PulmoPet.Stats.GroupComparison;

/// <summary>
/// Fisher's exact test for 2 × 2 tables and its r × c generalisation by Freeman &amp; Halton (1951),
/// two-sided: p = Σ P(T) over all tables T with the observed margins and P(T) ≤ P(observed)·(1 + 10⁻⁷),
/// the relative tolerance R's <c>fisher.test</c> uses (<c>relErr &lt;- 1 + 10^(-7)</c>) so that tables equally
/// likely up to rounding are counted. P(T) = Π R_i! Π C_j! / (n! Π x_ij!) (multivariate hypergeometric).
/// R uses the network algorithm of Mehta &amp; Patel (FEXACT); this enumerates every table, which is exact
/// and fast for the small samples the test is chosen for, and refuses tables whose enumeration would
/// exceed <see cref="DefaultMaximumTables"/>.
/// </summary>
public static class FisherExactTest
{
    public const long DefaultMaximumTables = 50_000_000;
    private const double RelativeTolerance = 1e-7;

    public static TestResult Compute(ContingencyTable table, long maximumTables = DefaultMaximumTables)
    {
        ArgumentNullException.ThrowIfNull(table);
        var reduced = table.WithoutEmptyMargins();
        if (reduced.Rows < 2 || reduced.Columns < 2)
        {
            // A single non-empty row or column: every table with these margins is the observed one.
            return new TestResult(TestNames.Fisher, double.NaN, 1.0) { Method = "exact" };
        }

        var enumerator = new Enumerator(reduced, maximumTables);
        double p = enumerator.Run();
        return new TestResult(TestNames.Fisher, double.NaN, Math.Min(1.0, p))
        {
            Method = reduced.Rows == 2 && reduced.Columns == 2 ? "exact" : "exact (Freeman-Halton)",
        };
    }

    /// <summary>Thrown when the number of tables to enumerate exceeds the limit.</summary>
    public sealed class TooManyTablesException(long limit)
        : Exception($"Fisher's exact test would enumerate more than {limit} tables.");

    private sealed class Enumerator
    {
        private readonly int rows;
        private readonly int columns;
        private readonly int[] columnTotals;
        private readonly int[] remaining;
        private readonly double logConstant;
        private readonly double logThreshold;
        private readonly long maximumTables;
        private long tables;
        private double sum;

        public Enumerator(ContingencyTable table, long maximumTables)
        {
            // Enumerate over the longer dimension as columns: fewer nested levels per column.
            bool transpose = table.Rows > table.Columns;
            rows = transpose ? table.Columns : table.Rows;
            columns = transpose ? table.Rows : table.Columns;
            var rowTotals = transpose ? table.ColumnTotals : table.RowTotals;
            columnTotals = transpose ? table.RowTotals : table.ColumnTotals;
            remaining = (int[])rowTotals.Clone();
            this.maximumTables = maximumTables;

            logConstant = rowTotals.Sum(LogFactorial.Of) + columnTotals.Sum(LogFactorial.Of) - LogFactorial.Of(table.Total);
            double observed = logConstant;
            for (int i = 0; i < table.Rows; i++)
            {
                for (int j = 0; j < table.Columns; j++)
                {
                    observed -= LogFactorial.Of(table.Counts[i, j]);
                }
            }

            logThreshold = observed + Math.Log(1.0 + RelativeTolerance);
        }

        public double Run()
        {
            Column(0, 0.0);
            return sum;
        }

        // Fills column j; logCells accumulates −Σ log x_ij! of the columns filled so far.
        private void Column(int j, double logCells)
        {
            if (j == columns - 1)
            {
                // The last column is fixed by the remaining row totals.
                double log = logCells;
                for (int i = 0; i < rows; i++)
                {
                    log -= LogFactorial.Of(remaining[i]);
                }

                if (++tables > maximumTables)
                {
                    throw new TooManyTablesException(maximumTables);
                }

                double logP = logConstant + log;
                if (logP <= logThreshold)
                {
                    sum += Math.Exp(logP);
                }

                return;
            }

            Cell(j, 0, columnTotals[j], logCells);
        }

        // Chooses x_ij for row i of column j with `left` of the column total still to place.
        private void Cell(int j, int i, int left, double logCells)
        {
            if (i == rows - 1)
            {
                if (left > remaining[i])
                {
                    return;
                }

                remaining[i] -= left;
                Column(j + 1, logCells - LogFactorial.Of(left));
                remaining[i] += left;
                return;
            }

            // Capacity of the rows below i bounds how little row i may take.
            int below = 0;
            for (int k = i + 1; k < rows; k++)
            {
                below += remaining[k];
            }

            int low = Math.Max(0, left - below);
            int high = Math.Min(left, remaining[i]);
            for (int x = low; x <= high; x++)
            {
                remaining[i] -= x;
                Cell(j, i + 1, left - x, logCells - LogFactorial.Of(x));
                remaining[i] += x;
            }
        }
    }
}
