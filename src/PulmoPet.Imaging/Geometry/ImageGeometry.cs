namespace PulmoPet.Imaging;

/// <summary>
/// Where a voxel grid lies in the patient: size, spacing (mm), origin (world position of voxel
/// (0,0,0) centre, mm) and direction cosines, all in LPS world coordinates as DICOM and ITK use.
/// world = origin + direction · (spacing ⊙ index).
/// </summary>
public sealed record ImageGeometry
{
    /// <summary>Default tolerance (mm for positions, relative for spacing) when comparing grids, as ITK's 1e-4 default.</summary>
    public const double DefaultTolerance = 1e-4;

    private readonly Matrix3 _indexToWorld;
    private readonly Matrix3 _worldToIndex;

    public ImageGeometry(Size3 size, Vector3D spacing, Vector3D origin, Matrix3 direction)
    {
        if (size.X <= 0 || size.Y <= 0 || size.Z <= 0)
        {
            throw new ArgumentException($"Image size {size} has a zero or negative dimension.", nameof(size));
        }

        if (!spacing.IsFinite || spacing.X <= 0 || spacing.Y <= 0 || spacing.Z <= 0)
        {
            throw new ArgumentException($"Voxel spacing {spacing} must be finite and positive.", nameof(spacing));
        }

        if (!origin.IsFinite)
        {
            throw new ArgumentException($"Origin {origin} is not finite.", nameof(origin));
        }

        if (!(Math.Abs(direction.Determinant) > 1e-6))
        {
            throw new ArgumentException($"Direction matrix {direction} is singular.", nameof(direction));
        }

        Size = size;
        Spacing = spacing;
        Origin = origin;
        Direction = direction;
        _indexToWorld = direction * new Matrix3(spacing.X, 0, 0, 0, spacing.Y, 0, 0, 0, spacing.Z);
        _worldToIndex = _indexToWorld.Inverse();
    }

    /// <summary>A grid with identity direction.</summary>
    public ImageGeometry(Size3 size, Vector3D spacing, Vector3D origin)
        : this(size, spacing, origin, Matrix3.Identity)
    {
    }

    public Size3 Size { get; }

    public Vector3D Spacing { get; }

    public Vector3D Origin { get; }

    public Matrix3 Direction { get; }

    public long VoxelCount => Size.VoxelCount;

    /// <summary>Volume of one voxel in mm³.</summary>
    public double VoxelVolumeMm3 => Spacing.X * Spacing.Y * Spacing.Z;

    /// <summary>Volume of one voxel in millilitres (cm³).</summary>
    public double VoxelVolumeMl => VoxelVolumeMm3 / 1000.0;

    /// <summary>Linear offset of voxel (x, y, z) in a buffer with x fastest.</summary>
    public int LinearIndex(int x, int y, int z) => (z * Size.Y + y) * Size.X + x;

    public Index3 IndexOf(int linearIndex)
    {
        int x = linearIndex % Size.X;
        int rest = linearIndex / Size.X;
        return new Index3(x, rest % Size.Y, rest / Size.Y);
    }

    public Vector3D IndexToWorld(Vector3D index) => Origin + _indexToWorld * index;

    public Vector3D IndexToWorld(int x, int y, int z) => IndexToWorld(new Vector3D(x, y, z));

    /// <summary>Continuous index of a world point (round to get the nearest voxel).</summary>
    public Vector3D WorldToIndex(Vector3D world) => _worldToIndex * (world - Origin);

    /// <summary>The matrix mapping a continuous index to a world displacement (direction · diag(spacing)).</summary>
    public Matrix3 IndexToWorldMatrix => _indexToWorld;

    /// <summary>The world position of the centre of the grid.</summary>
    public Vector3D Center => IndexToWorld(new Vector3D((Size.X - 1) / 2.0, (Size.Y - 1) / 2.0, (Size.Z - 1) / 2.0));

    /// <summary>The eight corner voxel centres in world coordinates.</summary>
    public IEnumerable<Vector3D> CornerPoints()
    {
        for (int k = 0; k < 8; k++)
        {
            yield return IndexToWorld(
                (k & 1) == 0 ? 0 : Size.X - 1,
                (k & 2) == 0 ? 0 : Size.Y - 1,
                (k & 4) == 0 ? 0 : Size.Z - 1);
        }
    }

    /// <summary>True when both grids have the same size and, within tolerance, spacing, origin and direction.</summary>
    public bool IsSameGrid(ImageGeometry other, double tolerance = DefaultTolerance)
    {
        if (Size != other.Size)
        {
            return false;
        }

        double spacingTol = tolerance * Math.Max(1.0, Math.Max(Spacing.X, Math.Max(Spacing.Y, Spacing.Z)));
        return Math.Abs(Spacing.X - other.Spacing.X) <= spacingTol
            && Math.Abs(Spacing.Y - other.Spacing.Y) <= spacingTol
            && Math.Abs(Spacing.Z - other.Spacing.Z) <= spacingTol
            && (Origin - other.Origin).Length <= tolerance * Math.Max(1.0, Spacing.Length)
            && Direction.MaxAbsDifference(other.Direction) <= tolerance;
    }

    /// <summary>Throws when <paramref name="other"/> is not on this grid; masks are never silently resampled.</summary>
    public void EnsureSameGrid(ImageGeometry other, string what)
    {
        if (!IsSameGrid(other))
        {
            throw new GeometryMismatchException(
                $"{what} is not on the image grid (image {Describe()}, {what} {other.Describe()}).");
        }
    }

    public ImageGeometry WithSize(Size3 size) => new(size, Spacing, Origin, Direction);

    public ImageGeometry WithOrigin(Vector3D origin) => new(Size, Spacing, origin, Direction);

    /// <summary>The sub-grid starting at <paramref name="start"/> with <paramref name="size"/> voxels (may extend outside).</summary>
    public ImageGeometry SubGrid(Index3 start, Size3 size) => new(size, Spacing, IndexToWorld(start.X, start.Y, start.Z), Direction);

    /// <summary>
    /// A grid covering the same physical extent with new spacing: size = ceil(extent / spacing) and the
    /// same centre, as IBSI's interpolation rules and PyRadiomics' resampling do.
    /// </summary>
    public ImageGeometry Resampled(Vector3D newSpacing)
    {
        var size = new Size3(
            Math.Max(1, (int)Math.Ceiling(Size.X * Spacing.X / newSpacing.X - 1e-9)),
            Math.Max(1, (int)Math.Ceiling(Size.Y * Spacing.Y / newSpacing.Y - 1e-9)),
            Math.Max(1, (int)Math.Ceiling(Size.Z * Spacing.Z / newSpacing.Z - 1e-9)));
        var halfExtentNew = new Vector3D((size.X - 1) * newSpacing.X, (size.Y - 1) * newSpacing.Y, (size.Z - 1) * newSpacing.Z) / 2;
        var origin = Center - Direction * halfExtentNew;
        return new ImageGeometry(size, newSpacing, origin, Direction);
    }

    public string Describe() => FormattableString.Invariant(
        $"size {Size}, spacing {Spacing} mm, origin {Origin} mm, direction {Direction}");

    public override string ToString() => Describe();
}
