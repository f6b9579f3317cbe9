using PulmoPet.Stats.Modeling;

namespace PulmoPet.Stats.Tests.Modeling;

/// <summary>Deterministic data sets shared by the modelling tests (the same formulas are used in the Python references).</summary>
internal static class ModelingData
{
    /// <summary>
    /// Rows i = from…to−1, y = i mod 3, x_ij = ((31i + 17j + 7ij) mod 41)/8, plus 1.5 on feature j when j &lt; 3 and y = j.
    /// All values are multiples of 1/8, exact in float32 as scikit-learn's trees use.
    /// Python: <c>v = ((i*31+j*17+i*j*7)%41)/8.0; if j&lt;3 and y==j: v += 1.5</c>.
    /// </summary>
    public static (double[][] X, int[] Y) Formula(int from, int to)
    {
        var x = new double[to - from][];
        var y = new int[to - from];
        for (int i = from; i < to; i++)
        {
            y[i - from] = i % 3;
            x[i - from] = new double[5];
            for (int j = 0; j < 5; j++)
            {
                x[i - from][j] = ((i * 31 + j * 17 + i * j * 7) % 41) / 8.0 + (j < 3 && y[i - from] == j ? 1.5 : 0);
            }
        }

        return (x, y);
    }

    /// <summary>
    /// A lesion table: <paramref name="patients"/> patients with 1–3 lesions each, class = patient mod 4, three centres,
    /// <paramref name="informative"/> features shifted by <paramref name="effect"/> SD for one class each and the rest noise.
    /// </summary>
    public static LabeledFeatureSet Lesions(int patients, int features, int informative, double effect, int seed, bool shuffleLabels = false)
    {
        var random = new Random(seed);
        var classes = new[] { "benign", "lung_cancer", "lymphoma", "metastasis" };
        var ids = new List<string>();
        var rows = new List<double[]>();
        var labels = new List<int>();
        var groups = new List<string>();
        var centers = new List<string>();
        for (int p = 0; p < patients; p++)
        {
            int label = p % 4;
            int lesions = 1 + random.Next(3);
            for (int l = 0; l < lesions; l++)
            {
                var row = new double[features];
                for (int j = 0; j < features; j++)
                {
                    row[j] = Gaussian(random) + (j < informative && j % 4 == label ? effect : 0);
                }

                ids.Add($"P{p:D3}_L{l + 1}");
                rows.Add(row);
                labels.Add(label);
                groups.Add($"P{p:D3}");
                centers.Add($"C{p % 3 + 1}");
            }
        }

        if (shuffleLabels)
        {
            // Shuffle whole patients' labels so the group structure stays intact.
            var patientLabels = Enumerable.Range(0, patients).Select(p => p % 4).ToArray();
            random.Shuffle(patientLabels);
            for (int i = 0; i < labels.Count; i++)
            {
                labels[i] = patientLabels[int.Parse(groups[i][1..], System.Globalization.CultureInfo.InvariantCulture)];
            }
        }

        var names = Enumerable.Range(0, features).Select(j => $"original_feature_{j}").ToArray();
        return new LabeledFeatureSet(ids, names, rows, classes, labels, groups, centers);
    }

    private static double Gaussian(Random random)
    {
        double u1 = 1 - random.NextDouble(), u2 = random.NextDouble();
        return Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }
}
