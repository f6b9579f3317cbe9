namespace PulmoPet.Stats.Modeling.Models;

/// <summary>
/// Class weights against imbalance: "balanced" gives class k the weight n / (K · nₖ) (scikit-learn
/// <c>compute_class_weight("balanced")</c>), so every class carries the same total weight; "none" gives 1.
/// </summary>
public static class ClassWeights
{
    public static double[] Balanced(IReadOnlyList<int> labels, int classCount)
    {
        ArgumentNullException.ThrowIfNull(labels);
        var counts = new int[classCount];
        foreach (int y in labels) counts[y]++;
        return counts.Select(c => c == 0 ? 0 : (double)labels.Count / (classCount * c)).ToArray();
    }

    /// <summary>The weight of each observation under the class weights.</summary>
    public static double[] PerObservation(IReadOnlyList<int> labels, IReadOnlyList<double> classWeights) =>
        labels.Select(y => classWeights[y]).ToArray();
}
