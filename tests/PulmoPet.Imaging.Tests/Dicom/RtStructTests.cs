using PulmoPet.Imaging.Dicom;
using PulmoPet.Imaging.Dicom.Rt;
using PulmoPet.Imaging.Io;

namespace PulmoPet.Imaging.Tests.Dicom;

public sealed class RtStructTests
{
    [Fact]
    public void Inner_contour_is_a_hole_by_the_even_odd_rule()
    {
        // README (rt-utils): ROI-1 is a 24×24 mm square with a 15×15 mm square inside on z = 60 (ct_1.dcm);
        // even-odd → 351.5 mm² (≈1474 pixels of 0.488281 mm), union → 576 mm².
        var series = Assert.Single(DicomSeriesScanner.Scan(DicomReferenceData.Real("rt-utils/mock_data")));
        var roi = RtStructureSet.Read(DicomReferenceData.Real("rt-utils/mock_data/rt.dcm"))["ROI-1"];

        var mask = ContourRasterizer.Rasterize(roi, series.Geometry);

        var g = series.Geometry;
        double pixelArea = g.Spacing.X * g.Spacing.Y;
        int onFirst = Count(mask.Slice(0));
        Assert.Equal(0, Count(mask.Slice(1)));

        // Independent check: a per-pixel crossing-number test of every pixel centre against both contours.
        int expected = 0;
        for (int y = 0; y < g.Size.Y; y++)
        {
            for (int x = 0; x < g.Size.X; x++)
            {
                var centre = g.IndexToWorld(x, y, 0);
                bool inside = false;
                foreach (var contour in roi.Contours)
                {
                    inside ^= InsidePolygon(contour.Points, centre.X, centre.Y);
                }

                expected += inside ? 1 : 0;
            }
        }

        Assert.Equal(expected, onFirst);

        // Sampling at pixel centres moves each straight edge by less than one pixel: |area − 351.5| < perimeter × spacing / 2.
        double perimeter = 4 * 24 + 4 * 15;
        Assert.Equal(351.5, onFirst * pixelArea, perimeter * g.Spacing.X / 2);
        Assert.True(onFirst * pixelArea < 576 - 100, "the inner square must be a hole, not part of a union");
    }

    private static bool InsidePolygon(IReadOnlyList<Vector3D> polygon, double px, double py)
    {
        bool inside = false;
        for (int i = 0, j = polygon.Count - 1; i < polygon.Count; j = i++)
        {
            var a = polygon[i];
            var b = polygon[j];
            if ((a.Y > py) != (b.Y > py) && px < (b.X - a.X) * (py - a.Y) / (b.Y - a.Y) + a.X)
            {
                inside = !inside;
            }
        }

        return inside;
    }

    public static TheoryData<string, string> MirpCases => new()
    {
        { "STS_001", "PET" },
        { "STS_001", "CT" },
        { "STS_002", "PET" },
        { "STS_003", "PET" },
    };

    [Theory]
    [MemberData(nameof(MirpCases))]
    public void Mirp_rtstruct_rasterises_like_mirps_mask(string patient, string modality)
    {
        // README (mirp/sts_images): nifti/mask/mask.nii.gz is MIRP's rasterisation of dicom/mask/RS.dcm on the same image;
        // "Dice ≳ 0.95 is a reasonable threshold; conventions at the edge differ". Voxel counts: expected_values.json
        // ["mirp/sts_images"]["<case>/<modality>"]["mask_voxels"].
        string root = DicomReferenceData.Real($"mirp/sts_images/{patient}/{modality}");
        var series = Assert.Single(DicomSeriesScanner.Scan(Path.Combine(root, "dicom/image")));
        var structures = RtStructureSet.Read(Directory.EnumerateFiles(Path.Combine(root, "dicom/mask")).Single());
        var reference = ImageFile.Read<byte>(Path.Combine(root, "nifti/mask/mask.nii.gz"));
        int expectedVoxels = DicomReferenceData.ExpectedValue("mirp/sts_images", $"{patient}/{modality}", "mask_voxels").GetInt32();

        var mask = ContourRasterizer.Rasterize(Assert.Single(structures.Rois), series);

        Assert.True(reference.Geometry.IsSameGrid(mask.Geometry, 1e-3), $"{reference.Geometry} vs {mask.Geometry}");
        Assert.Equal(expectedVoxels, Count(reference.Voxels));
        double dice = Dice(mask.Voxels, reference.Voxels);
        Assert.True(dice >= 0.95, $"Dice {dice:F4}, {Count(mask.Voxels)} voxels vs {expectedVoxels}");

        // Measured: the even-odd fill at voxel centres reproduces MIRP's masks voxel for voxel (Dice 1), so hold it to that.
        Assert.Equal(reference.Voxels, mask.Voxels);
    }

