using PulmoPet.Deep.Data;
using PulmoPet.Imaging;
using PulmoPet.Imaging.Processing;

namespace PulmoPet.Deep.Perfusion;

/// <summary>One CT-to-perfusion case on the perfusion grid, cropped to the lungs.</summary>
/// <param name="Case">Channel 0 normalised CT, channel 1 target (relative perfusion / <see cref="PerfusionData.TargetScale"/>, 0 when unknown); labels = lung mask.</param>
/// <param name="Grid">The full perfusion grid the crop was cut from.</param>
/// <param name="Crop">Where the case lies on that grid.</param>
/// <param name="Lobes">Lobe codes 1–5 inside the crop (0 elsewhere or when unknown), for per-lobe metrics.</param>
public sealed record PerfusionCase(SegmentationCase Case, ImageGeometry Grid, CropBox Crop, byte[] Lobes);

/// <summary>
/// Builds perfusion cases: CT resampled (linear) onto the perfusion grid (about 4 mm, SPECT-like), lungs by the
/// partial-volume rule, lobes by nearest neighbour; the target is relative perfusion (mean 1 over the lungs)
/// divided by <see cref="TargetScale"/> and clipped to [0, 1], so a two-class softmax (a sigmoid) can output it
/// and the segmentation U-Net and sliding-window inference are reused as they are.
/// </summary>
public static class PerfusionData
{
    /// <summary>Relative perfusion that maps to 1; the phantom's lungs rarely exceed three times their mean.</summary>
    public const double TargetScale = 3;

    public const double DefaultSpacingMm = 4;

    public const double LungMarginMm = 8;

    public static PerfusionCase Build(string id, Volume ct, Volume<byte> lungs, PetCtNormalization normalization,
        Volume<float>? perfusion = null, Volume<byte>? lobes = null, ImageGeometry? grid = null)
    {
        ArgumentNullException.ThrowIfNull(ct);
        ArgumentNullException.ThrowIfNull(lungs);
        grid ??= perfusion?.Geometry ?? ct.Geometry.Resampled(new Vector3D(DefaultSpacingMm, DefaultSpacingMm, DefaultSpacingMm));
        Volume<float> ctOnGrid = Resampler.Resample(ct.ToFloat(), grid, Interpolation.Linear, (float)normalization.CtMinHu);
        Volume<byte> lungsOnGrid = Resampler.ResampleMask(lungs, grid);
        byte[]? lobesOnGrid = lobes is null ? null : Resampler.Resample(lobes, grid, Interpolation.Nearest).Voxels;
        CropBox crop = PetCtCaseBuilder.LungBox(lungsOnGrid, new Volume<byte>(grid), LungMarginMm)
            ?? throw new InvalidInputException($"Case {id}: the lung mask is empty on the perfusion grid.");
        int w = crop.Size.X, h = crop.Size.Y, d = crop.Size.Z, voxels = w * h * d;
        var image = new float[2 * voxels];
        var mask = new byte[voxels];
        var cropLobes = new byte[voxels];
        for (int z = 0; z < d; z++)
        {
            for (int y = 0; y < h; y++)
            {
                for (int x = 0; x < w; x++)
                {
                    int source = grid.LinearIndex(crop.Start.X + x, crop.Start.Y + y, crop.Start.Z + z);
                    int target = (z * h + y) * w + x;
                    image[target] = normalization.Ct(ctOnGrid.Voxels[source]);
                    image[voxels + target] = perfusion is null ? 0f : (float)Math.Clamp(perfusion.Voxels[source] / TargetScale, 0, 1);
                    mask[target] = lungsOnGrid.Voxels[source] != 0 ? (byte)1 : (byte)0;
                    cropLobes[target] = lobesOnGrid is null || mask[target] == 0 ? (byte)0 : lobesOnGrid[source];
                }
            }
        }

        return new PerfusionCase(new SegmentationCase(id, 2, d, h, w, image, mask), grid, crop, cropLobes);
    }

    /// <summary>The target channel of a case as relative perfusion.</summary>
    public static float[] TargetPerfusion(SegmentationCase item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var target = new float[item.VoxelCount];
        for (int i = 0; i < target.Length; i++)
        {
            target[i] = (float)(item.Image[item.VoxelCount + i] * TargetScale);
        }

        return target;
    }

    /// <summary>The CT channel alone ([1, D, H, W]) of a case, as the network's input.</summary>
    public static float[] CtChannel(SegmentationCase item) => item.Image.AsSpan(0, (int)item.VoxelCount).ToArray();

    /// <summary>Places crop values back on the full grid (0 outside the crop).</summary>
    public static Volume<float> Uncrop(float[] values, ImageGeometry grid, CropBox crop)
    {
        var volume = new Volume<float>(grid);
        int w = crop.Size.X, h = crop.Size.Y;
        for (int z = 0; z < crop.Size.Z; z++)
        {
            for (int y = 0; y < h; y++)
            {
                for (int x = 0; x < w; x++)
                {
                    volume[crop.Start.X + x, crop.Start.Y + y, crop.Start.Z + z] = values[(z * h + y) * w + x];
                }
            }
        }

        return volume;
    }
}
