using System.Buffers.Binary;
using System.IO.Compression;
using PulmoPet.Imaging.Dicom.Parsing;

namespace PulmoPet.Imaging.Dicom;

/// <summary>
/// Reads DICOM Part 10 files (PS3.10 7.1: 128-byte preamble, "DICM", File Meta Information in explicit
/// VR little endian, then the data set in the transfer syntax it names) and raw data sets without them.
/// </summary>
public static class DicomReader
{
    private const int PreambleLength = 128;
    private static readonly byte[] Magic = "DICM"u8.ToArray();

    /// <summary>Reads a file; throws <see cref="DicomFormatException"/> naming the file and byte offset when it is not valid DICOM.</summary>
    public static DicomFile ReadFile(string path, DicomReadOptions? options = null)
    {
        options ??= DicomReadOptions.Full;
        byte[] data;
        try
        {
            if (options.StopBeforePixelData)
            {
                using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
                long length = stream.Length;
                if (length > options.HeaderPrefixBytes)
                {
                    var prefix = new byte[options.HeaderPrefixBytes];
                    stream.ReadExactly(prefix);
                    try
                    {
                        return Parse(prefix, path, options, bufferIsPrefix: true);
                    }
                    catch (NeedMoreDataException)
                    {
                        // The header is longer than the prefix: fall through and read the whole file.
                    }
                }
            }

            data = File.ReadAllBytes(path);
        }
        catch (IOException e)
        {
            throw new InvalidInputException($"Cannot read DICOM file '{path}': {e.Message}", e);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new InvalidInputException($"Cannot read DICOM file '{path}': {e.Message}", e);
        }

        return Parse(data, path, options, bufferIsPrefix: false);
    }

    /// <summary>Parses a file already in memory.</summary>
    public static DicomFile Parse(byte[] data, string path, DicomReadOptions? options = null) =>
        Parse(data, path, options ?? DicomReadOptions.Full, bufferIsPrefix: false);

    /// <summary>True when the file starts with a preamble and "DICM" (a cheap check, no parsing).</summary>
    public static bool HasPart10Header(ReadOnlySpan<byte> start) =>
        start.Length >= PreambleLength + 4 && start.Slice(PreambleLength, 4).SequenceEqual(Magic);

    private static DicomFile Parse(byte[] data, string path, DicomReadOptions options, bool bufferIsPrefix)
    {
        bool hasPreamble = HasPart10Header(data);
        int position = hasPreamble ? PreambleLength + 4 : 0;
        var meta = new DicomDataset(path, DicomCharacterSet.Default);

        if (data.Length - position >= 8 && BinaryPrimitives.ReadUInt16LittleEndian(data.AsSpan(position)) == 0x0002)
        {
            // PS3.10 7.1: the meta group is always Explicit VR Little Endian. Some writers use implicit VR; detect that.
            bool explicitMeta = DicomVrInfo.LooksLikeVr(data[position + 4], data[position + 5]);
            var metaParser = new DatasetParser(data, path, explicitMeta, false, bufferIsPrefix, copyValues: options.StopBeforePixelData);
            position = metaParser.ReadDataset(meta, position, data.Length, false, false, stopAt: tag => tag.Group != 0x0002);
        }
        else if (!hasPreamble && !LooksLikeRawDataset(data))
        {
            throw new DicomFormatException($"'{path}' is not a DICOM file (no \"DICM\" prefix at byte 128 and no data set at byte 0).");
        }

        string? uid = meta.GetString(DicomTags.TransferSyntaxUid);
        var syntax = string.IsNullOrEmpty(uid) ? GuessSyntax(data, position) : TransferSyntax.FromUid(uid);

        byte[] body = data;
        if (syntax.Deflated)
        {
            if (bufferIsPrefix)
            {
                throw new NeedMoreDataException();
            }

            body = Inflate(data, position, path);
            position = 0;
        }

        var dataset = new DicomDataset(path, DicomCharacterSet.Default);
        var parser = new DatasetParser(body, path, syntax.ExplicitVr, syntax.BigEndian, bufferIsPrefix, copyValues: options.StopBeforePixelData);
        parser.ReadDataset(dataset, position, body.Length, false, options.StopBeforePixelData);
        if (bufferIsPrefix && !parser.StoppedBeforePixelData)
        {
            throw new NeedMoreDataException(); // the prefix ended exactly at an element boundary: not proof of the end
        }

        return new DicomFile(path, meta, dataset, syntax, hasPreamble, parser.StoppedBeforePixelData);
    }

    /// <summary>
    /// A raw data set (no meta) must start with a small group number (0008 for nearly every IOD) in
    /// either byte order; anything else is treated as not DICOM so folder scans skip it.
    /// </summary>
    private static bool LooksLikeRawDataset(ReadOnlySpan<byte> data)
    {
        if (data.Length < 8)
        {
            return false;
        }

        ushort group = BinaryPrimitives.ReadUInt16LittleEndian(data);
        ushort groupBe = BinaryPrimitives.ReadUInt16BigEndian(data);
        return group is >= 0x0002 and <= 0x0010 && (group & 1) == 0 || groupBe is >= 0x0008 and <= 0x0010 && (groupBe & 1) == 0;
    }

    /// <summary>No Transfer Syntax UID: infer from the first element (byte order from the group, explicit VR from two letters).</summary>
    private static TransferSyntax GuessSyntax(byte[] data, int position)
    {
        if (data.Length - position < 6)
        {
            return TransferSyntax.ImplicitVrLittleEndian;
        }

        ushort group = BinaryPrimitives.ReadUInt16LittleEndian(data.AsSpan(position));
        bool explicitVr = DicomVrInfo.LooksLikeVr(data[position + 4], data[position + 5]);
        if (group > 0x00FF && BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(position)) <= 0x00FF && explicitVr)
        {
            return TransferSyntax.ExplicitVrBigEndian;
        }

        return explicitVr ? TransferSyntax.ExplicitVrLittleEndian : TransferSyntax.ImplicitVrLittleEndian;
    }

    /// <summary>PS3.5 A.5: everything after the meta group is a raw deflate stream (RFC 1951, no zlib header).</summary>
    private static byte[] Inflate(byte[] data, int position, string path)
    {
        try
        {
            using var input = new MemoryStream(data, position, data.Length - position, writable: false);
            using var inflater = new DeflateStream(input, CompressionMode.Decompress);
            using var output = new MemoryStream();
            var buffer = new byte[81920];
            int read;
            while ((read = inflater.Read(buffer)) > 0)
            {
                if (output.Length + read > Array.MaxLength)
                {
                    throw new DicomFormatException($"DICOM file '{path}' is malformed at byte {position}: the deflated data set inflates beyond the largest buffer .NET can hold.");
                }

                output.Write(buffer, 0, read);
            }

            return output.ToArray();
        }
        catch (InvalidDataException e)
        {
            throw new DicomFormatException($"DICOM file '{path}' is malformed at byte {position}: the deflated data set cannot be inflated ({e.Message}).", e);
        }
    }
}
