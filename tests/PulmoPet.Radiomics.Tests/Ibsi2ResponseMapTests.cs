using System.Globalization;
using PulmoPet.Imaging;
using PulmoPet.Imaging.Io;
using PulmoPet.Radiomics.Filters;

namespace PulmoPet.Radiomics.Tests;

/// <summary>
/// IBSI 2 phase 1 (ibsi2/reference_response_maps, parameters in ibsi2/phase1_tests.csv): every voxel of the
/// computed response map must lie within 1 % of the reference map's range (max − min) of the reference value.
/// Maps that cannot be reached are listed in <see cref="KnownExceptions"/> with the reason and must keep failing.
/// </summary>
public class Ibsi2ResponseMapTests
{
    private static Volume Phantom(string name) => ImageFile.Read(ReferenceData.File($"ibsi2/digital_phantoms/nifti/{name}/image/{name}.nii.gz"));

    private const BoundaryCondition Zero = BoundaryCondition.Constant;
    private const BoundaryCondition Mirror = BoundaryCondition.Mirror;

    /// <summary>Test id → (phantom, filter) from phase1_tests.csv.</summary>
    public static readonly IReadOnlyDictionary<string, (string Phantom, Func<Volume, Volume<double>> Filter)> Tests =
        new Dictionary<string, (string, Func<Volume, Volume<double>>)>
        {
            ["1.a.1"] = ("checkerboard", v => MeanFilter.Compute(v, 15, Zero)),
            ["1.a.2"] = ("checkerboard", v => MeanFilter.Compute(v, 15, BoundaryCondition.Nearest)),
            ["1.a.3"] = ("checkerboard", v => MeanFilter.Compute(v, 15, BoundaryCondition.Periodic)),
            ["1.a.4"] = ("checkerboard", v => MeanFilter.Compute(v, 15, Mirror)),
            ["1.b.1"] = ("impulse", v => MeanFilter.Compute(v, 15, Zero, slices2D: true)),
            ["2.a"] = ("impulse", v => LaplacianOfGaussian.Compute(v, 3.0, Zero)),
            ["2.b"] = ("checkerboard", v => LaplacianOfGaussian.Compute(v, 5.0, Mirror)),
            ["2.c"] = ("checkerboard", v => LaplacianOfGaussian.Compute(v, 5.0, Mirror, slices2D: true)),
            ["5.a.1"] = ("impulse", v => UndecimatedWavelet.Compute(v, "db2", "LHL", 1, Zero)),
            ["5.a.2"] = ("impulse", v => UndecimatedWavelet.Compute(v, "db2", "LHL", 1, Zero, RotationPooling.Mean)),
            ["6.a.1"] = ("sphere", v => UndecimatedWavelet.Compute(v, "coif1", "HHL", 1, BoundaryCondition.Periodic)),
            ["6.a.2"] = ("sphere", v => UndecimatedWavelet.Compute(v, "coif1", "HHL", 1, BoundaryCondition.Periodic, RotationPooling.Mean)),
            ["7.a.1"] = ("checkerboard", v => UndecimatedWavelet.Compute(v, "haar", "LLL", 2, Mirror, RotationPooling.Mean)),
            ["7.a.2"] = ("checkerboard", v => UndecimatedWavelet.Compute(v, "haar", "HHH", 2, Mirror, RotationPooling.Mean)),
            ["3.a.1"] = ("impulse", v => LawsFilter.Compute(v, "E5L5S5", Zero)),
            ["3.a.2"] = ("impulse", v => LawsFilter.Compute(v, "E5L5S5", Zero, RotationPooling.Max)),
            ["3.a.3"] = ("impulse", v => LawsFilter.Compute(v, "E5L5S5", Zero, RotationPooling.Max, energyDelta: 7)),
            ["3.b.1"] = ("checkerboard", v => LawsFilter.Compute(v, "E3W5R5", Mirror)),
            ["3.b.2"] = ("checkerboard", v => LawsFilter.Compute(v, "E3W5R5", Mirror, RotationPooling.Max)),
            ["3.b.3"] = ("checkerboard", v => LawsFilter.Compute(v, "E3W5R5", Mirror, RotationPooling.Max, energyDelta: 7)),
            ["3.c.1"] = ("checkerboard", v => LawsFilter.Compute(v, "L5S5", Mirror)),
            ["3.c.2"] = ("checkerboard", v => LawsFilter.Compute(v, "L5S5", Mirror, RotationPooling.Max)),
            ["3.c.3"] = ("checkerboard", v => LawsFilter.Compute(v, "L5S5", Mirror, RotationPooling.Max, energyDelta: 7)),
            ["4.a.1"] = ("impulse", v => GaborFilter.Axial(v, 10, 4, 0.5, Math.PI / 3, Zero)),
            ["4.b.1"] = ("sphere", v => GaborFilter.Axial(v, 20, 8, 2.5, 5 * Math.PI / 4, Mirror)),
            ["4.a.2"] = ("impulse", v => GaborPseudo3D.Compute(v, 10, 4, 0.5, Angles(8), Zero)),
            ["4.b.2"] = ("sphere", v => GaborPseudo3D.Compute(v, 20, 8, 2.5, Angles(16), Mirror)),
            ["8.a.1"] = ("checkerboard", v => SimoncelliWavelet.Compute(v, 1)),
            ["8.a.2"] = ("checkerboard", v => SimoncelliWavelet.Compute(v, 2)),
            ["8.a.3"] = ("checkerboard", v => SimoncelliWavelet.Compute(v, 3)),
        };

