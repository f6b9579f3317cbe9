using PulmoPet.Imaging.Dicom;
using PulmoPet.Imaging.Dicom.Rt;
using PulmoPet.Imaging.Dicom.Seg;
using PulmoPet.Imaging.Dicom.Writing;

namespace PulmoPet.Imaging.Tests.Dicom.Writing;

/// <summary>
/// Label map → RTSTRUCT / SEG → the existing readers. Validated once outside the tests (2026-11-23) with pydicom
/// (`dcmread` opens both, `RTSTRUCT: ROIContourSequence[i].ContourSequence`, `SEG: NumberOfFrames`, `pixel_array`
/// of the SEG unpacks to the written frames); see bench/dicom/README.md.
/// </summary>
public sealed class RtStructAndSegWriterTests
{
    /// <summary>Three lesions on an oblique 24×20×9 grid: a ball with a cavity, a diagonal staircase, a one-voxel lesion on the border.</summary>
    private static Volume<byte> Lesions(ImageGeometry g)
    {
        var labels = new Volume<byte>(g);
        for (int z = 1; z <= 6; z++)
        {
            for (int y = 0; y < g.Size.Y; y++)
            {
                for (int x = 0; x < g.Size.X; x++)
                {
                    double r2 = (x - 8) * (x - 8) + (y - 9) * (y - 9) + 2 * (z - 3.5) * (z - 3.5);
                    if (r2 <= 36 && r2 > 3)
                    {
                        labels[x, y, z] = 1;
                    }
                }
            }
        }

        for (int k = 0; k < 6; k++)
        {
            labels[16 + k, 2 + k, 4] = 2; // touching only at corners
            labels[16 + k, 3 + k, 5] = 2;
        }

        labels[g.Size.X - 1, g.Size.Y - 1, g.Size.Z - 1] = 7;
        return labels;
    }

    private static (DicomImageSeries Image, Volume<byte> Labels, TempDirectory Temp) WriteImage()
    {
        var temp = new TempDirectory();
        var g = SeriesWriterTests.ObliqueGrid(24, 20, 9);
        var uids = DicomUidGenerator.Seeded("labels");
        var image = CtSeriesWriter.Write(new Volume<short>(g).Fill(-800), Path.Combine(temp.Path, "CT"), SeriesWriterTests.Study(uids), uids);
        return (image, Lesions(g), temp);
    }

    [Fact]
    public void Rtstruct_rasterises_back_to_the_label_map_voxel_for_voxel()
    {
        var (image, labels, temp) = WriteImage();
        using var _ = temp;
        string path = Path.Combine(temp.Path, "RTSTRUCT.dcm");

        RtStructWriter.Write(labels, image, path, DicomUidGenerator.Seeded("labels"));

        var series = Assert.Single(DicomSeriesScanner.Scan(temp.Path)); // the RTSTRUCT is not an image series
        var set = RtStructureSet.Read(path);
        Assert.Equal(["Lesion 1", "Lesion 2", "Lesion 7"], set.Rois.Select(r => r.Name));
        Assert.Equal([1, 2, 7], set.Rois.Select(r => r.Number));
        foreach (var roi in set.Rois)
        {
            Assert.Equal(image.Study.FrameOfReferenceUid, roi.FrameOfReferenceUid);
            var mask = ContourRasterizer.Rasterize(roi, series); // also checks the frame of reference
            int disagree = 0, voxels = 0;
            for (int i = 0; i < mask.Voxels.Length; i++)
            {
                bool truth = labels.Voxels[i] == roi.Number;
                voxels += truth ? 1 : 0;
                disagree += (mask.Voxels[i] == 1) != truth ? 1 : 0;
            }

            Assert.True(voxels > 0);
            Assert.Equal(0, disagree);
        }

        // The cavity of lesion 1 is a hole: on its middle slices lesion 1 has an inner contour.
        var normal = image.Geometry.Direction.Column(2);
        Assert.Contains(set.Rois[0].Contours.GroupBy(c => Math.Round(c.Points[0].Dot(normal), 2)), slice => slice.Count() >= 2);
        var file = DicomReader.ReadFile(path).Dataset;
        Assert.Equal(DicomSopClasses.RtStructureSetStorage, file.GetString(DicomTags.SopClassUid));
        Assert.Equal(image.Study.StudyInstanceUid, file.GetString(DicomTags.StudyInstanceUid));
    }

