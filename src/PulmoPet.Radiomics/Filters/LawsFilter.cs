using PulmoPet.Imaging;

namespace PulmoPet.Radiomics.Filters;

/// <summary>
/// Laws kernels (IBSI 2 reference manual, section 2.3.3): a separable combination such as E5L5S5 applies E5 along x,
/// L5 along y and S5 along z (two kernels: slice-wise 2D). Optional pseudo-rotation invariance (section 2.4) and the
/// energy map: the mean of |response| over a (2δ+1)-voxel cube (square, in 2D) with the same boundary condition.
/// </summary>
public static class LawsFilter
{
    /// <summary>The normalised 1D Laws kernels (IBSI 2 table 2).</summary>
    private static readonly Dictionary<string, double[]> Kernels = new(StringComparer.Ordinal)
    {
        ["L3"] = Scaled(1 / Math.Sqrt(6), 1, 2, 1),
        ["E3"] = Scaled(1 / Math.Sqrt(2), -1, 0, 1),
        ["S3"] = Scaled(1 / Math.Sqrt(6), -1, 2, -1),
        ["L5"] = Scaled(1 / Math.Sqrt(70), 1, 4, 6, 4, 1),
        ["E5"] = Scaled(1 / Math.Sqrt(10), -1, -2, 0, 2, 1),
        ["S5"] = Scaled(1 / Math.Sqrt(6), -1, 0, 2, 0, -1),
        ["W5"] = Scaled(1 / Math.Sqrt(10), -1, 2, 0, -2, 1),
        ["R5"] = Scaled(1 / Math.Sqrt(70), 1, -4, 6, -4, 1),
    };

    /// <param name="image">The image.</param>
    /// <param name="kernel">Two (2D, slice-wise) or three (3D) kernel names, e.g. L5S5 or E5L5S5.</param>
    /// <param name="boundary">Boundary condition.</param>
    /// <param name="pooling">Pseudo-rotation invariance.</param>
    /// <param name="energyDelta">Energy-map half-width δ; null = the response itself.</param>
    public static Volume<double> Compute(Volume image, string kernel, BoundaryCondition boundary,
        RotationPooling pooling = RotationPooling.None, int? energyDelta = null)
    {
        var names = Enumerable.Range(0, kernel.Length / 2).Select(i => kernel.Substring(2 * i, 2)).ToArray();
        if (kernel.Length % 2 != 0 || names.Length is not (2 or 3) || names.Any(n => !Kernels.ContainsKey(n)))
        {
            throw new InvalidInputException($"Laws kernel '{kernel}' must combine two or three of {string.Join(", ", Kernels.Keys)}.");
        }

        bool planar = names.Length == 2;
        var g = image.Geometry;
        var size = (g.Size.X, g.Size.Y, g.Size.Z);
        var response = RightAngleRotations.Pooled(LaplacianOfGaussian.Values(image), size, planar, pooling, (d, s) =>
        {
            for (int axis = 0; axis < names.Length; axis++) d = SeparableFilter.Convolve(d, s, axis, Kernels[names[axis]], boundary);
            return d;
        });
        if (energyDelta is int delta)
        {
            for (int i = 0; i < response.Length; i++) response[i] = Math.Abs(response[i]);
            var mean = Enumerable.Repeat(1.0 / (2 * delta + 1), 2 * delta + 1).ToArray();
            for (int axis = 0; axis < names.Length; axis++) response = SeparableFilter.Convolve(response, size, axis, mean, boundary);
        }

        return new Volume<double>(g, response);
    }

    private static double[] Scaled(double scale, params double[] values) => [.. values.Select(v => v * scale)];
}
