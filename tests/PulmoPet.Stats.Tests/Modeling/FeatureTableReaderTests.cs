using PulmoPet.Imaging;
using PulmoPet.Stats.Csv;
using PulmoPet.Stats.Modeling;

namespace PulmoPet.Stats.Tests.Modeling;

public sealed class FeatureTableReaderTests
{
    [Fact]
    public void CaseAndDiagnosticsColumnsAreNotFeatures()
    {
        var features = CsvTable.Parse("case_id,image,mask,label,diagnostics_Image-original_Maximum,original_firstorder_Mean,original_shape_Sphericity\nA,a.nii,m.nii,1,9,1.5,0.8\nB,b.nii,n.nii,1,9,NA,0.7\n", "f.csv");
        var labels = CsvTable.Parse("case_id,patient_id,class\nB,P2,lymphoma\nA,P1,benign\n", "l.csv");
        var data = FeatureTableReader.Join(features, labels, new FeatureTableColumns { GroupColumn = "patient_id" });
        Assert.Equal(["original_firstorder_Mean", "original_shape_Sphericity"], data.FeatureNames);
        Assert.Equal(["benign", "lymphoma"], data.Classes);
        Assert.Equal([0, 1], data.Labels);
        Assert.Equal(["P1", "P2"], data.Groups);
        Assert.True(double.IsNaN(data.Rows[1][0]));
    }

    [Fact]
    public void AnUnlabelledLesionIsNamed()
    {
        var features = CsvTable.Parse("case_id,x\nA,1\nB,2\n", "f.csv");
        var labels = CsvTable.Parse("case_id,class\nA,benign\n", "l.csv");
        var error = Assert.Throws<InvalidInputException>(() => FeatureTableReader.Join(features, labels, new FeatureTableColumns()));
        Assert.Equal("'l.csv' has no row for 1 lesion(s) of 'f.csv': B.", error.Message);
    }
}
