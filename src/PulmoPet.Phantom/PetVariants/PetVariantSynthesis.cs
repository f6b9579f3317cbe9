using PulmoPet.Imaging;
using PulmoPet.Phantom.Anatomy;
using PulmoPet.Phantom.Synthesis;

namespace PulmoPet.Phantom.PetVariants;

/// <summary>
/// Further PET images of a synthetic patient, for PET-only tasks that must be robust to dose and to missing
/// attenuation correction: the same activity acquired at reduced dose (more noise, variance ∝ 1 / dose), and
/// a non-attenuation-corrected (NAC) image. All go through <see cref="PetAcquisition"/> with their own noise
/// streams, so the patient's own PET is untouched.
/// </summary>
public static class PetVariantSynthesis
{
    /// <summary>Dose-reduction factors of the ultra-low-dose PET literature: full dose, 1/10, 1/20 and 1/50.</summary>
    public static IReadOnlyList<int> DoseReductionFactors { get; } = [1, 10, 20, 50];

    /// <summary>Linear attenuation coefficient of water at 511 keV, per mm (0.096 cm⁻¹).</summary>
    public const double WaterMuPerMm = 0.0096;

    /// <summary>
    /// Slope of μ above 0 HU relative to the soft-tissue slope: bone attenuates less per HU at 511 keV than at
    /// CT energies (bilinear CT-to-511 keV scaling, Kinahan et al., Med Phys 1998;25:2046).
    /// </summary>
    public const double BoneSlopeRatio = 0.53;

    /// <summary>The PET of <paramref name="patient"/> at 1/<paramref name="reductionFactor"/> of the standard dose (SUV, PET grid).</summary>
    public static Volume<float> ReducedDose(SyntheticPatient patient, double reductionFactor, ulong seed, ParallelOptions? parallelOptions = null)
    {
        ArgumentNullException.ThrowIfNull(patient);
        if (!(reductionFactor >= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(reductionFactor), "The dose-reduction factor must be at least 1.");
        }

        double fullDoseCounts = patient.CountsPerSuv / patient.DoseFactor;
        return PetAcquisition.Acquire(patient.Activity, patient.Pet.Geometry, patient.Scanner.PetPsfFwhmMm,
            fullDoseCounts / reductionFactor, seed, parallelOptions).Pet;
    }

    /// <summary>
    /// A full-dose PET reconstructed without attenuation correction: each voxel's activity is weighted by the
    /// mean survival probability exp(−∫μ) of the transverse lines of response through it (0°, 45°, 90°, 135°),
    /// then scaled so the body keeps its mean. Deep tissue darkens, the body surface and the lungs look hot.
    /// </summary>
    public static Volume<float> NonAttenuationCorrected(SyntheticPatient patient, ulong seed, ParallelOptions? parallelOptions = null)
    {
        ArgumentNullException.ThrowIfNull(patient);
        float[] survival = TransverseSurvival(patient.Ct, parallelOptions ?? new ParallelOptions());
        float[] activity = patient.Activity.Voxels;
        byte[] organs = patient.Organs.Voxels;
        double activitySum = 0, weightedSum = 0;
        for (int i = 0; i < activity.Length; i++)
        {
            if (organs[i] != (byte)OrganLabel.Background)
            {
                activitySum += activity[i];
                weightedSum += activity[i] * survival[i];
            }
        }

        double scale = weightedSum > 0 ? activitySum / weightedSum : 1;
        var attenuated = new float[activity.Length];
        for (int i = 0; i < activity.Length; i++)
        {
            attenuated[i] = (float)(activity[i] * survival[i] * scale);
        }

        return PetAcquisition.Acquire(new Volume<float>(patient.Activity.Geometry, attenuated), patient.Pet.Geometry,
            patient.Scanner.PetPsfFwhmMm, patient.CountsPerSuv / patient.DoseFactor, seed, parallelOptions).Pet;
    }

    /// <summary>μ at 511 keV (per mm) from HU, bilinear: water-air mixture below 0 HU, water-bone above.</summary>
    public static double MuPerMm(double hu) =>
        hu <= 0 ? Math.Max(0, WaterMuPerMm * (1 + hu / 1000)) : WaterMuPerMm * (1 + BoneSlopeRatio * hu / 1000);

    /// <summary>Per voxel, the mean over four transverse directions of exp(−line integral of μ along the whole line through it).</summary>
    public static float[] TransverseSurvival(Volume<short> ct, ParallelOptions parallelOptions)
    {
        ImageGeometry g = ct.Geometry;
        int nx = g.Size.X, ny = g.Size.Y;
        (int Dx, int Dy)[] directions = [(1, 0), (0, 1), (1, 1), (1, -1)];
        var survival = new float[g.VoxelCount];
        Parallel.For(0, g.Size.Z, parallelOptions, z =>
        {
            var mu = new double[nx * ny];
            int plane = z * nx * ny;
            for (int k = 0; k < mu.Length; k++)
            {
                mu[k] = MuPerMm(ct.Voxels[plane + k]);
            }

            var lines = new double[nx + ny];
            foreach ((int dx, int dy) in directions)
            {
                double step = Math.Sqrt(dx * dx * g.Spacing.X * g.Spacing.X + dy * dy * g.Spacing.Y * g.Spacing.Y);
                Array.Clear(lines);
                for (int y = 0; y < ny; y++)
                {
                    for (int x = 0; x < nx; x++)
                    {
                        lines[LineOf(x, y, dx, dy, ny)] += mu[y * nx + x] * step;
                    }
                }

                for (int y = 0; y < ny; y++)
                {
                    for (int x = 0; x < nx; x++)
                    {
                        survival[plane + y * nx + x] += (float)(Math.Exp(-lines[LineOf(x, y, dx, dy, ny)]) / directions.Length);
                    }
                }
            }
        });

        return survival;
    }

    /// <summary>The index of the line with direction (dx, dy) through (x, y): points on one line share it.</summary>
    private static int LineOf(int x, int y, int dx, int dy, int ny) => (dx, dy) switch
    {
        (1, 0) => y,
        (0, 1) => x,
        (1, 1) => x - y + ny - 1,
        _ => x + y,
    };
}
