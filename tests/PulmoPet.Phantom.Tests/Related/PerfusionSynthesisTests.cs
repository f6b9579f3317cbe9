using PulmoPet.Imaging;
using PulmoPet.Imaging.Processing;
using PulmoPet.Phantom.Anatomy;
using PulmoPet.Phantom.Perfusion;

namespace PulmoPet.Phantom.Tests.Related;

[Collection(CohortCollection.Name)]
public sealed class PerfusionSynthesisTests(CohortFixture cohort)
{
    /// <summary>Every factor off, no blur, no noise, on the CT's own grid: what is left is one factor at a time.</summary>
    private static PerfusionOptions Bare(double ctSpacing) => new()
    {
        GravityGain = 0, LobeLogSd = 0, ResidualLogSd = 0, EmphysemaFraction = 0, TumourDefectFactor = 1,
        SpectFwhmMm = 0, NoiseRelativeSd = 0, SpacingMm = ctSpacing,
    };

    private SyntheticPatient Patient(LesionClass lesionClass) => cohort.Patients.First(p => p.LesionClass == lesionClass);

    [Fact]
    public void GravityGradientIsLinearInDepthAndRisesPosteriorly()
    {
        // Only gravity: value = k·(1 + G·(t − ½)), t = (y − y_min)/(y_max − y_min) over the lung (LPS y grows
        // posteriorly, supine patient), so value / (1 + G·(t − ½)) is the same constant in every lung voxel.
        SyntheticPatient p = cohort.Patients[0];
        const double gain = 0.8;
        Volume<float> perfusion = PerfusionSynthesis.Synthesize(p, 1, Bare(p.Ct.Geometry.Spacing.X) with { GravityGain = gain });
        Assert.True(perfusion.Geometry.IsSameGrid(p.Ct.Geometry));
        byte[] lung = PerfusionSynthesis.Parenchyma(p);
        ImageGeometry g = p.Ct.Geometry;
        var ys = Enumerable.Range(0, lung.Length).Where(i => lung[i] != 0).Select(i => (Index: i, Y: g.IndexToWorld(g.IndexOf(i).X, g.IndexOf(i).Y, g.IndexOf(i).Z).Y)).ToList();
        double yMin = ys.Min(v => v.Y), yMax = ys.Max(v => v.Y);
        var k = ys.Select(v => perfusion.Voxels[v.Index] / (1 + gain * ((v.Y - yMin) / (yMax - yMin) - 0.5))).ToList();
        Assert.InRange(k.Max() / k.Min(), 1, 1 + 1e-5);
        double posterior = ys.Where(v => v.Y > yMax - 20).Average(v => perfusion.Voxels[v.Index]);
        double anterior = ys.Where(v => v.Y < yMin + 20).Average(v => perfusion.Voxels[v.Index]);
        Assert.True(posterior > 1.5 * anterior, $"posterior {posterior} vs anterior {anterior}");
    }

    [Fact]
    public void LobeFactorsAreConstantWithinALobeAndDifferBetweenLobes()
    {
        SyntheticPatient p = cohort.Patients[1];
        Volume<float> perfusion = PerfusionSynthesis.Synthesize(p, 7, Bare(p.Ct.Geometry.Spacing.X) with { LobeLogSd = 0.2 });
        byte[] lung = PerfusionSynthesis.Parenchyma(p);
        var means = new List<double>();
        for (byte lobe = 1; lobe <= 5; lobe++)
        {
            var values = Enumerable.Range(0, lung.Length).Where(i => lung[i] != 0 && p.Lobes.Voxels[i] == lobe).Select(i => (double)perfusion.Voxels[i]).ToList();
            Assert.NotEmpty(values);
            Assert.InRange(values.Max() / values.Min(), 1, 1 + 1e-5);
            means.Add(values[0]);
        }

        Assert.Equal(5, means.Distinct().Count());
    }

