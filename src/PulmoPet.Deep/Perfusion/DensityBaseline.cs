using PulmoPet.Deep.Data;

namespace PulmoPet.Deep.Perfusion;

/// <summary>
/// The sanity baseline for CT-to-perfusion: perfusion taken proportional to the local lung density,
/// (HU + 1000) averaged by a Gaussian over lung voxels only (normalised convolution), scaled to mean 1 over
/// the lungs. Denser (dependent) lung is better perfused and emphysematous lung is both less dense and less
/// perfused, so density alone explains part of the perfusion pattern.
/// </summary>
public static class DensityBaseline
{
    public const double DefaultSigmaMm = 8;

    /// <summary>Relative perfusion over a case's crop from its CT channel (normalised with <paramref name="normalization"/>).</summary>
    public static float[] Predict(PerfusionCase item, PetCtNormalization normalization, double sigmaMm = DefaultSigmaMm)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(normalization);
        SegmentationCase c = item.Case;
        var spacing = item.Grid.Spacing;
        var cropGrid = new Imaging.ImageGeometry(new Imaging.Size3(c.Width, c.Height, c.Depth), spacing, Imaging.Vector3D.Zero);
        var density = new Imaging.Volume<float>(cropGrid);
        var weight = new Imaging.Volume<float>(cropGrid);
        for (int i = 0; i < c.VoxelCount; i++)
        {
            if (c.Labels[i] != 0)
            {
                // Invert the CT normalisation: hu = min + (v + 1)(max − min)/2.
                double hu = normalization.CtMinHu + (c.Image[i] + 1) * (normalization.CtMaxHu - normalization.CtMinHu) / 2;
                density.Voxels[i] = (float)(hu + 1000);
                weight.Voxels[i] = 1;
            }
        }

        float[] numerator = Imaging.Processing.GaussianSmoothing.Smooth(density, sigmaMm).Voxels;
        float[] denominator = Imaging.Processing.GaussianSmoothing.Smooth(weight, sigmaMm).Voxels;
        var result = new float[c.VoxelCount];
        double sum = 0;
        int n = 0;
        for (int i = 0; i < result.Length; i++)
        {
            if (c.Labels[i] != 0 && denominator[i] > 1e-6f)
            {
                result[i] = numerator[i] / denominator[i];
                sum += result[i];
                n++;
            }
        }

        float scale = n > 0 && sum > 0 ? (float)(n / sum) : 1f;
        for (int i = 0; i < result.Length; i++)
        {
            result[i] *= scale;
        }

        return result;
    }
}
