using PulmoPet.Imaging.Dicom;

namespace PulmoPet.Imaging.Tests.Dicom;

/// <summary>Series grouping, sorting, spacing checks and rescaling on hand-made slices whose answer is known by construction.</summary>
public sealed class DicomSeriesAssemblyRulesTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("pulmopet-series-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Slices_are_sorted_along_the_normal_and_rescaled_per_slice()
    {
        // Files written in reverse z order, each with its own slope and intercept (as PET beds do).
        SyntheticSlices.Write(_folder, "c.dcm", "1.9", new(10, 20, 4), SyntheticSlices.Axial, [1, 2, 3, 4], slope: 3, intercept: 1, instance: 3);
        SyntheticSlices.Write(_folder, "a.dcm", "1.9", new(10, 20, 2), SyntheticSlices.Axial, [1, 2, 3, 4], slope: 2, intercept: 0, instance: 2);
        SyntheticSlices.Write(_folder, "b.dcm", "1.9", new(10, 20, 0), SyntheticSlices.Axial, [-1, 0, 1, 2], slope: 1, intercept: -1000, instance: 1);

        var series = Assert.Single(DicomSeriesScanner.Scan(_folder));
        var volume = DicomSeriesAssembler.Read(series);

        Assert.Equal(new Vector3D(10, 20, 0), volume.Geometry.Origin);
        Assert.Equal(new Vector3D(0.75, 0.5, 2), volume.Geometry.Spacing); // x = PixelSpacing[1], y = PixelSpacing[0]
        Assert.Equal([-1001f, -1000, -999, -998, 2, 4, 6, 8, 4, 7, 10, 13], volume.Voxels);
        Assert.IsType<Volume<float>>(DicomSeriesAssembler.ReadCompact(series)); // slopes ≠ 1: stays float
    }

    [Fact]
    public void A_sagittal_stack_gets_its_direction_matrix_from_the_orientation()
    {
        // Rows run along +y (posterior), columns down along −z (PS3.3 C.7.6.2.1.1); the normal row × column is −x.
        double[] sagittal = [0, 1, 0, 0, 0, -1];
        SyntheticSlices.Write(_folder, "1.dcm", "1.8", new(5, 0, 0), sagittal, [1, 2, 3, 4], instance: 1);
        SyntheticSlices.Write(_folder, "2.dcm", "1.8", new(-5, 0, 0), sagittal, [5, 6, 7, 8], instance: 2);

        var series = Assert.Single(DicomSeriesScanner.Scan(_folder));

        var g = series.Geometry;
        var normal = new Vector3D(0, 1, 0).Cross(new Vector3D(0, 0, -1)); // (−1, 0, 0)
        Assert.Equal(normal, g.Direction.Column(2));
        Assert.Equal(new Vector3D(5, 0, 0), g.Origin); // first along the normal (−x) is x = 5
        Assert.Equal(10.0, g.Spacing.Z, 1e-12);
        Assert.Equal(new Vector3D(-5, 0, 0), g.IndexToWorld(0, 0, 1));
    }

    [Fact]
    public void A_series_splits_where_orientation_or_size_changes()
    {
        SyntheticSlices.Write(_folder, "1.dcm", "1.7", new(0, 0, 0), SyntheticSlices.Axial, [1, 2, 3, 4], instance: 1);
        SyntheticSlices.Write(_folder, "2.dcm", "1.7", new(0, 0, 1), SyntheticSlices.Axial, [1, 2, 3, 4], instance: 2);
        SyntheticSlices.Write(_folder, "3.dcm", "1.7", new(0, 0, 0), [0, 1, 0, 0, 0, -1], [1, 2, 3, 4], instance: 3);
        SyntheticSlices.Write(_folder, "4.dcm", "1.7", new(0, 0, 2), SyntheticSlices.Axial, [1, 2, 3, 4, 5, 6], rows: 2, columns: 3, instance: 4);

        var series = DicomSeriesScanner.Scan(_folder);

        Assert.Equal(3, series.Count);
        Assert.All(series, s => Assert.Equal("1.7", s.SeriesInstanceUid));
        Assert.Equal([1, 1, 2], series.Select(s => s.SliceCount).Order());
    }

    [Fact]
    public void A_missing_slice_is_reported_and_refused_unless_allowed()
    {
        foreach (int z in new[] { 0, 1, 2, 4, 5 })
        {
            SyntheticSlices.Write(_folder, $"{z}.dcm", "1.6", new(0, 0, z), SyntheticSlices.Axial, [1, 2, 3, 4], instance: z + 1);
        }

        var series = Assert.Single(DicomSeriesScanner.Scan(_folder));

        Assert.Equal([2], series.Spacing.GapsAfterSlice);
        var error = Assert.Throws<InvalidInputException>(() => DicomSeriesAssembler.Read(series));
        Assert.Contains("missing slices", error.Message, StringComparison.Ordinal);
        Assert.Equal(5, DicomSeriesAssembler.Read(series, new DicomAssemblyOptions { AllowGaps = true }).Size.Z);
    }

    [Fact]
    public void A_tilted_stack_is_refused()
    {
        // Positions step along z but also along y: a gantry-tilted acquisition; a plain grid would misplace every slice.
        SyntheticSlices.Write(_folder, "1.dcm", "1.5", new(0, 0, 0), SyntheticSlices.Axial, [1, 2, 3, 4], instance: 1);
        SyntheticSlices.Write(_folder, "2.dcm", "1.5", new(0, 0.5, 1), SyntheticSlices.Axial, [1, 2, 3, 4], instance: 2);

        var series = Assert.Single(DicomSeriesScanner.Scan(_folder));

        Assert.True(series.Spacing.IsSheared);
        var error = Assert.Throws<InvalidInputException>(() => DicomSeriesAssembler.Read(series));
        Assert.Contains("gantry tilt", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Integral_ct_values_are_read_compactly_as_short()
    {
        SyntheticSlices.Write(_folder, "1.dcm", "1.4", new(0, 0, 0), SyntheticSlices.Axial, [-2000, 0, 1000, 3000], intercept: -1024, instance: 1);

        var volume = Assert.IsType<Volume<short>>(DicomSeriesAssembler.ReadCompact(Assert.Single(DicomSeriesScanner.Scan(_folder))));

        Assert.Equal([(short)-3024, -1024, -24, 1976], volume.Voxels);
    }
}
