using PulmoPet.Imaging;
using PulmoPet.Radiomics.PyRadiomics;
using PulmoPet.Radiomics.PyRadiomics.Parameters;
using YamlDotNet.RepresentationModel;

namespace PulmoPet.Radiomics.Tests;

/// <summary>PyRadiomics parameter files (pyradiomics/params): every example parses to the settings it states.</summary>
public class ParameterFileTests
{
    private static readonly string[] AllClasses = ["firstorder", "shape", "glcm", "glrlm", "glszm", "gldm", "ngtdm"];

    private static readonly string[] GlcmWithoutSumAverage =
    [
        "Autocorrelation", "JointAverage", "ClusterProminence", "ClusterShade", "ClusterTendency", "Contrast", "Correlation",
        "DifferenceAverage", "DifferenceEntropy", "DifferenceVariance", "JointEnergy", "JointEntropy", "Imc1", "Imc2", "Idm",
        "Idmn", "Id", "Idn", "InverseVariance", "MaximumProbability", "SumEntropy", "SumSquares",
    ];

    private static PyRadiomicsParameters Example(string name) =>
        PyRadiomicsParameterFile.Read(ReferenceData.File($"pyradiomics/params/pyradiomics_examples/{name}"));

    public static PyRadiomicsParameters Baseline(string config) =>
        PyRadiomicsParameterFile.Read(ReferenceData.File($"pyradiomics/params/baseline_configs/baseline_{config}.yaml"));

    [Fact]
    public void Empty_file_gives_PyRadiomics_defaults()
    {
        var p = PyRadiomicsParameterFile.Parse("", "empty.yaml");
        Assert.Equal(25, p.Settings.BinWidth);
        Assert.Equal(1, p.Settings.Label);
        Assert.Null(p.Settings.ResampledPixelSpacing);
        Assert.Null(p.Settings.BinCount);
        Assert.Equal("sitkBSpline", p.Settings.Interpolator);
        Assert.Equal(5, p.Settings.PadDistance);
        Assert.Equal(ImageTypeKind.Original, Assert.Single(p.ImageTypes).Kind);
        Assert.Equal(AllClasses, p.FeatureClasses.Select(c => c.Name));
        Assert.All(p.FeatureClasses, c => Assert.Null(c.Features));
    }

    [Fact]
    public void Params_yaml()
    {
        var p = Example("Params.yaml");
        Assert.Equal(25, p.Settings.BinWidth);
        Assert.Equal(1, p.Settings.Label);
        Assert.Null(p.Settings.ResampledPixelSpacing);
        Assert.False(p.Settings.MergeAngles);
        Assert.Equal(ImageTypeKind.Original, Assert.Single(p.ImageTypes).Kind);
        Assert.Equal(["shape", "firstorder", "glcm", "glrlm", "glszm", "gldm"], p.FeatureClasses.Select(c => c.Name));
        Assert.Null(p.FeatureClasses[1].Features); // firstorder: [] = all
        Assert.Equal(GlcmWithoutSumAverage, p.FeatureClasses[2].Features);
    }

    [Theory]
    [InlineData("exampleCT.yaml", new[] { 1.0, 2, 3, 4, 5 }, 25, 1000, false, 10)]
    [InlineData("exampleMR_3mm.yaml", new[] { 2.0, 3, 4, 5 }, 5, 300, true, 5)]
    [InlineData("exampleMR_5mm.yaml", new[] { 3.0, 5 }, 5, 300, true, 5)]
    [InlineData("exampleMR_NoResampling.yaml", new[] { 1.0, 3, 5 }, 5, 300, true, 5)]
    [InlineData("MR_2D_extraction.yaml", new[] { 2.0, 3, 4, 5 }, 5, 300, true, 10)]
    public void Examples_with_LoG_and_wavelet(string file, double[] sigma, double binWidth, double shift, bool normalize, int pad)
    {
        var p = Example(file);
        Assert.Equal([ImageTypeKind.Original, ImageTypeKind.LoG, ImageTypeKind.Wavelet], p.ImageTypes.Select(t => t.Kind));
        Assert.Equal(sigma, p.ImageTypes[1].Settings.Sigma);
        Assert.Equal(binWidth, p.Settings.BinWidth);
        Assert.Equal(shift, p.Settings.VoxelArrayShift);
        Assert.Equal(normalize, p.Settings.Normalize);
        Assert.Equal(normalize ? 100 : 1, p.Settings.NormalizeScale);
        Assert.Equal(pad, p.Settings.PadDistance);
        Assert.Equal(("coif1", 0, 1), (p.ImageTypes[2].Settings.Wavelet, p.ImageTypes[2].Settings.StartLevel, p.ImageTypes[2].Settings.Level));
        Assert.Equal(GlcmWithoutSumAverage, p.FeatureClasses.Single(c => c.Name == "glcm").Features);
    }

