using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Text;

namespace PulmoPet.Imaging.Tests.Io;

/// <summary>Builds NRRD and MetaImage test files from header text and raw values.</summary>
internal static class TextImageFile
{
    public static byte[] Bytes<T>(T[] values, bool bigEndian = false)
        where T : unmanaged
    {
        byte[] bytes = MemoryMarshal.AsBytes(values.AsSpan()).ToArray();
        int size = Marshal.SizeOf<T>();
        if (bigEndian)
        {
            for (int i = 0; i < bytes.Length; i += size)
            {
                Array.Reverse(bytes, i, size);
            }
        }

        return bytes;
    }

    public static byte[] Gzip(byte[] data)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest))
        {
            gzip.Write(data);
        }

        return output.ToArray();
    }

    public static byte[] Zlib(byte[] data)
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.Fastest))
        {
            zlib.Write(data);
        }

        return output.ToArray();
    }

    /// <summary>Header lines joined with "\n" (the caller adds the blank line or not), followed by data.</summary>
    public static void Write(string path, string header, byte[]? data = null)
    {
        byte[] text = Encoding.ASCII.GetBytes(header);
        File.WriteAllBytes(path, data is null ? text : [.. text, .. data]);
    }
}
