namespace PulmoPet.Imaging.Processing;

/// <summary>
/// A ball of radius r mm on a voxel lattice: the offsets o with Σ(o_i·spacing_i)² ≤ r², an ellipsoid in
/// voxels when the spacing is anisotropic. Lattice points exactly on the sphere belong to the ball; the
/// comparison allows a relative 1e-9 so that r = √3 on a 1 mm grid keeps its 27 voxels despite rounding.
/// </summary>
public sealed class BallStructuringElement
{
    /// <summary>Relative tolerance on r² when deciding whether a lattice point lies in the ball.</summary>
    public const double RelativeTolerance = 1e-9;

    public BallStructuringElement(double radiusMm, Vector3D spacing)
    {
        CheckRadius(radiusMm);
        RadiusMm = radiusMm;
        Spacing = spacing;
        var reach = new Index3(Reach(radiusMm, spacing.X), Reach(radiusMm, spacing.Y), Reach(radiusMm, spacing.Z));
        var offsets = new List<Index3>();
        for (int z = -reach.Z; z <= reach.Z; z++)
        {
            for (int y = -reach.Y; y <= reach.Y; y++)
            {
                for (int x = -reach.X; x <= reach.X; x++)
                {
                    double d2 = Square(x * spacing.X) + Square(y * spacing.Y) + Square(z * spacing.Z);
                    if (Contains(d2, radiusMm))
                    {
                        offsets.Add(new Index3(x, y, z));
                    }
                }
            }
        }

        Offsets = offsets;
        Reach3 = reach;
    }

    public double RadiusMm { get; }

    public Vector3D Spacing { get; }

    /// <summary>The offsets in the ball, z slowest then y then x.</summary>
    public IReadOnlyList<Index3> Offsets { get; }

    /// <summary>The largest offset along each axis: ⌊r / spacing⌋ (with the same tolerance).</summary>
    public Index3 Reach3 { get; }

    public int Count => Offsets.Count;

    /// <summary>True when a point at squared distance <paramref name="squaredDistanceMm2"/> lies in the ball of radius <paramref name="radiusMm"/>.</summary>
    public static bool Contains(double squaredDistanceMm2, double radiusMm) =>
        squaredDistanceMm2 <= radiusMm * radiusMm * (1.0 + RelativeTolerance);

    /// <summary>The largest squared distance still inside the ball (r² widened by the tolerance).</summary>
    internal static double SquaredLimit(double radiusMm) => radiusMm * radiusMm * (1.0 + RelativeTolerance);

    internal static void CheckRadius(double radiusMm)
    {
        if (!double.IsFinite(radiusMm) || radiusMm < 0)
        {
            throw new InvalidInputException(FormattableString.Invariant(
                $"The structuring element radius {radiusMm} mm must be finite and not negative."));
        }
    }

    /// <summary>Voxels needed along an axis to cover the radius: the largest n with (n·s)² in the ball.</summary>
    internal static int Reach(double radiusMm, double spacing)
    {
        int n = (int)Math.Floor(radiusMm / spacing);
        while (Contains(Square((n + 1) * spacing), radiusMm))
        {
            n++;
        }

        return n;
    }

    private static double Square(double v) => v * v;
}
