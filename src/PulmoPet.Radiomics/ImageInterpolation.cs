using PulmoPet.Imaging;
using PulmoPet.Imaging.Processing;

namespace PulmoPet.Radiomics;

/// <summary>
/// IBSI 1 image interpolation (section 2.4 and table 2.1): the image and the ROI are resampled onto a grid of
/// ⌈extent / spacing⌉ voxels centred on the original grid (grid-centre alignment, <see cref="ImageGeometry.Resampled"/>),
/// values beyond the original border come from its edge voxels, the ROI is interpolated as a 0/1 indicator and kept
/// where its value is at least <see cref="MaskThreshold"/> (partial-volume threshold), and CT intensities can be rounded
/// to integers. Re-segmentation then acts on the interpolated image.
/// </summary>
/// <param name="Spacing">New voxel spacing (mm) per axis; 0 keeps that axis (e.g. in-plane only, IBSI configuration B).</param>
/// <param name="Method">Image interpolation (IBSI: nearest neighbour, trilinear, tricubic spline).</param>
public sealed record ImageInterpolation(Vector3D Spacing, Interpolation Method)
{
    /// <summary>Round interpolated intensities to the nearest integer (IBSI for CT, whose values are integer HU).</summary>
    public bool RoundIntensities { get; init; }

    /// <summary>Partial-volume threshold of the interpolated ROI indicator (IBSI 0.5).</summary>
    public double MaskThreshold { get; init; } = Resampler.DefaultMaskThreshold;

    /// <summary>The interpolated grid of <paramref name="source"/>: new spacing, IBSI centre alignment.</summary>
    public ImageGeometry Grid(ImageGeometry source) => source.Resampled(new Vector3D(
        Spacing.X > 0 ? Spacing.X : source.Spacing.X,
        Spacing.Y > 0 ? Spacing.Y : source.Spacing.Y,
        Spacing.Z > 0 ? Spacing.Z : source.Spacing.Z));

    /// <summary>Interpolates the image and the ROI (mask == <paramref name="label"/>); the returned mask is 0/1.</summary>
    /// <exception cref="GeometryMismatchException">The mask is not on the image grid.</exception>
    public (Volume<float> Image, Volume<byte> Mask) Apply(Volume image, Volume mask, int label, ParallelOptions? options = null)
    {
        image.Geometry.EnsureSameGrid(mask.Geometry, "mask");
        if (!(Spacing.X >= 0 && Spacing.Y >= 0 && Spacing.Z >= 0 && Spacing.IsFinite))
        {
            throw new InvalidInputException(FormattableString.Invariant($"Interpolation spacing {Spacing} must be finite and not negative."));
        }

        var grid = Grid(image.Geometry);
        var interpolated = Resampler.Resample(image.ToFloat(), grid, Method, 0f, options);
        if (RoundIntensities)
        {
            var v = interpolated.Voxels;
            for (int i = 0; i < v.Length; i++) v[i] = MathF.Round(v[i], MidpointRounding.ToEven);
        }

        var indicator = new Volume<byte>(mask.Geometry);
        for (int i = 0; i < indicator.Voxels.Length; i++) indicator.Voxels[i] = mask.GetValue(i) == label ? (byte)1 : (byte)0;
        return (interpolated, Resampler.ResampleMask(indicator, grid, MaskThreshold, options));
    }
}
