using PulmoPet.Imaging;
using PulmoPet.Phantom.Anatomy;
using PulmoPet.Phantom.Lesions;
using PulmoPet.Phantom.Rendering;

namespace PulmoPet.Phantom.Synthesis;

/// <summary>
/// The noiseless FDG distribution (SUV) on the CT grid: each voxel's two materials mixed by their
/// fractions, dependent lung a little more active (denser), and lesions blended in by their coverage with
/// the uptake pattern scaled so that the maximum over each lesion's labelled voxels is exactly its SUVmax.
/// </summary>
internal static class ActivitySynthesis
{
    /// <summary>Relative lung uptake rise from the anterior to the posterior lung.</summary>
    public const double LungDependentGain = 0.3;

    public static float[] Synthesize(
        TissueMap map,
        PhantomAnatomy anatomy,
        IReadOnlyList<LesionFootprint> lesions,
        TissueProperties properties,
        ValueNoiseField lesionTexture,
        ParallelOptions parallelOptions)
    {
        ImageGeometry g = map.Grid;
        var activity = new float[g.VoxelCount];
        double[] table = properties.SuvTable;
        double depth = anatomy.Habitus.CavityHalfDepth;
        double lungSuv = properties.Suv(Tissue.Lung);
        Parallel.For(0, g.Size.Z, parallelOptions, z =>
        {
            for (int y = 0; y < g.Size.Y; y++)
            {
                int row = g.LinearIndex(0, y, z);
                double dependent = Math.Clamp((g.Origin.Y + y * g.Spacing.Y + depth) / (2 * depth), 0, 1) - 0.5;
                double lungExtra = lungSuv * LungDependentGain * dependent;
                for (int x = 0; x < g.Size.X; x++)
                {
                    int i = row + x;
                    byte p = map.Primary[i];
                    byte s = map.Secondary[i];
                    double f = map.SecondaryFraction[i] * TissueMap.FractionScale;
                    double value = (1 - f) * table[p] + f * table[s];
                    double lungWeight = (p == (byte)Tissue.Lung ? 1 - f : 0) + (s == (byte)Tissue.Lung ? f : 0);
                    value += lungWeight * lungExtra;
                    activity[i] = (float)Math.Max(0, value);
                }
            }
        });

        foreach (LesionFootprint footprint in lesions)
        {
            Lesion lesion = footprint.Lesion;
            int n = footprint.Indices.Length;
            var pattern = new double[n];
            for (int k = 0; k < n; k++)
            {
                Index3 v = g.IndexOf(footprint.Indices[k]);
                pattern[k] = lesion.UptakePattern(map.Position(v.X, v.Y, v.Z), lesionTexture);
            }

            // The smallest scale S with max over labelled voxels of (1 − α)·background + α·S·pattern equal to
            // the target: S = min over those voxels of (target − (1 − α)·background) / (α·pattern).
            double target = lesion.Appearance.SuvMax;
            double scale = double.PositiveInfinity;
            for (int k = 0; k < n; k++)
            {
                if (footprint.Labelled[k])
                {
                    double alpha = footprint.Coverage[k];
                    double background = activity[footprint.Indices[k]];
                    scale = Math.Min(scale, (target - (1 - alpha) * background) / (alpha * pattern[k]));
                }
            }

            if (double.IsPositiveInfinity(scale))
            {
                scale = target;
            }

            footprint.UptakeScale = scale;
            for (int k = 0; k < n; k++)
            {
                int i = footprint.Indices[k];
                double alpha = footprint.Coverage[k];
                activity[i] = (float)Math.Max(0, (1 - alpha) * activity[i] + alpha * scale * pattern[k]);
            }
        }

        return activity;
    }
}
