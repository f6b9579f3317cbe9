using System.Globalization;

namespace PulmoPet.Imaging.Dicom;

/// <summary>Parsing of the DA, TM and DT value representations (PS3.5 6.2), ignoring any UTC offset suffix.</summary>
public static class DicomDateTime
{
    /// <summary>DA "YYYYMMDD" (also the ACR-NEMA form "YYYY.MM.DD"); null when empty or invalid.</summary>
    public static DateTime? ParseDate(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        string digits = text.Trim().Replace(".", string.Empty, StringComparison.Ordinal);
        return DateTime.TryParseExact(digits, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
    }

    /// <summary>TM "HH[MM[SS[.FFFFFF]]]" (also "HH:MM:SS"); null when empty or invalid.</summary>
    public static TimeSpan? ParseTime(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        string value = text.Trim().Replace(":", string.Empty, StringComparison.Ordinal);
        int dot = value.IndexOf('.', StringComparison.Ordinal);
        string whole = dot >= 0 ? value[..dot] : value;
        string fraction = dot >= 0 ? value[(dot + 1)..] : string.Empty;
        if (whole.Length is not (2 or 4 or 6) || !whole.All(char.IsAsciiDigit) || !fraction.All(char.IsAsciiDigit))
        {
            return null;
        }

        int hours = int.Parse(whole[..2], CultureInfo.InvariantCulture);
        int minutes = whole.Length >= 4 ? int.Parse(whole[2..4], CultureInfo.InvariantCulture) : 0;
        int seconds = whole.Length >= 6 ? int.Parse(whole[4..6], CultureInfo.InvariantCulture) : 0;
        if (hours > 23 || minutes > 59 || seconds > 60)
        {
            return null;
        }

        long ticks = 0;
        if (fraction.Length > 0)
        {
            string sevenDigits = (fraction.Length > 7 ? fraction[..7] : fraction).PadRight(7, '0');
            ticks = long.Parse(sevenDigits, CultureInfo.InvariantCulture);
        }

        return new TimeSpan(hours, minutes, seconds) + TimeSpan.FromTicks(ticks);
    }

    /// <summary>DT "YYYYMMDDHHMMSS.FFFFFF&amp;ZZXX" (trailing parts optional, offset ignored); null when empty or invalid.</summary>
    public static DateTime? ParseDateTime(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        string value = text.Trim();
        int offset = value.IndexOfAny(['+', '-'], 8);
        if (offset > 0)
        {
            value = value[..offset];
        }

        if (value.Length < 8)
        {
            return null;
        }

        var date = ParseDate(value[..8]);
        if (date is null)
        {
            return null;
        }

        if (value.Length == 8)
        {
            return date;
        }

        var time = ParseTime(value[8..]);
        return time is null ? null : date.Value + time.Value;
    }

    /// <summary>A DA plus a TM, or null when either is missing.</summary>
    public static DateTime? Combine(string? date, string? time)
    {
        var d = ParseDate(date);
        var t = ParseTime(time);
        return d is null || t is null ? null : d.Value + t.Value;
    }
}
