using PulmoPet.Radiomics.Texture;

namespace PulmoPet.Radiomics.Features;

/// <summary>
/// IBSI grey level co-occurrence matrix features (family LFYI, tags <c>cm_</c>), for every aggregation of
/// <see cref="RadiomicsSettings.DirectionalAggregations"/>. The matrix counts voxel pairs at offset δ·d
/// (Chebyshev distance δ) inside the intensity mask; symmetric matrices count both orders (IBSI 3.6).
/// </summary>
public static class GrayLevelCooccurrence
{
    /// <summary>Feature tags without the aggregation suffix, in IBSI table order.</summary>
    public static readonly string[] Names =
    [
        "joint_max", "joint_avg", "joint_var", "joint_entr", "diff_avg", "diff_var", "diff_entr", "sum_avg",
        "sum_var", "sum_entr", "energy", "contrast", "dissimilarity", "inv_diff", "inv_diff_norm", "inv_diff_mom",
        "inv_diff_mom_norm", "inv_var", "corr", "auto_corr", "clust_tend", "clust_shade", "clust_prom",
        "info_corr1", "info_corr2",
    ];

    public static FeatureVector Compute(GrayLevelVolume levels, RadiomicsSettings settings)
    {
        var f = new FeatureVector();
        int ng = levels.GrayLevelCount;
        var aggregations = settings.DirectionalAggregations;
        var all = DirectionalAggregator.RunAll(
            levels, aggregations, ng * ng, Names.Length,
            (z0, z1, d, m) => Accumulate(levels, z0, z1, d, settings.GlcmDistance, settings.SymmetricGlcm, m),
            (m, _) => FromMatrix(m, ng));
        for (int a = 0; a < aggregations.Count; a++)
        {
            string suffix = "_" + aggregations[a].TagSuffix(directional: true);
            for (int k = 0; k < Names.Length; k++) f.Add("cm_" + Names[k] + suffix, all[a][k]);
        }

        return f;
    }

    /// <summary>The 25 features (order of <see cref="Names"/>) for one aggregation.</summary>
    public static double[] Compute(GrayLevelVolume levels, RadiomicsSettings settings, TextureAggregation aggregation)
    {
        int ng = levels.GrayLevelCount;
        return DirectionalAggregator.Run(
            levels, aggregation, ng * ng, Names.Length,
            (z0, z1, d, m) => Accumulate(levels, z0, z1, d, settings.GlcmDistance, settings.SymmetricGlcm, m),
            (m, _) => FromMatrix(m, ng));
    }

    /// <summary>
    /// Adds the co-occurrence counts at offset distance·d for reference voxels in slices [zFrom, zTo) to
    /// the Ng×Ng row-major <paramref name="matrix"/> (row = reference level − 1).
    /// </summary>
    public static void Accumulate(GrayLevelVolume levels, int zFrom, int zTo, Offset direction, int distance, bool symmetric, double[] matrix)
    {
        int nx = levels.Nx, ny = levels.Ny, nz = levels.Nz, ng = levels.GrayLevelCount;
        if (distance == 1)
        {
            // Neighbours one voxel away: the padded levels need no bounds checks.
            var padded = levels.Padded;
            var p = padded.Values;
            int offset = padded.Offset(direction);
            for (int z = zFrom; z < zTo; z++)
            {
                for (int y = 0; y < ny; y++)
                {
                    for (int x = 0, i = padded.Index(0, y, z); x < nx; x++, i++)
                    {
                        int a = p[i];
                        if (a == 0) continue;
                        int b = p[i + offset];
                        if (b == 0) continue;
                        matrix[(a - 1) * ng + b - 1]++;
                        if (symmetric) matrix[(b - 1) * ng + a - 1]++;
                    }
                }
            }

            return;
        }

        int dx = direction.X * distance, dy = direction.Y * distance, dz = direction.Z * distance;
        var l = levels.Levels;
        for (int z = zFrom; z < zTo; z++)
        {
            int z2 = z + dz;
            if ((uint)z2 >= (uint)nz) continue;
            for (int y = 0; y < ny; y++)
            {
                int y2 = y + dy;
                if ((uint)y2 >= (uint)ny) continue;
                int row = (z * ny + y) * nx, row2 = (z2 * ny + y2) * nx;
                int xStart = Math.Max(0, -dx), xEnd = Math.Min(nx, nx - dx);
                for (int x = xStart; x < xEnd; x++)
                {
                    int a = l[row + x];
                    if (a == 0) continue;
                    int b = l[row2 + x + dx];
                    if (b == 0) continue;
                    matrix[(a - 1) * ng + b - 1]++;
                    if (symmetric) matrix[(b - 1) * ng + a - 1]++;
                }
            }
        }
    }

