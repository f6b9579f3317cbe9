using PulmoPet.Imaging;

namespace PulmoPet.Radiomics;

/// <summary>
/// A ROI cropped to its bounding box: the box's intensities, the morphological mask (mask == label) and
/// the intensity mask (morphological mask after optional re-segmentation, IBSI 3.3), plus the intensity-mask
/// voxels as a flat list. Box arrays are x fastest like <see cref="Volume{T}"/>.
/// </summary>
public sealed class RegionOfInterest
{
    private RegionOfInterest(
        Volume image, Index3 boxStart, Size3 boxSize, double[] boxIntensities, byte[] morphologicalMask,
        byte[] intensityMask, int[] voxelIndices, double[] values, int morphologicalCount, ResegmentationRange? resegmentation)
    {
        Image = image;
        BoxStart = boxStart;
        BoxSize = boxSize;
        BoxIntensities = boxIntensities;
        MorphologicalMask = morphologicalMask;
        IntensityMask = intensityMask;
        VoxelIndices = voxelIndices;
        Values = values;
        MorphologicalVoxelCount = morphologicalCount;
        Resegmentation = resegmentation;
    }

    /// <summary>The whole image (the local intensity peak looks beyond the ROI).</summary>
    public Volume Image { get; }

    public ImageGeometry Geometry => Image.Geometry;

    public Vector3D Spacing => Image.Geometry.Spacing;

    /// <summary>Image index of the box's first voxel.</summary>
    public Index3 BoxStart { get; }

    public Size3 BoxSize { get; }

    /// <summary>Intensities of every box voxel.</summary>
    public double[] BoxIntensities { get; }

    /// <summary>1 where the voxel belongs to the morphological mask (box layout).</summary>
    public byte[] MorphologicalMask { get; }

    /// <summary>1 where the voxel belongs to the intensity mask (box layout).</summary>
    public byte[] IntensityMask { get; }

    /// <summary>Box linear indices of the intensity-mask voxels, in memory order.</summary>
    public int[] VoxelIndices { get; }

    /// <summary>Intensities of the intensity-mask voxels, parallel to <see cref="VoxelIndices"/>.</summary>
    public double[] Values { get; }

    public int VoxelCount => Values.Length;

    public int MorphologicalVoxelCount { get; }

    /// <summary>The re-segmentation range, when one was applied.</summary>
    public ResegmentationRange? Resegmentation { get; }

    /// <summary>Lower bound of the re-segmentation range, when one was applied (FBS uses it as bin origin).</summary>
    public double? ResegmentationMin => Resegmentation is { } r && double.IsFinite(r.Min) ? r.Min : null;

    public int BoxIndex(int x, int y, int z) => (z * BoxSize.Y + y) * BoxSize.X + x;

    /// <summary>Crops <paramref name="image"/> to the voxels where <paramref name="mask"/> equals <paramref name="label"/>.</summary>
    /// <exception cref="GeometryMismatchException">The mask is not on the image grid.</exception>
    /// <exception cref="InvalidInputException">The mask has no voxel with the label, or re-segmentation empties it.</exception>
    /// <param name="image">The image.</param>
    /// <param name="mask">The label mask on the image grid.</param>
    /// <param name="label">The ROI's mask value.</param>
    /// <param name="resegmentation">Optional re-segmentation range of the intensity mask.</param>
    /// <param name="outlierSigma">Optional outlier filtering: keep mean ± k·SD of the (range re-segmented) ROI.</param>
    public static RegionOfInterest Create(
        Volume image, Volume mask, int label = 1, ResegmentationRange? resegmentation = null, double? outlierSigma = null)
    {
        image.Geometry.EnsureSameGrid(mask.Geometry, "mask");
        var size = image.Size;
        int x0 = int.MaxValue, y0 = int.MaxValue, z0 = int.MaxValue, x1 = -1, y1 = -1, z1 = -1;
        var maskValues = mask.ToFloat().Voxels;
        for (int z = 0, i = 0; z < size.Z; z++)
        {
            for (int y = 0; y < size.Y; y++)
            {
                for (int x = 0; x < size.X; x++, i++)
                {
                    if (maskValues[i] == label)
                    {
                        x0 = Math.Min(x0, x); x1 = Math.Max(x1, x);
                        y0 = Math.Min(y0, y); y1 = Math.Max(y1, y);
                        z0 = Math.Min(z0, z); z1 = Math.Max(z1, z);
                    }
                }
            }
        }

        if (x1 < 0)
        {
            throw new InvalidInputException($"The mask has no voxel with label {label}.");
        }

        var box = new Size3(x1 - x0 + 1, y1 - y0 + 1, z1 - z0 + 1);
        int n = (int)box.VoxelCount;
        var intensities = new double[n];
        var morph = new byte[n];
        var inten = new byte[n];
        int morphCount = 0, count = 0;
        for (int z = 0, b = 0; z < box.Z; z++)
        {
            for (int y = 0; y < box.Y; y++)
            {
                int source = image.Geometry.LinearIndex(x0, y0 + y, z0 + z);
                for (int x = 0; x < box.X; x++, b++)
                {
                    double v = image.GetValue(source + x);
                    intensities[b] = v;
                    if (maskValues[source + x] == label)
                    {
                        morph[b] = 1;
                        morphCount++;
                        if (resegmentation is not { } r || r.Contains(v))
                        {
                            inten[b] = 1;
                            count++;
                        }
                    }
                }
            }
        }

        if (outlierSigma is double sigmas && count > 0)
        {
            // IBSI outlier filtering: mean ± k·SD (population) of the intensity-mask voxels so far.
            double mean = 0, variance = 0;
            for (int b = 0; b < n; b++)
            {
                if (inten[b] != 0) mean += intensities[b];
            }

            mean /= count;
            for (int b = 0; b < n; b++)
            {
                if (inten[b] != 0) variance += (intensities[b] - mean) * (intensities[b] - mean);
            }

            double sd = Math.Sqrt(variance / count);
            for (int b = 0; b < n; b++)
            {
                if (inten[b] != 0 && Math.Abs(intensities[b] - mean) > sigmas * sd)
                {
                    inten[b] = 0;
                    count--;
                }
            }
        }

        if (count == 0)
        {
            throw new InvalidInputException($"Re-segmentation to {resegmentation} (outlier filter {outlierSigma}) leaves no ROI voxel.");
        }

        var indices = new int[count];
        var values = new double[count];
        for (int b = 0, k = 0; b < n; b++)
        {
            if (inten[b] != 0)
            {
                indices[k] = b;
                values[k++] = intensities[b];
            }
        }

        return new RegionOfInterest(
            image, new Index3(x0, y0, z0), box, intensities, morph, inten, indices, values, morphCount, resegmentation);
    }
}
