using System.IO.Compression;
using System.Text;
using PulmoPet.Imaging.Io.Nifti;

namespace PulmoPet.Imaging.Io.Internal;

/// <summary>
/// Finds a file's format from its first bytes, not its name: gzip is looked into, NIfTI is recognised by
/// sizeof_hdr (348 or 540 in either byte order), NRRD by "NRRD000", MetaImage by its "NDims"/"ObjectType"
/// keys. The extension only shapes the message when nothing matches.
/// </summary>
internal static class ImageFormatDetector
{
    private const int ProbeBytes = 4096;

    public static ImageFileFormat Detect(string path)
    {
        byte[] start = ReadStart(path, out bool gzip, out long length);
        if (length == 0)
        {
            throw new ImageFormatException(path, "the file is empty");
        }

        if (NiftiHeader.Detect(start).Size != 0)
        {
            return ImageFileFormat.Nifti1; // the NIfTI reader tells NIfTI-1, NIfTI-2 and Analyze 7.5 apart
        }

        if (!gzip && start.AsSpan().StartsWith("NRRD000"u8))
        {
            return ImageFileFormat.Nrrd;
        }

        if (!gzip && LooksLikeMetaImage(start))
        {
            return ImageFileFormat.MetaImage;
        }

        if (HasPairHeader(path))
        {
            return ImageFileFormat.Nifti1;
        }

        throw new ImageFormatException(path, Mismatch(path, gzip));
    }

    private static byte[] ReadStart(string path, out bool gzip, out long length)
    {
        using FileStream file = FileAccessErrors.OpenRead(path, path);
        length = file.Length;
        var start = new byte[ProbeBytes];
        int read = file.ReadAtLeast(start, start.Length, throwOnEndOfStream: false);
        gzip = read >= 2 && start[0] == 0x1f && start[1] == 0x8b;
        if (!gzip)
        {
            return start[..read];
        }

        file.Position = 0;
        try
        {
            using var decompressed = new GZipStream(file, CompressionMode.Decompress);
            read = decompressed.ReadAtLeast(start, NiftiHeader.Nifti2Size, throwOnEndOfStream: false);
            return start[..read];
        }
        catch (InvalidDataException e)
        {
            throw FileAccessErrors.CorruptCompressed(path, "gzip", "the file", e);
        }
    }

    /// <summary>MetaIO headers are "Key = Value" lines; every image header has NDims, and most start with ObjectType.</summary>
    private static bool LooksLikeMetaImage(byte[] start)
    {
        int nul = Array.IndexOf(start, (byte)0);
        string text = Encoding.Latin1.GetString(start, 0, nul < 0 ? start.Length : nul);
        foreach (string line in text.Split('\n'))
        {
            int equals = line.IndexOf('=');
            if (equals > 0)
            {
                string key = line[..equals].Trim();
                if (key.Equals("NDims", StringComparison.OrdinalIgnoreCase) || key.Equals("ObjectType", StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The user named the .img of an Analyze/NIfTI pair.</summary>
    private static bool HasPairHeader(string path) =>
        (path.EndsWith(".img", StringComparison.OrdinalIgnoreCase) && File.Exists(path[..^4] + ".hdr"))
        || (path.EndsWith(".img.gz", StringComparison.OrdinalIgnoreCase) && File.Exists(path[..^7] + ".hdr.gz"));

    private static string Mismatch(string path, bool gzip)
    {
        string name = path.ToLowerInvariant();
        if (name.EndsWith(".nii") || name.EndsWith(".nii.gz") || name.EndsWith(".hdr") || name.EndsWith(".hdr.gz"))
        {
            return gzip
                ? "not a NIfTI file (it is gzip-compressed, but what it holds does not start with a 348- or 540-byte NIfTI header)"
                : "not a NIfTI file (its first 4 bytes, sizeof_hdr, are neither 348 nor 540)";
        }

        if (name.EndsWith(".nrrd") || name.EndsWith(".nhdr"))
        {
            return "not a NRRD file (it does not start with \"NRRD000\")";
        }

        if (name.EndsWith(".mha") || name.EndsWith(".mhd"))
        {
            return "not a MetaImage file (its header has no \"NDims =\" or \"ObjectType =\" line)";
        }

        return "not an image file PulmoPet can read (it is neither NIfTI, NRRD nor MetaImage)";
    }
}
