namespace PulmoPet.Imaging.Processing;

/// <summary>How <see cref="Resampler"/> reads the source image between voxel centres.</summary>
public enum Interpolation
{
    /// <summary>The value of the nearest voxel centre (ties round up, as ITK's NearestNeighborInterpolateImageFunction).</summary>
    Nearest,

    /// <summary>Trilinear interpolation of the eight surrounding voxels.</summary>
    Linear,

    /// <summary>
    /// Cubic B-spline interpolation with the exact interpolating prefilter and mirror boundary, as ITK's
    /// BSplineInterpolateImageFunction (order 3) and scipy.ndimage.map_coordinates(order=3, mode='mirror').
    /// </summary>
    BSpline,
}
