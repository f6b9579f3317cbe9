namespace PulmoPet.Stats.GroupComparison;

/// <summary>An r × c table of counts (rows: levels of a variable, columns: groups) with its margins.</summary>
public sealed class ContingencyTable
{
    public ContingencyTable(int[,] counts)
    {
        Counts = counts;
        Rows = counts.GetLength(0);
        Columns = counts.GetLength(1);
        RowTotals = new int[Rows];
        ColumnTotals = new int[Columns];
        for (int i = 0; i < Rows; i++)
        {
            for (int j = 0; j < Columns; j++)
            {
                if (counts[i, j] < 0)
                {
                    throw new ArgumentException("Counts must be non-negative.", nameof(counts));
                }

                RowTotals[i] += counts[i, j];
                ColumnTotals[j] += counts[i, j];
                Total += counts[i, j];
            }
        }
    }

    public int[,] Counts { get; }

    public int Rows { get; }

    public int Columns { get; }

    public int[] RowTotals { get; }

    public int[] ColumnTotals { get; }

    public int Total { get; }

    /// <summary>Expected count under independence, E_ij = R_i C_j / n.</summary>
    public double Expected(int row, int column) => (double)RowTotals[row] * ColumnTotals[column] / Total;

    /// <summary>Fraction of cells whose expected count is below <paramref name="threshold"/>.</summary>
    public double FractionOfCellsWithExpectedBelow(double threshold)
    {
        int small = 0;
        for (int i = 0; i < Rows; i++)
        {
            for (int j = 0; j < Columns; j++)
            {
                if (Expected(i, j) < threshold)
                {
                    small++;
                }
            }
        }

        return (double)small / (Rows * Columns);
    }

    /// <summary>The table without all-zero rows and columns (levels or groups absent from the data).</summary>
    public ContingencyTable WithoutEmptyMargins()
    {
        var rows = Enumerable.Range(0, Rows).Where(i => RowTotals[i] > 0).ToArray();
        var columns = Enumerable.Range(0, Columns).Where(j => ColumnTotals[j] > 0).ToArray();
        var counts = new int[rows.Length, columns.Length];
        for (int i = 0; i < rows.Length; i++)
        {
            for (int j = 0; j < columns.Length; j++)
            {
                counts[i, j] = Counts[rows[i], columns[j]];
            }
        }

        return new ContingencyTable(counts);
    }
}
