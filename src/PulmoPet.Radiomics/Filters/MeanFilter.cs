using PulmoPet.Imaging;

namespace PulmoPet.Radiomics.Filters;

/// <summary>Mean filter (IBSI 2 reference manual, section 2.3.1): the average over a cube (or, slice-wise, a square) of <c>support</c> voxels per side.</summary>
public static class MeanFilter
{
    /// <param name="image">The image.</param>
    /// <param name="support">Odd kernel width in voxels.</param>
    /// <param name="boundary">Boundary condition.</param>
    /// <param name="slices2D">Filter each axial slice in 2D.</param>
    public static Volume<double> Compute(Volume image, int support, BoundaryCondition boundary, bool slices2D = false)
    {
        if (support < 1 || support % 2 == 0) throw new InvalidInputException("The mean filter support must be an odd number of voxels.");
        var kernel = Enumerable.Repeat(1.0 / support, support).ToArray();
        var g = image.Geometry;
        var size = (g.Size.X, g.Size.Y, g.Size.Z);
        var data = LaplacianOfGaussian.Values(image);
        for (int axis = 0; axis < (slices2D ? 2 : 3); axis++) data = SeparableFilter.Convolve(data, size, axis, kernel, boundary);
        return new Volume<double>(g, data);
    }
}
