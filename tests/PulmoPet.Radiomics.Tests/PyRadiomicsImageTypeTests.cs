using PulmoPet.Imaging;
using PulmoPet.Imaging.Io;
using PulmoPet.Radiomics.Filters;
using PulmoPet.Radiomics.PyRadiomics;
using PulmoPet.Radiomics.PyRadiomics.Parameters;

namespace PulmoPet.Radiomics.Tests;

/// <summary>PyRadiomics image types: names (imageoperations.py) and properties that follow from their definitions.</summary>
public class PyRadiomicsImageTypeTests
{
    private static Volume<double> Filled(int nx, int ny, int nz, Func<int, int, int, double> f, double spacing = 1)
    {
        var v = new Volume<double>(new ImageGeometry(new Size3(nx, ny, nz), new Vector3D(spacing, spacing, 2 * spacing), default));
        for (int z = 0, i = 0; z < nz; z++) for (int y = 0; y < ny; y++) for (int x = 0; x < nx; x++, i++) v.Voxels[i] = f(x, y, z);
        return v;
    }

    [Fact]
    public void Parameter_file_image_types_give_PyRadiomics_feature_names()
    {
        var p = PyRadiomicsParameterFile.Parse(
            "imageType:\n  Original: {}\n  Square: {}\n  LoG: {sigma: [1.0, 2.5]}\n  Wavelet: {}\nfeatureClass:\n  firstorder: [Mean]\n", "t.yaml");
        var image = ImageFile.Read(ReferenceData.File("pyradiomics/data/breast1_image.nrrd"));
        var mask = ImageFile.Read(ReferenceData.File("pyradiomics/data/breast1_label.nrrd"));
        var f = new PyRadiomicsPipeline(p).Extract(image, mask);
        string[] expected =
        [
            "diagnostics_Image-original_Mean", "diagnostics_Image-original_Minimum", "diagnostics_Image-original_Maximum",
            "diagnostics_Mask-original_VoxelNum", "original_firstorder_Mean", "square_firstorder_Mean",
            "log-sigma-1-0-mm-3D_firstorder_Mean", "log-sigma-2-5-mm-3D_firstorder_Mean",
            .. StationaryWavelet.SubBands.Select(b => $"wavelet-{b}_firstorder_Mean"),
        ];
        Assert.Equal(expected, f.Names);

        // Square: mean over the ROI of (x / √M)², M = max |x| of the whole image.
        var roi = RegionOfInterest.Create(image, mask);
        double m = Enumerable.Range(0, (int)image.Geometry.VoxelCount).Max(i => Math.Abs(image.GetValue(i)));
        Assert.Equal(roi.Values.Average(x => x * x / m), f["square_firstorder_Mean"], 9);
        var single = new PyRadiomicsPipeline(p) { MaxDegreeOfParallelism = 1 }.Extract(image, mask);
        Assert.Equal(f.Select(x => x.Value), single.Select(x => x.Value));
    }

    [Fact]
    public void Wavelet_of_a_constant_image_is_constant_times_two_root_two_in_LLL_and_zero_elsewhere()
    {
        var image = Filled(7, 6, 5, (_, _, _) => 3);
        var bands = StationaryWavelet.PyRadiomics(image, "coif1", 0, 1).ToDictionary(b => b.Name, b => b.Band);
        Assert.Equal(8, bands.Count);
        Assert.All(bands["wavelet-LLL"].Voxels, v => Assert.Equal(3 * 2 * Math.Sqrt(2), v, 12));
        Assert.All(bands.Where(b => b.Key != "wavelet-LLL").SelectMany(b => b.Value.Voxels), v => Assert.Equal(0, v, 12));
        Assert.Equal(["wavelet-LLH", "wavelet2-LLL"], StationaryWavelet.PyRadiomics(image, "haar", 1, 2).Select(b => b.Name).Where(n => n.EndsWith("LLH", StringComparison.Ordinal) && n.StartsWith("wavelet-", StringComparison.Ordinal) || n == "wavelet2-LLL"));
    }

    [Fact]
    public void LoG_of_a_constant_is_zero_and_gradient_of_a_ramp_is_its_slope()
    {
        var constant = Filled(9, 9, 9, (_, _, _) => 5);
        Assert.All(LaplacianOfGaussian.PyRadiomics(constant, 1.5).Voxels, v => Assert.Equal(0, v, 10));
        var ramp = Filled(8, 5, 4, (x, _, _) => 3 * x, spacing: 0.5);
        var g = GradientMagnitude.Compute(ramp);
        Assert.Equal(6, g.Voxels[ramp.Geometry.LinearIndex(3, 2, 1)], 12);  // 3 per voxel / 0.5 mm
        Assert.Equal(3, g.Voxels[ramp.Geometry.LinearIndex(0, 2, 1)], 12);  // edge: (x1 − x0) / 2 / 0.5
        Assert.Equal(3, GradientMagnitude.Compute(ramp, useSpacing: false).Voxels[ramp.Geometry.LinearIndex(3, 2, 1)], 12);
    }

    [Fact]
    public void Intensity_transforms_follow_PyRadiomics_scaling()
    {
        var image = Filled(4, 1, 1, (x, _, _) => new[] { -4.0, 0, 1, 16 }[x]);
        Assert.Equal([1.0, 0, 1.0 / 16, 16], IntensityTransforms.Square(image).Voxels);
        Assert.Equal([-8.0, 0, 4, 16], IntensityTransforms.SquareRoot(image).Voxels);
        var log = IntensityTransforms.Logarithm(image).Voxels;
        Assert.Equal(16 * -Math.Log(5) / Math.Log(17), log[0], 12);
        Assert.Equal(16, log[3], 12);
        var exp = IntensityTransforms.Exponential(image).Voxels;
        Assert.Equal(16, exp[3], 10);
        Assert.Equal(1, exp[1], 12);
    }

    [Fact]
    public void Unsupported_settings_are_clear_errors()
    {
        var image = ImageFile.Read(ReferenceData.File("pyradiomics/data/breast1_image.nrrd"));
        var mask = ImageFile.Read(ReferenceData.File("pyradiomics/data/breast1_label.nrrd"));
        var p = PyRadiomicsParameterFile.Parse("setting:\n  resampledPixelSpacing: [2, 2, 2]\n  interpolator: sitkLanczosWindowedSinc\n", "r.yaml");
        Assert.Contains("sitkLanczosWindowedSinc", Assert.Throws<InvalidInputException>(() => new PyRadiomicsPipeline(p).Extract(image, mask)).Message, StringComparison.Ordinal);
        var typo = PyRadiomicsParameterFile.Parse("featureClass:\n  glcm: [JointEntropie]\n", "f.yaml");
        Assert.Contains("JointEntropie", Assert.Throws<InvalidInputException>(() => new PyRadiomicsPipeline(typo).Extract(image, mask)).Message, StringComparison.Ordinal);
        var small = PyRadiomicsParameterFile.Parse("setting:\n  minimumROISize: 1000\n", "s.yaml");
        Assert.Contains("minimumROISize", Assert.Throws<InvalidInputException>(() => new PyRadiomicsPipeline(small).Extract(image, mask)).Message, StringComparison.Ordinal);
    }
}
