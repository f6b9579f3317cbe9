using PulmoPet.Imaging;
using PulmoPet.Imaging.Processing;
using PulmoPet.Phantom.Anatomy;
using PulmoPet.Phantom.PetVariants;

namespace PulmoPet.Phantom.Tests.Related;

[Collection(CohortCollection.Name)]
public sealed class PetVariantSynthesisTests(CohortFixture cohort)
{
    [Fact]
    public void NoiseVarianceGrowsWithTheDoseReductionFactor()
    {
        // Variance of (noisy − noiseless) in the liver ∝ 1 / dose: ×10 at 1/10 and ×20 at 1/20 of the full dose
        // (less a little at 1/20 where clipping at SUV 0 starts to bite).
        SyntheticPatient p = cohort.Patients[3];
        byte[] liver = Resampler.Resample(p.Organs, p.Pet.Geometry, Interpolation.Nearest).Voxels;
        double Variance(int factor)
        {
            float[] noisy = PetVariantSynthesis.ReducedDose(p, factor, 99).Voxels;
            var residuals = Enumerable.Range(0, liver.Length).Where(i => liver[i] == (byte)OrganLabel.Liver).Select(i => (double)noisy[i] - p.PetNoiseless.Voxels[i]).ToList();
            double mean = residuals.Average();
            return residuals.Sum(r => (r - mean) * (r - mean)) / (residuals.Count - 1);
        }

        double full = Variance(1);
        Assert.InRange(Variance(10) / full, 8.5, 11.5);
        Assert.InRange(Variance(20) / full, 16, 23);
    }

    [Fact]
    public void DoseVariantsUseTheirOwnStreams()
    {
        SyntheticPatient p = cohort.Patients[0];
        float[] a = PetVariantSynthesis.ReducedDose(p, 1, 5).Voxels;
        Assert.True(a.AsSpan().SequenceEqual(PetVariantSynthesis.ReducedDose(p, 1, 5, new ParallelOptions { MaxDegreeOfParallelism = 1 }).Voxels));
        Assert.False(a.AsSpan().SequenceEqual(p.Pet.Voxels));
    }

    [Fact]
    public void AttenuationCoefficientsFollowTheBilinearScaling()
    {
        Assert.Equal(0.0096, PetVariantSynthesis.MuPerMm(0), 12);
        Assert.Equal(0, PetVariantSynthesis.MuPerMm(-1000), 12);
        Assert.Equal(0.0048, PetVariantSynthesis.MuPerMm(-500), 12);
        Assert.Equal(0.0096 * 1.53, PetVariantSynthesis.MuPerMm(1000), 12);
    }

    [Fact]
    public void SurvivalInAWaterSlabIsTheMeanOverFourChords()
    {
        // A 7 × 5 slab of water (0 HU, μ = 0.0096/mm), 3 mm voxels: the line through (x, y) along x has 7 voxels
        // of 3 mm, along y 5, and along the diagonals as many voxels as the slab holds on that diagonal, each √2·3 mm.
        const int nx = 7, ny = 5;
        const double s = 3;
        var ct = new Volume<short>(new ImageGeometry(new Size3(nx, ny, 1), new Vector3D(s, s, s), Vector3D.Zero));
        float[] survival = PetVariantSynthesis.TransverseSurvival(ct, new ParallelOptions());
        for (int y = 0; y < ny; y++)
        {
            for (int x = 0; x < nx; x++)
            {
                int d = x - y, e = x + y;
                int diagonal = Math.Min(ny - 1, nx - 1 - d) - Math.Max(0, -d) + 1;
                int antidiagonal = Math.Min(ny - 1, e) - Math.Max(0, e - nx + 1) + 1;
                double expected = (Math.Exp(-0.0096 * nx * s) + Math.Exp(-0.0096 * ny * s)
                    + Math.Exp(-0.0096 * diagonal * s * Math.Sqrt(2)) + Math.Exp(-0.0096 * antidiagonal * s * Math.Sqrt(2))) / 4;
                Assert.Equal(expected, survival[y * nx + x], 5);
            }
        }
    }

    [Fact]
    public void NonAttenuationCorrectedPetHasHotLungsAndACoolCentre()
    {
        SyntheticPatient p = cohort.Patients[1];
        float[] nac = PetVariantSynthesis.NonAttenuationCorrected(p, 8).Voxels;
        float[] ac = p.PetNoiseless.Voxels;
        byte[] organs = Resampler.Resample(p.Organs, p.Pet.Geometry, Interpolation.Nearest).Voxels;
        double Mean(float[] image, params OrganLabel[] labels) =>
            Enumerable.Range(0, organs.Length).Where(i => labels.Contains((OrganLabel)organs[i])).Average(i => (double)image[i]);
        double lungToLiverAc = Mean(ac, OrganLabel.LungRight, OrganLabel.LungLeft) / Mean(ac, OrganLabel.Liver);
        double lungToLiverNac = Mean(nac, OrganLabel.LungRight, OrganLabel.LungLeft) / Mean(nac, OrganLabel.Liver);
        Assert.True(lungToLiverNac > 1.5 * lungToLiverAc, $"lung/liver NAC {lungToLiverNac} vs AC {lungToLiverAc}");
        double bodyWallRatio = Mean(nac, OrganLabel.Body) / Mean(ac, OrganLabel.Body);
        double heartRatio = Mean(nac, OrganLabel.Heart) / Mean(ac, OrganLabel.Heart);
        Assert.True(bodyWallRatio > heartRatio, $"body wall {bodyWallRatio} vs heart {heartRatio}");
    }
}
