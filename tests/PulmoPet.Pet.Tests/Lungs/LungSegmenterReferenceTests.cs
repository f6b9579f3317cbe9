using PulmoPet.Imaging;
using PulmoPet.Imaging.Dicom;
using PulmoPet.Imaging.Io;
using PulmoPet.Pet.Lungs;
using PulmoPet.Testing;
using Xunit.Abstractions;

namespace PulmoPet.Pet.Tests.Lungs;

/// <summary>The lung mask on real CTs from the shared reference data.</summary>
public sealed class LungSegmenterReferenceTests(ITestOutputHelper output)
{
    [Fact]
    public void RightAndLeftCountsOnTheLungmaskSlicesAreWithin5PercentOfR231()
    {
        // lungmask's own test (model R231 on these two LIDC-IDRI slices): right 64 752, left 36 536 voxels.
        var series = DicomSeriesScanner.Scan(Path.GetDirectoryName(ReferenceData.File("real/lungmask/testdata/0.dcm"))!);
        var ct = DicomSeriesAssembler.Read(Assert.Single(series));

        var mask = LungSegmenter.Segment(ct);

        output.WriteLine($"right {mask.RightVoxelCount} (R231 64752), left {mask.LeftVoxelCount} (R231 36536)");
        Assert.InRange(mask.RightVoxelCount, 0.95 * 64752, 1.05 * 64752);
        Assert.InRange(mask.LeftVoxelCount, 0.95 * 36536, 1.05 * 36536);
    }

    [Fact]
    public void TheIbsiLungCancerCtGivesOneLungHoldingPartOfTheJuxtapleuralTumour()
    {
        // PAT1 is cropped around a large (358 ml) tumour of the right lung that lies on the posterior chest wall.
        var ct = ImageFile.Read<float>(ReferenceData.File("ibsi1/ct_radiomics_phantom/nifti/image/phantom.nii.gz"));
        var tumour = ImageFile.Read<byte>(ReferenceData.File("ibsi1/ct_radiomics_phantom/nifti/mask/mask.nii.gz"));

        var mask = LungSegmenter.Segment(ct);

        long inside = 0, total = 0;
        for (int i = 0; i < tumour.Voxels.Length; i++)
        {
            if (tumour.Voxels[i] != 0)
            {
                total++;
                inside += mask.Labels.Voxels[i] != 0 ? 1 : 0;
            }
        }

        double fraction = (double)inside / total;
        output.WriteLine($"tumour voxels inside the lung mask: {inside} / {total} = {fraction:P1}; right {mask.RightVolumeMl:F0} ml, left {mask.LeftVolumeMl:F0} ml");
        Assert.Equal(125256, total);
        Assert.Equal(0, mask.LeftVoxelCount);
        Assert.True(mask.RightVolumeMl > 1000, $"right lung {mask.RightVolumeMl} ml");
        // Regression floor of the measured fraction (27.4%): most of this 8 cm tumour bulges into the chest
        // wall beyond what a pleural closing can reach; see the report.
        Assert.True(fraction > 0.25, $"fraction {fraction}");
    }

    [Fact]
    public void NaNVoxelsAndAirOnlyCtsAreRefused()
    {
        var grid = TestScenes.Grid(9);
        var ct = TestScenes.Uniform(grid, -1000f);
        var error = Assert.Throws<InvalidInputException>(() => LungSegmenter.Segment(ct));
        Assert.Equal("The CT holds only air, so there is no body to find lungs in.", error.Message);
        ct[0, 0, 0] = float.NaN;
        Assert.Equal("The CT has 1 NaN voxel, first at (0, 0, 0).", Assert.Throws<InvalidInputException>(() => LungSegmenter.Segment(ct)).Message);
    }

    [Fact]
    public void ABodyWithoutAirHasNoLung()
    {
        var grid = TestScenes.Grid(21);
        var ct = TestScenes.Uniform(grid, 40f);
        var error = Assert.Throws<InvalidInputException>(() => LungSegmenter.Segment(ct));
        Assert.StartsWith("No lung was found in the CT", error.Message, StringComparison.Ordinal);
    }
}
