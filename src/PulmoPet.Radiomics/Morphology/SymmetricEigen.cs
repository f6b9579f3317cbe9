namespace PulmoPet.Radiomics.Morphology;

/// <summary>Eigenvalues of a real symmetric matrix by cyclic Jacobi rotations (small n: PCA 3×3, GLCM MCC Ng×Ng).</summary>
internal static class SymmetricEigen
{
    private const int MaxSweeps = 100;

    /// <summary>Eigenvalues in descending order.</summary>
    public static double[] Eigenvalues(double[,] matrix)
    {
        int n = matrix.GetLength(0);
        var a = (double[,])matrix.Clone();
        for (int sweep = 0; sweep < MaxSweeps; sweep++)
        {
            double off = 0, diagonal = 0;
            for (int p = 0; p < n; p++)
            {
                diagonal += Math.Abs(a[p, p]);
                for (int q = p + 1; q < n; q++) off += Math.Abs(a[p, q]);
            }

            if (off <= 1e-15 * diagonal || off == 0) break;
            for (int p = 0; p < n - 1; p++)
            {
                for (int q = p + 1; q < n; q++)
                {
                    if (a[p, q] == 0) continue;
                    double theta = (a[q, q] - a[p, p]) / (2 * a[p, q]);
                    double t = theta == 0 ? 1 : Math.Sign(theta) / (Math.Abs(theta) + Math.Sqrt(theta * theta + 1));
                    double c = 1 / Math.Sqrt(t * t + 1), s = t * c;
                    for (int k = 0; k < n; k++)
                    {
                        double akp = a[k, p], akq = a[k, q];
                        a[k, p] = c * akp - s * akq;
                        a[k, q] = s * akp + c * akq;
                    }

                    for (int k = 0; k < n; k++)
                    {
                        double apk = a[p, k], aqk = a[q, k];
                        a[p, k] = c * apk - s * aqk;
                        a[q, k] = s * apk + c * aqk;
                    }
                }
            }
        }

        var values = new double[n];
        for (int i = 0; i < n; i++) values[i] = a[i, i];
        Array.Sort(values);
        Array.Reverse(values);
        return values;
    }
}
