using System.Buffers.Binary;
using System.IO.Compression;
using PulmoPet.Imaging;

namespace PulmoPet.Web.Http;

/// <summary>
/// Copies a single-file NIfTI-1 or NIfTI-2 image (.nii or .nii.gz) to a stream uncompressed, with every free-text
/// field of the header blanked (descrip, aux_file, intent_name and NIfTI-1's unused db_name/data_type) and the
/// header extensions zeroed and flagged absent: converters put series descriptions, and some put DICOM headers
/// (dcm2niix's extension code 2), there, and the viewer must never show a DICOM identifier. Geometry, data type,
/// scaling and voxels are copied unchanged. Field offsets from nifti1.h and nifti2.h.
/// </summary>
internal static class NiftiDeidentifier
{
    private const int Nifti1HeaderSize = 348;
    private const int Nifti2HeaderSize = 540;
    private const int ExtensionFlagSize = 4;

    /// <summary>(offset, length) of the text fields of the NIfTI-1 header: data_type, db_name, descrip, aux_file, intent_name.</summary>
    private static readonly (int Offset, int Length)[] Nifti1TextFields = [(4, 10), (14, 18), (148, 80), (228, 24), (328, 16)];

    /// <summary>(offset, length) of the text fields of the NIfTI-2 header: descrip, aux_file, intent_name.</summary>
    private static readonly (int Offset, int Length)[] Nifti2TextFields = [(240, 80), (320, 24), (508, 16)];

    public static async Task CopyAsync(string path, string displayName, Stream output, CancellationToken cancellationToken)
    {
        await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
        var magic = new byte[2];
        int read = await file.ReadAtLeastAsync(magic, 2, throwOnEndOfStream: false, cancellationToken);
        file.Position = 0;
        await using Stream source = read == 2 && magic[0] == 0x1f && magic[1] == 0x8b
            ? new GZipStream(file, CompressionMode.Decompress)
            : file;

        var sizeBytes = new byte[4];
        await ReadExactlyAsync(source, sizeBytes, displayName, cancellationToken);
        (int headerSize, bool bigEndian) = HeaderSize(sizeBytes, displayName);
        var header = new byte[headerSize + ExtensionFlagSize];
        sizeBytes.CopyTo(header, 0);
        await ReadExactlyAsync(source, header.AsMemory(4), displayName, cancellationToken);

        long voxOffset = headerSize == Nifti1HeaderSize
            ? (long)ReadSingle(header.AsSpan(108, 4), bigEndian)
            : ReadInt64(header.AsSpan(168, 8), bigEndian);
        if (voxOffset < header.Length)
        {
            throw new InvalidInputException(
                $"{displayName} is not a single-file NIfTI image (vox_offset {voxOffset} is inside the header); the workspace stores .nii.gz files.");
        }

        foreach ((int offset, int length) in headerSize == Nifti1HeaderSize ? Nifti1TextFields : Nifti2TextFields)
        {
            header.AsSpan(offset, length).Clear();
        }

        header.AsSpan(headerSize, ExtensionFlagSize).Clear();
        await output.WriteAsync(header, cancellationToken);

        // The extensions, replaced by zeros of the same length so vox_offset stays valid.
        long extensionBytes = voxOffset - header.Length;
        var buffer = new byte[1 << 16];
        while (extensionBytes > 0)
        {
            int chunk = (int)Math.Min(buffer.Length, extensionBytes);
            await ReadExactlyAsync(source, buffer.AsMemory(0, chunk), displayName, cancellationToken);
            buffer.AsSpan(0, chunk).Clear();
            await output.WriteAsync(buffer.AsMemory(0, chunk), cancellationToken);
            extensionBytes -= chunk;
        }

        await source.CopyToAsync(output, buffer.Length, cancellationToken);
    }

    private static (int Size, bool BigEndian) HeaderSize(ReadOnlySpan<byte> bytes, string displayName)
    {
        int little = BinaryPrimitives.ReadInt32LittleEndian(bytes);
        int big = BinaryPrimitives.ReadInt32BigEndian(bytes);
        return (little, big) switch
        {
            (Nifti1HeaderSize or Nifti2HeaderSize, _) => (little, false),
            (_, Nifti1HeaderSize or Nifti2HeaderSize) => (big, true),
            _ => throw new InvalidInputException($"{displayName} is not a NIfTI image (sizeof_hdr is neither 348 nor 540)."),
        };
    }

    private static float ReadSingle(ReadOnlySpan<byte> bytes, bool bigEndian) =>
        bigEndian ? BinaryPrimitives.ReadSingleBigEndian(bytes) : BinaryPrimitives.ReadSingleLittleEndian(bytes);

    private static long ReadInt64(ReadOnlySpan<byte> bytes, bool bigEndian) =>
        bigEndian ? BinaryPrimitives.ReadInt64BigEndian(bytes) : BinaryPrimitives.ReadInt64LittleEndian(bytes);

    private static async Task ReadExactlyAsync(Stream source, Memory<byte> buffer, string displayName, CancellationToken cancellationToken)
    {
        try
        {
            await source.ReadExactlyAsync(buffer, cancellationToken);
        }
        catch (EndOfStreamException exception)
        {
            throw new InvalidInputException($"{displayName} ends inside its NIfTI header.", exception);
        }
        catch (InvalidDataException exception)
        {
            throw new InvalidInputException($"{displayName} is not a valid gzip file ({exception.Message}).", exception);
        }
    }
}
