using PulmoPet.Imaging.Io;
using PulmoPet.Radiomics.Features;
using PulmoPet.Radiomics.Texture;

namespace PulmoPet.Radiomics.Tests;

/// <summary>
/// Texture matrices against PyRadiomics' .npy baselines (default config: binWidth 25, 3D, distance 1), within
/// PyRadiomics' own max |Δ| &lt; 1e-3. Both sides are reduced the same way before comparing: grey levels absent
/// from the ROI and all-zero size columns removed (as PyRadiomics stores them); the 13 angle slices of GLCM/GLRLM
/// are matched as a set, since PyRadiomics orders angles (z, y, x) differently.
/// </summary>
public class PyRadiomicsMatrixTests
{
    private const double Tolerance = 1e-3;

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (string c in PyRadiomicsBaselineTests.Cases)
        {
            foreach (string m in new[] { "glcm", "glrlm", "glszm", "gldm", "ngtdm" }) data.Add(c, m);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Matrix_matches_the_PyRadiomics_baseline(string testCase, string matrix)
    {
        var image = ImageFile.Read(ReferenceData.File($"pyradiomics/data/{testCase}_image.nrrd"));
        var mask = ImageFile.Read(ReferenceData.File($"pyradiomics/data/{testCase}_label.nrrd"));
        var levels = GrayLevelVolume.Create(RegionOfInterest.Create(image, mask), new PyRadiomicsBinWidth(25));
        var present = levels.Levels.Where(l => l > 0).Distinct().Order().ToArray();
        var (shape, expected) = Npy.Read(ReferenceData.File($"pyradiomics/baseline/{testCase}_{matrix}.npy"));
        int ng = levels.GrayLevelCount;

        switch (matrix)
        {
            case "glcm":
            {
                var slices = Directions.Volume.Select(d =>
                {
                    var m = new double[ng * ng];
                    GrayLevelCooccurrence.Accumulate(levels, 0, levels.Nz, d, 1, symmetric: true, m);
                    double total = m.Sum();
                    var reduced = Reduce(m, ng, ng, present, dropZeroColumns: false, columnsArePresentLevels: true);
                    return reduced.Select(v => v / total).ToArray();
                }).ToList();
                AssertAngleSlicesMatch(shape, expected, slices);
                break;
            }

            case "glrlm":
            {
                int maxRun = GrayLevelRunLength.MaxRunLength(levels);
                var dense = Directions.Volume.Select(d =>
                {
                    var m = new double[ng * maxRun];
                    GrayLevelRunLength.Accumulate(levels, 0, levels.Nz, d, m, maxRun);
                    return m;
                }).ToList();
                var used = UsedColumns(dense, ng, maxRun);
                var slices = dense.Select(m => Reduce(m, ng, maxRun, present, used)).ToList();
                var expectedSlices = SplitAngles(shape, expected);
                var expectedUsed = UsedColumns(expectedSlices, shape[0], shape[1]);
                var reducedExpected = expectedSlices.Select(m => Reduce(m, shape[0], shape[1], null, expectedUsed)).ToList();
                AssertSetsMatch(reducedExpected, slices);
                break;
            }

            case "glszm":
            {
                var zones = Zones.Find(levels, inPlane: false);
                int maxSize = zones.Max(z => z.Size);
                var m = new double[ng * maxSize];
                foreach (var z in zones) m[(z.Level - 1) * maxSize + z.Size - 1]++;
                AssertReducedEqual(shape, expected, m, ng, maxSize, present);
                break;
            }

            case "gldm":
            {
                var (m, columns) = NeighbouringGrayLevelDependence.Matrix(levels, 1, 0, inPlane: false, 0, levels.Nz);
                AssertReducedEqual(shape, expected, m, ng, columns, present);
                break;
            }

            default:
            {
                var (s, n) = NeighbourhoodGrayToneDifference.Matrix(levels, 1, inPlane: false, 0, levels.Nz);
                var rows = present.SelectMany(l => new[] { n[l], s[l], l }).ToArray();
                Assert.Equal(shape[0] * shape[1], rows.Length);
                Assert.True(MaxDifference(expected, rows) < Tolerance, $"NGTDM differs by {MaxDifference(expected, rows)}.");
                break;
            }
        }
    }

    private static void AssertReducedEqual(int[] shape, double[] expected, double[] dense, int rows, int columns, int[] present)
    {
        var actual = Reduce(dense, rows, columns, present, UsedColumns([dense], rows, columns));
        var reducedExpected = Reduce(expected, shape[0], shape[1], null, UsedColumns([expected], shape[0], shape[1]));
        Assert.Equal(reducedExpected.Length, actual.Length);
        Assert.True(MaxDifference(reducedExpected, actual) < Tolerance, $"Matrices differ by {MaxDifference(reducedExpected, actual)}.");
    }

    private static void AssertAngleSlicesMatch(int[] shape, double[] expected, List<double[]> actual) =>
        AssertSetsMatch(SplitAngles(shape, expected), actual);

    /// <summary>Each expected slice must pair with a distinct actual slice within tolerance.</summary>
    private static void AssertSetsMatch(List<double[]> expected, List<double[]> actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        var free = actual.ToList();
        foreach (var e in expected)
        {
            var match = free.FirstOrDefault(a => a.Length == e.Length && MaxDifference(e, a) < Tolerance);
            Assert.True(match is not null, "An angle's matrix has no counterpart among the 13 computed directions.");
            free.Remove(match);
        }
    }

    /// <summary>Splits a C-order (rows, columns, angles) array into per-angle row-major matrices.</summary>
    private static List<double[]> SplitAngles(int[] shape, double[] values)
    {
        int rows = shape[0], columns = shape[1], angles = shape[2];
        var slices = new List<double[]>();
        for (int a = 0; a < angles; a++)
        {
            var m = new double[rows * columns];
            for (int i = 0; i < rows * columns; i++) m[i] = values[i * angles + a];
            slices.Add(m);
        }

        return slices;
    }

    private static bool[] UsedColumns(IEnumerable<double[]> matrices, int rows, int columns)
    {
        var used = new bool[columns];
        foreach (var m in matrices)
        {
            for (int i = 0; i < rows; i++)
            {
                for (int j = 0; j < columns; j++) used[j] |= m[i * columns + j] != 0;
            }
        }

        return used;
    }

    /// <summary>Keeps rows of present levels (all rows when null) and the used columns (or the present-level columns).</summary>
    private static double[] Reduce(double[] m, int rows, int columns, int[]? present, bool[]? used = null, bool dropZeroColumns = true, bool columnsArePresentLevels = false)
    {
        var keepRows = present is null ? Enumerable.Range(0, rows).ToArray() : present.Select(l => l - 1).ToArray();
        var keepColumns = columnsArePresentLevels
            ? keepRows
            : Enumerable.Range(0, columns).Where(j => !dropZeroColumns || used is null || used[j]).ToArray();
        return keepRows.SelectMany(i => keepColumns.Select(j => m[i * columns + j])).ToArray();
    }

    private static double MaxDifference(double[] a, double[] b) =>
        a.Length != b.Length ? double.PositiveInfinity : a.Zip(b, (x, y) => Math.Abs(x - y)).DefaultIfEmpty(0).Max();
}
