using System.Numerics;
using PulmoPet.Imaging;
using PulmoPet.Imaging.Io;
using PulmoPet.Imaging.Processing;
using PulmoPet.Pet.Internal;

namespace PulmoPet.Pet.Lungs;

/// <summary>
/// Classical lung segmentation from a CT in HU (threshold, connected components, morphology), giving a
/// lungmask-style label map (1 right, 2 left) on the CT grid:
/// <list type="number">
/// <item>average the CT in blocks to about <see cref="LungSegmentationOptions.WorkingSpacingMm"/>;</item>
/// <item>lung air = voxels below <see cref="LungSegmentationOptions.AirThresholdHu"/> except the air around
/// the patient (per slice, border-touching air whose median is room air), plus thick regions of dense but
/// aerated lung (dependent atelectasis, ground glass);</item>
/// <item>keep the air regions holding ≥ <see cref="LungSegmentationOptions.MinimumLungFraction"/> of the
/// largest (drops bowel gas), remove trachea and main bronchi (<see cref="AirwayTracker"/>), and keep the
/// large regions again;</item>
/// <item>label right and left (<see cref="LungSideSplitter"/>);</item>
/// <item>per lung: a small closing, size-limited coronal/sagittal hole filling, filling of what is a hole in two
/// of the three orthogonal planes (a large consolidation or tumour surrounded by lung that touches the
/// mediastinum somewhere, so is no 3D hole) and 3D hole filling, so vessels, bronchi and solid lesions
/// inside the lung are lung; then pleural indentations that a wider
/// closing fills away from the mediastinum (<see cref="PleuralIndentations"/>), so a juxtapleural tumour is
/// not cut out; voxels claimed by both lungs (mediastinum between them) are neither;</item>
/// <item>smooth each lung's membership with a Gaussian and interpolate it back to the CT grid (≥ 0.5 is lung).</item>
/// </list>
/// The CT's top and bottom faces are cuts through the patient, so morphology repeats the end slices
/// beyond them (a CT of two slices is segmented like the middle of a volume).
/// </summary>
public static class LungSegmenter
{
    public static LungMask Segment<T>(Volume<T> ct, LungSegmentationOptions? options = null)
        where T : unmanaged, INumber<T>
    {
        ArgumentNullException.ThrowIfNull(ct);
        options ??= LungSegmentationOptions.Default;
        NonFiniteVoxels.EnsureNone(ct, "The CT");
        var parallel = options.Parallel;
        PatientAxes.SliceIndexRunsSuperior(ct.Geometry);

        var grid = new BlockGrid(ct.Geometry, options.WorkingSpacingMm);
        var hu = grid.Downsample(ct, parallel);
        var air = Threshold(hu, v => v < options.AirThresholdHu);
        var body = BodyMask(hu, air, options.OutsideAirHu, parallel);
        var insideAir = And(air, body);
        double midline = MidlineWorldX(body);

        AddDependentLung(insideAir, hu, body, options, parallel);
        var candidates = KeepLargeRegions(insideAir, options.MinimumLungFraction);
        var airBox = CropAndPad.BoundingBox(candidates) ?? throw new InvalidInputException(FormattableString.Invariant(
            $"No lung was found in the CT: no air region below {options.AirThresholdHu} HU lies inside the body."));

        // The rest works in the lungs' bounding box, grown so the widest closing fits inside it.
        double reachMm = Math.Max(options.ClosingRadiusMm, options.PleuralClosingRadiusMm) + 3 * options.BorderSmoothingSigmaMm;
        var coarseSpacing = grid.Coarse.Spacing;
        var box = airBox.Expand(new Index3(Reach(reachMm, coarseSpacing.X), Reach(reachMm, coarseSpacing.Y), Reach(reachMm, coarseSpacing.Z))).ClipTo(grid.Coarse.Size);
        candidates = CropAndPad.Crop(candidates, box);
        var airways = AirwayTracker.Track(candidates, midline, options);
        long airwayVoxels = 0;
        for (int i = 0; i < candidates.Voxels.Length; i++)
        {
            if (airways.Voxels[i] != 0)
            {
                candidates.Voxels[i] = 0;
                airwayVoxels++;
            }
        }

        var lungs = KeepLargeRegions(candidates, options.MinimumLungFraction);
        if (lungs.Voxels.AsSpan().IndexOfAnyExcept((byte)0) < 0)
        {
            throw new InvalidInputException(FormattableString.Invariant(
                $"No lung was found in the CT: no air region below {options.AirThresholdHu} HU lies inside the body."));
        }

        var sides = LungSideSplitter.Split(lungs, midline, parallel);
        var right = Refine(sides, LungLabel.Right, midline, options, parallel);
        var left = Refine(sides, LungLabel.Left, midline, options, parallel);
        for (int i = 0; i < right.Voxels.Length; i++)
        {
            if (right.Voxels[i] != 0 && left.Voxels[i] != 0 && sides.Voxels[i] == 0)
            {
                right.Voxels[i] = 0;
                left.Voxels[i] = 0;
            }
            else if (right.Voxels[i] != 0 && left.Voxels[i] != 0)
            {
                (sides.Voxels[i] == LungLabel.Right ? left : right).Voxels[i] = 0;
            }
        }

        var rightMap = Membership(right, options.BorderSmoothingSigmaMm, parallel);
        var leftMap = Membership(left, options.BorderSmoothingSigmaMm, parallel);
        var labels = grid.UpsampleLabels(rightMap, leftMap, box, LungLabel.Right, LungLabel.Left, parallel);
        var result = LungMask.FromLabels(labels);
        if (result.RightVoxelCount + result.LeftVoxelCount == 0)
        {
            throw new InvalidInputException("The lung mask is empty after smoothing; the CT holds no lung large enough to segment.");
        }

        long fineAirway = airwayVoxels * grid.Factor.X * grid.Factor.Y * grid.Factor.Z;
        return result with { AirwayVoxelCountRemoved = fineAirway };
    }

