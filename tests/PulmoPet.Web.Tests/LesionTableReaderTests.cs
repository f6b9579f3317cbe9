using PulmoPet.Imaging;
using PulmoPet.Web.Workspace;

namespace PulmoPet.Web.Tests;

public sealed class LesionTableReaderTests
{
    private static IReadOnlyList<LesionRow> Read(string text)
    {
        using var temp = new TempDirectory();
        File.WriteAllText(temp.File("lesions.csv"), text);
        return LesionTableReader.Read(temp.File("lesions.csv"), "cases/P001/lesions.csv");
    }

    [Fact]
    public void Quoted_cells_extra_columns_and_empty_numbers_are_read_as_the_table_says()
    {
        var rows = Read(
            "\uFEFFcase_id,lesion_id,suv_max,patient_name,centroid_x_mm,centroid_y_mm,centroid_z_mm,side,zone\r\n" +
            "P001,2,7.25,\"DOE, JANE \"\"J\"\"\",-42.5,10,14,right,\"upper,\nlobe\"\r\n" +
            "P001,3,,x,,,,left,\n");
        Assert.Equal(2, rows.Count);
        Assert.Equal(new LesionRow(2, 7.25, null, null, null, null, -42.5, 10, 14, null, "right", "upper,\nlobe"), rows[0]);
        Assert.Equal(new LesionRow(3, null, null, null, null, null, null, null, null, null, "left", null), rows[1]);
    }

    [Theory]
    [InlineData("", "cases/P001/lesions.csv is empty; a lesion table has at least its header row.")]
    [InlineData("suv_max\n3\n", "cases/P001/lesions.csv has no lesion_id column, so its rows cannot be matched to the lesion labels.")]
    [InlineData("lesion_id,suv_max\n1,2,3\n", "cases/P001/lesions.csv row 2 has 3 cells but the header has 2.")]
    [InlineData("lesion_id,suv_max\n1,high\n", "cases/P001/lesions.csv row 2: suv_max 'high' is not a number.")]
    [InlineData("lesion_id,suv_max\n0,2\n", "cases/P001/lesions.csv row 2: lesion_id '0' is not a positive whole number.")]
    [InlineData("lesion_id,side\n1,\"right\n", "cases/P001/lesions.csv ends inside a quoted cell (a closing \" is missing).")]
    public void A_malformed_table_is_one_sentence_naming_the_file_and_row(string text, string message)
    {
        var error = Assert.Throws<InvalidInputException>(() => Read(text));
        Assert.Equal(message, error.Message);
    }
}
