namespace PulmoPet.Phantom.Tests;

public sealed class DeterministicRandomTests
{
    [Fact]
    public void SameSeedGivesSameSequenceAndDifferentSeedsDiffer()
    {
        var a = new DeterministicRandom(42);
        var b = new DeterministicRandom(42);
        var c = new DeterministicRandom(43);
        ulong[] sa = Enumerable.Range(0, 100).Select(_ => a.NextUInt64()).ToArray();
        ulong[] sb = Enumerable.Range(0, 100).Select(_ => b.NextUInt64()).ToArray();
        ulong[] sc = Enumerable.Range(0, 100).Select(_ => c.NextUInt64()).ToArray();
        Assert.Equal(sa, sb);
        Assert.NotEqual(sa, sc);
    }

    [Fact]
    public void SeedZeroIsUsable()
    {
        var random = new DeterministicRandom(0);
        Assert.NotEqual(random.NextUInt64(), random.NextUInt64());
    }

    [Fact]
    public void SeedMixerSeparatesStreams()
    {
        Assert.NotEqual(SeedMixer.Mix(1, 2), SeedMixer.Mix(2, 1));
        Assert.NotEqual(SeedMixer.Mix(1, 2, 3), SeedMixer.Mix(1, 3, 2));
        Assert.Equal(SeedMixer.Mix(7, 11, 13), SeedMixer.Mix(7, 11, 13));
    }

    [Fact]
    public void UniformAndIntegersStayInRange()
    {
        var random = new DeterministicRandom(1);
        var counts = new int[7];
        for (int i = 0; i < 70_000; i++)
        {
            double u = random.NextDouble();
            Assert.InRange(u, 0.0, 1.0 - double.Epsilon);
            counts[random.NextInt(7)]++;
        }

        // Each of 7 values expected 10 000 times; 5 standard deviations ≈ 470.
        Assert.All(counts, c => Assert.InRange(c, 9_500, 10_500));
    }

    [Fact]
    public void NormalDeviatesHaveUnitMomentsAndFastOnesToo()
    {
        var random = new DeterministicRandom(3);
        const int n = 200_000;
        (double mean, double variance) Moments(Func<double> draw)
        {
            double s = 0, s2 = 0;
            for (int i = 0; i < n; i++)
            {
                double v = draw();
                s += v;
                s2 += v * v;
            }

            double m = s / n;
            return (m, s2 / n - m * m);
        }

        // Standard error of the mean 1/√n ≈ 0.0022, of the variance √(2/n) ≈ 0.0032.
        (double m1, double v1) = Moments(random.NextNormal);
        (double m2, double v2) = Moments(random.NextNormalFast);
        Assert.InRange(m1, -0.012, 0.012);
        Assert.InRange(v1, 0.985, 1.015);
        Assert.InRange(m2, -0.012, 0.012);
        Assert.InRange(v2, 0.985, 1.015);
    }

    [Theory]
    [InlineData(0.7)]
    [InlineData(12.0)]
    [InlineData(150.0)]
    public void PoissonHasMeanAndVarianceLambda(double lambda)
    {
        var random = new DeterministicRandom(5);
        const int n = 50_000;
        double s = 0, s2 = 0;
        for (int i = 0; i < n; i++)
        {
            int k = random.Poisson(lambda);
            Assert.True(k >= 0);
            s += k;
            s2 += (double)k * k;
        }

        double mean = s / n;
        double variance = s2 / n - mean * mean;
        Assert.InRange(mean, lambda * 0.97 - 0.02, lambda * 1.03 + 0.02);
        Assert.InRange(variance, lambda * 0.93 - 0.03, lambda * 1.07 + 0.03);
    }
}
