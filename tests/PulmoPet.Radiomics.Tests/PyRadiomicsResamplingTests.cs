using System.Globalization;
using PulmoPet.Imaging;
using PulmoPet.Imaging.Io;
using PulmoPet.Radiomics.PyRadiomics;

namespace PulmoPet.Radiomics.Tests;

/// <summary>
/// PyRadiomics resampling (resampledPixelSpacing [2, 2, 2], sitkBSpline, padDistance 5) against the interpolated
/// diagnostics that SimpleITK 0.9.1 / PyRadiomics 2.1 wrote into pyradiomics/baseline/baseline_shape.csv
/// (<c>&lt;case&gt;_resampling</c> columns): grid size, ROI bounding box and voxel count exactly, and the mean, minimum and
/// maximum of the resampled image over the grid and inside the ROI.
/// </summary>
public class PyRadiomicsResamplingTests
{
    public static TheoryData<string> Cases() => [.. PyRadiomicsBaselineTests.Cases];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Resampled_grid_and_roi_equal_the_baseline_diagnostics(string testCase)
    {
        var diagnostics = Diagnostics($"{testCase}_resampling");
        var image = ImageFile.Read(ReferenceData.File($"pyradiomics/data/{testCase}_image.nrrd"));
        var mask = ImageFile.Read(ReferenceData.File($"pyradiomics/data/{testCase}_label.nrrd"));
        var box = Tuple(diagnostics["diagnostics_Mask-original_BoundingBox"]);
        var settings = ParameterFileTests.Baseline("resampling").Settings;
        var (resampled, roi) = PyRadiomicsResampling.Resample(
            image, mask, settings, new Index3((int)box[0], (int)box[1], (int)box[2]), new Size3((int)box[3], (int)box[4], (int)box[5]));

        var size = Tuple(diagnostics["diagnostics_Image-interpolated_Size"]);
        Assert.Equal(new Size3((int)size[0], (int)size[1], (int)size[2]), resampled.Size);
        Assert.Equal(new Vector3D(2, 2, 2), resampled.Geometry.Spacing);
        Assert.True(resampled.Geometry.IsSameGrid(roi.Geometry));

        int n = (int)resampled.Geometry.VoxelCount;
        var inside = Enumerable.Range(0, n).Where(i => roi.GetValue(i) == 1).ToArray();
        Assert.Equal(Number(diagnostics["diagnostics_Mask-interpolated_VoxelNum"]), inside.Length);
        int[] lo = [int.MaxValue, int.MaxValue, int.MaxValue], hi = [-1, -1, -1];
        foreach (int i in inside)
        {
            var p = resampled.Geometry.IndexOf(i);
            int[] c = [p.X, p.Y, p.Z];
            for (int d = 0; d < 3; d++) { lo[d] = Math.Min(lo[d], c[d]); hi[d] = Math.Max(hi[d], c[d]); }
        }

        Assert.Equal(Tuple(diagnostics["diagnostics_Mask-interpolated_BoundingBox"]), new double[] { lo[0], lo[1], lo[2], hi[0] - lo[0] + 1, hi[1] - lo[1] + 1, hi[2] - lo[2] + 1 });

        // Integer images are truncated as ITK casts, so min/max are integers that must agree exactly; the means agree
        // to the B-spline coefficients' float precision.
        var all = Enumerable.Range(0, n).Select(resampled.GetValue).ToArray();
        var roiValues = inside.Select(resampled.GetValue).ToArray();
        Assert.Equal(Number(diagnostics["diagnostics_Image-interpolated_Minimum"]), all.Min());
        Assert.Equal(Number(diagnostics["diagnostics_Image-interpolated_Maximum"]), all.Max());
        Assert.Equal(Number(diagnostics["diagnostics_Mask-interpolated_Minimum"]), roiValues.Min());
        Assert.Equal(Number(diagnostics["diagnostics_Mask-interpolated_Maximum"]), roiValues.Max());
        Assert.Equal(Number(diagnostics["diagnostics_Image-interpolated_Mean"]), all.Average(), 1e-3);
        Assert.Equal(Number(diagnostics["diagnostics_Mask-interpolated_Mean"]), roiValues.Average(), 1e-3);
    }

    [Fact]
    public void Same_spacing_or_a_single_slice_axis_keeps_the_original_grid()
    {
        var source = new ImageGeometry(new Size3(10, 10, 4), new Vector3D(1, 1, 3), new Vector3D(0, 0, 0));
        Assert.Null(PyRadiomicsResampling.Grid(source, [1, 1, 3], new Index3(2, 2, 1), new Size3(3, 3, 2), 5));
        Assert.Null(PyRadiomicsResampling.Grid(source, [1, 1, 0], new Index3(2, 2, 1), new Size3(3, 3, 2), 5));

        // z spans one voxel: only x and y are resampled. Hand-computed with PyRadiomics' formula: ratio 0.5,
        // x bounds floor(1.5·0.5 − 1) = −1 → 0 and ceil(4.5·0.5 + 1) = 4, size 5; origin index 0.5·(2 − 1)/1 + 0 = 0.5.
        var grid = PyRadiomicsResampling.Grid(source, [2, 2, 2], new Index3(2, 2, 1), new Size3(3, 3, 1), 1)!;
        Assert.Equal(new Size3(5, 5, 4), grid.Size);
        Assert.Equal(new Vector3D(2, 2, 3), grid.Spacing);
        Assert.Equal(new Vector3D(0.5, 0.5, 0), grid.Origin);
    }

    [Fact]
    public void Ibsi_columns_interpolate_by_the_IBSI_rules()
    {
        // breast1 with baseline_resampling.yaml: the IBSI columns use a centred 15 × 40 × 23 grid of 2 mm voxels and the
        // trilinear ROI kept at ≥ 0.5. Reference count, SciPy 1.x (/usr/bin/python3): mask = (label == 1) as float in
        // (x, y, z) order; per axis c = (n − 1)/2 + (i − (n' − 1)/2)·2/spacing for i < n' = ⌈n·spacing/2⌉;
        // scipy.ndimage.map_coordinates(mask, meshgrid(c_x, c_y, c_z, indexing='ij'), order=1, mode='nearest') >= 0.5
        // → 18 voxels, so the voxel-counting volume is 18 × 8 = 144 mm³.
        var builder = new Tables.FeatureTableBuilder(ParameterFileTests.Baseline("resampling")) { IncludeIbsi = true };
        var features = builder.ExtractCase(
            new Tables.FeatureCase("breast1", ReferenceData.File("pyradiomics/data/breast1_image.nrrd"), ReferenceData.File("pyradiomics/data/breast1_label.nrrd")),
            1, 1);
        Assert.Equal(144, features["ibsi_morph_vol_approx"], 9);
    }

    private static Dictionary<string, string> Diagnostics(string test)
    {
        var lines = File.ReadAllLines(ReferenceData.File("pyradiomics/baseline/baseline_shape.csv"));
        int column = Array.IndexOf(Csv.Split(lines[0]), test);
        return lines.Skip(1).Select(Csv.Split).Where(c => c[0].StartsWith("diagnostics_", StringComparison.Ordinal))
            .ToDictionary(c => c[0], c => c[column]);
    }

    private static double Number(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static double[] Tuple(string text) => [.. text.Trim('(', ')').Split(',').Select(t => Number(t.Trim()))];
}
