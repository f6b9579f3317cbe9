using MathNet.Numerics;

namespace PulmoPet.Stats.Distributions;

/// <summary>log(n!) from a table for small n and log Γ(n+1) beyond it.</summary>
public static class LogFactorial
{
    private const int TableSize = 1024;
    private static readonly double[] Table = BuildTable();

    public static double Of(int n)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        return n < TableSize ? Table[n] : SpecialFunctions.GammaLn(n + 1.0);
    }

    private static double[] BuildTable()
    {
        var table = new double[TableSize];
        for (int i = 2; i < TableSize; i++)
        {
            table[i] = table[i - 1] + Math.Log(i);
        }

        return table;
    }
}
