using PulmoPet.Stats.Csv;
using PulmoPet.Study.Results;
using PulmoPet.Study.Running;

namespace PulmoPet.Study.Tests;

public sealed class TablesTests
{
    [Fact]
    public void TablesAreTheUnionOfThePerCaseFiles()
    {
        using var temp = new TempDirectory();
        var workspace = SmallCases.Workspace(temp, 3, extra: i => (60 + i).ToString(System.Globalization.CultureInfo.InvariantCulture), extraHeader: "age");
        new StudyRunner(workspace, new StudyRunOptions()).Run();
        var tables = new StudyTables(workspace);

        var lesions = tables.Read(StudyTable.Lesions);
        var perCase = Enumerable.Range(1, 3).Select(i => PlainCsv(Path.Combine(workspace.CasesDirectory, $"case{i:00}", "lesions.csv"))).ToArray();
        Assert.Equal(perCase.Sum(t => t.Count), lesions.Count);
        Assert.True(lesions.Count > 0);
        int row = 0;
        foreach (var table in perCase)
        {
            for (int r = 0; r < table.Count; r++, row++)
            {
                foreach (string column in new[] { "case_id", "lesion_id", "side", "zone" })
                {
                    Assert.Equal(table.Cell(r, table.ColumnIndex(column)), lesions.Cell(row, lesions.ColumnIndex(column)));
                }

                foreach (string column in new[] { "suv_max", "mtv_ml", "tlg" })
                {
                    Assert.Equal(table.Number(r, table.ColumnIndex(column)), lesions.Number(row, lesions.ColumnIndex(column)));
                }
            }
        }

        var cases = tables.Read(StudyTable.Cases);
        Assert.Equal(["case_id", "label", "age", "status", "failed_step", "error", "lesion_count", "suv_max", "total_mtv_ml", "total_tlg"], cases.Header);
        for (int i = 0; i < 3; i++)
        {
            var own = perCase[i];
            Assert.Equal(own.Count, cases.Number(i, cases.ColumnIndex("lesion_count")));
            Assert.Equal((60 + i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), cases.Cell(i, cases.ColumnIndex("age")));
            if (own.Count > 0)
            {
                double mtv = Enumerable.Range(0, own.Count).Sum(r => own.Number(r, own.ColumnIndex("mtv_ml"))!.Value);
                Assert.Equal(Math.Round(mtv, 4), cases.Number(i, cases.ColumnIndex("total_mtv_ml"))!.Value, 9);
            }
        }

        var features = tables.Read(StudyTable.Features);
        Assert.Equal(lesions.Count, features.Count);
        Assert.Contains("original_firstorder_Maximum", features.Header);
        Assert.Equal(lesions.Number(0, lesions.ColumnIndex("suv_max"))!.Value, features.Number(0, features.ColumnIndex("original_firstorder_Maximum"))!.Value, 4);
        Assert.Equal(1, tables.Read(StudyTable.Errors).Header.Count(h => h == "case_id"));
        Assert.Equal(0, tables.Read(StudyTable.Errors).Count);
    }

    /// <summary>A per-case table read line by line (its cells hold no commas or quotes).</summary>
    private static ResultTable PlainCsv(string path)
    {
        var lines = File.ReadAllLines(path);
        return new ResultTable(lines[0].Split(','), [.. lines.Skip(1).Select(l => l.Split(','))]);
    }

