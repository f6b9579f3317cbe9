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

        var points = File.ReadAllLines(Path.Combine(dir, "roc_points.csv"));
        Assert.Equal("class,threshold,false_positive_rate,true_positive_rate", points[0]);
        Assert.Equal("adeno,Inf,0,0", points[1]);

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
    public void MultiClassPairedComparisonTestsEveryClass()
    {
        // Fixtures/multi_b.csv: R mc.R (set.seed(8)), a noisier model on the cases of multi.csv. Per class k (pROC 1.18.0):
        // roc.test(roc(truth == k, a$prob_k, direction = "<"), roc(truth == k, b$prob_k, direction = "<"), method = "delong", paired = TRUE)
        //   adeno    auc(b) 0.83542857142857141, z 1.5095989961411604, p 0.1311457776712962
        //   squamous auc(b) 0.78074074074074074, z 2.0851264395399611, p 0.037057824869797723
        //   benign   auc(b) 0.85499999999999998, z 0.36394905389074184, p 0.71589605318785021
        var result = PairedAucReport.Compare(PredictionSet.Load(Fixture.Path("multi.csv")), PredictionSet.Load(Fixture.Path("multi_b.csv")));
        Assert.Equal(["adeno", "squamous", "benign"], result.Select(r => r.Class));
        double[,] expected =
        {
            { 0.83542857142857141, 1.5095989961411604, 0.1311457776712962 },
            { 0.78074074074074074, 2.0851264395399611, 0.037057824869797723 },
            { 0.85499999999999998, 0.36394905389074184, 0.71589605318785021 },
        };
        for (int k = 0; k < 3; k++)
        {
            Approx.Equal(expected[k, 0], result[k].Test.AucB, 1e-12);
            Approx.Equal(expected[k, 1], result[k].Test.Z, 1e-9);
            Approx.Equal(expected[k, 2], result[k].Test.PValue);
        }
    }

    [Fact]
    public void PngResolutionChunkHasAValidCrc()
    {
        // PNG specification: CRC-32 of the chunk type "IEND" (no data) is 0xAE426082.
        Assert.Equal(0xAE426082u, PulmoPet.Stats.Plots.PngResolution.Crc("IEND"u8));
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
