using System.Security.Cryptography;
using System.Runtime.InteropServices;
using PulmoPet.Imaging.Dicom;
using PulmoPet.Imaging.Io;

namespace PulmoPet.Imaging.Tests.Dicom;

public sealed class DicomSeriesTests
{
    [Fact]
    public void Ibsi_ct_phantom_series_equals_the_ibsi_nifti()
    {
        // Reference: the IBSI NIfTI of the same phantom (ibsi1/ct_radiomics_phantom/nifti/image/phantom.nii.gz), read
        // once with nibabel 5.0 (/usr/bin/python3: nib.load(...); affine, and
        // hashlib.md5(np.asfortranarray(a.astype(np.float32)).tobytes(order='F'))): 204×201×60 float32, affine
        // diag(−0.977, −0.977, 3) with translation (174.3945, 79.6255, −100.4) in RAS, i.e. LPS origin
        // (−174.3945, −79.6255, −100.4) with identity direction; voxel MD5 1ed6e280a40cc5035d177da5cfe1978b, sum −655581056.
        var series = Assert.Single(DicomSeriesScanner.Scan(DicomReferenceData.Path("ibsi1/ct_radiomics_phantom/dicom/image")));

        var volume = DicomSeriesAssembler.Read(series);

        var g = volume.Geometry;
        Assert.Equal(new Size3(204, 201, 60), g.Size);
        Assert.Equal(0.977, g.Spacing.X, 1e-6);
        Assert.Equal(0.977, g.Spacing.Y, 1e-6);
        Assert.Equal(3.0, g.Spacing.Z, 1e-5);
        Assert.Equal(-174.3945, g.Origin.X, 1e-4);
        Assert.Equal(-79.6255, g.Origin.Y, 1e-4);
        Assert.Equal(-100.4, g.Origin.Z, 1e-4);
        Assert.True(g.Direction.MaxAbsDifference(Matrix3.Identity) < 1e-9);
        Assert.Equal(-655581056.0, volume.Voxels.Sum(v => (double)v));
        Assert.Equal("1ed6e280a40cc5035d177da5cfe1978b", Convert.ToHexStringLower(MD5.HashData(MemoryMarshal.AsBytes(volume.Voxels.AsSpan()))));

        // And voxel for voxel against PulmoPet's own NIfTI reader.
        var nifti = ImageFile.Read(DicomReferenceData.Path("ibsi1/ct_radiomics_phantom/nifti/image/phantom.nii.gz")).ToFloat();
        Assert.True(nifti.Geometry.IsSameGrid(volume.Geometry), $"{nifti.Geometry} vs {volume.Geometry}");
        Assert.Equal(nifti.Voxels, volume.Voxels);
    }

    [Fact]
    public void Ibsi_ct_phantom_reads_compactly_as_short()
    {
        var series = Assert.Single(DicomSeriesScanner.Scan(DicomReferenceData.Path("ibsi1/ct_radiomics_phantom/dicom/image")));

        var volume = DicomSeriesAssembler.ReadCompact(series);

        var shorts = Assert.IsType<Volume<short>>(volume);
        Assert.Equal(-655581056L, shorts.Voxels.Sum(v => (long)v)); // same nibabel sum as above
    }

