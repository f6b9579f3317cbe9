using System.Text;

namespace PulmoPet.Imaging.Dicom;

/// <summary>
/// Specific Character Set (0008,0005) → .NET text encoding, PS3.3 C.12.1.1.2 and PS3.5 6.1.
/// Code extensions (ISO 2022 escape sequences) are not switched: the first single-byte set is used,
/// which is right for the ASCII + one-G1-set cases PET/CT headers use.
/// </summary>
public static class DicomCharacterSet
{
    /// <summary>The default repertoire (ISO-IR 6). Latin-1 rather than strict ASCII so stray high bytes survive.</summary>
    public static readonly Encoding Default = Encoding.Latin1;

    private static readonly Lazy<bool> CodePagesRegistered = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return true;
    });

    /// <summary>The encoding for the (possibly multi-valued) Specific Character Set value; unknown terms fall back to Latin-1.</summary>
    public static Encoding FromTerms(IReadOnlyList<string> terms)
    {
        foreach (string raw in terms)
        {
            string term = raw.Trim().Replace("ISO 2022 IR ", "ISO_IR ", StringComparison.Ordinal);
            if (term.Length == 0 || term == "ISO_IR 6")
            {
                continue;
            }

            return term switch
            {
                "ISO_IR 192" => Encoding.UTF8,
                "ISO_IR 100" => Encoding.Latin1,
                "GB18030" or "GBK" => CodePage(54936),
                _ => CodePage(term switch
                {
                    "ISO_IR 101" => 28592,
                    "ISO_IR 109" => 28593,
                    "ISO_IR 110" => 28594,
                    "ISO_IR 144" => 28595,
                    "ISO_IR 127" => 28596,
                    "ISO_IR 126" => 28597,
                    "ISO_IR 138" => 28598,
                    "ISO_IR 148" => 28599,
                    "ISO_IR 203" => 28605,
                    "ISO_IR 13" => 932,
                    "ISO_IR 166" => 874,
                    _ => 28591,
                }),
            };
        }

        return Default;
    }

    private static Encoding CodePage(int codePage)
    {
        _ = CodePagesRegistered.Value;
        return Encoding.GetEncoding(codePage);
    }
}
