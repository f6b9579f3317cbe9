using PulmoPet.Imaging;

namespace PulmoPet.Pet.Internal;

/// <summary>
/// How a grid's index axes relate to the patient (LPS): PulmoPet's lung and lesion steps need the third
/// index axis to run cranio-caudally (axial slices), as every CT and PET series is stored.
/// </summary>
internal static class PatientAxes
{
    /// <summary>True when increasing slice index moves superior (+z in LPS).</summary>
    public static bool SliceIndexRunsSuperior(ImageGeometry geometry)
    {
        var axis = geometry.Direction.Column(2);
        if (Math.Abs(axis.Z) < 0.7)
        {
            throw new InvalidInputException(FormattableString.Invariant(
                $"The image is not stored in axial slices (its slice axis points {axis} in LPS), which lung and lesion analysis need."));
        }

        return axis.Z > 0;
    }

    /// <summary>World x (LPS, + = patient left) of a continuous index.</summary>
    public static double WorldX(ImageGeometry geometry, double x, double y, double z) =>
        geometry.IndexToWorld(new Vector3D(x, y, z)).X;
}