    [Fact]
    public void Jpeg2000_ct_series_geometry_matches_the_totalsegmentator_nifti()
    {
        // expected_values.json["totalsegmentator"]["example_seg_dicom.nii.gz"]["affine"]: the label map TotalSegmentator wrote
        // for this series, axcodes L,A,S, with NIfTI j = 511 − DICOM row (README, Source 5).
        string folder = DicomReferenceData.Real("totalsegmentator/reference_files/example_ct_dicom");
        var series = Assert.Single(DicomSeriesScanner.Scan(folder));
        var affine = DicomReferenceData.ExpectedValue("totalsegmentator", "example_seg_dicom.nii.gz", "affine");
        double A(int r, int c) => affine[r][c].GetDouble();

        var g = series.Geometry;
        Assert.Equal(new Size3(512, 512, 20), g.Size);
        foreach (var corner in new[] { (0, 0, 0), (511, 0, 0), (0, 511, 0), (0, 0, 19), (511, 511, 19) })
        {
            var (i, row, k) = corner;
            int j = 511 - row;
            var ras = new Vector3D(
                A(0, 0) * i + A(0, 1) * j + A(0, 2) * k + A(0, 3),
                A(1, 0) * i + A(1, 1) * j + A(1, 2) * k + A(1, 3),
                A(2, 0) * i + A(2, 1) * j + A(2, 2) * k + A(2, 3));
            var lps = new Vector3D(-ras.X, -ras.Y, ras.Z);
            Assert.True((g.IndexToWorld(i, row, k) - lps).Length < 1e-3, $"corner {corner}: {g.IndexToWorld(i, row, k)} vs {lps}");
        }

        // The pixels are JPEG 2000, which PulmoPet does not decode: a clear error naming the syntax.
        var error = Assert.Throws<DicomFormatException>(() => DicomSeriesAssembler.Read(series));
        Assert.Contains("1.2.840.10008.1.2.4.90", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Folder_scan_skips_non_dicom_files_and_lists_non_images()
    {
        // README (rt-utils): mock_data holds ct_1.dcm and ct_2.dcm (IPP z 60 and 65, 0.488281 mm pixels) and rt.dcm
        // (an RTSTRUCT); the folder above also holds LICENSE.
        var result = DicomSeriesScanner.ScanFolder(DicomReferenceData.Real("rt-utils"));

        var series = Assert.Single(result.Series);
        Assert.Equal("CT", series.Modality);
        Assert.Equal(2, series.SliceCount);
        Assert.Equal(60.0, series.Slices[0].Position.Z, 1e-6);
        Assert.Equal(5.0, series.Geometry.Spacing.Z, 1e-6);
        Assert.Equal(0.488281, series.Geometry.Spacing.X, 1e-6);
        Assert.Contains(result.NonDicomFiles, f => f.EndsWith("LICENSE", StringComparison.Ordinal));
        Assert.Contains(result.NonImageFiles, f => f.EndsWith("rt.dcm", StringComparison.Ordinal));
    }

    [Fact]
    public void Uneven_bed_joins_are_reported_and_accepted()
    {
        // README (mirp/sts_images_raw/STS_001): 267 slices, z −881.30 … −11.48, step 3.27 mm except 4 steps of 3.29 and one of 3.19.
        var series = Assert.Single(DicomSeriesScanner.Scan(DicomReferenceData.Real("mirp/sts_images_raw/STS_001/FDG_PET/image")));

        Assert.Equal(267, series.SliceCount);
        Assert.Equal(-881.30, series.Slices[0].Position.Z, 0.01);
        Assert.Equal(-11.48, series.Slices[^1].Position.Z, 0.01);
        Assert.Equal(3.19, series.Spacing.MinStepMm, 0.01);
        Assert.Equal(3.29, series.Spacing.MaxStepMm, 0.01);
        Assert.False(series.Spacing.IsUniform);
        Assert.False(series.Spacing.HasGaps);
        Assert.Contains(series.Warnings, w => w.Contains("Slice steps vary", StringComparison.Ordinal));
        Assert.Equal((881.30 - 11.48) / 266, series.Geometry.Spacing.Z, 1e-3);
    }

    [Fact]
    public void Decreasing_file_order_is_sorted_along_the_normal()
    {
        // README (dcmqi ct-3slice): z −126.69/−127.69/−128.69, decreasing with file number; the NRRD label maps on that grid
        // have origin (−235.2, −226.8, −128.69) and spacing 0.810547 × 0.810547 × 1 (expected_values.json["dcmqi"]["liver_seg.nrrd"]).
        var series = Assert.Single(DicomSeriesScanner.Scan(DicomReferenceData.Real("dcmqi/data/segmentations/ct-3slice")));

        var g = series.Geometry;
        Assert.Equal(new Size3(512, 512, 3), g.Size);
        Assert.Equal(-235.2, g.Origin.X, 1e-3);
        Assert.Equal(-226.8, g.Origin.Y, 1e-3);
        Assert.Equal(-128.69, g.Origin.Z, 1e-3);
        Assert.Equal(1.0, g.Spacing.Z, 1e-6);
        Assert.Equal(0.810547, g.Spacing.X, 1e-6);
    }

    [Fact]
    public void Duplicate_positions_are_refused_when_reading()
    {
        // README (lungmask/testdata): 0.dcm and 1.dcm are at IPP (0,0,0) and (0,0,1); the pydicom files 17106 … 17196
        // are different slices. Copying one slice twice gives two images at one position.
        string folder = Directory.CreateTempSubdirectory("pulmopet-dicom-").FullName;
        try
        {
            string source = DicomReferenceData.Real("lungmask/testdata/0.dcm");
            File.Copy(source, Path.Combine(folder, "a.dcm"));
            File.Copy(source, Path.Combine(folder, "b.dcm"));
            File.WriteAllText(Path.Combine(folder, "notes.txt"), "not a DICOM file");

            var result = DicomSeriesScanner.ScanFolder(folder);

            var series = Assert.Single(result.Series);
            Assert.True(series.Spacing.HasDuplicates);
            Assert.Single(result.NonDicomFiles);
            var error = Assert.Throws<InvalidInputException>(() => DicomSeriesAssembler.Read(series));
            Assert.Contains("same position", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Enhanced_multi_frame_ct_equals_the_single_frame_series_it_was_converted_from()
    {
        // README (dcmqi 24x38x3): multiframe/mf.dcm is "the same 3 slices as one Legacy Converted Enhanced CT multi-frame object".
        string root = DicomReferenceData.Real("dcmqi/data/segmentations/24x38x3");
        var single = Assert.Single(DicomSeriesScanner.Scan(Path.Combine(root, "image")));
        var multi = Assert.Single(DicomSeriesScanner.Scan(Path.Combine(root, "multiframe")));

        var a = DicomSeriesAssembler.Read(single);
        var b = DicomSeriesAssembler.Read(multi);

        Assert.Equal(3, multi.SliceCount);
        Assert.True(a.Geometry.IsSameGrid(b.Geometry, 1e-6), $"{a.Geometry} vs {b.Geometry}");
        Assert.Equal(a.Voxels, b.Voxels);
    }

    [Fact]
    public void Enhanced_ct_frames_get_their_functional_group_geometry_and_rescale()
    {
        // expected_values.json["pydicom-data"]["eCT_Supplemental.dcm"]: 2 frames of 512×512, stored sum 199249408; the shared
        // Pixel Value Transformation has intercept −1024 and the orientation's row direction is −x (read with pydicom once).
        var series = Assert.Single(DicomSeriesScanner.Scan(Path.GetDirectoryName(DicomReferenceData.Real("pydicom-data/data/eCT_Supplemental.dcm"))!),
            s => s.Slices[0].Path.EndsWith("eCT_Supplemental.dcm", StringComparison.Ordinal));
        double storedSum = DicomReferenceData.ExpectedValue("pydicom-data", "eCT_Supplemental.dcm", "stored_sum").GetDouble();

        var volume = DicomSeriesAssembler.Read(series);

        Assert.Equal(new Size3(512, 512, 2), volume.Size);
        Assert.Equal(new Vector3D(-1, 0, 0), volume.Geometry.Direction.Column(0));
        Assert.Equal(10.0, volume.Geometry.Spacing.Z, 1e-9);
        Assert.Equal(storedSum - 1024.0 * 2 * 512 * 512, volume.Voxels.Sum(v => (double)v));
    }
}
