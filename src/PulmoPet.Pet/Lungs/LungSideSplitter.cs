using PulmoPet.Imaging;
using PulmoPet.Imaging.Processing;
using PulmoPet.Pet.Internal;

namespace PulmoPet.Pet.Lungs;

/// <summary>
/// Labels lung air right (1) or left (2). Separate regions take the side of their centroid relative to the
/// body midline (LPS +x = patient left). A region lying on both sides (lungs joined at the anterior or
/// posterior junction line, or by an airway not removed) is eroded — thresholding its distance to the
/// background at growing depths — until it falls apart into a right and a left core; the cores then grow
/// back over the region breadth-first (each voxel to the core that reaches it first), which cuts the
/// region along its narrowest neck. Where no depth splits it, the region is one lung and takes the side
/// where most of it lies.
/// </summary>
internal static class LungSideSplitter
{
    /// <summary>A region needs splitting when at least this fraction of it lies across the midline.</summary>
    private const double BilateralFraction = 0.1;

    /// <summary>Each core must hold at least this fraction of the eroded region to count as a lung.</summary>
    private const double MinimumCoreFraction = 0.1;

    /// <summary>The deepest erosion tried (mm).</summary>
    private const double MaximumErosionMm = 40;

    public static Volume<byte> Split(Volume<byte> lungs, double midlineWorldX, ParallelOptions? parallel)
    {
        var geometry = lungs.Geometry;
        var labels = lungs.CreateLike<byte>();
        var components = ConnectedComponents.Label(lungs, Connectivity.Faces6);
        var componentLabels = components.Labels.Voxels;
        var worldSide = SideMap(geometry, midlineWorldX);
        foreach (var component in components.Components)
        {
            long left = 0;
            for (int i = 0; i < componentLabels.Length; i++)
            {
                if (componentLabels[i] == component.Label && worldSide[i])
                {
                    left++;
                }
            }

            double leftFraction = (double)left / component.VoxelCount;
            if (leftFraction < BilateralFraction || leftFraction > 1 - BilateralFraction)
            {
                byte side = leftFraction > 0.5 ? LungLabel.Left : LungLabel.Right;
                for (int i = 0; i < componentLabels.Length; i++)
                {
                    if (componentLabels[i] == component.Label)
                    {
                        labels.Voxels[i] = side;
                    }
                }

                continue;
            }

            var region = components.MaskOf(component.Label);
            SplitRegion(region, labels, worldSide, parallel);
        }

        return labels;
    }

    /// <summary>Per voxel: true when its centre lies left of the midline.</summary>
    private static bool[] SideMap(ImageGeometry geometry, double midlineWorldX)
    {
        var size = geometry.Size;
        var left = new bool[geometry.VoxelCount];
        for (int z = 0, i = 0; z < size.Z; z++)
        {
            for (int y = 0; y < size.Y; y++)
            {
                for (int x = 0; x < size.X; x++, i++)
                {
                    left[i] = PatientAxes.WorldX(geometry, x, y, z) > midlineWorldX;
                }
            }
        }

        return left;
    }

    private static void SplitRegion(Volume<byte> region, Volume<byte> labels, bool[] worldSide, ParallelOptions? parallel)
    {
        var inverse = region.CreateLike<byte>();
        for (int i = 0; i < inverse.Voxels.Length; i++)
        {
            inverse.Voxels[i] = region.Voxels[i] == 0 ? (byte)1 : (byte)0;
        }

        var depth = EuclideanDistanceTransform.DistanceToForegroundMm(inverse, parallel).Voxels;
        double step = Math.Min(region.Geometry.Spacing.X, region.Geometry.Spacing.Y);
        for (double t = step; t <= MaximumErosionMm; t += step)
        {
            var core = region.CreateLike<byte>();
            for (int i = 0; i < depth.Length; i++)
            {
                core.Voxels[i] = depth[i] > t ? (byte)1 : (byte)0;
            }

            var cores = ConnectedComponents.Label(core, Connectivity.Faces6, sortBySize: true);
            if (cores.Count < 2)
            {
                if (cores.Count == 0)
                {
                    break;
                }

                continue;
            }

            long total = cores.Components.Sum(c => c.VoxelCount);
            var first = cores.Components[0];
            var second = cores.Components[1];
            if (second.VoxelCount < MinimumCoreFraction * total)
            {
                continue;
            }

            bool firstLeft = MajorityLeft(cores.Labels.Voxels, first.Label, worldSide);
            bool secondLeft = MajorityLeft(cores.Labels.Voxels, second.Label, worldSide);
            if (firstLeft == secondLeft)
            {
                continue;
            }

            GrowFromCores(region, cores.Labels.Voxels, first.Label, firstLeft ? LungLabel.Left : LungLabel.Right,
                second.Label, secondLeft ? LungLabel.Left : LungLabel.Right, labels, worldSide);
            return;
        }

        // No depth separates a right from a left part: one lung crossing the midline estimate (a CT
        // cropped to one side), which takes the side where most of it lies.
        long left = 0, count = 0;
        for (int i = 0; i < region.Voxels.Length; i++)
        {
            if (region.Voxels[i] != 0)
            {
                count++;
                left += worldSide[i] ? 1 : 0;
            }
        }

        byte side = left * 2 > count ? LungLabel.Left : LungLabel.Right;
        for (int i = 0; i < region.Voxels.Length; i++)
        {
            if (region.Voxels[i] != 0)
            {
                labels.Voxels[i] = side;
            }
        }
    }

    private static bool MajorityLeft(int[] coreLabels, int label, bool[] worldSide)
    {
        long left = 0, count = 0;
        for (int i = 0; i < coreLabels.Length; i++)
        {
            if (coreLabels[i] == label)
            {
                count++;
                if (worldSide[i])
                {
                    left++;
                }
            }
        }

        return left * 2 > count;
    }

    /// <summary>Multi-source breadth-first growth inside the region (6-neighbours), seeds queued in scan order.</summary>
    private static void GrowFromCores(Volume<byte> region, int[] coreLabels, int firstCore, byte firstSide, int secondCore, byte secondSide, Volume<byte> labels, bool[] worldSide)
    {
        var size = region.Size;
        var mask = region.Voxels;
        var output = labels.Voxels;
        var assigned = new byte[mask.Length];
        var queue = new Queue<int>();
        for (int i = 0; i < mask.Length; i++)
        {
            if (coreLabels[i] == firstCore || coreLabels[i] == secondCore)
            {
                assigned[i] = coreLabels[i] == firstCore ? firstSide : secondSide;
                queue.Enqueue(i);
            }
        }

        int nx = size.X, nxy = size.X * size.Y;
        while (queue.Count > 0)
        {
            int i = queue.Dequeue();
            int x = i % nx, y = i / nx % size.Y, z = i / nxy;
            void Visit(int j)
            {
                if (mask[j] != 0 && assigned[j] == 0)
                {
                    assigned[j] = assigned[i];
                    queue.Enqueue(j);
                }
            }

            if (x > 0) Visit(i - 1);
            if (x < nx - 1) Visit(i + 1);
            if (y > 0) Visit(i - nx);
            if (y < size.Y - 1) Visit(i + nx);
            if (z > 0) Visit(i - nxy);
            if (z < size.Z - 1) Visit(i + nxy);
        }

        for (int i = 0; i < mask.Length; i++)
        {
            if (mask[i] != 0)
            {
                output[i] = assigned[i] != 0 ? assigned[i] : worldSide[i] ? LungLabel.Left : LungLabel.Right;
            }
        }
    }
}
