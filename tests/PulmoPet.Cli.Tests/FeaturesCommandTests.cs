using System.CommandLine;
using System.Globalization;
using PulmoPet.Cli.Commands;

namespace PulmoPet.Cli.Tests;

/// <summary><c>pulmopet features</c> on the PyRadiomics brain1/breast1 cases (baseline rule |1 − value/baseline| &lt; 3 %).</summary>
public class FeaturesCommandTests
{
    private static string Data(string name) => ReferenceData.File($"pyradiomics/data/{name}");

    private static string DefaultParams => ReferenceData.File("pyradiomics/params/baseline_configs/baseline_default.yaml");

    /// <summary>Runs the command through a root holding only <c>features</c> (registration is PulmoPetApp's).</summary>
    private static CliRun Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var root = new RootCommand();
        root.Subcommands.Add(FeaturesCommand.Create(new CliContext(output, error)));
        int code = root.Parse(["features", .. args]).Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        return new CliRun(code, output.ToString(), error.ToString());
    }

    private static List<Dictionary<string, string>> ReadCsv(string path)
    {
        var lines = File.ReadAllLines(path);
        var header = Split(lines[0]);
        return [.. lines.Skip(1).Select(l => header.Zip(Split(l)).ToDictionary(p => p.First, p => p.Second))];
    }

    private static string[] Split(string line)
    {
        var cells = new List<string>();
        var cell = new System.Text.StringBuilder();
        bool quoted = false;
        foreach (char c in line)
        {
            if (c == '"') quoted = !quoted;
            else if (c == ',' && !quoted) { cells.Add(cell.ToString()); cell.Clear(); }
            else cell.Append(c);
        }

        cells.Add(cell.ToString());
        return [.. cells];
    }

    /// <summary>brain1's default-configuration baselines, feature → value.</summary>
    private static Dictionary<string, double> Brain1Baseline()
    {
        var result = new Dictionary<string, double>();
        foreach (string cls in new[] { "firstorder", "shape", "glcm", "glrlm", "glszm", "gldm", "ngtdm" })
        {
            var lines = File.ReadAllLines(ReferenceData.File($"pyradiomics/baseline/baseline_{cls}.csv"));
            int column = Array.IndexOf(Split(lines[0]), "brain1");
            foreach (var cells in lines.Skip(1).Select(Split).Where(c => c[0].StartsWith("original_", StringComparison.Ordinal)))
            {
                result[cells[0]] = double.Parse(cells[column], CultureInfo.InvariantCulture);
            }
        }

        return result;
    }

    [Fact]
    public void Single_case_matches_the_PyRadiomics_baseline()
    {
        using var dir = new TempDirectory();
        string csv = dir.File("brain1.csv");
        var run = Run("--image", Data("brain1_image.nrrd"), "--mask", Data("brain1_label.nrrd"), "--params", DefaultParams, "--out", csv);
        Assert.True(run.ExitCode == 0, run.Error);
        var row = Assert.Single(ReadCsv(csv));
        Assert.Equal("brain1_image", row["case_id"]);
        Assert.Equal("1", row["label"]);
        Assert.Equal("4137", row["diagnostics_Mask-original_VoxelNum"]);
        var baseline = Brain1Baseline();
        Assert.Equal(107, baseline.Count);
        var features = row.Keys.Where(k => k.StartsWith("original_", StringComparison.Ordinal)).ToList();
        Assert.Equal(baseline.Keys.Order(), features.Order());
        foreach (var (name, expected) in baseline)
        {
            double value = double.Parse(row[name], CultureInfo.InvariantCulture);
            Assert.True(expected == 0 ? value == 0 : Math.Abs(1 - value / expected) < 0.03, $"{name}: {value} vs baseline {expected}");
        }
    }

    [Fact]
    public void Manifest_skips_a_broken_case_and_goes_on()
    {
        using var dir = new TempDirectory();
        string manifest = dir.File("cases.csv");
        File.WriteAllLines(manifest,
        [
            "case_id,image,mask",
            $"brain1,{Data("brain1_image.nrrd")},{Data("brain1_label.nrrd")}",
            $"mismatch,{Data("brain2_image.nrrd")},{Data("breast1_label.nrrd")}",
            $"breast1,{Data("breast1_image.nrrd")},{Data("breast1_label.nrrd")}",
        ]);
        string one = dir.File("one.csv"), two = dir.File("two.csv");
        var run = Run("--manifest", manifest, "--params", DefaultParams, "--out", one);
        Assert.Equal(0, run.ExitCode);
        var error = Assert.Single(run.ErrorLines);
        Assert.StartsWith("pulmopet: error: case mismatch skipped: ", error, StringComparison.Ordinal);
        Assert.Contains("not on the image grid", error, StringComparison.Ordinal);
        Assert.Equal(["brain1", "breast1"], ReadCsv(one).Select(r => r["case_id"]));

        var parallel = Run("--manifest", manifest, "--params", DefaultParams, "--out", two, "--jobs", "2");
        Assert.Equal(0, parallel.ExitCode);
        Assert.Equal(File.ReadAllText(one), File.ReadAllText(two));
    }

    [Fact]
    public void All_cases_failing_is_an_error_and_writes_nothing()
    {
        using var dir = new TempDirectory();
        string manifest = dir.File("cases.csv");
        File.WriteAllLines(manifest, ["case_id,image,mask,label", $"a,{Data("brain1_image.nrrd")},{Data("brain1_label.nrrd")},7"]);
        var run = Run("--manifest", manifest, "--out", dir.File("out.csv"));
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("case a skipped: The mask has no voxel with label 7.", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(dir.File("out.csv")));
    }

    [Fact]
    public void Unknown_parameter_key_is_reported_with_the_file()
    {
        using var dir = new TempDirectory();
        string yaml = dir.File("bad.yaml");
        File.WriteAllText(yaml, "setting:\n  binwidth: 25\n");
        var run = Run("--image", Data("breast1_image.nrrd"), "--mask", Data("breast1_label.nrrd"), "--params", yaml, "--out", dir.File("o.csv"));
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("bad.yaml (line 2): 'binwidth' is not a PyRadiomics setting", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Ibsi_columns_are_added()
    {
        using var dir = new TempDirectory();
        string csv = dir.File("b.csv");
        var run = Run("--image", Data("breast1_image.nrrd"), "--mask", Data("breast1_label.nrrd"), "--ibsi", "--out", csv);
        Assert.True(run.ExitCode == 0, run.Error);
        var row = Assert.Single(ReadCsv(csv));
        Assert.Contains("ibsi_morph_volume", row.Keys);
        Assert.Contains("original_glcm_JointEntropy", row.Keys);
    }
}