    /// <summary>
    /// The patient: every voxel except the air around it. Outside air is, in each axial slice, an air
    /// region (8-connected) that touches the slice border and whose median is below
    /// <see cref="LungSegmentationOptions.OutsideAirHu"/> — room air, not lung parenchyma, so a CT cropped
    /// through the lung (the lung then touches the border) keeps its lung. The median, not the mean, so a
    /// rim of partial-volume voxels or a blanket joined to the outside air does not tip the balance.
    /// </summary>
    private static Volume<byte> BodyMask(Volume<float> hu, Volume<byte> air, double outsideAirHu, ParallelOptions? parallel)
    {
        var body = hu.CreateLike<byte>();
        int nx = hu.Size.X, ny = hu.Size.Y;
        Slabs.For(hu.Size.Z, parallel, z =>
        {
            var components = SliceComponents.Label(air.Slice(z), nx, ny);
            var below = new int[components.Count + 1];
            var touches = new bool[components.Count + 1];
            var values = hu.Slice(z);
            for (int y = 0, i = 0; y < ny; y++)
            {
                for (int x = 0; x < nx; x++, i++)
                {
                    int label = components.Labels[i];
                    below[label] += values[i] < outsideAirHu ? 1 : 0;
                    if (x == 0 || y == 0 || x == nx - 1 || y == ny - 1)
                    {
                        touches[label] = true;
                    }
                }
            }

            var target = body.Slice(z);
            for (int i = 0; i < target.Length; i++)
            {
                int label = components.Labels[i];
                bool outside = label != 0 && touches[label] && 2 * below[label] > components.Areas[label];
                target[i] = outside ? (byte)0 : (byte)1;
            }
        });
        if (body.Voxels.AsSpan().IndexOfAnyExcept((byte)0) < 0)
        {
            throw new InvalidInputException("The CT holds only air, so there is no body to find lungs in.");
        }

        return body;
    }

    /// <summary>
    /// Adds thick regions of intermediate density (between the air threshold and
    /// <see cref="LungSegmentationOptions.DenseLungHu"/>) — gravity-dependent lung, ground glass — that survive
    /// an opening with a <see cref="LungSegmentationOptions.DenseLungOpeningMm"/> ball; the one-voxel
    /// partial-volume rim between lung and chest wall does not survive it, so the border stays where the
    /// air threshold puts it. Regions not joined to the lungs are dropped later with the other small ones.
    /// </summary>
    private static void AddDependentLung(Volume<byte> insideAir, Volume<float> hu, Volume<byte> body, LungSegmentationOptions options, ParallelOptions? parallel)
    {
        if (options.DenseLungOpeningMm <= 0 || options.DenseLungHu <= options.AirThresholdHu)
        {
            return;
        }

        // Only dense regions touching lung air can join it: work in the air's bounding box (plus a margin).
        if (CropAndPad.BoundingBox(insideAir) is not { } airBox)
        {
            return;
        }

        var spacing = hu.Geometry.Spacing;
        double margin = 4 * options.DenseLungOpeningMm;
        var box = airBox.Expand(new Index3(Reach(margin, spacing.X), Reach(margin, spacing.Y), Reach(margin, spacing.Z))).ClipTo(hu.Size);
        var huBox = CropAndPad.Crop(hu, box);
        var bodyBox = CropAndPad.Crop(body, box);
        var semi = huBox.CreateLike<byte>();
        for (int i = 0; i < semi.Voxels.Length; i++)
        {
            float v = huBox.Voxels[i];
            semi.Voxels[i] = bodyBox.Voxels[i] != 0 && v >= options.AirThresholdHu && v < options.DenseLungHu ? (byte)1 : (byte)0;
        }

        var thick = WithReplicatedSlices(semi, options.DenseLungOpeningMm, m => BinaryMorphology.Open(m, options.DenseLungOpeningMm, parallel));
        var size = thick.Size;
        for (int z = 0, i = 0; z < size.Z; z++)
        {
            for (int y = 0; y < size.Y; y++)
            {
                for (int x = 0; x < size.X; x++, i++)
                {
                    if (thick.Voxels[i] != 0)
                    {
                        insideAir[x + box.Min.X, y + box.Min.Y, z + box.Min.Z] = 1;
                    }
                }
            }
        }
    }

