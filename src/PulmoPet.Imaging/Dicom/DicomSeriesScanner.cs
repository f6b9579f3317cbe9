using System.Globalization;
using PulmoPet.Imaging.Dicom.Series;
using PulmoPet.Imaging.Dicom.Suv;

namespace PulmoPet.Imaging.Dicom;

/// <summary>What a folder scan found.</summary>
public sealed record DicomScanResult(
    IReadOnlyList<DicomSeriesInfo> Series,
    IReadOnlyList<string> NonDicomFiles,
    IReadOnlyList<string> NonImageFiles);

/// <summary>
/// Finds image series in a folder tree: reads every file's header (in parallel, stopping before pixel
/// data), skips files that are not DICOM, groups images (single-frame files and the frames of enhanced
/// multi-frame files) by SeriesInstanceUID and splits a series where orientation, matrix size or pixel
/// spacing changes. Output order is deterministic.
/// </summary>
public static class DicomSeriesScanner
{
    /// <summary>Orientation cosines and spacings closer than this are the same stack.</summary>
    private const double GroupingTolerance = 1e-4;

    /// <summary>The image series under <paramref name="folder"/>.</summary>
    public static IReadOnlyList<DicomSeriesInfo> Scan(string folder) => ScanFolder(folder).Series;

    /// <summary>The image series under <paramref name="folder"/>, with the files that were skipped.</summary>
    public static DicomScanResult ScanFolder(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new InvalidInputException($"DICOM folder '{folder}' does not exist.");
        }

        string[] files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
        return ScanFiles(files);
    }

    /// <summary>Groups the given files (non-DICOM ones are skipped) into series.</summary>
    public static DicomScanResult ScanFiles(IReadOnlyList<string> files)
    {
        var headers = new DicomFile?[files.Count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
        Parallel.For(0, files.Count, options, i =>
        {
            try
            {
                headers[i] = DicomReader.ReadFile(files[i], DicomReadOptions.HeadersOnly);
            }
            catch (DicomFormatException)
            {
                headers[i] = null; // not DICOM (or broken): skipped, listed in NonDicomFiles
            }
        });

        var nonDicom = new List<string>();
        var nonImage = new List<string>();
        var groups = new SortedDictionary<string, List<(DicomSliceInfo Slice, StackKey Key)>>(StringComparer.Ordinal);
        for (int i = 0; i < files.Count; i++)
        {
            var file = headers[i];
            if (file == null)
            {
                nonDicom.Add(files[i]);
                continue;
            }

            var planes = Describe(file);
            if (planes.Count == 0)
            {
                nonImage.Add(files[i]);
                continue;
            }

            foreach (var entry in planes)
            {
                string key = entry.Key.Text;
                if (!groups.TryGetValue(key, out var list))
                {
                    groups[key] = list = [];
                }

                list.Add(entry);
            }
        }

        var series = new List<DicomSeriesInfo>();
        foreach (var group in groups.Values)
        {
            var key = group[0].Key;
            var normal = key.Row.Cross(key.Column).Normalized();
            var slices = group
                .Select(g => g.Slice with { DistanceAlongNormal = g.Slice.Position.Dot(normal) })
                .OrderBy(s => s.DistanceAlongNormal)
                .ThenBy(s => s.InstanceNumber ?? int.MaxValue)
                .ThenBy(s => s.Path, StringComparer.Ordinal)
                .ThenBy(s => s.FrameIndex)
                .ToArray();
            var info = new DicomSeriesInfo(key.SeriesUid, slices, key.Row, key.Column, key.Rows, key.Columns, key.RowSpacing, key.ColumnSpacing);
            if (string.Equals(info.Modality, "PT", StringComparison.Ordinal))
            {
                try
                {
                    info.Suv = SuvCalculator.Compute(info, SuvOptions.Default);
                }
                catch (InvalidInputException e)
                {
                    info.SuvError = e.Message;
                }
            }

            series.Add(info);
        }

        return new DicomScanResult(series, nonDicom, nonImage);
    }

    /// <summary>
    /// Each image plane of a file (one for a classic image, one per frame for an enhanced one); none for
    /// non-images, or when any plane lacks a usable position, orientation or pixel spacing.
    /// </summary>
    private static List<(DicomSliceInfo Slice, StackKey Key)> Describe(DicomFile file)
    {
        var result = new List<(DicomSliceInfo Slice, StackKey Key)>();
        var d = file.Dataset;
        int? rows = d.GetUInt16(DicomTags.Rows);
        int? columns = d.GetUInt16(DicomTags.Columns);
        if (rows is null || columns is null)
        {
            return result;
        }

        string uid = d.GetString(DicomTags.SeriesInstanceUid) ?? string.Empty;
        string sop = d.GetString(DicomTags.SopInstanceUid) ?? string.Empty;
        double? instance = d.GetDouble(DicomTags.InstanceNumber);
        foreach (var plane in FrameGeometryReader.Read(d))
        {
            if (plane.Position.Length != 3 || plane.Orientation.Length != 6 || plane.PixelSpacing.Length != 2
                || !(plane.PixelSpacing[0] > 0) || !(plane.PixelSpacing[1] > 0))
            {
                return []; // no usable plane: cannot be placed in a volume
            }

            var o = plane.Orientation;
            var row = new Vector3D(o[0], o[1], o[2]);
            var column = new Vector3D(o[3], o[4], o[5]);
            if (Math.Abs(row.Length - 1) > 1e-3 || Math.Abs(column.Length - 1) > 1e-3 || Math.Abs(row.Dot(column)) > 1e-3)
            {
                return []; // ImageOrientationPatient is not two orthogonal unit vectors
            }

            row = row.Normalized();
            column = column.Normalized();
            var spacing = plane.PixelSpacing;
            string text = string.Create(CultureInfo.InvariantCulture,
                $"{uid}|{Round(row.X)},{Round(row.Y)},{Round(row.Z)},{Round(column.X)},{Round(column.Y)},{Round(column.Z)}|{rows}x{columns}|{Round(spacing[0])},{Round(spacing[1])}");
            var key = new StackKey(text, uid, row, column, rows.Value, columns.Value, spacing[0], spacing[1]);
            var slice = new DicomSliceInfo(
                file.Path,
                sop,
                instance is null ? null : (int)instance.Value,
                new Vector3D(plane.Position[0], plane.Position[1], plane.Position[2]),
                0,
                plane.Slope,
                plane.Intercept,
                d,
                plane.FrameIndex);
            result.Add((slice, key));
        }

        return result;
    }

    private static string Round(double value) =>
        ((Math.Round(value / GroupingTolerance) * GroupingTolerance) + 0.0).ToString("0.####", CultureInfo.InvariantCulture);

    private readonly record struct StackKey(string Text, string SeriesUid, Vector3D Row, Vector3D Column, int Rows, int Columns, double RowSpacing, double ColumnSpacing);
}
