using PulmoPet.Imaging;
using PulmoPet.Stats.Csv;

namespace PulmoPet.Stats.Tests.Csv;

public sealed class CsvTableTests
{
    [Fact]
    public void ParsesQuotedFieldsAndCrLf()
    {
        var t = CsvTable.Parse("a,b\r\n\"x, y\",\"say \"\"hi\"\"\"\r\n3,4\r\n", "t.csv");
        Assert.Equal(["a", "b"], t.Header);
        Assert.Equal("x, y", t.Cell(0, 0));
        Assert.Equal("say \"hi\"", t.Cell(0, 1));
        Assert.Equal([2, 3], t.RowNumbers);
    }

    [Fact]
    public void RowNumbersFollowMultiLineRecords()
    {
        var t = CsvTable.Parse("a,b\n\"two\nlines\",1\n5,x\n", "t.csv");
        var e = Assert.Throws<InvalidInputException>(() => t.Number(1, 1));
        Assert.Equal("'t.csv' row 4, column 'b': 'x' is not a number.", e.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n")]
    public void EmptyFileIsRejected(string text)
    {
        var e = Assert.Throws<InvalidInputException>(() => CsvTable.Parse(text, "empty.csv"));
        Assert.Contains("'empty.csv' is empty", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void HeaderWithoutRowsIsRejected()
    {
        var e = Assert.Throws<InvalidInputException>(() => CsvTable.Parse("a,b\n", "h.csv"));
        Assert.Contains("'h.csv' has a header but no data rows", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RaggedRowIsRejectedWithItsRow()
    {
        var e = Assert.Throws<InvalidInputException>(() => CsvTable.Parse("a,b\n1,2\n3\n", "r.csv"));
        Assert.Equal("'r.csv' row 3 has 1 fields but the header has 2.", e.Message);
    }

    [Fact]
    public void MissingFileIsAUserError()
    {
        Assert.Throws<InvalidInputException>(() => CsvTable.Load("/nonexistent/x.csv"));
    }

    [Theory]
    [InlineData("", true)]
    [InlineData("NA", true)]
    [InlineData(".", true)]
    [InlineData("0", false)]
    public void MissingMarkers(string value, bool missing) => Assert.Equal(missing, CsvTable.IsMissing(value));
}
