namespace PulmoPet.Radiomics.Tests;

public class DiscretisationTests
{
    private static int[] Levels(Discretisation d, double[] values, out int ng, double? resegmentationMin = null)
    {
        var levels = new int[values.Length];
        ng = d.Apply(values, levels, resegmentationMin);
        return levels;
    }

    [Fact]
    public void Fixed_bin_number_maps_the_maximum_to_the_last_bin()
    {
        // IBSI 3.4.2: ⌊2·(x − 0)/10⌋ + 1 → 1, 2, 3 (clamped to 2).
        Assert.Equal([1, 2, 2], Levels(new FixedBinNumber(2), [0, 5, 10], out int ng));
        Assert.Equal(2, ng);
    }

    [Fact]
    public void Fixed_bin_number_of_a_constant_roi_is_one_level()
    {
        Assert.Equal([1, 1], Levels(new FixedBinNumber(8), [3, 3], out _));
    }

    [Fact]
    public void Ibsi_fixed_bin_size_starts_at_the_roi_minimum_and_pyradiomics_at_a_multiple_of_the_width()
    {
        double[] values = [30, 49, 50, 99];

        // IBSI: ⌊(x − 30)/25⌋ + 1 = 1, 1, 1, 3; Ng = ⌊69/25⌋ + 1 = 3.
        Assert.Equal([1, 1, 1, 3], Levels(new FixedBinSize(25), values, out int ibsiNg));
        Assert.Equal(3, ibsiNg);

        // PyRadiomics: ⌊x/25⌋ − ⌊30/25⌋ + 1 = 1, 1, 2, 3 (edges at 25, 50, 75, 100).
        Assert.Equal([1, 1, 2, 3], Levels(new PyRadiomicsBinWidth(25), values, out int pyNg));
        Assert.Equal(3, pyNg);
    }

    [Fact]
    public void Ibsi_fixed_bin_size_uses_the_resegmentation_minimum_as_origin()
    {
        // Config C style: bins of 25 HU from −1000: ⌊(−990 + 1000)/25⌋ + 1 = 1, ⌊(−950 + 1000)/25⌋ + 1 = 3.
        Assert.Equal([1, 3], Levels(new FixedBinSize(25), [-990, -950], out int ng, resegmentationMin: -1000));
        Assert.Equal(3, ng);
    }

    [Fact]
    public void A_non_positive_width_is_a_user_error()
    {
        Assert.Throws<PulmoPet.Imaging.InvalidInputException>(() => Levels(new FixedBinSize(0), [1], out _));
    }
}
