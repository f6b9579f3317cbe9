using PulmoPet.Stats.Distributions;

namespace PulmoPet.Stats.GroupComparison;

/// <summary>
/// Pearson's chi-square test of independence, X² = Σ (O − E)² / E with (r − 1)(c − 1) df, WITHOUT Yates'
/// continuity correction: the "Pearson Chi-Square" row of SPSS CROSSTABS and R's
/// <c>chisq.test(x, correct = FALSE)</c> (R's default applies Yates' correction to 2 × 2 tables).
/// </summary>
public static class ChiSquareTest
{
    public static TestResult Compute(ContingencyTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        if (table.Rows < 2 || table.Columns < 2)
        {
            throw new ArgumentException("A chi-square test needs at least a 2 × 2 table with non-empty margins.", nameof(table));
        }

        double statistic = 0;
        for (int i = 0; i < table.Rows; i++)
        {
            for (int j = 0; j < table.Columns; j++)
            {
                double expected = table.Expected(i, j);
                double d = table.Counts[i, j] - expected;
                statistic += d * d / expected;
            }
        }

        int df = (table.Rows - 1) * (table.Columns - 1);
        return new TestResult(TestNames.ChiSquare, statistic, Tails.ChiSquareUpper(statistic, df), df)
        {
            Method = "Pearson, no continuity correction",
        };
    }
}