    /// <summary>The 25 features of one count matrix (Ng×Ng), or null when it has no pairs.</summary>
    public static double[]? FromMatrix(double[] counts, int ng)
    {
        double total = 0;
        foreach (double c in counts) total += c;
        if (total == 0) return null;

        // Only levels present in the matrix contribute; the loops run over them (per-slice matrices use few of Ng).
        var px = new double[ng];
        var py = new double[ng];
        var pDiff = new double[ng];          // k = |i − j|, 0…Ng−1
        var pSum = new double[2 * ng + 1];   // k = i + j, 2…2Ng
        for (int i = 0; i < ng; i++)
        {
            var row = counts.AsSpan(i * ng, ng);
            double rowSum = 0;
            for (int j = 0; j < ng; j++)
            {
                if (row[j] == 0) continue;
                double v = row[j] / total;
                rowSum += v;
                py[j] += v;
                pDiff[Math.Abs(i - j)] += v;
                pSum[i + j + 2] += v;
            }

            px[i] = rowSum;
        }

        int presentRows = 0, presentColumns = 0;
        var rows = new int[ng];
        var columns = new int[ng];
        for (int i = 0; i < ng; i++)
        {
            if (px[i] > 0) rows[presentRows++] = i;
            if (py[i] > 0) columns[presentColumns++] = i;
        }

        double muX = 0, muY = 0;
        for (int i = 0; i < ng; i++) { muX += (i + 1) * px[i]; muY += (i + 1) * py[i]; }
        double varX = 0, varY = 0, hx = 0, hy = 0;
        for (int i = 0; i < ng; i++)
        {
            varX += Sq(i + 1 - muX) * px[i];
            varY += Sq(i + 1 - muY) * py[i];
            hx -= XLog2(px[i]);
            hy -= XLog2(py[i]);
        }

        double jointMax = 0, jointVar = 0, jointEntropy = 0, energy = 0, contrast = 0, dissimilarity = 0, invDiff = 0;
        double invDiffNorm = 0, invDiffMom = 0, invDiffMomNorm = 0, invVar = 0, cov = 0, autoCorr = 0;
        double tendency = 0, shade = 0, prominence = 0;
        // Weights that depend only on |i − j|, so the cell loop multiplies instead of dividing.
        double ngSquared = (double)ng * ng;
        var wInvDiff = new double[ng];
        var wInvDiffNorm = new double[ng];
        var wInvDiffMom = new double[ng];
        var wInvDiffMomNorm = new double[ng];
        var wInvVar = new double[ng];
        for (int d = 0; d < ng; d++)
        {
            double d2 = (double)d * d;
            wInvDiff[d] = 1 / (1.0 + d);
            wInvDiffNorm[d] = 1 / (1 + (double)d / ng);
            wInvDiffMom[d] = 1 / (1 + d2);
            wInvDiffMomNorm[d] = 1 / (1 + d2 / ngSquared);
            wInvVar[d] = d == 0 ? 0 : 1 / d2;
        }

        for (int r = 0; r < presentRows; r++)
        {
            int i = rows[r], gi = i + 1;
            var row = counts.AsSpan(i * ng, ng);
            double dx = gi - muX;
            for (int c = 0; c < presentColumns; c++)
            {
                int j = columns[c];
                if (row[j] == 0) continue;
                double v = row[j] / total;
                int gj = j + 1, diff = Math.Abs(gi - gj);
                double diff2 = (double)diff * diff;
                jointMax = Math.Max(jointMax, v);
                jointVar += dx * dx * v;
                jointEntropy -= v * Math.Log2(v);
                energy += v * v;
                contrast += diff2 * v;
                dissimilarity += diff * v;
                invDiff += v * wInvDiff[diff];
                invDiffNorm += v * wInvDiffNorm[diff];
                invDiffMom += v * wInvDiffMom[diff];
                invDiffMomNorm += v * wInvDiffMomNorm[diff];
                invVar += v * wInvVar[diff];
                cov += dx * (gj - muY) * v;
                autoCorr += gi * gj * v;
                double cl = gi + gj - muX - muY, c2 = cl * cl;
                tendency += c2 * v;
                shade += c2 * cl * v;
                prominence += c2 * c2 * v;
            }
        }

        // HXY1 = −Σ p(i,j)·log2(px(i)·py(j)) and HXY2 = −Σ px(i)·py(j)·log2(px(i)·py(j)) both expand to HX + HY
        // (split the logarithm of the product and sum out the other index).
        double hxy1 = hx + hy, hxy2 = hx + hy;

        double diffAvg = 0, diffEntropy = 0;
        for (int k = 0; k < ng; k++) { diffAvg += k * pDiff[k]; diffEntropy -= XLog2(pDiff[k]); }
        double diffVar = 0;
        for (int k = 0; k < ng; k++) diffVar += Sq(k - diffAvg) * pDiff[k];
        double sumAvg = 0, sumEntropy = 0;
        for (int k = 2; k <= 2 * ng; k++) { sumAvg += k * pSum[k]; sumEntropy -= XLog2(pSum[k]); }
        double sumVar = 0;
        for (int k = 2; k <= 2 * ng; k++) sumVar += Sq(k - sumAvg) * pSum[k];

        double hxyMax = Math.Max(hx, hy);
        return
        [
            jointMax,                                               // IBSI GYBY joint maximum
            muX,                                                    // IBSI 60VM joint average
            jointVar,                                               // IBSI UR99 joint variance
            jointEntropy,                                           // IBSI TU9B joint entropy
            diffAvg,                                                // IBSI TF7R difference average
            diffVar,                                                // IBSI D3YU difference variance
            diffEntropy,                                            // IBSI NTRS difference entropy
            sumAvg,                                                 // IBSI ZGXS sum average
            sumVar,                                                 // IBSI OEEB sum variance
            sumEntropy,                                             // IBSI P6QZ sum entropy
            energy,                                                 // IBSI 8ZQL angular second moment
            contrast,                                               // IBSI ACUI contrast
            dissimilarity,                                          // IBSI 8S9J dissimilarity
            invDiff,                                                // IBSI IB1Z inverse difference
            invDiffNorm,                                            // IBSI NDRX normalised inverse difference
            invDiffMom,                                             // IBSI WF0Z inverse difference moment
            invDiffMomNorm,                                         // IBSI 1QCO normalised inverse difference moment
            invVar,                                                 // IBSI E8JP inverse variance
            varX > 0 && varY > 0 ? cov / Math.Sqrt(varX * varY) : double.NaN,   // IBSI NI2N correlation
            autoCorr,                                               // IBSI QWB0 autocorrelation
            tendency,                                               // IBSI DG8W cluster tendency
            shade,                                                  // IBSI 7NFM cluster shade
            prominence,                                             // IBSI AE86 cluster prominence
            hxyMax > 0 ? (jointEntropy - hxy1) / hxyMax : 0,        // IBSI R8DG information correlation 1
            Math.Sqrt(Math.Max(0, 1 - Math.Exp(-2 * (hxy2 - jointEntropy)))), // IBSI JN9H information correlation 2
        ];
    }

    private static double Sq(double v) => v * v;

    private static double XLog2(double p) => p > 0 ? p * Math.Log2(p) : 0;
}
