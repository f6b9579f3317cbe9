using System.Buffers.Binary;
using System.Text;

namespace PulmoPet.Imaging.Dicom.Writing;

/// <summary>
/// Builds a <see cref="DicomDataset"/> to write: each value is checked against its VR's length limit and padded
/// to an even length as PS3.5 6.2 and 7.1.1 require (UI with NUL, other text with SPACE, OB with NUL). Text
/// of the character-set VRs is UTF-8 ("ISO_IR 192", PS3.5 6.1.2.5.3), which the writers declare in
/// Specific Character Set (0008,0005); every other text VR is restricted to the default repertoire (ASCII).
/// </summary>
public sealed class DicomDatasetBuilder
{
    /// <summary>The term of Specific Character Set (0008,0005) for UTF-8 (PS3.3 C.12.1.1.2).</summary>
    public const string Utf8CharacterSet = "ISO_IR 192";

    private readonly DicomDataset _dataset = new(string.Empty, Encoding.UTF8);

    /// <summary>Text of a string VR; multiple values are joined by backslashes (PS3.5 6.4).</summary>
    public DicomDatasetBuilder Add(DicomTag tag, DicomVr vr, string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        CheckLength(tag, vr, value);
        bool characterSet = DicomVrInfo.UsesCharacterSet(vr);
        if (!characterSet && !Ascii.IsValid(value))
        {
            throw new ArgumentException($"Element {tag} ({DicomVrInfo.Name(vr)}) may only hold ASCII characters, not '{value}'.", nameof(value));
        }

        byte[] bytes = (characterSet ? Encoding.UTF8 : Encoding.ASCII).GetBytes(value);
        return Put(tag, vr, Padded(bytes, vr == DicomVr.UI ? (byte)0 : (byte)' '));
    }

    /// <summary>Several values of a string VR (value multiplicity &gt; 1).</summary>
    public DicomDatasetBuilder Add(DicomTag tag, DicomVr vr, params string[] values) => Add(tag, vr, string.Join('\\', values));

    /// <summary>Decimal String values (PS3.5 6.2 DS, ≤ 16 characters each).</summary>
    public DicomDatasetBuilder AddDecimals(DicomTag tag, params ReadOnlySpan<double> values) => Add(tag, DicomVr.DS, DicomValueFormat.DecimalStrings(values));

    /// <summary>An Integer String value (IS).</summary>
    public DicomDatasetBuilder AddInteger(DicomTag tag, int value) => Add(tag, DicomVr.IS, DicomValueFormat.IntegerString(value));

