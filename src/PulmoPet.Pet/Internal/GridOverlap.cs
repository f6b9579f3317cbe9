using PulmoPet.Imaging;

namespace PulmoPet.Pet.Internal;

/// <summary>Whether two grids cover a common region of the patient (axis-aligned world boxes of their voxels).</summary>
internal static class GridOverlap
{
    public static void Ensure(ImageGeometry a, string aName, ImageGeometry b, string bName)
    {
        var (aMin, aMax) = Bounds(a);
        var (bMin, bMax) = Bounds(b);
        for (int axis = 0; axis < 3; axis++)
        {
            if (aMax[axis] < bMin[axis] || bMax[axis] < aMin[axis])
            {
                throw new InvalidInputException(
                    $"The {aName} and the {bName} do not overlap in space (the {aName} spans {Describe(aMin, aMax)} mm, the {bName} {Describe(bMin, bMax)} mm, LPS), so they cannot be from one PET/CT.");
            }
        }
    }

    private static (Vector3D Min, Vector3D Max) Bounds(ImageGeometry g)
    {
        var min = new Vector3D(double.PositiveInfinity, double.PositiveInfinity, double.PositiveInfinity);
        var max = -min;
        var half = g.Spacing / 2;
        foreach (var corner in g.CornerPoints())
        {
            min = new Vector3D(Math.Min(min.X, corner.X - half.X), Math.Min(min.Y, corner.Y - half.Y), Math.Min(min.Z, corner.Z - half.Z));
            max = new Vector3D(Math.Max(max.X, corner.X + half.X), Math.Max(max.Y, corner.Y + half.Y), Math.Max(max.Z, corner.Z + half.Z));
        }

        return (min, max);
    }

    private static string Describe(Vector3D min, Vector3D max) => FormattableString.Invariant(
        $"x {min.X:0.#}…{max.X:0.#}, y {min.Y:0.#}…{max.Y:0.#}, z {min.Z:0.#}…{max.Z:0.#}");
}