    /// <summary>Orientations 0, 2π/count, … (45° steps for 8, 22.5° for 16).</summary>
    private static double[] Angles(int count) => [.. Enumerable.Range(0, count).Select(k => 2 * Math.PI * k / count)];

    /// <summary>Maps not reproduced, test id → reason.</summary>
    public static readonly IReadOnlyDictionary<string, string> KnownExceptions = new Dictionary<string, string>
    {
        ["9.a"] = Riesz,
        ["9.b.1"] = Riesz,
        ["10.b.1"] = Riesz,
    };

    public const string Riesz = "Riesz-transformed filters (IBSI 2 section 2.3.7) are not implemented, and their parameters are not verified in phase1_tests.csv";

    public static TheoryData<string> Ids()
    {
        var data = new TheoryData<string>();
        foreach (string id in Tests.Keys.Concat(KnownExceptions.Keys).Order(StringComparer.Ordinal)) data.Add(id);
        return data;
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Response_map_matches_the_IBSI_2_reference(string id)
    {
        var reference = ImageFile.Read(ReferenceData.File($"ibsi2/reference_response_maps/{id.Replace('.', '_')}-ValidCRM.nii.gz"));
        if (KnownExceptions.TryGetValue(id, out string? reason))
        {
            Assert.False(Tests.ContainsKey(id), $"{id} is both implemented and a known exception ({reason}).");
            return;
        }

        var (phantom, filter) = Tests[id];
        var response = filter(Phantom(phantom));
        var (worst, range) = Compare(response, reference);
        Assert.True(worst <= 0.01 * range, string.Create(CultureInfo.InvariantCulture, $"{id}: max |Δ| {worst:G6} > 1 % of range {range:G6}"));
    }

    [Fact]
    public void Every_reference_map_is_tested_or_listed()
    {
        var maps = Directory.GetFiles(Path.Combine(ReferenceData.Root, "ibsi2", "reference_response_maps"), "*-ValidCRM.nii.gz")
            .Select(f => Path.GetFileName(f).Replace("-ValidCRM.nii.gz", "", StringComparison.Ordinal).Replace('_', '.'))
            .Order(StringComparer.Ordinal);
        Assert.Equal(maps, Tests.Keys.Concat(KnownExceptions.Keys).Order(StringComparer.Ordinal));
        Assert.Equal(33, maps.Count());
    }

    internal static (double Worst, double Range) Compare(Volume response, Volume reference)
    {
        Assert.Equal(reference.Geometry.Size, response.Geometry.Size);
        double min = double.PositiveInfinity, max = double.NegativeInfinity, worst = 0;
        for (int i = 0; i < reference.Geometry.VoxelCount; i++)
        {
            double r = reference.GetValue(i);
            min = Math.Min(min, r);
            max = Math.Max(max, r);
            worst = Math.Max(worst, Math.Abs(response.GetValue(i) - r));
        }

        return (worst, max - min);
    }
}