    [Fact]
    public void TumourDefectsMultiplyTheLungBehindEachTumourByTheDefectFactor()
    {
        // With and without defects (same seed, nothing else on): the ratio takes exactly two values, 1 and the
        // defect factor, up to the common normalisation; defect voxels lie within radius + length of a tumour.
        SyntheticPatient p = Patient(LesionClass.PrimaryLungCancer);
        PerfusionOptions bare = Bare(p.Ct.Geometry.Spacing.X) with { DefectLengthMm = 60 };
        float[] off = PerfusionSynthesis.Synthesize(p, 3, bare).Voxels;
        float[] on = PerfusionSynthesis.Synthesize(p, 3, bare with { TumourDefectFactor = 0.3 }).Voxels;
        byte[] lung = PerfusionSynthesis.Parenchyma(p);
        var ratios = Enumerable.Range(0, lung.Length).Where(i => lung[i] != 0).Select(i => (Index: i, Ratio: (double)on[i] / off[i])).ToList();
        double high = ratios.Max(r => r.Ratio), low = ratios.Min(r => r.Ratio);
        Assert.InRange(low / high, 0.3 - 1e-5, 0.3 + 1e-5);
        Assert.All(ratios, r => Assert.True(Math.Abs(r.Ratio - high) < 1e-5 * high || Math.Abs(r.Ratio - low) < 1e-5 * high));
        var defect = ratios.Where(r => Math.Abs(r.Ratio - low) < 1e-5 * high).ToList();
        Assert.NotEmpty(defect);
        ImageGeometry g = p.Ct.Geometry;
        Assert.All(defect, r =>
        {
            Index3 v = g.IndexOf(r.Index);
            Vector3D w = g.IndexToWorld(v.X, v.Y, v.Z);
            Assert.Contains(p.LesionTruth, l => (w - l.CentroidMm).Length <= l.MaxDiameterMm / 2 + 60 + 1e-6);
        });
    }

    [Fact]
    public void EmphysemaLikeLungIsTheLowestDensityFractionAndIsHypoperfused()
    {
        // Only emphysema: factor 1 − (1 − f)·s with a logistic step s at the 12th percentile of smoothed density,
        // so about 12 % of the lung lies below the step's midpoint (1 + f)/2, and those voxels are the least dense.
        SyntheticPatient p = cohort.Patients[2];
        PerfusionOptions options = Bare(p.Ct.Geometry.Spacing.X) with { EmphysemaFraction = 0.12, EmphysemaFactor = 0.35 };
        float[] perfusion = PerfusionSynthesis.Synthesize(p, 5, options).Voxels;
        byte[] lung = PerfusionSynthesis.Parenchyma(p);
        float[] density = PerfusionSynthesis.SmoothedLungDensity(p.Ct, lung, options.DensitySmoothingMm, new ParallelOptions());
        var inside = Enumerable.Range(0, lung.Length).Where(i => lung[i] != 0).ToList();
        double top = inside.Max(i => perfusion[i]);
        var defect = inside.Where(i => perfusion[i] < top * (1 + 0.35) / 2).ToList();
        Assert.InRange((double)defect.Count / inside.Count, 0.10, 0.14);
        double defectDensity = defect.Average(i => density[i]);
        double otherDensity = inside.Except(defect).Average(i => density[i]);
        Assert.True(defectDensity < otherDensity - 10, $"{defectDensity} vs {otherDensity}");
    }

    [Fact]
    public void DefaultMapIsSpectLikeNormalisedAndDeterministic()
    {
        SyntheticPatient p = Patient(LesionClass.PrimaryLungCancer);
        Volume<float> a = PerfusionSynthesis.Synthesize(p, 11);
        Volume<float> b = PerfusionSynthesis.Synthesize(p, 11, parallelOptions: new ParallelOptions { MaxDegreeOfParallelism = 1 });
        Assert.True(a.Voxels.AsSpan().SequenceEqual(b.Voxels));
        Assert.Equal(new Vector3D(4, 4, 4), a.Geometry.Spacing);
        Volume<float> c = PerfusionSynthesis.Synthesize(p, 12);
        Assert.False(a.Voxels.AsSpan().SequenceEqual(c.Voxels));

        var lungMask = new Volume<byte>(p.Ct.Geometry, PerfusionSynthesis.Parenchyma(p).Select(v => v != 0 ? (byte)1 : (byte)0).ToArray());
        byte[] lungs = Resampler.ResampleMask(lungMask, a.Geometry).Voxels;
        double mean = Enumerable.Range(0, lungs.Length).Where(i => lungs[i] != 0).Average(i => a.Voxels[i]);
        Assert.InRange(mean, 1 - 1e-4, 1 + 1e-4);
        Assert.All(a.Voxels, v => Assert.True(v >= 0));
    }
}
