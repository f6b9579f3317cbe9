using PulmoPet.Imaging.Dicom.Series;
using PulmoPet.Imaging.Dicom.Suv;

namespace PulmoPet.Imaging.Dicom;

/// <summary>A series read from a DICOM folder, with the SUV conversion that was applied to it.</summary>
public sealed record DicomImage(DicomSeriesInfo Series, Volume Volume, SuvNormalization Normalization, SuvResult? Suv, double Factor);

/// <summary>
/// Picks one series of a DICOM folder (by SeriesInstanceUID or modality) and reads it as a volume,
/// converting PET to SUV when asked: the one call behind <c>pulmopet convert DICOMDIR</c>.
/// </summary>
public static class DicomImageLoader
{
    public static DicomImage Load(
        string folder,
        string? seriesInstanceUid = null,
        string? modality = null,
        SuvNormalization normalization = SuvNormalization.None,
        SuvOptions? suvOptions = null) =>
        Load(Select(DicomSeriesScanner.Scan(folder), folder, seriesInstanceUid, modality), normalization, suvOptions);

    /// <summary>Reads a scanned series, converted to the SUV <paramref name="normalization"/> names (PET only).</summary>
    public static DicomImage Load(DicomSeriesInfo series, SuvNormalization normalization, SuvOptions? suvOptions = null)
    {
        if (normalization == SuvNormalization.None)
        {
            return new DicomImage(series, DicomSeriesAssembler.ReadCompact(series), normalization, null, 1.0);
        }

        if (series.Modality != "PT")
        {
            throw new InvalidInputException(
                $"Series {series.SeriesInstanceUid} is {series.Modality}, not PET, so it has no SUV; use --suv none.");
        }

        SuvResult suv = SuvCalculator.Compute(series, suvOptions);
        double factor = suv.Factor(normalization);
        Volume<float> volume = SuvResult.ApplyFactor(DicomSeriesAssembler.Read(series), factor);
        return new DicomImage(series, volume, normalization, suv, factor);
    }

    /// <summary>The one series matching the UID or modality; an ambiguous or empty choice is a user error that lists the candidates.</summary>
    public static DicomSeriesInfo Select(IReadOnlyList<DicomSeriesInfo> all, string folder, string? seriesInstanceUid, string? modality)
    {
        if (all.Count == 0)
        {
            throw new InvalidInputException($"{folder} holds no DICOM image series.");
        }

        IEnumerable<DicomSeriesInfo> candidates = all;
        if (seriesInstanceUid is not null)
        {
            candidates = candidates.Where(s => s.SeriesInstanceUid == seriesInstanceUid);
        }

        if (modality is not null)
        {
            candidates = candidates.Where(s => string.Equals(s.Modality, modality, StringComparison.OrdinalIgnoreCase));
        }

        var matches = candidates.ToList();
        string list = string.Join("; ", all.Select(s => $"{s.Modality} {s.SeriesInstanceUid} \"{s.SeriesDescription}\" ({s.SliceCount} slices)"));
        return matches.Count switch
        {
            1 => matches[0],
            0 => throw new InvalidInputException($"{folder} has no series matching the selection; it holds: {list}."),
            _ => throw new InvalidInputException($"{folder} has {matches.Count} matching series; choose one with --series UID: {list}."),
        };
    }
}
