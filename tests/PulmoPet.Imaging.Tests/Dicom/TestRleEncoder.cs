namespace PulmoPet.Imaging.Tests.Dicom;

/// <summary>
/// A minimal RLE Lossless encoder (PS3.5 annex G) for tests: one segment per byte plane, most significant
/// first, each PackBits-coded with replicate runs for repeats and literal runs otherwise (G.3.1).
/// </summary>
internal static class TestRleEncoder
{
    public static byte[] Encode(ReadOnlySpan<byte> littleEndianSamples, int bytesPerSample)
    {
        int count = littleEndianSamples.Length / bytesPerSample;
        var segments = new List<byte[]>();
        for (int s = 0; s < bytesPerSample; s++)
        {
            var plane = new byte[count];
            for (int i = 0; i < count; i++)
            {
                plane[i] = littleEndianSamples[i * bytesPerSample + (bytesPerSample - 1 - s)];
            }

            segments.Add(PackBits(plane));
        }

        var header = new byte[64];
        BitConverter.TryWriteBytes(header.AsSpan(0, 4), (uint)bytesPerSample);
        uint offset = 64;
        for (int s = 0; s < segments.Count; s++)
        {
            BitConverter.TryWriteBytes(header.AsSpan(4 + 4 * s, 4), offset);
            offset += (uint)segments[s].Length;
        }

        var result = new List<byte>(header);
        foreach (var segment in segments)
        {
            result.AddRange(segment);
        }

        if (result.Count % 2 == 1)
        {
            result.Add(0x80); // a no-op run pads the fragment to even length
        }

        return [.. result];
    }

    private static byte[] PackBits(byte[] data)
    {
        var output = new List<byte>();
        int i = 0;
        while (i < data.Length)
        {
            int run = 1;
            while (i + run < data.Length && data[i + run] == data[i] && run < 128)
            {
                run++;
            }

            if (run >= 3)
            {
                output.Add((byte)(sbyte)(1 - run));
                output.Add(data[i]);
                i += run;
                continue;
            }

            int start = i;
            while (i < data.Length && i - start < 128 && !(i + 2 < data.Length && data[i] == data[i + 1] && data[i] == data[i + 2]))
            {
                i++;
            }

            output.Add((byte)(i - start - 1));
            output.AddRange(data.AsSpan(start, i - start).ToArray());
        }

        return [.. output];
    }
}
