namespace PulmoPet.Imaging.Io.Internal;

/// <summary>Header checks shared by every reader, each failing with one sentence that names the file.</summary>
internal static class ImageChecks
{
    /// <summary>Checks declared axis lengths and turns them into a <see cref="Size3"/>.</summary>
    public static Size3 Size(string path, long x, long y, long z)
    {
        long[] dims = [x, y, z];
        for (int axis = 0; axis < 3; axis++)
        {
            if (dims[axis] <= 0)
            {
                throw new ImageFormatException(path,
                    $"the header declares a size of {Counts.Size(x, y, z)} voxels, and axis {axis} has {dims[axis]} voxels (every axis needs at least one)");
            }

            if (dims[axis] > int.MaxValue)
            {
                throw new ImageFormatException(path,
                    $"the header declares {Counts.Format(dims[axis])} voxels along axis {axis}, more than one image can hold (corrupt header?)");
            }
        }

        return new Size3((int)x, (int)y, (int)z);
    }

    /// <summary>Refuses a grid above the voxel budget, before any buffer is allocated.</summary>
    public static void WithinBudget(string path, Size3 size, long maxVoxels)
    {
        Int128 count = (Int128)size.X * size.Y * size.Z;
        if (count > maxVoxels)
        {
            throw new ImageFormatException(path,
                $"the header declares {size} = {Counts.Format(count)} voxels, more than the limit of {Counts.Format(maxVoxels)} (ImageReadOptions.MaxVoxels; corrupt header or an unexpectedly large image?)");
        }

        if (count > Array.MaxLength)
        {
            throw new ImageFormatException(path,
                $"the header declares {size} = {Counts.Format(count)} voxels, more than one .NET buffer can hold ({Counts.Format(Array.MaxLength)})");
        }
    }

    /// <summary>Builds the geometry, turning each invalid part into a clear error.</summary>
    public static ImageGeometry Geometry(string path, Size3 size, Vector3D spacing, Vector3D origin, Matrix3 direction)
    {
        if (!spacing.IsFinite || spacing.X <= 0 || spacing.Y <= 0 || spacing.Z <= 0)
        {
            throw new ImageFormatException(path, $"the voxel spacing {spacing} mm is not positive and finite");
        }

        if (!origin.IsFinite)
        {
            throw new ImageFormatException(path, $"the origin {origin} is not finite");
        }

        if (!IsFinite(direction) || !(Math.Abs(direction.Determinant) > 1e-6))
        {
            throw new ImageFormatException(path, $"the direction matrix {direction} is singular or not finite");
        }

        return new ImageGeometry(size, spacing, origin, direction);
    }

    private static bool IsFinite(Matrix3 m) =>
        m.Column(0).IsFinite && m.Column(1).IsFinite && m.Column(2).IsFinite;
}
