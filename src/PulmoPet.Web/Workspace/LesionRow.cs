namespace PulmoPet.Web.Workspace;

/// <summary>
/// One row of a case's lesion table as the viewer shows it: only the columns of DESIGN.md's lesion table
/// (<see cref="LesionTableReader.Columns"/>), never anything else a table may carry. Centroids are LPS world mm.
/// Numbers missing or empty in the file are null.
/// </summary>
public sealed record LesionRow(
    int LesionId,
    double? SuvMax,
    double? SuvMean,
    double? SuvPeak,
    double? MtvMl,
    double? Tlg,
    double? CentroidXMm,
    double? CentroidYMm,
    double? CentroidZMm,
    double? MaxDiameterMm,
    string? Side,
    string? Zone);
