namespace PulmoPet.Radiomics.Texture;

/// <summary>
/// Runs a direction-dependent matrix (GLCM, GLRLM) over one IBSI aggregation and averages features:
/// 2D = per slice (and per direction when averaged), 2.5D = slices merged, 3D = volumetric; averaged =
/// one matrix per direction, merged = directions summed (IBSI 3.1.2). Empty matrices are skipped.
/// </summary>
internal static class DirectionalAggregator
{
    /// <summary>Adds the matrix of direction <paramref name="direction"/> over slices [zFrom, zTo) to <paramref name="matrix"/>.</summary>
    public delegate void Accumulate(int zFrom, int zTo, Offset direction, double[] matrix);

    /// <summary>Features of one matrix; <paramref name="voxelCount"/> = ROI voxels covered × directions merged. Null when empty.</summary>
    public delegate double[]? Features(double[] matrix, double voxelCount);

    public static double[] Run(
        GrayLevelVolume levels, TextureAggregation aggregation, int matrixLength, int featureCount, Accumulate accumulate, Features features)
    {
        var sums = new double[featureCount];
        int used = 0;
        var matrix = new double[matrixLength];
        var directions = Directions.For(aggregation.Dimension);
        bool merged = aggregation.Merging == DirectionMerging.Merged;

        void Evaluate(double voxelCount)
        {
            var f = features(matrix, voxelCount);
            if (f is not null)
            {
                for (int k = 0; k < featureCount; k++) sums[k] += f[k];
                used++;
            }

            Array.Clear(matrix);
        }

        if (aggregation.Dimension == TextureDimension.Slice2D)
        {
            for (int z = 0; z < levels.Nz; z++)
            {
                int sliceVoxels = levels.SliceVoxelCount(z);
                if (sliceVoxels == 0) continue;
                foreach (var d in directions)
                {
                    accumulate(z, z + 1, d, matrix);
                    if (!merged) Evaluate(sliceVoxels);
                }

                if (merged) Evaluate((double)sliceVoxels * directions.Length);
            }
        }
        else
        {
            foreach (var d in directions)
            {
                accumulate(0, levels.Nz, d, matrix);
                if (!merged) Evaluate(levels.VoxelCount);
            }

            if (merged) Evaluate((double)levels.VoxelCount * directions.Length);
        }

        for (int k = 0; k < featureCount; k++) sums[k] = used == 0 ? double.NaN : sums[k] / used;
        return sums;
    }
}
