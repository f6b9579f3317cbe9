using PulmoPet.Imaging;
using PulmoPet.Phantom.Anatomy;
using PulmoPet.Phantom.Lesions;
using PulmoPet.Phantom.Rendering;

namespace PulmoPet.Phantom.Synthesis;

/// <summary>
/// CT in Hounsfield units from the tissue map: the partial-volume mixture of the two materials of each
/// voxel; in lung parenchyma a gravity-dependent density gradient (posterior lung denser in a supine
/// patient), a mottled texture and the fissures as faint lines; lesions blended in by their coverage
/// (lymphomatous consolidations keep the air of the bronchi they engulf: air bronchograms); then white
/// Gaussian noise of the centre's σ, drawn from one random stream per slice (thread-count independent).
/// </summary>
internal static class CtSynthesis
{
    /// <summary>Contrast of a fissure voxel over the parenchyma: a ≈ 0.3 mm pleural sheet in a 2 mm voxel.</summary>
    public const double FissureHu = 120;

    public const double FissureHalfWidthMm = 1.2;

    public static short[] Synthesize(
        TissueMap map,
        PhantomAnatomy anatomy,
        IReadOnlyList<LesionFootprint> lesions,
        TissueProperties properties,
        ValueNoiseField texture,
        double noiseSigmaHu,
        ulong noiseSeed,
        ParallelOptions parallelOptions)
    {
        ImageGeometry g = map.Grid;
        var hu = new float[g.VoxelCount];
        double[] table = properties.HuTable;
        double depth = anatomy.Habitus.CavityHalfDepth;
        double gradient = properties.LungGravityGradientHu;
        double textureHu = properties.LungTextureHu;
        LungModel lungs = anatomy.Lungs;
        int plane = g.Size.X * g.Size.Y;

        Parallel.For(0, g.Size.Z, parallelOptions, z =>
        {
            for (int y = 0; y < g.Size.Y; y++)
            {
                int row = g.LinearIndex(0, y, z);
                for (int x = 0; x < g.Size.X; x++)
                {
                    int i = row + x;
                    byte p = map.Primary[i];
                    byte s = map.Secondary[i];
                    double f = map.SecondaryFraction[i] * TissueMap.FractionScale;
                    double value = (1 - f) * table[p] + f * table[s];
                    double lungWeight = (p == (byte)Tissue.Lung ? 1 - f : 0) + (s == (byte)Tissue.Lung ? f : 0);
                    if (lungWeight > 0)
                    {
                        Vector3D position = map.Position(x, y, z);
                        double dependent = Math.Clamp((position.Y + depth) / (2 * depth), 0, 1) - 0.5;
                        double extra = gradient * dependent + textureHu * texture.Sample(position);
                        var side = (LungSide)map.Side[i];
                        if (side != LungSide.None)
                        {
                            double d = lungs.FissureDistance(side, position);
                            if (d < FissureHalfWidthMm)
                            {
                                extra += FissureHu * (1 - d / FissureHalfWidthMm);
                            }
                        }

                        value += lungWeight * extra;
                    }

                    hu[i] = (float)value;
                }
            }
        });

        double ramp = Math.Min(g.Spacing.X, Math.Min(g.Spacing.Y, g.Spacing.Z));
        foreach (LesionFootprint footprint in lesions)
        {
            Lesion lesion = footprint.Lesion;
            for (int k = 0; k < footprint.Indices.Length; k++)
            {
                int i = footprint.Indices[k];
                if (lesion.HasAirBronchograms && map.Organ[i] == (byte)OrganLabel.Airways && map.Primary[i] == (byte)Tissue.Air)
                {
                    continue;
                }

                Index3 v = g.IndexOf(i);
                double alpha = footprint.Coverage[k];
                double lesionHu = lesion.Hu(map.Position(v.X, v.Y, v.Z), texture, ramp);
                hu[i] = (float)((1 - alpha) * hu[i] + alpha * lesionHu);
            }
        }

        var result = new short[g.VoxelCount];
        Parallel.For(0, g.Size.Z, parallelOptions, z =>
        {
            var random = new DeterministicRandom(SeedMixer.Mix(noiseSeed, (ulong)z));
            int start = z * plane;
            for (int i = start; i < start + plane; i++)
            {
                double value = hu[i] + noiseSigmaHu * random.NextNormalFast();
                result[i] = (short)Math.Clamp(Math.Round(value), -1024, 3071);
            }
        });

        return result;
    }
}
