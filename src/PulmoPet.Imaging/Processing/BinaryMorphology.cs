namespace PulmoPet.Imaging.Processing;

/// <summary>
/// Binary dilation, erosion, opening and closing by a ball of radius r mm (see
/// <see cref="BallStructuringElement"/>), in O(N) whatever r: a voxel is in the dilation when its
/// Euclidean distance to the foreground is within r, and stays in the erosion when its distance to the
/// background is beyond r (<see cref="EuclideanDistanceTransform"/>). Identical to the direct
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
        var distances = EuclideanDistanceTransform.SquaredDistances(mask, featureIsForeground: true, parallelOptions);
        double limit = BallStructuringElement.SquaredLimit(radiusMm);
        var result = mask.CreateLike<byte>();
        var output = result.Voxels;
        for (int i = 0; i < output.Length; i++)
        {
            output[i] = distances[i] <= limit ? (byte)1 : (byte)0;
        }

        return result;
    }

    public static Volume<byte> Erode(Volume<byte> mask, double radiusMm, ParallelOptions? parallelOptions = null)
    {
        ArgumentNullException.ThrowIfNull(mask);
        BallStructuringElement.CheckRadius(radiusMm);
        var distances = EuclideanDistanceTransform.SquaredDistances(mask, featureIsForeground: false, parallelOptions);
        double limit = BallStructuringElement.SquaredLimit(radiusMm);
        var result = mask.CreateLike<byte>();
        var size = mask.Size;
        var spacing = mask.Geometry.Spacing;
        var source = mask.Voxels;
        var output = result.Voxels;

        // The nearest outside voxel lies straight along one axis: the distance to it is
        // min over axes of min(i + 1, n − i)·spacing.
        Parallelism.For(size.Z, parallelOptions, z =>
        {
            double dz = BorderDistance(z, size.Z, spacing.Z);
            for (int y = 0; y < size.Y; y++)
            {
                double dyz = Math.Min(dz, BorderDistance(y, size.Y, spacing.Y));
                int start = (z * size.Y + y) * size.X;
                for (int x = 0; x < size.X; x++)
                {
                    int i = start + x;
                    double border = Math.Min(dyz, BorderDistance(x, size.X, spacing.X));
                    bool keep = source[i] != 0 && distances[i] > limit && border * border > limit;
                    output[i] = keep ? (byte)1 : (byte)0;
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
        var spacing = mask.Geometry.Spacing;
        var margin = new Index3(
            BallStructuringElement.Reach(radiusMm, spacing.X),
            BallStructuringElement.Reach(radiusMm, spacing.Y),
            BallStructuringElement.Reach(radiusMm, spacing.Z));
        var padded = CropAndPad.Pad(mask, margin, margin, (byte)0);
        var closed = Erode(Dilate(padded, radiusMm, parallelOptions), radiusMm, parallelOptions);
        return CropAndPad.Crop(closed, new IndexBox(margin, new Index3(
            margin.X + mask.Size.X - 1, margin.Y + mask.Size.Y - 1, margin.Z + mask.Size.Z - 1)));
    }

    private static double BorderDistance(int index, int n, double spacing) => Math.Min(index + 1, n - index) * spacing;
}
