namespace PulmoPet.Radiomics.Filters;

/// <summary>
/// Orthogonal wavelet decomposition filters as PyWavelets lists them (dec_lo); the high-pass filter is the
/// quadrature mirror dec_hi[k] = (−1)^(k+1) · dec_lo[L−1−k] (IBSI 2 reference manual, section 2.3.5).
/// </summary>
public static class WaveletFilters
{
    private static readonly Dictionary<string, double[]> LowPass = new(StringComparer.Ordinal)
    {
        ["haar"] = [0.7071067811865476, 0.7071067811865476],
        ["db1"] = [0.7071067811865476, 0.7071067811865476],
        ["db2"] = [-0.12940952255126037, 0.2241438680420134, 0.8365163037378079, 0.48296291314453416],
        ["db3"] = [0.03522629188570953, -0.08544127388202666, -0.13501102001025458, 0.45987750211849154, 0.8068915093110925, 0.33267055295008263],
        ["coif1"] = [-0.015655728135464962, -0.07273261951285055, 0.3848648468642029, 0.8525720202122554, 0.3378976624578092, -0.07273261951285055],
    };

    /// <summary>Wavelet names supported here.</summary>
    public static IEnumerable<string> Names => LowPass.Keys;

    /// <exception cref="PulmoPet.Imaging.InvalidInputException">The wavelet is not supported.</exception>
    public static (double[] Low, double[] High) Get(string name)
    {
        if (!LowPass.TryGetValue(name, out var lo))
        {
            throw new PulmoPet.Imaging.InvalidInputException($"Wavelet '{name}' is not supported (supported: {string.Join(", ", Names)}).");
        }

        var hi = new double[lo.Length];
        for (int k = 0; k < lo.Length; k++) hi[k] = (k % 2 == 0 ? -1 : 1) * lo[lo.Length - 1 - k];
        return ((double[])lo.Clone(), hi);
    }
}
