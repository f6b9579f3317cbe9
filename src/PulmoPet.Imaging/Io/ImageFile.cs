using System.Numerics;
using PulmoPet.Imaging.Io.Internal;
using PulmoPet.Imaging.Io.MetaImage;
using PulmoPet.Imaging.Io.Nifti;
using PulmoPet.Imaging.Io.Nrrd;

namespace PulmoPet.Imaging.Io;

/// <summary>
/// Reads and writes 3D images as NIfTI (.nii, .nii.gz; NIfTI-2 and .hdr/.img pairs read only), NRRD (.nrrd,
/// .nhdr) and MetaImage (.mha, .mhd). Reading detects the format from the file's content; writing chooses it
/// from the extension. Geometry is LPS in memory whatever the file stores. Every problem with a file is an
/// <see cref="ImageFormatException"/> with one sentence naming the file; writes are atomic (temporary name,
/// then rename), so a failed write leaves no output behind.
/// </summary>
public static class ImageFile
{
    /// <summary>The extensions <see cref="Write(Volume, string, ImageWriteOptions)"/> understands.</summary>
    public static IReadOnlyList<string> WritableExtensions { get; } = [".nii", ".nii.gz", ".nrrd", ".nhdr", ".mha", ".mhd"];

    /// <summary>Reads an image in its stored voxel type (float32/float64 when a NIfTI value scaling applies).</summary>
    public static Volume Read(string path, ImageReadOptions? options = null)
    {
        StoredImage image = ReadStoredHeader(path);
        return VoxelDataReader.Read(image, options ?? ImageReadOptions.Default);
    }

    /// <summary>Reads an image and converts it to <typeparamref name="T"/> (saturating, as <see cref="Volume.ConvertTo{TOut}"/>).</summary>
    public static Volume<T> Read<T>(string path, ImageReadOptions? options = null)
        where T : unmanaged, INumber<T>
    {
        Volume volume = Read(path, options);
        return volume as Volume<T> ?? volume.ConvertTo<T>();
    }

    /// <summary>Reads only the header: format, geometry, voxel type, scaling, description.</summary>
    public static ImageHeader ReadHeader(string path) => ReadStoredHeader(path).Header;

    /// <summary>Writes an image in the format its extension names, with default options (gzip at Fastest).</summary>
    public static void Write(Volume volume, string path) => Write(volume, path, ImageWriteOptions.Default);

    /// <summary>Writes an image in the format its extension names (see <see cref="WritableExtensions"/>).</summary>
    public static void Write(Volume volume, string path, ImageWriteOptions options)
    {
        ArgumentNullException.ThrowIfNull(volume);
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(options);
        string name = path.ToLowerInvariant();
        try
        {
            if (name.EndsWith(".nii.gz"))
            {
                NiftiWriter.Write(volume, path, compress: true, options);
            }
            else if (name.EndsWith(".nii"))
            {
                NiftiWriter.Write(volume, path, compress: false, options);
            }
            else if (name.EndsWith(".nrrd"))
            {
                NrrdWriter.Write(volume, path, detached: false, options);
            }
            else if (name.EndsWith(".nhdr"))
            {
                NrrdWriter.Write(volume, path, detached: true, options);
            }
            else if (name.EndsWith(".mha"))
            {
                MetaImageWriter.Write(volume, path, separateData: false, options);
            }
            else if (name.EndsWith(".mhd"))
            {
                MetaImageWriter.Write(volume, path, separateData: true, options);
            }
            else
            {
                throw new ImageFormatException(path,
                    $"cannot tell the image format from the extension (use {string.Join(", ", WritableExtensions)})");
            }
        }
        catch (IOException e)
        {
            throw new ImageFormatException(path, $"cannot be written ({FileAccessErrors.Reason(e)})", e);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new ImageFormatException(path, $"cannot be written (permission denied, or it is a folder)", e);
        }
    }

    private static StoredImage ReadStoredHeader(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return ImageFormatDetector.Detect(path) switch
        {
            ImageFileFormat.Nrrd => NrrdReader.ReadHeader(path),
            ImageFileFormat.MetaImage => MetaImageReader.ReadHeader(path),
            _ => NiftiReader.ReadHeader(path),
        };
    }
}
