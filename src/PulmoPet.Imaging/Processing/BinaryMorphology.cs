namespace PulmoPet.Imaging.Processing;

/// <summary>
/// Binary dilation, erosion, opening and closing by a ball of radius r mm (see
/// <see cref="BallStructuringElement"/>), in O(N) whatever r: a voxel is in the dilation when its
/// Euclidean distance to the foreground is within r, and stays in the erosion when its distance to the
/// background is beyond r (<see cref="EuclideanDistanceTransform"/>), computed only over the
/// foreground's bounding box grown by the ball's reach. Identical to the direct
/// structuring-element operations of <see cref="ReferenceMorphology"/>.
/// <para>
/// Borders: outside the image is background, so erosion removes foreground within r of the image border
/// (as scipy's binary_erosion with border_value 0 and ITK's BinaryErodeImageFilter). Closing uses a safe
/// border (ITK's SafeBorder): the mask is padded by the ball's reach before dilating and cropped after
/// eroding, so closing never removes foreground. Inputs: nonzero = foreground; outputs are 0/1 masks on
/// the same grid.
/// </para>
/// </summary>
public static class BinaryMorphology
{
    public static Volume<byte> Dilate(Volume<byte> mask, double radiusMm, ParallelOptions? parallelOptions = null)
    {
        ArgumentNullException.ThrowIfNull(mask);
        BallStructuringElement.CheckRadius(radiusMm);
        var result = mask.CreateLike<byte>();
        if (WorkingBox(mask, radiusMm) is not { } box)
        {
            return result; // nothing to dilate
        }

        // Only voxels within reach of the foreground can change, so a lesion mask on a whole-body grid
        // costs the size of its neighbourhood, not of the grid.
        var region = CropAndPad.Crop(mask, box);
        var distances = EuclideanDistanceTransform.SquaredDistances(region, featureIsForeground: true, parallelOptions);
        double limit = BallStructuringElement.SquaredLimit(radiusMm);
        var regionSize = region.Size;
        Parallelism.For(regionSize.Z, parallelOptions, z =>
        {
            for (int y = 0; y < regionSize.Y; y++)
            {
                int from = (z * regionSize.Y + y) * regionSize.X;
                var output = result.Voxels.AsSpan(result.Geometry.LinearIndex(box.Min.X, box.Min.Y + y, box.Min.Z + z), regionSize.X);
                for (int x = 0; x < output.Length; x++)
                {
                    output[x] = distances[from + x] <= limit ? (byte)1 : (byte)0;
                }
            }
        });

        return result;
    }

    public static Volume<byte> Erode(Volume<byte> mask, double radiusMm, ParallelOptions? parallelOptions = null)
    {
        ArgumentNullException.ThrowIfNull(mask);
        BallStructuringElement.CheckRadius(radiusMm);
        var result = mask.CreateLike<byte>();
        if (WorkingBox(mask, radiusMm) is not { } box)
        {
            return result; // nothing to erode
        }

        // Only foreground can survive, and the background that decides it lies within reach of it.
        var region = CropAndPad.Crop(mask, box);
        var distances = EuclideanDistanceTransform.SquaredDistances(region, featureIsForeground: false, parallelOptions);
        double limit = BallStructuringElement.SquaredLimit(radiusMm);
        var size = mask.Size;
        var spacing = mask.Geometry.Spacing;
        var regionSize = region.Size;
        var source = region.Voxels;

        // The nearest voxel outside the image lies straight along one axis: the distance to it is
        // min over axes of min(i + 1, n − i)·spacing, with i the index in the whole image.
        Parallelism.For(regionSize.Z, parallelOptions, z =>
        {
            double dz = BorderDistance(box.Min.Z + z, size.Z, spacing.Z);
            for (int y = 0; y < regionSize.Y; y++)
            {
                double dyz = Math.Min(dz, BorderDistance(box.Min.Y + y, size.Y, spacing.Y));
                int from = (z * regionSize.Y + y) * regionSize.X;
                var output = result.Voxels.AsSpan(result.Geometry.LinearIndex(box.Min.X, box.Min.Y + y, box.Min.Z + z), regionSize.X);
                for (int x = 0; x < output.Length; x++)
                {
                    int i = from + x;
                    double border = Math.Min(dyz, BorderDistance(box.Min.X + x, size.X, spacing.X));
                    bool keep = source[i] != 0 && distances[i] > limit && border * border > limit;
                    output[x] = keep ? (byte)1 : (byte)0;
                }
            }
        });

        return result;
    }

    /// <summary>Erosion then dilation: removes foreground parts the ball cannot fit in.</summary>
    public static Volume<byte> Open(Volume<byte> mask, double radiusMm, ParallelOptions? parallelOptions = null) =>
        Dilate(Erode(mask, radiusMm, parallelOptions), radiusMm, parallelOptions);

    /// <summary>Dilation then erosion with a safe border: fills gaps and holes the ball cannot enter.</summary>
    public static Volume<byte> Close(Volume<byte> mask, double radiusMm, ParallelOptions? parallelOptions = null)
    {
        ArgumentNullException.ThrowIfNull(mask);
        BallStructuringElement.CheckRadius(radiusMm);
        var margin = Reach(radiusMm, mask.Geometry.Spacing);
        var padded = CropAndPad.Pad(mask, margin, margin, (byte)0);
        var closed = Erode(Dilate(padded, radiusMm, parallelOptions), radiusMm, parallelOptions);
        return CropAndPad.Crop(closed, new IndexBox(margin, new Index3(
            margin.X + mask.Size.X - 1, margin.Y + mask.Size.Y - 1, margin.Z + mask.Size.Z - 1)));
    }

    /// <summary>The foreground's bounding box grown by the ball's reach, clipped to the image; null for an empty mask.</summary>
    private static IndexBox? WorkingBox(Volume<byte> mask, double radiusMm)
    {
        if (CropAndPad.BoundingBox(mask) is not { } box)
        {
            return null;
        }

        var spacing = mask.Geometry.Spacing;
        return box.Expand(Reach(radiusMm, spacing)).ClipTo(mask.Size);
    }

    private static Index3 Reach(double radiusMm, Vector3D spacing) => new(
        BallStructuringElement.Reach(radiusMm, spacing.X),
        BallStructuringElement.Reach(radiusMm, spacing.Y),
        BallStructuringElement.Reach(radiusMm, spacing.Z));

    private static double BorderDistance(int index, int n, double spacing) => Math.Min(index + 1, n - index) * spacing;
}
