using PulmoPet.Imaging;
using PulmoPet.Phantom.Anatomy;

namespace PulmoPet.Phantom.Rendering;

/// <summary>
/// The painted phantom on the CT grid (body frame): per voxel a dominant and a secondary material with
/// the secondary's fraction (partial volume at boundaries), the organ label at the voxel centre, and the
/// lung side (the lungmask-style lung region, which keeps intrapulmonary vessels, airways and lesions).
/// </summary>
public sealed class TissueMap
{
    /// <summary>Fractions are stored in bytes: 255 = 1.</summary>
    public const float FractionScale = 1f / 255f;

    public TissueMap(ImageGeometry grid)
    {
        if (!grid.Direction.IsOrthonormal() || grid.Direction.MaxAbsDifference(Matrix3.Identity) > 1e-9)
        {
            throw new ArgumentException("The phantom is painted on an axis-aligned grid (identity direction).", nameof(grid));
        }

        Grid = grid;
        int n = checked((int)grid.VoxelCount);
        Primary = new byte[n];
        Secondary = new byte[n];
        SecondaryFraction = new byte[n];
        Organ = new byte[n];
        Side = new byte[n];
    }

    public ImageGeometry Grid { get; }

    /// <summary>Dominant <see cref="Tissue"/> per voxel.</summary>
    public byte[] Primary { get; }

    /// <summary>Second <see cref="Tissue"/> per voxel (equal to the primary where the voxel is pure).</summary>
    public byte[] Secondary { get; }

    /// <summary>Fraction of the secondary material, 0–255 for 0–1 (at most about one half).</summary>
    public byte[] SecondaryFraction { get; }

    /// <summary><see cref="OrganLabel"/> per voxel.</summary>
    public byte[] Organ { get; }

    /// <summary><see cref="LungSide"/> per voxel.</summary>
    public byte[] Side { get; }

    /// <summary>The world (body frame) position of voxel (x, y, z): the grid is axis aligned.</summary>
    public Vector3D Position(int x, int y, int z) => new(
        Grid.Origin.X + x * Grid.Spacing.X,
        Grid.Origin.Y + y * Grid.Spacing.Y,
        Grid.Origin.Z + z * Grid.Spacing.Z);

    /// <summary>The voxel nearest to a body-frame point, or null outside the grid.</summary>
    public int? IndexOf(Vector3D point)
    {
        int x = (int)Math.Round((point.X - Grid.Origin.X) / Grid.Spacing.X);
        int y = (int)Math.Round((point.Y - Grid.Origin.Y) / Grid.Spacing.Y);
        int z = (int)Math.Round((point.Z - Grid.Origin.Z) / Grid.Spacing.Z);
        return Grid.Size.Contains(x, y, z) ? Grid.LinearIndex(x, y, z) : null;
    }

    public LungSide SideAt(Vector3D point) => IndexOf(point) is int i ? (LungSide)Side[i] : LungSide.None;

    public OrganLabel OrganAt(Vector3D point) => IndexOf(point) is int i ? (OrganLabel)Organ[i] : OrganLabel.Background;
}
