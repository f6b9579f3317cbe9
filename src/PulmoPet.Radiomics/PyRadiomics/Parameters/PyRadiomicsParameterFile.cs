using PulmoPet.Imaging;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PulmoPet.Radiomics.PyRadiomics.Parameters;

/// <summary>
/// Reads PyRadiomics parameter files (YAML; radiomics/schemas/paramSchema.yaml). Top-level sections:
/// <c>imageType</c>, <c>featureClass</c>, <c>setting</c>, <c>voxelSetting</c>. Any other key, and any key the schema
/// does not allow, is an <see cref="InvalidInputException"/> naming the key, the file and the line.
/// </summary>
public static class PyRadiomicsParameterFile
{
    /// <summary>PyRadiomics feature classes (radiomics/*.py) that may be named in <c>featureClass</c>.</summary>
    public static readonly IReadOnlyList<string> FeatureClassNames = ["firstorder", "shape", "shape2D", "glcm", "glrlm", "glszm", "gldm", "ngtdm"];

    /// <exception cref="InvalidInputException">The file is not valid YAML or not a valid parameter file.</exception>
    public static PyRadiomicsParameters Read(string path)
    {
        if (!File.Exists(path)) throw new InvalidInputException($"Parameter file '{path}' does not exist.");
        return Parse(File.ReadAllText(path), path);
    }

    /// <param name="yamlText">The YAML text.</param>
    /// <param name="source">The file name used in error messages.</param>
    public static PyRadiomicsParameters Parse(string yamlText, string source)
    {
        var yaml = new YamlValues(source);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yamlText));
        }
        catch (YamlException e)
        {
            throw new InvalidInputException($"{source} (line {e.Start.Line}): not valid YAML: {e.Message}");
        }

        if (stream.Documents.Count == 0 || YamlValues.IsNull(stream.Documents[0].RootNode)) return new PyRadiomicsParameters();
        var root = stream.Documents[0].RootNode as YamlMappingNode
            ?? throw new InvalidInputException($"{source}: a parameter file must be a mapping with imageType, featureClass, setting or voxelSetting.");

        YamlNode? imageType = null, featureClass = null, setting = null, voxelSetting = null;
        foreach (var (keyNode, value) in root.Children)
        {
            switch (yaml.Text(keyNode, "top level"))
            {
                case "imageType": imageType = value; break;
                case "featureClass": featureClass = value; break;
                case "setting": setting = value; break;
                case "voxelSetting": voxelSetting = value; break;
                case var other:
                    throw yaml.Error(keyNode, other, "is not a PyRadiomics parameter section (imageType, featureClass, setting, voxelSetting).");
            }
        }

        var settings = SettingsSection.Read(new PyRadiomicsSettings(), setting is null ? null : yaml.Map(setting, "setting"), yaml, "setting");
        var result = new PyRadiomicsParameters
        {
            Settings = settings,
            ImageTypes = imageType is null
                ? [new ImageTypeParameters(ImageTypeKind.Original, settings)]
                : ImageTypes(yaml.Map(imageType, "imageType"), settings, yaml),
            VoxelSettings = voxelSetting is null ? null : Voxel(yaml.Map(voxelSetting, "voxelSetting"), yaml),
        };
        return featureClass is null ? result : result with { FeatureClasses = FeatureClasses(yaml.Map(featureClass, "featureClass"), yaml) };
    }

    private static List<ImageTypeParameters> ImageTypes(YamlMappingNode? map, PyRadiomicsSettings settings, YamlValues yaml)
    {
        var list = new List<ImageTypeParameters>();
        foreach (var (keyNode, value) in map?.Children ?? Enumerable.Empty<KeyValuePair<YamlNode, YamlNode>>())
        {
            string name = yaml.Text(keyNode, "imageType");
            if (!Enum.TryParse(name, ignoreCase: false, out ImageTypeKind kind) || !Enum.IsDefined(kind))
            {
                throw yaml.Error(keyNode, name, $"is not a PyRadiomics image type ({string.Join(", ", Enum.GetNames<ImageTypeKind>())}).");
            }

            if (list.Any(t => t.Kind == kind)) throw yaml.Error(keyNode, name, "is listed twice in imageType.");
            list.Add(new ImageTypeParameters(kind, SettingsSection.Read(settings, yaml.Map(value, name), yaml, $"imageType/{name}")));
        }

        return list;
    }

    private static List<FeatureClassSelection> FeatureClasses(YamlMappingNode? map, YamlValues yaml)
    {
        var list = new List<FeatureClassSelection>();
        foreach (var (keyNode, value) in map?.Children ?? Enumerable.Empty<KeyValuePair<YamlNode, YamlNode>>())
        {
            string name = yaml.Text(keyNode, "featureClass");
            if (!FeatureClassNames.Contains(name))
            {
                throw yaml.Error(keyNode, name, $"is not a PyRadiomics feature class ({string.Join(", ", FeatureClassNames)}).");
            }

            if (list.Any(c => c.Name == name)) throw yaml.Error(keyNode, name, "is listed twice in featureClass.");
            List<string>? features = YamlValues.IsNull(value) ? null
                : value is YamlSequenceNode seq ? [.. seq.Children.Select(c => yaml.Text(c, name))]
                : throw yaml.Error(value, name, "must be empty (all features) or a list of feature names.");

            // PyRadiomics: "specifying an empty list has the same effect as specifying nothing" (Params.yaml).
            list.Add(new FeatureClassSelection(name, features is { Count: > 0 } ? features : null));
        }

        return list;
    }

    private static VoxelSettings Voxel(YamlMappingNode? map, YamlValues yaml)
    {
        var v = new VoxelSettings();
        foreach (var (keyNode, value) in map?.Children ?? Enumerable.Empty<KeyValuePair<YamlNode, YamlNode>>())
        {
            string key = yaml.Text(keyNode, "voxelSetting");
            if (YamlValues.IsNull(value) && key is "kernelRadius" or "maskedKernel" or "initValue" or "voxelBatch") continue;
            v = key switch
            {
                "kernelRadius" => v with { KernelRadius = yaml.IntInRange(value, key, 1, int.MaxValue) },
                "maskedKernel" => v with { MaskedKernel = yaml.Bool(value, key) },
                "initValue" => v with { InitValue = yaml.Double(value, key) },
                "voxelBatch" => v with { VoxelBatch = yaml.IntInRange(value, key, 1, int.MaxValue) },
                _ => throw yaml.Error(keyNode, key, "is not a PyRadiomics voxel setting (kernelRadius, maskedKernel, initValue, voxelBatch)."),
            };
        }

        return v;
    }
}