    [Fact]
    public void Example_spacings_and_2D()
    {
        Assert.Equal([1.0, 1, 1], Example("exampleCT.yaml").Settings.ResampledPixelSpacing);
        Assert.Equal([2.0, 2, 2], Example("exampleMR_3mm.yaml").Settings.ResampledPixelSpacing);
        Assert.Equal([3.0, 3, 3], Example("exampleMR_5mm.yaml").Settings.ResampledPixelSpacing);
        var noResampling = Example("exampleMR_NoResampling.yaml").Settings;
        Assert.Null(noResampling.ResampledPixelSpacing);
        Assert.True(noResampling.Force2D && noResampling.PreCrop);
        var mr2D = Example("MR_2D_extraction.yaml");
        Assert.Equal([2.0, 2, 0], mr2D.Settings.ResampledPixelSpacing);
        Assert.Equal((true, 0), (mr2D.Settings.Force2D, mr2D.Settings.Force2DDimension));
        Assert.Equal("shape2D", mr2D.FeatureClasses[0].Name);
    }

    [Fact]
    public void Voxel_and_shape_examples()
    {
        var voxel = Example("exampleVoxel.yaml");
        Assert.Equal(["JointEntropy"], Assert.Single(voxel.FeatureClasses).Features);
        Assert.True(voxel.Settings.Force2D);
        Assert.Equal(2, voxel.VoxelSettings!.KernelRadius);
        Assert.True(voxel.VoxelSettings.MaskedKernel);
        Assert.True(double.IsNaN(voxel.VoxelSettings.InitValue));
        Assert.Equal(10000, voxel.VoxelSettings.VoxelBatch);
        var shape = Example("example_allShape.yaml");
        Assert.Equal(17, Assert.Single(shape.FeatureClasses).Features!.Count);
        Assert.Equal(ImageTypeKind.Original, Assert.Single(shape.ImageTypes).Kind);
    }

    [Fact]
    public void Baseline_configs_parse_to_their_settings()
    {
        var d = Baseline("default");
        Assert.Equal((25.0, 2000.0, 1, 0, 1), (d.Settings.BinWidth, d.Settings.VoxelArrayShift, d.Settings.Distance, d.Settings.GldmAlpha, d.Settings.MinimumRoiDimensions));
        Assert.Equal(["firstorder", "glcm", "gldm", "glrlm", "glszm", "ngtdm", "shape"], d.FeatureClasses.Select(c => c.Name));
        Assert.True(Baseline("2d").Settings.Force2D);
        Assert.Equal(64, Baseline("FBN").Settings.BinCount);
        Assert.True(Baseline("combined").Settings.MergeAngles);
        Assert.Equal(["glcm", "glrlm"], Baseline("combined").FeatureClasses.Select(c => c.Name));
        Assert.Equal(3, Baseline("resegmentation").Settings.ResegmentSigma);
        var flat = Baseline("flatRegion").Settings;
        Assert.Equal((5000.0, 0.0, double.PositiveInfinity), (flat.BinWidth, flat.ResegmentRange!.Value.Min, flat.ResegmentRange.Value.Max));
        var norm = Baseline("normalization").Settings;
        Assert.Equal((true, 100.0, 5.0, 2), (norm.Normalize, norm.NormalizeScale, norm.BinWidth, norm.MinimumRoiDimensions));
        Assert.Equal([2.0, 2, 2], Baseline("resampling").Settings.ResampledPixelSpacing);
        var shape2D = Baseline("shape2D");
        Assert.True(shape2D.Settings.CorrectMask);
        Assert.Equal("shape2D", Assert.Single(shape2D.FeatureClasses).Name);
    }

    [Theory]
    [InlineData("setting:\n  binWidht: 25\n", "'binWidht'")]
    [InlineData("settings:\n  binWidth: 25\n", "'settings'")]
    [InlineData("imageType:\n  Wavelets: {}\n", "'Wavelets'")]
    [InlineData("imageType:\n  LoG: {sigmas: [1]}\n", "'sigmas'")]
    [InlineData("featureClass:\n  glcn:\n", "'glcn'")]
    [InlineData("voxelSetting:\n  kernelRadus: 2\n", "'kernelRadus'")]
    [InlineData("setting:\n  binWidth: -1\n", "'binWidth' must be greater than 0")]
    [InlineData("setting:\n  interpolator: cubic\n", "'interpolator' must be one of")]
    [InlineData("setting:\n  resegmentMode: sigma\n  resegmentRange: [-2, 3]\n", "symmetric")]
    public void Invalid_keys_and_values_name_the_key_and_the_file(string yaml, string expected)
    {
        var e = Assert.Throws<InvalidInputException>(() => PyRadiomicsParameterFile.Parse(yaml, "my-params.yaml"));
        Assert.Contains("my-params.yaml", e.Message, StringComparison.Ordinal);
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Image_type_settings_override_the_setting_section()
    {
        var p = PyRadiomicsParameterFile.Parse("setting:\n  binWidth: 10\nimageType:\n  Original: {}\n  Square: {binWidth: 2}\n", "p.yaml");
        Assert.Equal([10.0, 2.0], p.ImageTypes.Select(t => t.Settings.BinWidth));
    }

    [Fact]
    public void Setting_keys_are_those_of_the_PyRadiomics_schema()
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(ReferenceData.File("pyradiomics/params/paramSchema.yaml"))));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        var setting = (YamlMappingNode)((YamlMappingNode)root["mapping"])["setting"];
        var schemaKeys = ((YamlMappingNode)setting["mapping"]).Children.Keys.Select(k => ((YamlScalarNode)k).Value!).Order();
        Assert.Equal(schemaKeys, SettingKeys.All.Order());
    }
}
