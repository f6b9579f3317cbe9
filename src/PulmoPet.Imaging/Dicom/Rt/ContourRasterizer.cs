namespace PulmoPet.Imaging.Dicom.Rt;

/// <summary>
/// Turns the closed planar contours of an ROI into a voxel mask on an image grid: each contour goes to the
/// slice nearest its plane, and all contours of a slice are filled together with the even-odd rule at voxel
/// centres, so a contour inside another is a hole (PS3.3 C.8.8.6.3 leaves inner contours to this convention;
/// it is what rt-utils, plastimatch and MIRP do).
/// </summary>
public static class ContourRasterizer
{
    /// <summary>
    /// A mask on a scanned series, after checking that the ROI's Referenced Frame of Reference UID (3006,0024)
    /// is the series' Frame of Reference UID (0020,0052): contours of another frame of reference are in other coordinates.
    /// </summary>
    public static Volume<byte> Rasterize(RtRoi roi, Series.DicomSeriesInfo series)
    {
        string? frameOfReference = series.Slices[0].Header.GetString(DicomTags.FrameOfReferenceUid);
        if (roi.FrameOfReferenceUid.Length > 0 && !string.IsNullOrEmpty(frameOfReference)
            && !string.Equals(roi.FrameOfReferenceUid, frameOfReference, StringComparison.Ordinal))
        {
            throw new InvalidInputException(
                $"ROI '{roi.Name}' is drawn in frame of reference {roi.FrameOfReferenceUid} but series {series.SeriesInstanceUid} is in {frameOfReference}; register them first.");
        }

        return Rasterize(roi, series.Geometry);
    }

    /// <summary>A mask with 1 inside the ROI. Contours outside the grid's slices are skipped; points and open contours are ignored.</summary>
    public static Volume<byte> Rasterize(RtRoi roi, ImageGeometry geometry)
    {
        var mask = new Volume<byte>(geometry);
        var polygonsBySlice = new Dictionary<int, List<(double X, double Y)[]>>();
        foreach (var contour in roi.Contours)
        {
            if (!string.Equals(contour.GeometricType, "CLOSED_PLANAR", StringComparison.OrdinalIgnoreCase) || contour.Points.Count < 3)
            {
                continue;
            }

            var polygon = new (double X, double Y)[contour.Points.Count];
            double zSum = 0;
            for (int i = 0; i < polygon.Length; i++)
            {
                var index = geometry.WorldToIndex(contour.Points[i]);
                polygon[i] = (index.X, index.Y);
                zSum += index.Z;
            }

            int slice = (int)Math.Round(zSum / polygon.Length);
            if (slice < 0 || slice >= geometry.Size.Z)
            {
                continue; // the contour lies on a slice this image does not have
            }

            if (!polygonsBySlice.TryGetValue(slice, out var list))
            {
                polygonsBySlice[slice] = list = [];
            }

            list.Add(polygon);
        }

        foreach (var (slice, polygons) in polygonsBySlice)
        {
            FillEvenOdd(polygons, mask.Slice(slice), geometry.Size.X, geometry.Size.Y);
        }

        return mask;
    }

    /// <summary>
    /// Scan-line fill at pixel centres: on row y, every edge with y0 ≤ y &lt; y1 (half-open, so shared vertices
    /// count once) crosses at x; the sorted crossings of all polygons pair up into inside spans [x_a, x_b).
    /// </summary>
    private static void FillEvenOdd(List<(double X, double Y)[]> polygons, Span<byte> plane, int width, int height)
    {
        var crossings = new List<double>();
        double minY = double.MaxValue, maxY = double.MinValue;
        foreach (var polygon in polygons)
        {
            foreach (var p in polygon)
            {
                minY = Math.Min(minY, p.Y);
                maxY = Math.Max(maxY, p.Y);
            }
        }

        int firstRow = Math.Max(0, (int)Math.Ceiling(minY));
        int lastRow = Math.Min(height - 1, (int)Math.Floor(maxY));
        for (int y = firstRow; y <= lastRow; y++)
        {
            crossings.Clear();
            foreach (var polygon in polygons)
            {
                for (int i = 0, j = polygon.Length - 1; i < polygon.Length; j = i++)
                {
                    var (x0, y0) = polygon[j];
                    var (x1, y1) = polygon[i];
                    if ((y0 <= y && y < y1) || (y1 <= y && y < y0))
                    {
                        crossings.Add(x0 + (y - y0) * (x1 - x0) / (y1 - y0));
                    }
                }
            }

            crossings.Sort();
            var row = plane.Slice(y * width, width);
            for (int k = 0; k + 1 < crossings.Count; k += 2)
            {
                int start = Math.Max(0, (int)Math.Ceiling(crossings[k]));
                int end = Math.Min(width, (int)Math.Ceiling(crossings[k + 1]));
                for (int x = start; x < end; x++)
                {
                    row[x] = 1;
                }
            }
        }
    }
}
