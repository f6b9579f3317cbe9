namespace PulmoPet.Imaging.Dicom.Pixels;

/// <summary>
/// Reads entropy-coded bits (ITU T.81 F.2.2.5): removes the 0x00 stuffed after 0xFF and stops at a
/// marker, feeding zeros past it, so a restart marker can be located afterwards.
/// </summary>
internal ref struct JpegBitReader
{
    private readonly ReadOnlySpan<byte> _data;
    private int _position;
    private ulong _buffer;
    private int _bits;
    private bool _atMarker;

    public JpegBitReader(ReadOnlySpan<byte> data, int position)
    {
        _data = data;
        _position = position;
        _buffer = 0;
        _bits = 0;
        _atMarker = false;
    }

    public int Position => _position;

    public int PeekBits(int count)
    {
        if (_bits < count)
        {
            Fill();
        }

        return (int)((_buffer >> (_bits - count)) & ((1UL << count) - 1));
    }

    public void Skip(int count) => _bits -= count;

    public int ReadBits(int count)
    {
        if (count == 0)
        {
            return 0;
        }

        int value = PeekBits(count);
        _bits -= count;
        return value;
    }

    /// <summary>Drops buffered bits and moves past the next RSTn marker (T.81 E.2.4: a restart realigns to bytes).</summary>
    public bool ConsumeRestartMarker()
    {
        _bits = 0;
        _buffer = 0;
        _atMarker = false;
        while (_position + 1 < _data.Length)
        {
            if (_data[_position] == 0xFF && _data[_position + 1] is >= 0xD0 and <= 0xD7)
            {
                _position += 2;
                return true;
            }

            _position++;
        }

        return false;
    }

    private void Fill()
    {
        while (_bits <= 56)
        {
            int next = 0;
            if (!_atMarker && _position < _data.Length)
            {
                byte b = _data[_position];
                if (b == 0xFF)
                {
                    byte following = _position + 1 < _data.Length ? _data[_position + 1] : (byte)0xD9;
                    if (following == 0x00)
                    {
                        next = 0xFF;
                        _position += 2;
                    }
                    else if (following == 0xFF)
                    {
                        _position++; // fill bytes before a marker (B.1.1.2)
                        continue;
                    }
                    else
                    {
                        _atMarker = true;
                    }
                }
                else
                {
                    next = b;
                    _position++;
                }
            }

            _buffer = (_buffer << 8) | (uint)next;
            _bits += 8;
        }
    }
}
