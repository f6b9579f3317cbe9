using System.IO.Compression;
using PulmoPet.Imaging.Io.Internal;

namespace PulmoPet.Imaging.Io.Nifti;

/// <summary>
/// Writes single-file NIfTI-1 (.nii, or .nii.gz when compressed), little-endian, with the
/// geometry in both qform and sform (codes 1, NIFTI_XFORM_SCANNER_ANAT, as ITK writes), xyzt_units = mm,
/// vox_offset = 352 and no value scaling. LPS becomes RAS here by negating the first two world rows.
/// </summary>
internal static class NiftiWriter
{
    private const int Nifti1MaxAxis = short.MaxValue; // dim[] is int16 in NIfTI-1

    public static void Write(Volume volume, string path, bool compress, ImageWriteOptions options)
    {
        NiftiHeader header = CreateHeader(volume, path, options.Description);
        var headerBytes = new byte[NiftiHeader.Nifti1SingleFileVoxOffset];
        header.WriteNifti1(headerBytes);
        AtomicFile.Write(path, stream =>
        {
            if (compress)
            {
                using var gzip = new GZipStream(stream, options.CompressionLevel, leaveOpen: true);
                gzip.Write(headerBytes);
                VoxelDataWriter.WriteLittleEndian(gzip, volume);
            }
            else
            {
                stream.Write(headerBytes);
                VoxelDataWriter.WriteLittleEndian(stream, volume);
            }
        });
    }

    internal static NiftiHeader CreateHeader(Volume volume, string path, string? description)
    {
        ImageGeometry g = volume.Geometry;
        if (g.Size.X > Nifti1MaxAxis || g.Size.Y > Nifti1MaxAxis || g.Size.Z > Nifti1MaxAxis)
        {
            throw new ImageFormatException(path,
                $"a {g.Size} image cannot be written as NIfTI-1, whose axes hold at most {Nifti1MaxAxis} voxels (write .nrrd or .mha instead)");
        }

        var lpsToRas = new Matrix3(-1, 0, 0, 0, -1, 0, 0, 0, 1);
        Matrix3 directionRas = lpsToRas * g.Direction;
        Vector3D originRas = lpsToRas * g.Origin;
        (double b, double c, double d, double qfac) = NiftiQuaternion.FromMatrix(directionRas);
        Matrix3 linear = directionRas * new Matrix3(g.Spacing.X, 0, 0, 0, g.Spacing.Y, 0, 0, 0, g.Spacing.Z);
        return new NiftiHeader
        {
            Version = 1,
            SingleFile = true,
            Dim = [3, g.Size.X, g.Size.Y, g.Size.Z, 1, 1, 1, 1],
            DataType = NiftiDataType.ToCode(volume.VoxelType),
            PixDim = [qfac, g.Spacing.X, g.Spacing.Y, g.Spacing.Z, 1, 1, 1, 1],
            VoxOffset = NiftiHeader.Nifti1SingleFileVoxOffset,
            SclSlope = 1,
            SclInter = 0,
            XyztUnits = 2, // NIFTI_UNITS_MM
            Description = Ascii(description ?? "PulmoPet"),
            QformCode = NiftiOrientation.ScannerAnatomical,
            SformCode = NiftiOrientation.ScannerAnatomical,
            QuaternB = b,
            QuaternC = c,
            QuaternD = d,
            QOffset = originRas,
            Srow =
            [
                [linear.M00, linear.M01, linear.M02, originRas.X],
                [linear.M10, linear.M11, linear.M12, originRas.Y],
                [linear.M20, linear.M21, linear.M22, originRas.Z],
            ],
        };
    }

    /// <summary>descrip is 80 bytes of ASCII including the terminating NUL.</summary>
    private static string Ascii(string text)
    {
        var chars = text.Select(ch => ch is >= ' ' and <= '~' ? ch : '?').Take(79).ToArray();
        return new string(chars);
    }
}
