namespace PulmoPet.Imaging.Dicom;

/// <summary>
/// Value representations of PS3.5 section 6.2, encoded as their two ASCII characters (first in the high
/// byte) so that the explicit-VR bytes on disk convert directly.
/// </summary>
public enum DicomVr : ushort
{
    /// <summary>No VR known (implicit VR syntax, tag not in the built-in dictionary).</summary>
    None = 0,
    AE = ('A' << 8) | 'E',
    AS = ('A' << 8) | 'S',
    AT = ('A' << 8) | 'T',
    CS = ('C' << 8) | 'S',
    DA = ('D' << 8) | 'A',
    DS = ('D' << 8) | 'S',
    DT = ('D' << 8) | 'T',
    FD = ('F' << 8) | 'D',
    FL = ('F' << 8) | 'L',
    IS = ('I' << 8) | 'S',
    LO = ('L' << 8) | 'O',
    LT = ('L' << 8) | 'T',
    OB = ('O' << 8) | 'B',
    OD = ('O' << 8) | 'D',
    OF = ('O' << 8) | 'F',
    OL = ('O' << 8) | 'L',
    OV = ('O' << 8) | 'V',
    OW = ('O' << 8) | 'W',
    PN = ('P' << 8) | 'N',
    SH = ('S' << 8) | 'H',
    SL = ('S' << 8) | 'L',
    SQ = ('S' << 8) | 'Q',
    SS = ('S' << 8) | 'S',
    ST = ('S' << 8) | 'T',
    SV = ('S' << 8) | 'V',
    TM = ('T' << 8) | 'M',
    UC = ('U' << 8) | 'C',
    UI = ('U' << 8) | 'I',
    UL = ('U' << 8) | 'L',
    UN = ('U' << 8) | 'N',
    UR = ('U' << 8) | 'R',
    US = ('U' << 8) | 'S',
    UT = ('U' << 8) | 'T',
    UV = ('U' << 8) | 'V',
}

/// <summary>Encoding rules per VR (PS3.5 6.2 and 7.1.2).</summary>
public static class DicomVrInfo
{
    /// <summary>True for a VR whose explicit encoding has 2 reserved bytes and a 32-bit length (PS3.5 table 7.1-1).</summary>
    public static bool HasLongLength(DicomVr vr) => vr is DicomVr.OB or DicomVr.OD or DicomVr.OF or DicomVr.OL
        or DicomVr.OV or DicomVr.OW or DicomVr.SQ or DicomVr.UC or DicomVr.UR or DicomVr.UT or DicomVr.UN
        or DicomVr.SV or DicomVr.UV;

    /// <summary>True when both bytes are upper-case letters, as every defined VR is.</summary>
    public static bool LooksLikeVr(byte first, byte second) => first is >= (byte)'A' and <= (byte)'Z'
        && second is >= (byte)'A' and <= (byte)'Z';

    /// <summary>The size of one binary value, used to swap bytes for big endian (PS3.5 7.3); 1 when no swap is needed.</summary>
    public static int SwapUnitSize(DicomVr vr) => vr switch
    {
        DicomVr.US or DicomVr.SS or DicomVr.OW or DicomVr.AT => 2,
        DicomVr.UL or DicomVr.SL or DicomVr.FL or DicomVr.OF or DicomVr.OL => 4,
        DicomVr.FD or DicomVr.OD or DicomVr.SV or DicomVr.UV or DicomVr.OV => 8,
        _ => 1,
    };

    /// <summary>True for text VRs whose bytes depend on Specific Character Set (PS3.5 6.1.2.3).</summary>
    public static bool UsesCharacterSet(DicomVr vr) => vr is DicomVr.SH or DicomVr.LO or DicomVr.ST or DicomVr.LT
        or DicomVr.UT or DicomVr.PN or DicomVr.UC or DicomVr.None or DicomVr.UN;

    public static string Name(DicomVr vr) => vr == DicomVr.None
        ? "--"
        : string.Create(2, (ushort)vr, static (span, v) =>
        {
            span[0] = (char)(v >> 8);
            span[1] = (char)(v & 0xFF);
        });
}
