using PulmoPet.Imaging;
using PulmoPet.Radiomics.Features;

namespace PulmoPet.Radiomics.Tests;

public class SpatialAutocorrelationTests
{
    /// <summary>The IBSI definitions summed pair by pair (O(N²)), the reference for the FFT evaluation.</summary>
    private static (double Moran, double Geary) Direct(List<(Vector3D P, double V)> voxels)
    {
        int n = voxels.Count;
        double mean = voxels.Average(v => v.V), variance = voxels.Sum(v => (v.V - mean) * (v.V - mean));
        double w = 0, moran = 0, geary = 0;
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                if (i == j) continue;
                double wij = 1 / (voxels[i].P - voxels[j].P).Length;
                w += wij;
                moran += wij * (voxels[i].V - mean) * (voxels[j].V - mean);
                geary += wij * (voxels[i].V - voxels[j].V) * (voxels[i].V - voxels[j].V);
            }
        }

        return (n / w * moran / variance, (n - 1) * geary / (2 * w * variance));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Fft_evaluation_equals_the_pairwise_sums(int seed)
    {
        var random = new Random(seed);
        var geometry = new ImageGeometry(new Size3(7, 6, 5), new Vector3D(0.8, 1.1, 2.5), Vector3D.Zero);
        var image = new Volume<float>(geometry);
        var mask = new Volume<byte>(geometry);
        var voxels = new List<(Vector3D, double)>();
        for (int z = 0; z < 5; z++)
        {
            for (int y = 0; y < 6; y++)
            {
                for (int x = 0; x < 7; x++)
                {
                    image[x, y, z] = random.Next(0, 20);
                    if (random.NextDouble() < 0.6)
                    {
                        mask[x, y, z] = 1;
                        voxels.Add((new Vector3D(x * 0.8, y * 1.1, z * 2.5), image[x, y, z]));
                    }
                }
            }
        }

        var expected = Direct(voxels);
        var features = MorphologyFeatures.Compute(RegionOfInterest.Create(image, mask), new RadiomicsSettings());
        Assert.Equal(expected.Moran, features["morph_moran_i"], 1e-10);
        Assert.Equal(expected.Geary, features["morph_geary_c"], 1e-10);
    }
}
