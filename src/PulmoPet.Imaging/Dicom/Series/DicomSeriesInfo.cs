using PulmoPet.Imaging.Dicom.Suv;

namespace PulmoPet.Imaging.Dicom.Series;

/// <summary>
/// One image stack found by <see cref="DicomSeriesScanner"/>: the slices of one SeriesInstanceUID with the same
/// orientation and matrix size, sorted along the slice normal, with what a user needs to choose it.
/// </summary>
public sealed class DicomSeriesInfo
{
    internal DicomSeriesInfo(string seriesInstanceUid, IReadOnlyList<DicomSliceInfo> slices, Vector3D rowDirection, Vector3D columnDirection, int rows, int columns, double rowSpacing, double columnSpacing)
    {
        SeriesInstanceUid = seriesInstanceUid;
        Slices = slices;
        RowDirection = rowDirection;
        ColumnDirection = columnDirection;
        Normal = rowDirection.Cross(columnDirection).Normalized();
        Rows = rows;
        Columns = columns;
        RowSpacingMm = rowSpacing;
        ColumnSpacingMm = columnSpacing;
        Spacing = SliceSpacingReport.From(slices, Normal);
        var first = slices[0].Header;
        Modality = first.GetString(DicomTags.Modality) ?? string.Empty;
        SeriesDescription = first.GetString(DicomTags.SeriesDescription) ?? string.Empty;
        SeriesNumber = first.GetString(DicomTags.SeriesNumber) ?? string.Empty;
        Units = first.GetString(DicomTags.Units) ?? string.Empty;
    }

    public string SeriesInstanceUid { get; }

    public string Modality { get; }

    public string SeriesDescription { get; }

    public string SeriesNumber { get; }

    /// <summary>Units (0054,1001) of PET images (BQML, CNTS, GML…); empty for other modalities.</summary>
    public string Units { get; }

    /// <summary>Slices sorted by position along <see cref="Normal"/> (ties by InstanceNumber).</summary>
    public IReadOnlyList<DicomSliceInfo> Slices { get; }

    public int SliceCount => Slices.Count;

    public int Rows { get; }

    public int Columns { get; }

    /// <summary>PixelSpacing[0]: distance between rows (the y spacing), PS3.3 C.7.6.2.1.3.</summary>
    public double RowSpacingMm { get; }

    /// <summary>PixelSpacing[1]: distance between columns (the x spacing).</summary>
    public double ColumnSpacingMm { get; }

    /// <summary>ImageOrientationPatient[0..2]: world direction of increasing column index (along a row).</summary>
    public Vector3D RowDirection { get; }

    /// <summary>ImageOrientationPatient[3..5]: world direction of increasing row index.</summary>
    public Vector3D ColumnDirection { get; }

    public Vector3D Normal { get; }

    public SliceSpacingReport Spacing { get; }

    /// <summary>The SUV conversion for a PET series when its header allows one (see <see cref="SuvError"/> otherwise).</summary>
    public SuvResult? Suv { get; internal set; }

    /// <summary>Why no SUV factor could be computed for a PET series; null when it could or the series is not PET.</summary>
    public string? SuvError { get; internal set; }

    /// <summary>Things about the series a user should know before trusting a volume of it, one sentence each.</summary>
    public IReadOnlyList<string> Warnings
    {
        get
        {
            var warnings = new List<string>();
            var s = Spacing;
            if (s.HasDuplicates)
            {
                warnings.Add($"{s.DuplicatePositionSlices.Count} slices repeat a position (several acquisitions or echoes in one series).");
            }

            if (s.HasGaps)
            {
                warnings.Add(FormattableString.Invariant($"{s.GapsAfterSlice.Count} gaps: steps up to {s.MaxStepMm:G4} mm where the series steps {s.MinStepMm:G4} mm."));
            }
            else if (SliceCount > 1 && !s.IsUniform)
            {
                warnings.Add(FormattableString.Invariant($"Slice steps vary from {s.MinStepMm:G4} to {s.MaxStepMm:G4} mm; the volume uses their mean, {s.SpacingMm:G6} mm."));
            }

            if (s.IsSheared)
            {
                warnings.Add(FormattableString.Invariant($"Slice positions shift {s.MaxInPlaneShiftMm:G4} mm within the image plane (gantry tilt)."));
            }

            if (Suv != null)
            {
                warnings.AddRange(Suv.Warnings);
            }

            return warnings;
        }
    }

    /// <summary>
    /// The LPS grid (PS3.3 C.7.6.2.1.1): origin = ImagePositionPatient of the first slice, direction columns =
    /// row direction, column direction, slice normal; spacing x = PixelSpacing[1], y = PixelSpacing[0], z = slice step.
    /// A single slice gets SliceThickness (or 1 mm) as its z spacing.
    /// </summary>
    public ImageGeometry Geometry
    {
        get
        {
            double z = SliceCount > 1 ? Spacing.SpacingMm : Slices[0].Header.GetDouble(DicomTags.SliceThickness) ?? 1.0;
            if (!(z > 0))
            {
                z = 1.0;
            }

            return new ImageGeometry(
                new Size3(Columns, Rows, SliceCount),
                new Vector3D(ColumnSpacingMm, RowSpacingMm, z),
                Slices[0].Position,
                Matrix3.FromColumns(RowDirection, ColumnDirection, Normal));
        }
    }

    public override string ToString() => FormattableString.Invariant(
        $"{Modality} \"{SeriesDescription}\" {Columns}×{Rows}×{SliceCount}, {ColumnSpacingMm:G5}×{RowSpacingMm:G5}×{Spacing.SpacingMm:G5} mm{(Units.Length > 0 ? ", " + Units : string.Empty)}");
}
