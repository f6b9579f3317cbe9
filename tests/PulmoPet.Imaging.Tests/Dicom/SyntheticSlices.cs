using System.Buffers.Binary;
using System.Globalization;

namespace PulmoPet.Imaging.Tests.Dicom;

/// <summary>Writes tiny single-frame CT images (explicit VR LE, 16-bit signed) for series-assembly edge cases.</summary>
internal static class SyntheticSlices
{
    public static string Write(
        string folder,
        string name,
        string seriesUid,
        Vector3D position,
        double[] orientation,
        short[] stored,
        int rows = 2,
        int columns = 2,
        double slope = 1,
        double intercept = 0,
        int instance = 1)
    {
        var pixels = new byte[stored.Length * 2];
        for (int i = 0; i < stored.Length; i++)
        {
            BinaryPrimitives.WriteInt16LittleEndian(pixels.AsSpan(2 * i), stored[i]);
        }

        string F(double v) => v.ToString("0.######", CultureInfo.InvariantCulture);
        byte[] file = DicomBytes.Part10(d => d
            .Text(0x0008, 0x0018, "UI", $"1.2.3.{seriesUid.GetHashCode() & 0xFFFF}.{instance}")
            .Text(0x0008, 0x0060, "CS", "CT")
            .Text(0x0020, 0x000E, "UI", seriesUid)
            .Text(0x0020, 0x0013, "IS", instance.ToString(CultureInfo.InvariantCulture))
            .Text(0x0020, 0x0032, "DS", $"{F(position.X)}\\{F(position.Y)}\\{F(position.Z)}")
            .Text(0x0020, 0x0037, "DS", string.Join('\\', orientation.Select(F)))
            .UShort(0x0028, 0x0002, 1)
            .Text(0x0028, 0x0004, "CS", "MONOCHROME2")
            .UShort(0x0028, 0x0010, (ushort)rows)
            .UShort(0x0028, 0x0011, (ushort)columns)
            .Text(0x0028, 0x0030, "DS", "0.5\\0.75")
            .UShort(0x0028, 0x0100, 16)
            .UShort(0x0028, 0x0101, 16)
            .UShort(0x0028, 0x0102, 15)
            .UShort(0x0028, 0x0103, 1)
            .Text(0x0028, 0x1052, "DS", F(intercept))
            .Text(0x0028, 0x1053, "DS", F(slope))
            .Raw(0x7FE0, 0x0010, "OW", pixels));
        string path = Path.Combine(folder, name);
        File.WriteAllBytes(path, file);
        return path;
    }

    public static readonly double[] Axial = [1, 0, 0, 0, 1, 0];
}
