using System.Globalization;

namespace PulmoPet.Imaging.Io.Internal;

/// <summary>Numbers in text headers: shortest round-trip form, so a written double reads back bit for bit.</summary>
internal static class HeaderNumbers
{
    public static string Format(double value) => value == 0 ? "0" : value.ToString("R", CultureInfo.InvariantCulture);

    public static string Format(Vector3D v, string separator) => string.Join(separator, Format(v.X), Format(v.Y), Format(v.Z));
}
