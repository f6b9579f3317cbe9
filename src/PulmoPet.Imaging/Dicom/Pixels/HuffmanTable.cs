namespace PulmoPet.Imaging.Dicom.Pixels;

/// <summary>
/// A canonical Huffman table from a DHT segment (ITU T.81 annex C): code lengths 1–16 and the
/// values in code order; decoded with the MAXCODE/VALPTR procedure of F.2.2.3 (figure F.16),
/// plus a 9-bit lookup for the common short codes.
/// </summary>
internal sealed class HuffmanTable
{
    public const int LookupBits = 9;

    private readonly int[] _maxCode = new int[18];
    private readonly int[] _valueOffset = new int[17];
    private readonly byte[] _values;

    /// <summary>For each 9-bit prefix: (code length &lt;&lt; 8) | value, or 0 when the code is longer.</summary>
    private readonly ushort[] _lookup = new ushort[1 << LookupBits];

    public HuffmanTable(ReadOnlySpan<byte> counts, ReadOnlySpan<byte> values)
    {
        _values = values.ToArray();
        int code = 0, k = 0;
        for (int length = 1; length <= 16; length++)
        {
            _valueOffset[length] = k - code;
            int n = counts[length - 1];
            if (code + n > 1 << length)
            {
                throw new InvalidDataException($"the Huffman table defines more codes of length {length} than fit (C.2)");
            }

            for (int i = 0; i < n; i++, k++, code++)
            {
                if (length <= LookupBits)
                {
                    int shift = LookupBits - length;
                    for (int fill = 0; fill < 1 << shift; fill++)
                    {
                        _lookup[(code << shift) | fill] = (ushort)((length << 8) | _values[k]);
                    }
                }
            }

            _maxCode[length] = n > 0 ? code - 1 : -1;
            code <<= 1;
        }

        _maxCode[17] = int.MaxValue;
    }

    public int Lookup(int peek9) => _lookup[peek9];

    /// <summary>The value of a code of <paramref name="length"/> bits, or −1 when no code of that length matches.</summary>
    public int ValueOf(int code, int length) =>
        code <= _maxCode[length] ? _values[code + _valueOffset[length]] : -1;

    public int MaxCode(int length) => _maxCode[length];
}
