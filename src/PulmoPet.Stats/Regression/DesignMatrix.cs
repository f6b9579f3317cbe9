namespace PulmoPet.Stats.Regression;

/// <summary>Helpers to build design matrices: rows = observations, a leading column of ones for the intercept.</summary>
internal static class DesignMatrix
{
    public const string InterceptName = "(Intercept)";

    public static double[][] WithIntercept(IReadOnlyList<double[]> x)
    {
        var rows = new double[x.Count][];
        for (int i = 0; i < x.Count; i++)
        {
            rows[i] = new double[x[i].Length + 1];
            rows[i][0] = 1;
            Array.Copy(x[i], 0, rows[i], 1, x[i].Length);
        }

        return rows;
    }

    public static void Validate(IReadOnlyList<double[]> x, int responseCount, IReadOnlyList<string> names)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(names);
        if (x.Count != responseCount || x.Count == 0)
        {
            throw new ArgumentException("x and y must have the same, non-zero number of rows.");
        }

        if (x.Any(r => r.Length != names.Count))
        {
            throw new ArgumentException("Every row of x needs one value per feature name.");
        }
    }
}
