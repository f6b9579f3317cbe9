namespace PulmoPet.Radiomics.Texture;

/// <summary>
/// Runs a direction-dependent matrix (GLCM, GLRLM) over IBSI aggregations and averages features:
/// 2D = per slice (and per direction when averaged), 2.5D = slices merged, 3D = volumetric; averaged =
/// one matrix per direction, merged = directions summed (IBSI 3.1.2). Empty matrices are skipped.
/// All requested aggregations come from one pass per direction: the per-slice in-plane matrices add up to the
/// 2.5D ones, which are also the in-plane directions of the 3D set (counts are integers, so the sums are exact).
/// </summary>
internal static class DirectionalAggregator
{
    /// <summary>Adds the matrix of direction <paramref name="direction"/> over slices [zFrom, zTo) to <paramref name="matrix"/>.</summary>
    public delegate void Accumulate(int zFrom, int zTo, Offset direction, double[] matrix);

    /// <summary>Features of one matrix; <paramref name="voxelCount"/> = ROI voxels covered × directions merged. Null when empty.</summary>
    public delegate double[]? Features(double[] matrix, double voxelCount);

    public static double[] Run(
        GrayLevelVolume levels, TextureAggregation aggregation, int matrixLength, int featureCount, Accumulate accumulate, Features features) =>
        RunAll(levels, [aggregation], matrixLength, featureCount, accumulate, features)[0];

    /// <summary>The averaged features of each aggregation in <paramref name="aggregations"/>, in that order.</summary>
    public static double[][] RunAll(
        GrayLevelVolume levels, IReadOnlyList<TextureAggregation> aggregations, int matrixLength, int featureCount,
        Accumulate accumulate, Features features)
    {
        var sums = new double[6][];
        var used = new int[6];
        foreach (var a in aggregations) sums[Slot(a)] = new double[featureCount];

        void Evaluate(int slot, double[] matrix, double voxelCount)
        {
            if (sums[slot] is not { } sum) return;
            var f = features(matrix, voxelCount);
            if (f is null) return;
            for (int k = 0; k < featureCount; k++) sum[k] += f[k];
            used[slot]++;
        }

        bool Wants(int slot) => sums[slot] is not null;
        var inPlane = Directions.InPlane;
        bool perSlice = Wants(0) || Wants(1);
        bool totals = Wants(2) || Wants(3) || Wants(4) || Wants(5);
        var matrix = new double[matrixLength];
        var combined = new double[matrixLength];
        var perDirection = totals ? inPlane.Select(_ => new double[matrixLength]).ToArray() : [];
        if (perSlice)
        {
            for (int z = 0; z < levels.Nz; z++)
            {
                int sliceVoxels = levels.SliceVoxelCount(z);
                if (sliceVoxels == 0) continue;
                for (int d = 0; d < inPlane.Length; d++)
                {
                    accumulate(z, z + 1, inPlane[d], matrix);
                    Evaluate(0, matrix, sliceVoxels);
                    if (Wants(1)) Add(combined, matrix);
                    if (totals) Add(perDirection[d], matrix);
                    Array.Clear(matrix);
                }

                Evaluate(1, combined, (double)sliceVoxels * inPlane.Length);
                Array.Clear(combined);
            }
        }
        else if (totals)
        {
            for (int d = 0; d < inPlane.Length; d++) accumulate(0, levels.Nz, inPlane[d], perDirection[d]);
        }

        if (Wants(2) || Wants(3))
        {
            foreach (var m in perDirection)
            {
                Evaluate(2, m, levels.VoxelCount);
                Add(combined, m);
            }

            Evaluate(3, combined, (double)levels.VoxelCount * inPlane.Length);
            Array.Clear(combined);
        }

        if (Wants(4) || Wants(5))
        {
            var volume = Directions.Volume;
            for (int d = 0; d < volume.Length; d++)
            {
                // The first four 3D directions are the in-plane ones, already summed over the slices.
                var m = d < inPlane.Length ? perDirection[d] : matrix;
                if (d >= inPlane.Length) accumulate(0, levels.Nz, volume[d], matrix);
                Evaluate(4, m, levels.VoxelCount);
                if (Wants(5)) Add(combined, m);
                Array.Clear(matrix);
            }

            Evaluate(5, combined, (double)levels.VoxelCount * volume.Length);
        }

        return [.. aggregations.Select(a =>
        {
            int slot = Slot(a);
            return sums[slot].Select(v => used[slot] == 0 ? double.NaN : v / used[slot]).ToArray();
        })];
    }

    /// <summary>Index of an aggregation in IBSI table order (2D avg, 2D comb, 2.5D avg, 2.5D comb, 3D avg, 3D comb).</summary>
    private static int Slot(TextureAggregation a) =>
        (int)a.Dimension * 2 + (a.Merging == DirectionMerging.Merged ? 1 : 0);

    private static void Add(double[] target, double[] source)
    {
        for (int k = 0; k < target.Length; k++) target[k] += source[k];
    }
}
