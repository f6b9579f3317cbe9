using YamlDotNet.RepresentationModel;

namespace PulmoPet.Radiomics.PyRadiomics.Parameters;

/// <summary>
/// Reads one settings mapping (the <c>setting</c> section or an image type's own settings) onto base settings.
/// resegmentRange is read with resegmentMode (PyRadiomics imageoperations.resegmentMask): absolute [min] or
/// [min, max]; sigma [−k, k] = mean ± k·SD of the ROI. Relative mode and asymmetric sigma ranges are rejected.
/// </summary>
internal static class SettingsSection
{
    public static PyRadiomicsSettings Read(PyRadiomicsSettings settings, YamlMappingNode? map, YamlValues yaml, string section)
    {
        if (map is null) return settings;
        YamlNode? range = null, mode = null;
        foreach (var (keyNode, value) in map.Children)
        {
            string key = yaml.Text(keyNode, section);
            if (!SettingKeys.IsKnown(key))
            {
                throw yaml.Error(keyNode, key, $"is not a PyRadiomics setting (in '{section}'; see paramSchema.yaml).");
            }

            if (key == "resegmentRange") range = value;
            else if (key == "resegmentMode") mode = value;
            else settings = SettingKeys.ApplyKey(settings, key, value, yaml);
        }

        return range is null && mode is null ? settings : Resegmentation(settings, range, mode, yaml);
    }

    private static PyRadiomicsSettings Resegmentation(PyRadiomicsSettings settings, YamlNode? range, YamlNode? mode, YamlValues yaml)
    {
        string m = mode is null || YamlValues.IsNull(mode) ? "absolute" : yaml.Text(mode, "resegmentMode");
        if (m is not ("absolute" or "relative" or "sigma"))
        {
            throw yaml.Error(mode, "resegmentMode", "must be absolute, relative or sigma.");
        }

        if (range is null || YamlValues.IsNull(range))
        {
            return settings with { ResegmentRange = null, ResegmentSigma = null };
        }

        var v = yaml.Doubles(range, "resegmentRange");
        if (v.Count is < 1 or > 2)
        {
            throw yaml.Error(range, "resegmentRange", "must list one or two values ([min] or [min, max]).");
        }

        switch (m)
        {
            case "absolute":
                double max = v.Count == 2 ? v[1] : double.PositiveInfinity;
                if (!(v[0] < max)) throw yaml.Error(range, "resegmentRange", "must have min < max.");
                return settings with { ResegmentRange = new ResegmentationRange(v[0], max), ResegmentSigma = null };
            case "sigma" when v.Count == 2 && v[0] == -v[1] && v[1] > 0:
                return settings with { ResegmentSigma = v[1], ResegmentRange = null };
            case "sigma":
                throw yaml.Error(range, "resegmentRange", "with resegmentMode sigma must be symmetric, [−k, k] with k > 0.");
            default:
                throw yaml.Error(mode, "resegmentMode", "relative is not supported; use absolute or sigma.");
        }
    }
}
