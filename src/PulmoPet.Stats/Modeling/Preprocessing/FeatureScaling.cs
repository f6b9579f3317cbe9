namespace PulmoPet.Stats.Modeling.Preprocessing;

/// <summary>
/// Median imputation and z-scoring of named features with parameters estimated on the training rows only:
/// z = (x − mean) / SD, a missing x replaced by the training median first; mean and SD (n − 1 divisor, as R's
/// <c>scale</c> and caret's <c>preProcess(method = c("medianImpute", "center", "scale"))</c>) of the imputed column.
/// </summary>
public sealed record FeatureScaling(IReadOnlyList<string> Names, double[] Medians, double[] Means, double[] StandardDeviations)
{
    /// <summary>Estimates the parameters of columns <paramref name="columns"/> of <paramref name="rows"/>.</summary>
    public static FeatureScaling Fit(IReadOnlyList<double[]> rows, IReadOnlyList<int> columns, IReadOnlyList<string> names)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(columns);
        int p = columns.Count;
        var medians = new double[p];
        var means = new double[p];
        var sds = new double[p];
        for (int j = 0; j < p; j++)
        {
            var values = rows.Select(r => r[columns[j]]).ToArray();
            medians[j] = Median(values);
            var imputed = values.Select(v => double.IsNaN(v) ? medians[j] : v).ToArray();
            means[j] = imputed.Average();
            double ss = imputed.Sum(v => (v - means[j]) * (v - means[j]));
            sds[j] = imputed.Length > 1 ? Math.Sqrt(ss / (imputed.Length - 1)) : 0;
        }

        return new FeatureScaling(columns.Select(c => names[c]).ToArray(), medians, means, sds);
    }

    /// <summary>The standardised values of one row given in <see cref="Names"/> order.</summary>
    public double[] Apply(IReadOnlyList<double> raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var z = new double[Names.Count];
        for (int j = 0; j < z.Length; j++)
        {
            double v = double.IsNaN(raw[j]) ? Medians[j] : raw[j];
            z[j] = StandardDeviations[j] > 0 ? (v - Means[j]) / StandardDeviations[j] : 0;
        }

        return z;
    }

    /// <summary>Median of the non-missing values (mean of the middle two for an even count); 0 when all are missing.</summary>
    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Where(v => !double.IsNaN(v)).Order().ToArray();
        if (sorted.Length == 0) return 0;
        int m = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2;
    }
}
