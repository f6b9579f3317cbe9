using System.IO.Compression;
using PulmoPet.Imaging.Io.Internal;

namespace PulmoPet.Imaging.Io.Nifti;

/// <summary>
/// Reads NIfTI-1 and NIfTI-2 headers (.nii, .nii.gz, and .hdr/.img pairs, plain or gzipped, in either byte
/// order) and Analyze 7.5 pairs, and says where their voxels are.
/// </summary>
internal static class NiftiReader
{
    public static StoredImage ReadHeader(string path)
    {
        string headerPath = HeaderPathOf(path);
        (byte[] bytes, bool gzip) = ReadStart(path, headerPath, NiftiHeader.Nifti2Size);
        NiftiHeader header = NiftiHeader.Parse(bytes, path);

        VoxelType storedType = NiftiDataType.ToVoxelType(header.DataType)
            ?? throw new ImageFormatException(path,
                $"NIfTI data type {header.DataType} ({NiftiDataType.Name(header.DataType)}) is not supported; PulmoPet reads {Counts.SupportedTypes}");

        Size3 size = ReadSize(header, path);
        (Vector3D spacing, Vector3D origin, Matrix3 direction) = NiftiOrientation.ToLps(header, path);
        ImageGeometry geometry = ImageChecks.Geometry(path, size, spacing, origin, direction);
        ValueScaling? scaling = Scaling(header);
        ImageFileFormat format = header.Version switch
        {
            2 => ImageFileFormat.Nifti2,
            1 => ImageFileFormat.Nifti1,
            _ => ImageFileFormat.Analyze75,
        };
        var imageHeader = new ImageHeader(path, format, geometry, storedType,
            scaling is null ? storedType : ValueScaler.ResultType(storedType), scaling, header.Description);
        return new StoredImage(imageHeader, DataLocation(path, headerPath, header, gzip));
    }

    /// <summary>The header of a pair is the .hdr beside the .img the user may have named.</summary>
    private static string HeaderPathOf(string path)
    {
        foreach ((string image, string headerSuffix) in new[] { (".img", ".hdr"), (".img.gz", ".hdr.gz") })
        {
            if (path.EndsWith(image, StringComparison.OrdinalIgnoreCase))
            {
                string header = path[..^image.Length] + headerSuffix;
                if (File.Exists(header))
                {
                    return header;
                }
            }
        }

        return path;
    }

    private static (byte[] Bytes, bool Gzip) ReadStart(string path, string file, int count)
    {
        using FileStream stream = FileAccessErrors.OpenRead(path, file);
        Span<byte> magic = stackalloc byte[2];
        int magicLength = stream.ReadAtLeast(magic, 2, throwOnEndOfStream: false);
        bool gzip = magicLength == 2 && magic[0] == 0x1f && magic[1] == 0x8b;
        stream.Position = 0;
        var bytes = new byte[count];
        int read;
        try
        {
            using Stream source = gzip ? new GZipStream(stream, CompressionMode.Decompress) : stream;
            read = source.ReadAtLeast(bytes, count, throwOnEndOfStream: false);
        }
        catch (InvalidDataException e)
        {
            throw FileAccessErrors.CorruptCompressed(path, "gzip", file == path ? "the file" : $"its data file {file}", e);
        }

        return (bytes[..read], gzip);
    }

    private static Size3 ReadSize(NiftiHeader h, string path)
    {
        long rank = h.Dim[0];
        if (rank is < 1 or > 7)
        {
            throw new ImageFormatException(path, $"dim[0] = {rank} is not a number of dimensions between 1 and 7 (corrupt header?)");
        }

        // Axes past dim[0] do not exist (nifti1.h); 2D images get one slice.
        long Axis(int i) => i <= rank ? h.Dim[i] : 1;
        long volumes = 1;
        for (int i = 4; i <= rank; i++)
        {
            // nifti1_io reads a non-positive time/component length as 1; only the spatial axes must be valid.
            volumes = Math.Min(volumes * Math.Clamp(h.Dim[i], 1, int.MaxValue), int.MaxValue);
        }

        Size3 size = ImageChecks.Size(path, Axis(1), Axis(2), Axis(3));
        if (volumes > 1)
        {
            throw new ImageFormatException(path,
                $"the file holds {Counts.Format(volumes)} volumes or components (dim[4..{rank}] = {string.Join("×", h.Dim[4..(int)(rank + 1)])}), and PulmoPet reads single 3D volumes only (split it first, e.g. with fslsplit)");
        }

        return size;
    }

    /// <summary>nifti1.h: scl_slope = 0 means no scaling; (1, 0) is the identity; non-finite values count as absent.</summary>
    private static ValueScaling? Scaling(NiftiHeader h)
    {
        if (!double.IsFinite(h.SclSlope) || h.SclSlope == 0)
        {
            return null;
        }

        double intercept = double.IsFinite(h.SclInter) ? h.SclInter : 0;
        return h.SclSlope == 1 && intercept == 0 ? null : new ValueScaling(h.SclSlope, intercept);
    }

    private static VoxelDataLocation DataLocation(string path, string headerPath, NiftiHeader h, bool gzip)
    {
        if (!double.IsFinite(h.VoxOffset) || h.VoxOffset < 0 || h.VoxOffset > long.MaxValue / 2)
        {
            throw new ImageFormatException(path, $"vox_offset = {Counts.Number(h.VoxOffset)} is not a valid data offset");
        }

        long offset = (long)h.VoxOffset;
        bool big = h.BigEndian;
        if (h.SingleFile)
        {
            // nibabel's header check: a single-file offset below the header plus extension flag means "unset".
            int minimum = h.Version == 2 ? NiftiHeader.Nifti2Size + 4 : NiftiHeader.Nifti1SingleFileVoxOffset;
            offset = Math.Max(offset, minimum);
            return gzip
                ? new VoxelDataLocation(headerPath, DataEncoding.Gzip, 0) { ByteSkip = offset, BigEndian = big }
                : new VoxelDataLocation(headerPath, DataEncoding.Raw, offset) { BigEndian = big };
        }

        string imagePath = ImagePathOf(path, headerPath);
        return IsGzip(path, imagePath)
            ? new VoxelDataLocation(imagePath, DataEncoding.Gzip, 0) { ByteSkip = offset, BigEndian = big }
            : new VoxelDataLocation(imagePath, DataEncoding.Raw, offset) { BigEndian = big };
    }

    /// <summary>The .img (or .img.gz) beside a .hdr (or .hdr.gz).</summary>
    private static string ImagePathOf(string path, string headerPath)
    {
        string stem = headerPath.EndsWith(".hdr.gz", StringComparison.OrdinalIgnoreCase) ? headerPath[..^7]
            : headerPath.EndsWith(".hdr", StringComparison.OrdinalIgnoreCase) ? headerPath[..^4]
            : throw new ImageFormatException(path,
                "the header says its voxels are in a separate .img file (magic \"ni1\" or Analyze 7.5), but the file name does not end in .hdr");
        string[] candidates = [stem + ".img", stem + ".img.gz", stem + ".IMG"];
        return candidates.FirstOrDefault(File.Exists)
            ?? throw new ImageFormatException(path, $"its data file {Path.GetFileName(stem)}.img does not exist");
    }

    private static bool IsGzip(string path, string file)
    {
        using FileStream stream = FileAccessErrors.OpenRead(path, file);
        return stream.ReadByte() == 0x1f && stream.ReadByte() == 0x8b;
    }
}
