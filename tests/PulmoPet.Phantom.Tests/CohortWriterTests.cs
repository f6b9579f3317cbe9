using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using PulmoPet.Imaging;
using PulmoPet.Imaging.Io;
using PulmoPet.Phantom.Output;

namespace PulmoPet.Phantom.Tests;

public sealed class CohortWriterTests : IDisposable
{
    private static readonly CohortOptions Small = new() { Patients = 2, Seed = 5, CtSpacingMm = 4, PetSpacingMm = 6, Centers = 2 };

    private readonly string _root = Path.Combine(Path.GetTempPath(), "pulmopet-phantom-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    [Fact]
    public void WrittenFilesReadBackAsTheInMemoryPatients()
    {
        string dir = Path.Combine(_root, "a");
        var reports = new List<int>();
        CohortSummary summary = CohortGenerator.Write(dir, Small with { MaxDegreeOfParallelism = 2 }, new SynchronousProgress(reports));
        Assert.Equal(["P001", "P002"], summary.CaseIds);
        Assert.Equal([1, 2], reports.Order());

        var generator = new PatientGenerator(Small);
        foreach (string caseId in summary.CaseIds)
        {
            SyntheticPatient p = generator.Generate(int.Parse(caseId[1..], CultureInfo.InvariantCulture) - 1);
            string caseDir = Path.Combine(dir, caseId);
            AssertReadsBack(p.Ct, Path.Combine(caseDir, CohortGenerator.CtFile));
            AssertReadsBack(p.Pet, Path.Combine(caseDir, CohortGenerator.PetFile));
            AssertReadsBack(p.Lesions, Path.Combine(caseDir, CohortGenerator.LesionsFile));
            AssertReadsBack(p.Lungs, Path.Combine(caseDir, CohortGenerator.LungsFile));
            AssertReadsBack(p.Lobes, Path.Combine(caseDir, CohortGenerator.LobesFile));
            AssertReadsBack(p.Organs, Path.Combine(caseDir, CohortGenerator.OrgansFile));
        }

        // Tables: header, one row per patient / lesion, invariant numbers, no temporary files left.
        string[] clinical = File.ReadAllLines(Path.Combine(dir, CohortGenerator.ClinicalTable));
        Assert.Equal(string.Join(',', CohortTables.ClinicalColumns), clinical[0]);
        Assert.Equal(3, clinical.Length);
        Assert.StartsWith("P001,", clinical[1]);
        string[] lesions = File.ReadAllLines(Path.Combine(dir, CohortGenerator.LesionTable));
        Assert.Equal(string.Join(',', CohortTables.LesionColumns), lesions[0]);
        Assert.Equal(summary.LesionCount + 1, lesions.Length);
        foreach (string row in lesions.Skip(1))
        {
            string[] cells = row.Split(',');
            Assert.Equal(CohortTables.LesionColumns.Length, cells.Length);
            int voxels = int.Parse(cells[Array.IndexOf(CohortTables.LesionColumns, "voxel_count")], CultureInfo.InvariantCulture);
            double volume = double.Parse(cells[Array.IndexOf(CohortTables.LesionColumns, "volume_ml")], CultureInfo.InvariantCulture);
            Assert.Equal(voxels * 0.064, volume, 9); // 4 mm voxels: 0.064 mL each
        }

        using JsonDocument manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, CohortGenerator.ManifestFile)));
        Assert.Equal(5, manifest.RootElement.GetProperty("seed").GetInt64());
        Assert.Equal(PatientGenerator.Version, manifest.RootElement.GetProperty("generator_version").GetString());
        using JsonDocument labels = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, CohortGenerator.LabelsFile)));
        Assert.Equal("right_lung", labels.RootElement.GetProperty(CohortGenerator.LungsFile).GetProperty("1").GetString());
        Assert.Equal("right_middle_lobe", labels.RootElement.GetProperty(CohortGenerator.LobesFile).GetProperty("2").GetString());
        Assert.Equal("liver", labels.RootElement.GetProperty(CohortGenerator.OrgansFile).GetProperty("11").GetString());
        Assert.DoesNotContain(Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories), f => f.EndsWith(".tmp", StringComparison.Ordinal));
    }

    [Fact]
    public void FilesAreByteIdenticalWhateverTheThreadCount()
    {
        string one = Path.Combine(_root, "one");
        string four = Path.Combine(_root, "four");
        CohortGenerator.Write(one, Small with { MaxDegreeOfParallelism = 1 });
        CohortGenerator.Write(four, Small with { MaxDegreeOfParallelism = 4 });
        string[] files = Directory.GetFiles(one, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(one, f)).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(files, Directory.GetFiles(four, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(four, f)).Order(StringComparer.Ordinal));
        Assert.Equal(4 + 2 * 6, files.Length);
        foreach (string file in files)
        {
            Assert.Equal(Hash(Path.Combine(one, file)), Hash(Path.Combine(four, file)));
        }
    }

    [Fact]
    public void InvalidOptionsAreRejectedWithOneSentence()
    {
        var error = Assert.Throws<InvalidInputException>(() => CohortGenerator.Write(Path.Combine(_root, "bad"), Small with { DoseFactor = 0 }));
        Assert.Contains("dose factor", error.Message);
        Assert.Throws<InvalidInputException>(() => new PatientGenerator(Small with { Patients = 0 }));
        Assert.Throws<InvalidInputException>(() => new PatientGenerator(Small with { PetSpacingMm = 2 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new PatientGenerator(Small).Generate(2));
    }

    private static void AssertReadsBack<T>(Volume<T> expected, string path)
        where T : unmanaged, System.Numerics.INumber<T>
    {
        Volume<T> actual = ImageFile.Read<T>(path);
        Assert.True(expected.Geometry.IsSameGrid(actual.Geometry, 1e-3), $"{path}: {actual.Geometry} vs {expected.Geometry}");
        Assert.True(expected.Voxels.AsSpan().SequenceEqual(actual.Voxels), $"{path}: voxels differ.");
    }

    private static string Hash(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));

    /// <summary>Records reports on the reporting thread (Progress&lt;T&gt; would post them later).</summary>
    private sealed class SynchronousProgress(List<int> reports) : IProgress<int>
    {
        public void Report(int value)
        {
            lock (reports)
            {
                reports.Add(value);
            }
        }
    }
}