    [Fact]
    public void ShardsRunApartMergeIntoTheTablesOfOneRun()
    {
        using var temp = new TempDirectory();
        var whole = SmallCases.Workspace(temp, 4);
        new StudyRunner(whole, new StudyRunOptions()).Run();

        // Two "machines": two copies of the initialised workspace, each running one shard; then the case folders are copied together.
        using var machines = new TempDirectory();
        var copies = new List<string>();
        for (int k = 0; k < 2; k++)
        {
            string copy = Path.Combine(machines.Path, $"m{k}");
            Directory.CreateDirectory(Path.Combine(copy, "cases"));
            Directory.CreateDirectory(Path.Combine(copy, "logs"));
            File.Copy(Path.Combine(whole.Directory, "study.json"), Path.Combine(copy, "study.json"));
            File.Copy(whole.ManifestPath, Path.Combine(copy, "manifest.csv"));
            var summary = new StudyRunner(Workspace.StudyWorkspace.Open(copy), new StudyRunOptions { Shard = new ShardSpec(k, 2) }).Run();
            Assert.All(summary.Cases, c => Assert.True(new ShardSpec(k, 2).Contains(c.CaseId)));
            Assert.EndsWith($"-shard-{k}-of-2.log", summary.LogPath, StringComparison.Ordinal);
            Assert.False(File.Exists(Path.Combine(copy, "errors.csv"))); // sharded runs write no shared file
            copies.Add(copy);
        }

        string merged = Path.Combine(machines.Path, "merged");
        foreach (string copy in copies)
        {
            foreach (string file in Directory.GetFiles(copy, "*", SearchOption.AllDirectories))
            {
                string target = Path.Combine(merged, Path.GetRelativePath(copy, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                bool caseFile = Path.GetRelativePath(copy, file).StartsWith("cases", StringComparison.Ordinal);
                Assert.False(caseFile && File.Exists(target), $"two shards wrote {target}");
                if (!File.Exists(target)) File.Copy(file, target); // study.json and manifest.csv: the same copy on every machine
            }
        }

        var mergedWorkspace = Workspace.StudyWorkspace.Open(merged);
        Assert.Equal(WorkspaceSnapshot.Of(whole.Directory).Where(p => p.Key != "errors.csv"), WorkspaceSnapshot.Of(merged));
        foreach (var table in new[] { StudyTable.Cases, StudyTable.Lesions, StudyTable.Features, StudyTable.Errors })
        {
            Assert.Equal(new StudyTables(whole).ToCsv(table), new StudyTables(mergedWorkspace).ToCsv(table));
        }
    }

    [Fact]
    public void ExportsCsvAndParquetAtomically()
    {
        using var temp = new TempDirectory();
        var workspace = SmallCases.Workspace(temp, 2);
        new StudyRunner(workspace, new StudyRunOptions()).Run();
        var tables = new StudyTables(workspace);

        tables.Export(StudyTable.Lesions, temp.File("out/lesions.csv"));
        tables.Export(StudyTable.Features, temp.File("out/features.parquet"));

        Assert.Equal(tables.Read(StudyTable.Lesions).Count, CsvTable.Load(temp.File("out/lesions.csv")).Count);
        byte[] parquet = File.ReadAllBytes(temp.File("out/features.parquet"));
        Assert.Equal("PAR1"u8.ToArray(), parquet[..4]); // Parquet files start and end with the magic "PAR1"
        Assert.Equal("PAR1"u8.ToArray(), parquet[^4..]);
        Assert.Equal(["features.parquet", "lesions.csv"], Directory.GetFiles(temp.File("out")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        var e = Assert.Throws<PulmoPet.Imaging.InvalidInputException>(() => tables.Export(StudyTable.Cases, temp.File("out/cases.xlsx")));
        Assert.Equal($"--out {temp.File("out/cases.xlsx")} must end in .csv or .parquet.", e.Message);
    }

    [Fact]
    public void BeforeAnyRunTheTablesAreEmptyWithTheirColumns()
    {
        using var temp = new TempDirectory();
        var workspace = SmallCases.Workspace(temp, 2);
        var tables = new StudyTables(workspace);

        Assert.Equal(0, tables.Read(StudyTable.Lesions).Count);
        Assert.Equal(PulmoPet.Pet.Reporting.LesionTable.Columns, tables.Read(StudyTable.Lesions).Header);
        var cases = tables.Read(StudyTable.Cases);
        Assert.Equal(["incomplete", "incomplete"], Enumerable.Range(0, 2).Select(r => cases.Cell(r, cases.ColumnIndex("status"))));
        Assert.Equal("", cases.Cell(0, cases.ColumnIndex("lesion_count")));
    }
}
