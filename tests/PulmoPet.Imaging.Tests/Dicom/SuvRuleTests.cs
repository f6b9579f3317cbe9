using PulmoPet.Imaging.Dicom;
using PulmoPet.Imaging.Dicom.Suv;

namespace PulmoPet.Imaging.Tests.Dicom;

/// <summary>The branches of the QIBA rule (README "SUV: the rule") on hand-made headers, with the closed form in each test.</summary>
public sealed class SuvRuleTests
{
    private static readonly PetSuvHeader Base = new()
    {
        Units = "BQML",
        DecayCorrection = "START",
        CorrectedImage = ["ATTN", "DECY", "SCAT"],
        SeriesDate = "20200101",
        SeriesTime = "110000",
        AcquisitionDate = "20200101",
        AcquisitionTime = "110000",
        PatientWeightKg = 70,
        RadiopharmaceuticalStartTime = "100000",
        RadionuclideTotalDoseBq = 3.7e8,
        RadionuclideHalfLifeSeconds = 6586.2,
    };

    private static double Factor(double weightKg, double doseBq, double seconds, double halfLife = 6586.2) =>
        weightKg * 1000 / (doseBq * Math.Pow(2, -seconds / halfLife));

    [Fact]
    public void Series_time_before_acquisition_is_the_scan_time()
    {
        // 11:00 − 10:00 = 3600 s.
        var result = SuvCalculator.Compute([Base]);

        Assert.Equal(3600, result.DecayTimeSeconds);
        Assert.Equal(Factor(70, 3.7e8, 3600), result.BodyWeightFactor, 1e-15);
    }

    [Fact]
    public void Series_time_after_acquisition_uses_the_ge_private_scan_time()
    {
        // SeriesTime 12:00 is after the acquisition at 11:00; GE (0009,100D) says 10:55:30 → 3330 s after 10:00.
        var header = Base with { SeriesTime = "120000", GePrivateScanDateTime = "20200101105530" };

        var result = SuvCalculator.Compute([header]);

        Assert.Equal(3330, result.DecayTimeSeconds);
        Assert.Contains(result.Sources, s => s.Contains("(0009,100D)", StringComparison.Ordinal));
    }

    [Fact]
    public void Series_time_after_acquisition_without_ge_tag_falls_back_to_the_earliest_acquisition()
    {
        // Two beds acquired at 11:20 and 11:05: the earliest, 11:05, is 3900 s after 10:00.
        var header = Base with { SeriesTime = "120000" };
        var result = SuvCalculator.Compute([header with { AcquisitionTime = "112000" }, header with { AcquisitionTime = "110500" }]);

        Assert.Equal(3900, result.DecayTimeSeconds);
    }

    [Fact]
    public void Radiopharmaceutical_start_date_time_wins_over_series_date_plus_start_time()
    {
        // Injection the evening before (23:00 on 31 Dec), scan 11:00 on 1 Jan: 12 h.
        var result = SuvCalculator.Compute([Base with { RadiopharmaceuticalStartDateTime = "20191231230000" }]);

        Assert.Equal(12 * 3600, result.DecayTimeSeconds);
    }

    [Fact]
    public void Decay_correction_admin_needs_no_decay()
    {
        var result = SuvCalculator.Compute([Base with { DecayCorrection = "ADMIN" }]);

        Assert.Equal(70000 / 3.7e8, result.BodyWeightFactor, 1e-18);
        Assert.Equal(0, result.DecayTimeSeconds);
    }

    [Theory]
    [InlineData("Units (0054,1001)")]
    [InlineData("DecayCorrection (0054,1102)")]
    [InlineData("RadionuclideTotalDose (0018,1074)")]
    [InlineData("RadionuclideHalfLife (0018,1075)")]
    [InlineData("RadiopharmaceuticalStartTime (0018,1072)")]
    [InlineData("SeriesDate (0008,0021)")]
    [InlineData("Philips SUV Scale Factor (7053,1000)")]
    [InlineData("SUVType (0054,1006)")]
    public void Missing_or_unusable_inputs_are_named(string tag)
    {
        var header = tag switch
        {
            "Units (0054,1001)" => Base with { Units = "PROPCPS" },
            "DecayCorrection (0054,1102)" => Base with { DecayCorrection = "NONE" },
            "RadionuclideTotalDose (0018,1074)" => Base with { RadionuclideTotalDoseBq = null },
            "RadionuclideHalfLife (0018,1075)" => Base with { RadionuclideHalfLifeSeconds = 0 },
            "RadiopharmaceuticalStartTime (0018,1072)" => Base with { RadiopharmaceuticalStartTime = null },
            "SeriesDate (0008,0021)" => Base with { SeriesDate = null },
            "SUVType (0054,1006)" => Base with { Units = "GML", SuvType = "LBM" },
            _ => Base with { Units = "CNTS" },
        };

        var error = Assert.Throws<InvalidInputException>(() => SuvCalculator.Compute([header]));

        Assert.Contains(tag, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void Contradictory_instances_are_named()
    {
        var error = Assert.Throws<InvalidInputException>(() => SuvCalculator.Compute([Base, Base with { PatientWeightKg = 71 }]));

        Assert.Contains("PatientWeight (0010,1030)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Overrides_replace_weight_dose_and_injection_time()
    {
        var options = new SuvOptions { PatientWeightKg = 80, InjectedDoseBq = 4e8, InjectionTime = new DateTime(2020, 1, 1, 10, 30, 0) };

        var result = SuvCalculator.Compute([Base], options);

        Assert.Equal(Factor(80, 4e8, 1800), result.BodyWeightFactor, 1e-15);
        Assert.Contains(result.Sources, s => s.StartsWith("option patient weight", StringComparison.Ordinal));
    }

    [Fact]
    public void Private_vendor_tags_are_read_from_a_data_set()
    {
        // Creator blocks (PS3.5 7.8.1) at 0x10 for GE and 0x10 for Philips; the SUV inputs live in the isotope sequence (C.8.9.2).
        byte[] file = DicomBytes.Part10(d => d
            .Text(0x0009, 0x0010, "LO", "GEMS_PETD_01")
            .Text(0x0009, 0x100D, "DT", "20200101105530.00")
            .Text(0x0054, 0x1001, "CS", "CNTS")
            .Sequence(0x0054, 0x0016, item => item
                .Text(0x0018, 0x1072, "TM", "100000")
                .Text(0x0018, 0x1074, "DS", "370000000")
                .Text(0x0018, 0x1075, "DS", "6586.2"))
            .Text(0x7053, 0x0010, "LO", "Philips PET Private Group")
            .Text(0x7053, 0x1000, "DS", "0.000551")
            .Text(0x7053, 0x1009, "DS", "1.602563"));

        var header = PetSuvHeader.FromDataset(DicomReader.Parse(file, "vendor.dcm").Dataset);

        Assert.Equal("20200101105530.00", header.GePrivateScanDateTime);
        Assert.Equal(0.000551, header.PhilipsSuvScaleFactor);
        Assert.Equal(1.602563, header.PhilipsActivityConcentrationScaleFactor);
        Assert.Equal(3.7e8, header.RadionuclideTotalDoseBq);
        Assert.Equal(0.000551, SuvCalculator.Compute([header]).BodyWeightFactor);
    }
}