    /// <summary>
    /// Applies a ball operation with the first and last slices repeated beyond the volume: the top and
    /// bottom faces of a CT are cuts through the patient, not borders of the lung, so a CT of a few slices
    /// must be neither eroded away nor left unclosed through them.
    /// </summary>
    private static Volume<byte> WithReplicatedSlices(Volume<byte> mask, double radiusMm, Func<Volume<byte>, Volume<byte>> operation)
    {
        int pad = (int)Math.Ceiling(radiusMm / mask.Geometry.Spacing.Z) + 1;
        var size = mask.Size;
        int sliceLength = size.X * size.Y;
        var padded = new Volume<byte>(mask.Geometry.SubGrid(new Index3(0, 0, -pad), new Size3(size.X, size.Y, size.Z + 2 * pad)));
        for (int z = 0; z < size.Z + 2 * pad; z++)
        {
            mask.Slice(Math.Clamp(z - pad, 0, size.Z - 1)).CopyTo(padded.Slice(z));
        }

        var processed = operation(padded);
        var result = mask.CreateLike<byte>();
        processed.Voxels.AsSpan(pad * sliceLength, size.Z * sliceLength).CopyTo(result.Voxels);
        return result;
    }

    private static int Reach(double mm, double spacing) => (int)Math.Ceiling(mm / spacing) + 2;

    private static Volume<byte> KeepLargeRegions(Volume<byte> mask, double minimumFraction)
    {
        var components = ConnectedComponents.Label(mask, Connectivity.Faces6, sortBySize: true);
        var result = mask.CreateLike<byte>();
        if (components.Count == 0)
        {
            return result;
        }

        long limit = (long)Math.Ceiling(minimumFraction * components.Components[0].VoxelCount);
        int kept = components.Components.Count(c => c.VoxelCount >= limit);
        var labels = components.Labels.Voxels;
        for (int i = 0; i < labels.Length; i++)
        {
            if (labels[i] != 0 && labels[i] <= kept)
            {
                result.Voxels[i] = 1;
            }
        }

        return result;
    }

    /// <summary>
    /// One lung closed with a ball and with its 3D and coronal/sagittal holes filled; then the wider
    /// pleural indentations that only a <see cref="LungSegmentationOptions.PleuralClosingRadiusMm"/> ball
    /// closes (a juxtapleural or diaphragmatic tumour) are added when they lie away from the mediastinum.
    /// </summary>
    private static Volume<byte> Refine(Volume<byte> sides, byte label, double midline, LungSegmentationOptions options, ParallelOptions? parallel)
    {
        var lung = Threshold(sides, v => v == label);
        if (lung.Voxels.AsSpan().IndexOfAnyExcept((byte)0) < 0)
        {
            return lung;
        }

        var closed = options.ClosingRadiusMm > 0
            ? WithReplicatedSlices(lung, options.ClosingRadiusMm, m => BinaryMorphology.Close(m, options.ClosingRadiusMm, parallel))
            : lung;
        var planar = PlanarHoleFilling.FillCoronalAndSagittal(closed, options.MaximumPlanarHoleAreaMm2, parallel);
        var refined = HoleFilling.Fill3D(PlanarHoleFilling.FillEnclosedInTwoPlanes(planar, parallel));
        if (options.PleuralClosingRadiusMm > options.ClosingRadiusMm)
        {
            var wide = WithReplicatedSlices(refined, options.PleuralClosingRadiusMm, m => BinaryMorphology.Close(m, options.PleuralClosingRadiusMm, parallel));
            PleuralIndentations.AddAwayFromMediastinum(refined, wide, midline);
        }

        return refined;
    }

    private static Volume<float> Membership(Volume<byte> lung, double sigmaMm, ParallelOptions? parallel)
    {
        var map = lung.ConvertTo<float>();
        return sigmaMm > 0 ? GaussianSmoothing.Smooth(map, sigmaMm, parallel) : map;
    }

    private static double MidlineWorldX(Volume<byte> body)
    {
        var geometry = body.Geometry;
        double sum = 0;
        long count = 0;
        var size = body.Size;
        for (int z = 0, i = 0; z < size.Z; z++)
        {
            for (int y = 0; y < size.Y; y++)
            {
                for (int x = 0; x < size.X; x++, i++)
                {
                    if (body.Voxels[i] != 0)
                    {
                        sum += PatientAxes.WorldX(geometry, x, y, z);
                        count++;
                    }
                }
            }
        }

        return sum / count;
    }

    private static Volume<byte> Threshold<T>(Volume<T> image, Func<T, bool> inside)
        where T : unmanaged, INumber<T>
    {
        var result = image.CreateLike<byte>();
        var source = image.Voxels;
        for (int i = 0; i < source.Length; i++)
        {
            result.Voxels[i] = inside(source[i]) ? (byte)1 : (byte)0;
        }

        return result;
    }

    private static Volume<byte> And(Volume<byte> a, Volume<byte> b)
    {
        var result = a.CreateLike<byte>();
        for (int i = 0; i < result.Voxels.Length; i++)
        {
            result.Voxels[i] = (byte)(a.Voxels[i] & b.Voxels[i]);
        }

        return result;
    }
}
