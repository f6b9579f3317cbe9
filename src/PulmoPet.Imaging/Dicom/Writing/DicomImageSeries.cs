using PulmoPet.Imaging.Dicom.Series;

namespace PulmoPet.Imaging.Dicom.Writing;

/// <summary>
/// A single-frame image series as RTSTRUCT and SEG objects reference it: its UIDs, its grid, and the SOP
/// Instance UID of the image at each z of <see cref="Geometry"/>. Returned by the series writers; made from a
/// scanned series with <see cref="FromScanned"/>.
/// </summary>
public sealed record DicomImageSeries(
    string Modality,
    string SopClassUid,
    string SeriesInstanceUid,
    DicomPatientStudy Study,
    ImageGeometry Geometry,
    IReadOnlyList<string> SopInstanceUids,
    IReadOnlyList<string> Paths)
{
    /// <summary>A series found by <see cref="DicomSeriesScanner"/>; slices are in scan order (along the normal), which is the z of its geometry.</summary>
    public static DicomImageSeries FromScanned(DicomSeriesInfo series)
    {
        ArgumentNullException.ThrowIfNull(series);
        if (series.Slices.Any(s => s.FrameIndex != 0))
        {
            throw new InvalidInputException($"Series {series.SeriesInstanceUid} is a multi-frame image; RTSTRUCT and SEG references are written for single-frame series only.");
        }

        return new DicomImageSeries(
            series.Modality,
            series.Slices[0].Header.GetString(DicomTags.SopClassUid) ?? string.Empty,
            series.SeriesInstanceUid,
            DicomPatientStudy.FromSeries(series),
            series.Geometry,
            series.Slices.Select(s => s.SopInstanceUid).ToArray(),
            series.Slices.Select(s => s.Path).ToArray());
    }
}
