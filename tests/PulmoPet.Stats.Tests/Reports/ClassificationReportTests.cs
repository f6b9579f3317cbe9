using System.Text.Json;
using PulmoPet.Imaging;
using PulmoPet.Stats.Classification;
using PulmoPet.Stats.Csv;
using PulmoPet.Stats.Reports;

namespace PulmoPet.Stats.Tests.Reports;

public sealed class ClassificationReportTests
{
    [Fact]
    public void WritesMetricsAndFiguresAt300Dpi()
    {
        string dir = Fixture.TemporaryDirectory();
        var evaluation = ClassificationEvaluation.Evaluate(PredictionSet.Load(Fixture.Path("multi.csv")));
        ClassificationReport.Write(evaluation, "multi.csv", dir);

        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "metrics.json")));
        var root = json.RootElement;
        Assert.Equal(60, root.GetProperty("n").GetInt32());
        Assert.Equal(0.7166666666666667, root.GetProperty("accuracy").GetDouble(), 12);
        Assert.Equal(3, root.GetProperty("per_class").GetArrayLength());
        Assert.Equal(0.8649541446208113, root.GetProperty("macro").GetProperty("auc").GetDouble(), 12);
        Assert.Equal(18, root.GetProperty("confusion_matrix").GetProperty("counts")[2][2].GetInt32());

        foreach (string name in new[] { "roc.png", "confusion.png" })
        {
            byte[] png = File.ReadAllBytes(Path.Combine(dir, name));
            Assert.Equal(0x89, png[0]);
            Assert.Equal(1050, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16))); // IHDR width = 3.5 in × 300 dpi
            // pHYs right after IHDR: 11811 pixels per metre = 300 dpi
            Assert.Equal("pHYs", System.Text.Encoding.ASCII.GetString(png, 37, 4));
            Assert.Equal(11811, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(41)));
        }
    }

    [Fact]
    public void PairedComparisonMatchesCasesById()
    {
        // binary_b.csv rows reversed must give the same result as in DeLongTests (pROC roc.test p = 0.34947125447052457).
        var a = PredictionSet.Load(Fixture.Path("binary_a.csv"));
        var lines = File.ReadAllLines(Fixture.Path("binary_b.csv"));
        var reversed = string.Join("\n", lines.Take(1).Concat(lines.Skip(1).Reverse()));
        var b = PredictionSet.FromTable(CsvTable.Parse(reversed, "b.csv"));
        var result = Assert.Single(PairedAucReport.Compare(a, b));
        Assert.Equal("malignant", result.Class);
        Approx.Equal(0.34947125447052457, result.Test.PValue);

        string dir = Fixture.TemporaryDirectory();
        PairedAucReport.Write([result], "a.csv", "b.csv", dir);
        Assert.StartsWith("class,auc_a,auc_b,difference,se,z,p_value", File.ReadAllText(Path.Combine(dir, "delong.csv")), StringComparison.Ordinal);
    }

    [Fact]
    public void PairedComparisonRejectsMismatchedTruth()
    {
        var a = PredictionSet.FromTable(CsvTable.Parse("case_id,truth,predicted,prob_a,prob_b\n1,a,a,0.9,0.1\n2,b,b,0.2,0.8\n", "a.csv"));
        var b = PredictionSet.FromTable(CsvTable.Parse("case_id,truth,predicted,prob_a,prob_b\n1,b,a,0.9,0.1\n2,b,b,0.2,0.8\n", "b.csv"));
        var e = Assert.Throws<InvalidInputException>(() => PairedAucReport.Compare(a, b));
        Assert.Equal("Case '1' has truth 'a' in 'a.csv' but 'b' in 'b.csv'.", e.Message);
    }
}
