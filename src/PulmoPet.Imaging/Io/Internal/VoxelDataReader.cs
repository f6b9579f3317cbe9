using System.Buffers.Binary;
using System.IO.Compression;
using System.Runtime.InteropServices;

namespace PulmoPet.Imaging.Io.Internal;

/// <summary>
/// Reads the voxels of a parsed header into a new volume: budget check first, then size checks that need no
/// allocation, then bulk reads straight into the voxel buffer (1 GiB chunks), byte swapping and value scaling.
/// </summary>
internal static class VoxelDataReader
{
    public static Volume Read(StoredImage image, ImageReadOptions options)
    {
        ImageHeader header = image.Header;
        VoxelDataLocation data = image.Data;
        string path = header.Path;
        ImageChecks.WithinBudget(path, header.Geometry.Size, options.MaxVoxels);
        long byteCount = header.Geometry.VoxelCount * header.StoredType.SizeInBytes();
        string dataName = SameFile(path, data.DataPath) ? "the file" : $"its data file {data.DataPath}";

        using FileStream file = FileAccessErrors.OpenRead(path, data.DataPath);
        try
        {
            long start = data.Offset;
            if (data.Encoding == DataEncoding.Raw)
            {
                start = RawStart(path, dataName, file.Length, data, byteCount);
            }
            else if (start > file.Length)
            {
                throw Truncated(path, dataName, 0, byteCount);
            }

            file.Position = start;
            SkipLines(file, data.LineSkip, path, dataName);
            using Stream decoded = Decode(file, data.Encoding);
            Skip(decoded, data.ByteSkip, path, dataName, byteCount);

            Volume volume = VoxelTypes.Create(header.StoredType, header.Geometry);
            if (data.Encoding == DataEncoding.Ascii)
            {
                AsciiVoxelParser.Parse(decoded, volume, path);
            }
            else
            {
                long total = 0;
                int elementSize = header.StoredType.SizeInBytes();
                bool swap = data.BigEndian == BitConverter.IsLittleEndian;
                VoxelBytes.ForEachChunk(volume, chunk =>
                {
                    int read = decoded.ReadAtLeast(chunk, chunk.Length, throwOnEndOfStream: false);
                    total += read;
                    if (read < chunk.Length)
                    {
                        throw Truncated(path, dataName, total, byteCount);
                    }

                    if (swap)
                    {
                        ReverseByteOrder(chunk, elementSize);
                    }
                });

                if (data.Encoding is DataEncoding.Gzip or DataEncoding.Zlib)
                {
                    // zlib checks the gzip CRC-32 / zlib Adler-32 only when the stream is read to its end.
                    decoded.CopyTo(Stream.Null);
                }
            }

            return header.Scaling is { } scaling ? ValueScaler.Apply(volume, scaling) : volume;
        }
        catch (InvalidDataException e)
        {
            throw FileAccessErrors.CorruptCompressed(path, data.Encoding == DataEncoding.Zlib ? "zlib" : "gzip", dataName, e);
        }
        catch (IOException e) when (e is not FileNotFoundException)
        {
            throw new ImageFormatException(path, $"{dataName} cannot be read ({FileAccessErrors.Reason(e)})", e);
        }
    }

    /// <summary>Checks a raw file holds enough bytes before allocating, and finds where the data start.</summary>
    private static long RawStart(string path, string dataName, long fileLength, VoxelDataLocation data, long byteCount)
    {
        if (data.AtEndOfFile)
        {
            long start = fileLength - byteCount;
            if (start < data.Offset)
            {
                throw Truncated(path, dataName, Math.Max(0, fileLength - data.Offset), byteCount);
            }

            return start;
        }

        if (data.LineSkip == 0)
        {
            long available = fileLength - data.Offset - data.ByteSkip;
            if (available < byteCount)
            {
                throw Truncated(path, dataName, Math.Max(0, available), byteCount);
            }
        }

        return data.Offset;
    }

    private static Stream Decode(FileStream file, DataEncoding encoding) => encoding switch
    {
        DataEncoding.Gzip => new GZipStream(file, CompressionMode.Decompress, leaveOpen: true),
        DataEncoding.Zlib => new ZLibStream(file, CompressionMode.Decompress, leaveOpen: true),
        _ => new NonClosingStream(file),
    };

    private static void SkipLines(FileStream file, int lines, string path, string dataName)
    {
        for (int skipped = 0; skipped < lines;)
        {
            int b = file.ReadByte();
            if (b < 0)
            {
                throw new ImageFormatException(path, $"{dataName} ends after {skipped} of the {lines} lines to skip (line skip)");
            }

            if (b == '\n')
            {
                skipped++;
            }
        }
    }

    private static void Skip(Stream stream, long bytes, string path, string dataName, long byteCount)
    {
        if (bytes <= 0)
        {
            return;
        }

        if (stream.CanSeek)
        {
            stream.Position += bytes;
            return;
        }

        var scratch = new byte[(int)Math.Min(bytes, 1 << 16)];
        long left = bytes;
        while (left > 0)
        {
            int read = stream.Read(scratch, 0, (int)Math.Min(left, scratch.Length));
            if (read == 0)
            {
                throw Truncated(path, dataName, 0, byteCount);
            }

            left -= read;
        }
    }

    internal static void ReverseByteOrder(Span<byte> bytes, int elementSize)
    {
        switch (elementSize)
        {
            case 2:
                var u16 = MemoryMarshal.Cast<byte, ushort>(bytes);
                BinaryPrimitives.ReverseEndianness(u16, u16);
                break;
            case 4:
                var u32 = MemoryMarshal.Cast<byte, uint>(bytes);
                BinaryPrimitives.ReverseEndianness(u32, u32);
                break;
            case 8:
                var u64 = MemoryMarshal.Cast<byte, ulong>(bytes);
                BinaryPrimitives.ReverseEndianness(u64, u64);
                break;
        }
    }

    private static ImageFormatException Truncated(string path, string dataName, long read, long expected) =>
        new(path, $"{dataName} ends after {Counts.Format(read)} of {Counts.Format(expected)} voxel bytes (truncated download?)");

    private static bool SameFile(string a, string b) =>
        string.Equals(Path.GetFullPath(a), Path.GetFullPath(b), StringComparison.Ordinal);

    /// <summary>Lets the raw path share the decode code without disposing the file twice.</summary>
    private sealed class NonClosingStream(Stream inner) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => inner.CanSeek;

        public override bool CanWrite => false;

        public override long Length => inner.Length;

        public override long Position { get => inner.Position; set => inner.Position = value; }

        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);

        public override int Read(Span<byte> buffer) => inner.Read(buffer);

        public override long Seek(long offset, SeekOrigin origin) => inner.Seek(offset, origin);

        public override void Flush()
        {
        }

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
