namespace PulmoPet.Imaging.Dicom;

/// <summary>How pixel data of a transfer syntax is compressed, i.e. which decoder applies.</summary>
public enum PixelEncoding
{
    /// <summary>Native (uncompressed) pixel data, PS3.5 8.1.</summary>
    Native,

    /// <summary>RLE Lossless, PS3.5 annex G.</summary>
    RleLossless,

    /// <summary>JPEG lossless process 14 (ITU T.81 annex H), PS3.5 8.2.1.</summary>
    JpegLossless,

    /// <summary>An encapsulated encoding PulmoPet does not decode (lossy JPEG, JPEG-LS, JPEG 2000, retired syntaxes, video).</summary>
    Unsupported,
}

/// <summary>A transfer syntax (PS3.5 section 10 and annex A): byte order, VR encoding and pixel compression.</summary>
public sealed record TransferSyntax(string Uid, string Name, bool ExplicitVr, bool BigEndian, bool Deflated, bool Encapsulated, PixelEncoding PixelEncoding)
{
    public static readonly TransferSyntax ImplicitVrLittleEndian = new("1.2.840.10008.1.2", "Implicit VR Little Endian", false, false, false, false, PixelEncoding.Native);
    public static readonly TransferSyntax ExplicitVrLittleEndian = new("1.2.840.10008.1.2.1", "Explicit VR Little Endian", true, false, false, false, PixelEncoding.Native);
    public static readonly TransferSyntax DeflatedExplicitVrLittleEndian = new("1.2.840.10008.1.2.1.99", "Deflated Explicit VR Little Endian", true, false, true, false, PixelEncoding.Native);
    public static readonly TransferSyntax ExplicitVrBigEndian = new("1.2.840.10008.1.2.2", "Explicit VR Big Endian (retired)", true, true, false, false, PixelEncoding.Native);
    public static readonly TransferSyntax RleLossless = Encaps("1.2.840.10008.1.2.5", "RLE Lossless", PixelEncoding.RleLossless);
    public static readonly TransferSyntax JpegLosslessProcess14 = Encaps("1.2.840.10008.1.2.4.57", "JPEG Lossless, Non-Hierarchical (Process 14)", PixelEncoding.JpegLossless);
    public static readonly TransferSyntax JpegLosslessSv1 = Encaps("1.2.840.10008.1.2.4.70", "JPEG Lossless, Non-Hierarchical, First-Order Prediction (Process 14, Selection Value 1)", PixelEncoding.JpegLossless);

    private static readonly Dictionary<string, TransferSyntax> Known = new[]
    {
        ImplicitVrLittleEndian, ExplicitVrLittleEndian, DeflatedExplicitVrLittleEndian, ExplicitVrBigEndian,
        RleLossless, JpegLosslessProcess14, JpegLosslessSv1,
        Encaps("1.2.840.10008.1.2.4.50", "JPEG Baseline (Process 1)", PixelEncoding.Unsupported),
        Encaps("1.2.840.10008.1.2.4.51", "JPEG Extended (Process 2 & 4)", PixelEncoding.Unsupported),
        Encaps("1.2.840.10008.1.2.4.53", "JPEG Extended (Process 6 & 8) (retired)", PixelEncoding.Unsupported),
        Encaps("1.2.840.10008.1.2.4.55", "JPEG Full Progression (Process 10 & 12) (retired)", PixelEncoding.Unsupported),
        Encaps("1.2.840.10008.1.2.4.80", "JPEG-LS Lossless", PixelEncoding.Unsupported),
        Encaps("1.2.840.10008.1.2.4.81", "JPEG-LS Lossy (Near-Lossless)", PixelEncoding.Unsupported),
        Encaps("1.2.840.10008.1.2.4.90", "JPEG 2000 (Lossless Only)", PixelEncoding.Unsupported),
        Encaps("1.2.840.10008.1.2.4.91", "JPEG 2000", PixelEncoding.Unsupported),
        Encaps("1.2.840.10008.1.2.4.201", "High-Throughput JPEG 2000 (Lossless Only)", PixelEncoding.Unsupported),
        Encaps("1.2.840.10008.1.2.4.203", "High-Throughput JPEG 2000", PixelEncoding.Unsupported),
    }.ToDictionary(t => t.Uid, StringComparer.Ordinal);

    /// <summary>
    /// The syntax of a UID. Unknown UIDs are taken as encapsulated Explicit VR Little Endian with
    /// undecodable pixel data (PS3.5 A.4: every encapsulated syntax uses explicit VR little endian).
    /// </summary>
    public static TransferSyntax FromUid(string uid)
    {
        uid = uid.TrimEnd('\0', ' ');
        return Known.TryGetValue(uid, out var syntax) ? syntax : Encaps(uid, "unknown transfer syntax", PixelEncoding.Unsupported);
    }

    public override string ToString() => $"{Name} ({Uid})";

    private static TransferSyntax Encaps(string uid, string name, PixelEncoding encoding) =>
        new(uid, name, true, false, false, true, encoding);
}