    [Fact]
    public void Contours_reference_their_images_and_lie_on_their_planes()
    {
        var (image, labels, temp) = WriteImage();
        using var _ = temp;
        string path = Path.Combine(temp.Path, "RTSTRUCT.dcm");
        RtStructWriter.Write(labels, image, path, DicomUidGenerator.Seeded("labels"));

        var d = DicomReader.ReadFile(path).Dataset;
        var normal = image.Geometry.Direction.Column(2);
        foreach (var roiContour in d.GetSequence(new DicomTag(0x3006, 0x0039)))
        {
            foreach (var contour in roiContour.GetSequence(new DicomTag(0x3006, 0x0040)))
            {
                string uid = contour.GetSequence(new DicomTag(0x3006, 0x0016)).Single().GetString(new DicomTag(0x0008, 0x1155))!;
                int z = image.SopInstanceUids.ToList().IndexOf(uid);
                Assert.True(z >= 0);
                double[] points = contour.GetDoubles(new DicomTag(0x3006, 0x0050));
                Assert.Equal(contour.GetDouble(new DicomTag(0x3006, 0x0046)) * 3, points.Length);
                double planeDistance = image.Geometry.IndexToWorld(0, 0, z).Dot(normal);
                for (int i = 0; i < points.Length; i += 3)
                {
                    Assert.Equal(planeDistance, new Vector3D(points[i], points[i + 1], points[i + 2]).Dot(normal), 1e-3);
                }
            }
        }
    }

    [Fact]
    public void Seg_reads_back_as_the_same_label_map()
    {
        var (image, labels, temp) = WriteImage();
        using var _ = temp;
        string path = Path.Combine(temp.Path, "SEG.dcm");

        SegmentationWriter.Write(labels, image, path, DicomUidGenerator.Seeded("labels"));

        var series = Assert.Single(DicomSeriesScanner.Scan(temp.Path)); // the SEG is not an image series
        var seg = DicomSegmentation.Read(path);
        Assert.Equal("BINARY", seg.Type);
        Assert.Equal([1, 2, 7], seg.Segments.Select(s => s.Number));
        Assert.Equal("Lesion 2", seg.Segments[1].Label);
        // One frame per (segment, slice with that segment): lesion 1 on z 1..6, lesion 2 on z 4..5, lesion 7 on z 8.
        Assert.Equal(6 + 2 + 1, seg.Frames.Count);
        var back = new Volume<byte>(series.Geometry);
        foreach (var segment in seg.Segments)
        {
            var mask = seg.SegmentMask(segment.Number, series);
            for (int i = 0; i < mask.Voxels.Length; i++)
            {
                if (mask.Voxels[i] != 0)
                {
                    Assert.Equal(0, back.Voxels[i]); // segments do not overlap
                    back.Voxels[i] = (byte)segment.Number;
                }
            }
        }

        Assert.Equal(labels.Voxels, back.Voxels);
        Assert.All(seg.Frames, f => Assert.NotNull(f.Position));
    }

    [Fact]
    public void Seg_frames_are_found_by_position_when_uids_do_not_match()
    {
        // A reader that places frames by Image Position Patient alone (the UIDs here name no image of the series).
        var (image, labels, temp) = WriteImage();
        using var _ = temp;
        string path = Path.Combine(temp.Path, "SEG.dcm");
        var renamed = image with { SopInstanceUids = image.SopInstanceUids.Select((_, z) => $"2.25.{z + 1}").ToArray() };
        SegmentationWriter.Write(labels, renamed, path, DicomUidGenerator.Seeded("labels"));

        var series = Assert.Single(DicomSeriesScanner.Scan(temp.Path));
        var mask = DicomSegmentation.Read(path).SegmentMask(1, series);

        Assert.Equal(labels.Voxels.Select(v => v == 1 ? (byte)1 : (byte)0), mask.Voxels);
    }

    [Fact]
    public void A_scanned_series_can_be_referenced_as_written()
    {
        // An RTSTRUCT and a SEG for a series that was read, not written in this process (e.g. contours for a scanner's CT).
        var (image, labels, temp) = WriteImage();
        using var _ = temp;
        var series = Assert.Single(DicomSeriesScanner.Scan(temp.Path));

        var scanned = DicomImageSeries.FromScanned(series);

        Assert.Equal(image.SopInstanceUids, scanned.SopInstanceUids);
        Assert.Equal(image.Study with { StudyDescription = string.Empty }, scanned.Study with { StudyDescription = string.Empty });
        Assert.Equal(DicomSopClasses.CtImageStorage, scanned.SopClassUid);
        string rt = Path.Combine(temp.Path, "rt.dcm");
        RtStructWriter.Write(labels, scanned, rt, DicomUidGenerator.Random());
        var mask = ContourRasterizer.Rasterize(RtStructureSet.Read(rt)["Lesion 2"], series);
        Assert.Equal(labels.Voxels.Select(v => v == 2 ? (byte)1 : (byte)0), mask.Voxels);
    }

    [Fact]
    public void Label_maps_on_another_grid_or_without_labels_are_refused()
    {
        var (image, labels, temp) = WriteImage();
        using var _ = temp;
        var shifted = labels.WithGeometry(labels.Geometry.WithOrigin(labels.Geometry.Origin + new Vector3D(1, 0, 0)));
        Assert.Throws<GeometryMismatchException>(() => RtStructWriter.Write(shifted, image, Path.Combine(temp.Path, "a.dcm"), DicomUidGenerator.Random()));
        Assert.Throws<InvalidInputException>(() => SegmentationWriter.Write(new Volume<byte>(image.Geometry), image, Path.Combine(temp.Path, "b.dcm"), DicomUidGenerator.Random()));
    }
}
