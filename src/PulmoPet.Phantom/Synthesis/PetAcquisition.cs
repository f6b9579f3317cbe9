using PulmoPet.Imaging;
using PulmoPet.Imaging.Processing;

namespace PulmoPet.Phantom.Synthesis;

/// <summary>The images one PET acquisition gives.</summary>
public sealed record PetImages(Volume<float> Pet, Volume<float> Noiseless, Volume<float> BlurredActivity);

/// <summary>
/// Simulates the PET scan of an activity map: a Gaussian point-spread function (the centre's FWHM) combined
/// with the averaging over a PET voxel, sampling on the PET grid, then count-dependent noise. The noise is
/// Poisson-like: Gaussian with variance value / (counts per SUV), so it scales with the inverse of the dose
/// factor, and spatially correlated over about one voxel as after iterative reconstruction; the result is
/// clipped at zero (SUV is never negative). Random numbers come from one stream per PET slice.
/// </summary>
public static class PetAcquisition
{
    /// <summary>Correlation length of the reconstructed noise, as a fraction of the PET voxel size.</summary>
    public const double NoiseCorrelationFraction = 0.45;

    public static PetImages Acquire(
        Volume<float> activity,
        ImageGeometry petGrid,
        double psfFwhmMm,
        double countsPerSuv,
        ulong noiseSeed,
        ParallelOptions? parallelOptions = null)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (!(countsPerSuv > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(countsPerSuv), "Counts per SUV must be positive.");
        }

        // PSF plus the box average over a PET voxel (variance s²/12), less the CT voxel's own box average.
        double psfSigma = GaussianSmoothing.FwhmToSigma(psfFwhmMm);
        Vector3D ct = activity.Geometry.Spacing;
        Vector3D pet = petGrid.Spacing;
        var sigma = new Vector3D(
            Math.Sqrt(psfSigma * psfSigma + Math.Max(0, (pet.X * pet.X - ct.X * ct.X) / 12)),
            Math.Sqrt(psfSigma * psfSigma + Math.Max(0, (pet.Y * pet.Y - ct.Y * ct.Y) / 12)),
            Math.Sqrt(psfSigma * psfSigma + Math.Max(0, (pet.Z * pet.Z - ct.Z * ct.Z) / 12)));
        Volume<float> blurred = GaussianSmoothing.Smooth(activity, sigma, parallelOptions);
        Volume<float> noiseless = Resampler.Resample(blurred, petGrid, Interpolation.Linear, 0f, parallelOptions);

        // Unit-variance correlated noise: white noise smoothed by a Gaussian, divided by the kernel's √Σw².
        Size3 size = petGrid.Size;
        int plane = size.X * size.Y;
        var white = new Volume<float>(petGrid);
        Parallel.For(0, size.Z, parallelOptions ?? new ParallelOptions(), z =>
        {
            var random = new DeterministicRandom(SeedMixer.Mix(noiseSeed, (ulong)z));
            Span<float> slice = white.Voxels.AsSpan(z * plane, plane);
            for (int i = 0; i < slice.Length; i++)
            {
                slice[i] = (float)random.NextNormalFast();
            }
        });

        var noiseSigma = pet * NoiseCorrelationFraction;
        Volume<float> correlated = GaussianSmoothing.Smooth(white, noiseSigma, parallelOptions);
        double variance = 1;
        for (int axis = 0; axis < 3; axis++)
        {
            double[] half = GaussianSmoothing.HalfKernel(noiseSigma[axis] / pet[axis]);
            double sum = half[0] * half[0];
            for (int k = 1; k < half.Length; k++)
            {
                sum += 2 * half[k] * half[k];
            }

            variance *= sum;
        }

        double normalise = 1 / Math.Sqrt(variance);
        var result = new Volume<float>(petGrid);
        float[] mean = noiseless.Voxels;
        float[] noise = correlated.Voxels;
        float[] output = result.Voxels;
        for (int i = 0; i < output.Length; i++)
        {
            double value = mean[i];
            if (value > 0)
            {
                double noisy = value + Math.Sqrt(value / countsPerSuv) * normalise * noise[i];
                output[i] = (float)Math.Max(0, noisy);
            }
        }

        return new PetImages(result, noiseless, blurred);
    }
}
