namespace PulmoPet.Radiomics.Filters;

/// <summary>
/// One-dimensional convolution along an axis of a 3D array (x fastest), as scipy.ndimage.convolve1d with origin 0:
/// out[i] = Σ_j w[j] · in[i + c − j], c = ⌊len/2⌋ unless given, the kernel flipped as in a true convolution (IBSI 2, section 2.1).
/// Lines run in parallel; each line's arithmetic is sequential, so results do not depend on the thread count.
/// </summary>
internal static class SeparableFilter
{
    public static double[] Convolve(double[] data, (int X, int Y, int Z) size, int axis, double[] kernel, BoundaryCondition boundary, int? centre = null)
    {
        var result = new double[data.Length];
        int n = axis switch { 0 => size.X, 1 => size.Y, _ => size.Z };
        int stride = axis switch { 0 => 1, 1 => size.X, _ => size.X * size.Y };
        int lines = data.Length / n;
        int c = centre ?? kernel.Length / 2;
        Parallel.For(0, lines, line =>
        {
            int start = LineStart(line, size, axis);
            for (int i = 0; i < n; i++)
            {
                double sum = 0;
                for (int j = 0; j < kernel.Length; j++)
                {
                    int k = Boundary.Index(i + c - j, n, boundary);
                    if (k >= 0) sum += kernel[j] * data[start + k * stride];
                }

                result[start + i * stride] = sum;
            }
        });
        return result;
    }

    private static int LineStart(int line, (int X, int Y, int Z) size, int axis) => axis switch
    {
        0 => line * size.X,
        1 => (line / size.X) * size.X * size.Y + line % size.X,
        _ => line,
    };
}
