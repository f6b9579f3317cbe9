namespace PulmoPet.Deep.Organs;

/// <summary>Per-organ Dice of two label maps, and the table of mean Dice by organ and acquisition condition.</summary>
public static class OrganDice
{
    /// <summary>Dice of each label 1…<paramref name="classes"/>−1 present in the truth (labels absent from the truth are left out: NaN).</summary>
    public static double[] PerOrgan(ReadOnlySpan<byte> predicted, ReadOnlySpan<byte> truth, int classes)
    {
        if (predicted.Length != truth.Length)
        {
            throw new ArgumentException("Dice needs label maps of the same size.");
        }

        var intersection = new long[256];
        var predictedCount = new long[256];
        var truthCount = new long[256];
        for (int i = 0; i < truth.Length; i++)
        {
            predictedCount[predicted[i]]++;
            truthCount[truth[i]]++;
            if (predicted[i] == truth[i])
            {
                intersection[truth[i]]++;
            }
        }

        var dice = new double[classes];
        dice[0] = double.NaN;
        for (int label = 1; label < classes; label++)
        {
            dice[label] = truthCount[label] == 0 ? double.NaN : 2.0 * intersection[label] / (predictedCount[label] + truthCount[label]);
        }

        return dice;
    }

    /// <summary>Mean over cases of each organ's Dice (NaNs skipped), and the mean over organs of those means.</summary>
    public static (double[] PerOrgan, double MeanOverOrgans) Summarise(IReadOnlyList<double[]> cases, int classes)
    {
        ArgumentNullException.ThrowIfNull(cases);
        var means = new double[classes];
        means[0] = double.NaN;
        for (int label = 1; label < classes; label++)
        {
            var values = cases.Select(c => c[label]).Where(v => !double.IsNaN(v)).ToList();
            means[label] = values.Count == 0 ? double.NaN : values.Average();
        }

        var present = means.Skip(1).Where(v => !double.IsNaN(v)).ToList();
        return (means, present.Count == 0 ? double.NaN : present.Average());
    }
}