    [Fact]
    public void Ibsi_phantom_rtstruct_rasterises_like_the_ibsi_mask()
    {
        // The IBSI CT phantom ships its ROI both as RTSTRUCT and as a NIfTI voxel mask (ibsi1/ct_radiomics_phantom/README.md).
        var series = Assert.Single(DicomSeriesScanner.Scan(DicomReferenceData.Path("ibsi1/ct_radiomics_phantom/dicom/image")));
        var structures = RtStructureSet.Read(DicomReferenceData.Path("ibsi1/ct_radiomics_phantom/dicom/mask/DCM_RS_00060.dcm"));
        var reference = ImageFile.Read(DicomReferenceData.Path("ibsi1/ct_radiomics_phantom/nifti/mask/mask.nii.gz")).ConvertTo<byte>();

        var mask = ContourRasterizer.Rasterize(Assert.Single(structures.Rois), series.Geometry);

        double dice = Dice(mask.Voxels, reference.Voxels);
        Assert.True(dice >= 0.95, $"Dice {dice:F4}, {Count(mask.Voxels)} voxels vs {Count(reference.Voxels)}");
        Assert.Equal(reference.Voxels, mask.Voxels); // measured identical (125 256 voxels)
    }

    [Fact]
    public void Rois_with_contours_on_missing_slices_are_parsed_and_rasterised_where_slices_exist()
    {
        // README (dicompyler-core): rtss.dcm has 10 ROIs; Lt Lung has 165 contours on 80 planes, Areola none;
        // only ct.0.dcm (z 168.5593) is present, where BODY has one plane.
        var structures = RtStructureSet.Read(DicomReferenceData.Real("dicompyler-core/example_data/rtss.dcm"));
        var rois = DicomReferenceData.ExpectedValue("dicompyler-core", "example_data/rtss.dcm", "rois");

        Assert.Equal(10, structures.Rois.Count);
        foreach (var roi in structures.Rois)
        {
            var expected = rois.GetProperty($"{roi.Number}:{roi.Name}");
            Assert.Equal(expected.GetProperty("n_contours").GetInt32(), roi.Contours.Count);
            Assert.Equal(expected.GetProperty("n_points").GetInt32(), roi.Contours.Sum(c => c.Points.Count));
        }

        var series = Assert.Single(DicomSeriesScanner.Scan(DicomReferenceData.Real("dicompyler-core/example_data")));
        Assert.True(Count(ContourRasterizer.Rasterize(structures["BODY"], series.Geometry).Voxels) > 0);
        Assert.Equal(0, Count(ContourRasterizer.Rasterize(structures["Lt Lung"], series.Geometry).Voxels));
    }

    [Fact]
    public void Contours_of_another_frame_of_reference_are_refused()
    {
        // The STS_001 PET contours (MIRP crop) against the rt-utils phantom CT: different Frame of Reference UIDs.
        var series = Assert.Single(DicomSeriesScanner.Scan(DicomReferenceData.Real("rt-utils/mock_data")));
        var roi = Assert.Single(RtStructureSet.Read(DicomReferenceData.Real("mirp/sts_images/STS_001/PET/dicom/mask/RS.dcm")).Rois);

        var error = Assert.Throws<InvalidInputException>(() => ContourRasterizer.Rasterize(roi, series));
        Assert.Contains("frame of reference", error.Message, StringComparison.Ordinal);
    }

    private static int Count(ReadOnlySpan<byte> voxels) => voxels.Length - voxels.Count((byte)0);

    private static double Dice(byte[] a, byte[] b)
    {
        long both = 0, sum = 0;
        for (int i = 0; i < a.Length; i++)
        {
            bool x = a[i] != 0, y = b[i] != 0;
            both += x && y ? 1 : 0;
            sum += (x ? 1 : 0) + (y ? 1 : 0);
        }

        return 2.0 * both / sum;
    }
}
