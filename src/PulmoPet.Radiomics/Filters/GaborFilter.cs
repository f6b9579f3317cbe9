using System.Numerics;
using PulmoPet.Imaging;

namespace PulmoPet.Radiomics.Filters;

/// <summary>
/// Gabor filter (IBSI 2 reference manual, section 2.3.4), applied slice-wise in the axial plane:
/// g(x, y) = exp(−(x̃² + γ²ỹ²) / (2σ²)) · exp(i·2π·x̃/λ), x̃ = x cos θ + y sin θ, ỹ = −x sin θ + y cos θ (mm, from the
/// voxel spacing), kernel radius ⌈4·max(σ, σ/γ)⌉ voxels; the response is the modulus of the complex convolution
/// (computed through the FFT by <see cref="GaborPseudo3D"/>).
/// </summary>
public static class GaborFilter
{
    /// <param name="image">The image.</param>
    /// <param name="sigmaMm">σ of the Gaussian envelope in mm.</param>
    /// <param name="lambdaMm">Wavelength λ in mm.</param>
    /// <param name="gamma">Spatial aspect ratio γ.</param>
    /// <param name="theta">Orientation θ in radians.</param>
    /// <param name="boundary">Boundary condition.</param>
    public static Volume<double> Axial(Volume image, double sigmaMm, double lambdaMm, double gamma, double theta, BoundaryCondition boundary) =>
        GaborPseudo3D.Compute(image, sigmaMm, lambdaMm, gamma, [theta], boundary, axialOnly: true);

    internal static Complex[,] Kernel(double sigma, double lambda, double gamma, double theta, double dx, double dy)
    {
        int r = (int)Math.Ceiling(4 * Math.Max(sigma, sigma / gamma) / Math.Min(dx, dy));
        var k = new Complex[2 * r + 1, 2 * r + 1];
        double c = Math.Cos(theta), s = Math.Sin(theta);
        for (int v = -r; v <= r; v++)
        {
            for (int u = -r; u <= r; u++)
            {
                double x = u * dx, y = v * dy;
                double xt = x * c + y * s, yt = -x * s + y * c;
                double envelope = Math.Exp(-(xt * xt + gamma * gamma * yt * yt) / (2 * sigma * sigma));
                k[v + r, u + r] = envelope * Complex.Exp(new Complex(0, 2 * Math.PI * xt / lambda));
            }
        }

        return k;
    }
}
