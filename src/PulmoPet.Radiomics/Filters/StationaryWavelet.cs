using PulmoPet.Imaging;

namespace PulmoPet.Radiomics.Filters;

/// <summary>
/// PyRadiomics' Wavelet image type (imageoperations.py getWaveletImage/_swt3): an odd axis is padded by one voxel
/// (numpy 'wrap'); each level is PyWavelets swtn(level=1) on the previous approximation, i.e. a periodic convolution
/// out[i] = Σ_j f[j]·x[(i + ⌊L/2⌋ − j) mod N] with the (not upsampled) dec_lo/dec_hi filters along x, y and z; levels
/// below start_level only feed the approximation; the padding is cropped. Sub-band names list x, y, z
/// (L = low pass, H = high pass): <c>wavelet-LLH</c> … <c>wavelet-HHH</c>, then <c>wavelet-LLL</c> of the last level;
/// the second computed level is named <c>wavelet2-…</c>, and so on (counted from start_level).
/// </summary>
public static class StationaryWavelet
{
    public static IEnumerable<(string Name, Volume<double> Band)> PyRadiomics(Volume image, string wavelet, int startLevel, int levels)
    {
        var (lo, hi) = WaveletFilters.Get(wavelet);
        var g = image.Geometry;
        var (nx, ny, nz) = (g.Size.X, g.Size.Y, g.Size.Z);
        var padded = (X: nx + nx % 2, Y: ny + ny % 2, Z: nz + nz % 2);
        var data = new double[padded.X * padded.Y * padded.Z];
        for (int z = 0, i = 0; z < padded.Z; z++)
        {
            for (int y = 0; y < padded.Y; y++)
            {
                for (int x = 0; x < padded.X; x++, i++) data[i] = image.GetValue(g.LinearIndex(x % nx, y % ny, z % nz));
            }
        }

        for (int level = 0; level < startLevel; level++) data = Band(data, padded, lo, lo, lo);
        var result = new List<(string, Volume<double>)>();
        for (int level = startLevel; level < startLevel + levels; level++)
        {
            int index = level - startLevel + 1;
            string prefix = index == 1 ? "wavelet" : $"wavelet{index}";
            foreach (string name in SubBands)
            {
                if (name == "LLL") continue;
                var band = Band(data, padded, name[0] == 'L' ? lo : hi, name[1] == 'L' ? lo : hi, name[2] == 'L' ? lo : hi);
                result.Add(($"{prefix}-{name}", Crop(band, padded, g)));
            }

            data = Band(data, padded, lo, lo, lo);
            if (level == startLevel + levels - 1) result.Add(($"{prefix}-LLL", Crop(data, padded, g)));
        }

        return result;
    }

    /// <summary>Sub-band names in PyRadiomics' order (x, y, z).</summary>
    public static readonly IReadOnlyList<string> SubBands = ["LLH", "LHL", "LHH", "HLL", "HLH", "HHL", "HHH", "LLL"];

    private static double[] Band(double[] data, (int X, int Y, int Z) size, double[] fx, double[] fy, double[] fz)
    {
        var r = SeparableFilter.Convolve(data, size, 0, fx, BoundaryCondition.Periodic);
        r = SeparableFilter.Convolve(r, size, 1, fy, BoundaryCondition.Periodic);
        return SeparableFilter.Convolve(r, size, 2, fz, BoundaryCondition.Periodic);
    }

    private static Volume<double> Crop(double[] data, (int X, int Y, int Z) size, ImageGeometry g)
    {
        var v = new Volume<double>(g);
        for (int z = 0, i = 0; z < g.Size.Z; z++)
        {
            for (int y = 0; y < g.Size.Y; y++)
            {
                for (int x = 0; x < g.Size.X; x++, i++) v.Voxels[i] = data[(z * size.Y + y) * size.X + x];
            }
        }

        return v;
    }
}