    /// <summary>Unsigned Short values (US), little endian.</summary>
    public DicomDatasetBuilder AddUInt16(DicomTag tag, params ReadOnlySpan<ushort> values)
    {
        var bytes = new byte[values.Length * 2];
        for (int i = 0; i < values.Length; i++)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(2 * i), values[i]);
        }

        return Put(tag, DicomVr.US, bytes);
    }

    /// <summary>Unsigned Long values (UL), little endian.</summary>
    public DicomDatasetBuilder AddUInt32(DicomTag tag, params ReadOnlySpan<uint> values)
    {
        var bytes = new byte[values.Length * 4];
        for (int i = 0; i < values.Length; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(4 * i), values[i]);
        }

        return Put(tag, DicomVr.UL, bytes);
    }

    /// <summary>Floating Point Double values (FD), little endian.</summary>
    public DicomDatasetBuilder AddFloat64(DicomTag tag, params ReadOnlySpan<double> values)
    {
        var bytes = new byte[values.Length * 8];
        for (int i = 0; i < values.Length; i++)
        {
            BinaryPrimitives.WriteDoubleLittleEndian(bytes.AsSpan(8 * i), values[i]);
        }

        return Put(tag, DicomVr.FD, bytes);
    }

    /// <summary>Attribute Tag values (AT): group then element, each little endian (PS3.5 6.2).</summary>
    public DicomDatasetBuilder AddAttributeTags(DicomTag tag, params ReadOnlySpan<DicomTag> values)
    {
        var bytes = new byte[values.Length * 4];
        for (int i = 0; i < values.Length; i++)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(4 * i), values[i].Group);
            BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(4 * i + 2), values[i].Element);
        }

        return Put(tag, DicomVr.AT, bytes);
    }

    /// <summary>Binary bytes of an OB or OW element (Pixel Data, version numbers); OB is padded with one NUL when odd.</summary>
    public DicomDatasetBuilder AddBytes(DicomTag tag, DicomVr vr, byte[] value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (vr is not (DicomVr.OB or DicomVr.OW))
        {
            throw new ArgumentException($"Element {tag}: raw bytes are written as OB or OW, not {DicomVrInfo.Name(vr)}.", nameof(vr));
        }

        if (vr == DicomVr.OW && value.Length % 2 != 0)
        {
            throw new ArgumentException($"Element {tag}: OW holds 16-bit words, so {value.Length} bytes is not a valid length.", nameof(value));
        }

        return Put(tag, vr, Padded(value, 0));
    }

    /// <summary>A sequence (SQ) of items (PS3.5 7.5); an empty list writes an empty sequence (a type 2 attribute without value).</summary>
    public DicomDatasetBuilder AddSequence(DicomTag tag, IEnumerable<DicomDataset> items)
    {
        _dataset.Add(new DicomElement(tag, DicomVr.SQ, 0, items.ToArray()));
        return this;
    }

    /// <summary>A sequence of items, each built by one call of <paramref name="item"/>.</summary>
    public DicomDatasetBuilder AddSequence(DicomTag tag, params Action<DicomDatasetBuilder>[] item) =>
        AddSequence(tag, item.Select(build =>
        {
            var builder = new DicomDatasetBuilder();
            build(builder);
            return builder.Build();
        }));

    /// <summary>The data set built so far (later additions to this builder also appear in it).</summary>
    public DicomDataset Build() => _dataset;

    /// <summary>The largest length of one value of a string VR (PS3.5 table 6.2-1); PN counts per component group, LO/SH/PN in characters.</summary>
    private static int? MaxLength(DicomVr vr) => vr switch
    {
        DicomVr.AE or DicomVr.CS or DicomVr.DS or DicomVr.SH => 16,
        DicomVr.AS => 4,
        DicomVr.DA => 8,
        DicomVr.DT => 26,
        DicomVr.IS => 12,
        DicomVr.TM => 14,
        DicomVr.LO or DicomVr.PN or DicomVr.UI => 64,
        DicomVr.ST => 1024,
        DicomVr.LT => 10240,
        DicomVr.UC or DicomVr.UT or DicomVr.UR => null,
        _ => throw new ArgumentException($"{DicomVrInfo.Name(vr)} is not a string VR; use the typed Add methods.", nameof(vr)),
    };

    private static void CheckLength(DicomTag tag, DicomVr vr, string value)
    {
        if (MaxLength(vr) is not { } max)
        {
            return;
        }

        // LT, ST and UT are single-valued: a backslash is text, not a separator (PS3.5 6.2).
        string[] values = vr is DicomVr.LT or DicomVr.ST ? [value] : value.Split('\\');
        foreach (string v in values)
        {
            foreach (string part in vr == DicomVr.PN ? v.Split('=') : [v])
            {
                if (part.Length > max)
                {
                    throw new ArgumentException($"Element {tag} ({DicomVrInfo.Name(vr)}) value '{part}' has {part.Length} characters; at most {max} are allowed.", nameof(value));
                }
            }
        }
    }

    private static byte[] Padded(byte[] bytes, byte pad)
    {
        if (bytes.Length % 2 == 0)
        {
            return bytes;
        }

        var padded = new byte[bytes.Length + 1];
        bytes.CopyTo(padded, 0);
        padded[^1] = pad;
        return padded;
    }

    private DicomDatasetBuilder Put(DicomTag tag, DicomVr vr, byte[] value)
    {
        if (value.Length > 0xFFFF && !DicomVrInfo.HasLongLength(vr))
        {
            throw new ArgumentException($"Element {tag} ({DicomVrInfo.Name(vr)}) value of {value.Length} bytes exceeds the 16-bit length field of its VR (PS3.5 7.1.2).", nameof(value));
        }

        _dataset.Add(new DicomElement(tag, vr, 0, value));
        return this;
    }
}
