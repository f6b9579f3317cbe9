using PulmoPet.Imaging;
using PulmoPet.Special;

namespace PulmoPet.Pet.Tests;

/// <summary>
/// A uniform sphere (radius R, uptake B + A) in a uniform background B, convolved with an isotropic
/// Gaussian of σ, in closed form: at distance ρ from the centre the value is
/// B + A·[½(erf((R−ρ)/(√2σ)) + erf((R+ρ)/(√2σ))) − σ/(ρ√(2π))·(e^{−(R−ρ)²/2σ²} − e^{−(R+ρ)²/2σ²})],
/// and at ρ = 0, B + A·[erf(R/(√2σ)) − √(2/π)(R/σ)e^{−R²/2σ²}].
/// </summary>
internal sealed record BlurredSphere(double RadiusMm, double Amplitude, double Background, double SigmaMm)
{
    public double ValueAt(double rho)
    {
        double s = SigmaMm, r = RadiusMm;
        if (rho < 1e-9)
        {
            return Background + Amplitude * (Erf.Of(r / (Math.Sqrt(2) * s)) - Math.Sqrt(2 / Math.PI) * (r / s) * Math.Exp(-r * r / (2 * s * s)));
        }

        double a = 0.5 * (Erf.Of((r - rho) / (Math.Sqrt(2) * s)) + Erf.Of((r + rho) / (Math.Sqrt(2) * s)));
        double b = s / (rho * Math.Sqrt(2 * Math.PI)) * (Math.Exp(-(r - rho) * (r - rho) / (2 * s * s)) - Math.Exp(-(r + rho) * (r + rho) / (2 * s * s)));
        return Background + Amplitude * (a - b);
    }

    /// <summary>Mean of the blurred image over a ball of <paramref name="radius"/> at the centre: (3/r³)∫₀ʳ f(ρ)ρ²dρ (Simpson, 4000 steps).</summary>
    public double MeanInCentredBall(double radius)
    {
        const int n = 4000;
        double h = radius / n, sum = 0;
        for (int i = 0; i <= n; i++)
        {
            double rho = i * h;
            double weight = i == 0 || i == n ? 1 : i % 2 == 1 ? 4 : 2;
            sum += weight * ValueAt(rho) * rho * rho;
        }

        return 3 / (radius * radius * radius) * sum * h / 3;
    }

    /// <summary>The image on a grid, the sphere centred at <paramref name="centreMm"/>.</summary>
    public void AddTo(Volume<float> image, Vector3D centreMm, bool addBackground = true)
    {
        var size = image.Size;
        for (int z = 0; z < size.Z; z++)
        {
            for (int y = 0; y < size.Y; y++)
            {
                for (int x = 0; x < size.X; x++)
                {
                    double rho = (image.Geometry.IndexToWorld(x, y, z) - centreMm).Length;
                    image[x, y, z] += (float)(ValueAt(rho) - (addBackground ? 0 : Background));
                }
            }
        }
    }
}
