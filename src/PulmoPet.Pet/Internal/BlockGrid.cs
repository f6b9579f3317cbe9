using System.Numerics;
using PulmoPet.Imaging;
using PulmoPet.Imaging.Processing;

namespace PulmoPet.Pet.Internal;

/// <summary>
/// A coarse grid made of f_x × f_y × f_z blocks of a fine grid, axis-aligned with it: block b covers fine
/// voxels f·b … f·b + f − 1 and its centre sits at their mean position. Downsampling averages each block
/// (the edge blocks over the voxels they have); upsampling interpolates trilinearly at the fine centres,
/// the coarse index of fine voxel i being (i − (f − 1)/2) / f, clamped at the edges.
/// </summary>
internal sealed class BlockGrid
{
    public BlockGrid(ImageGeometry fine, double targetSpacingMm)
    {
        Fine = fine;
        Factor = new Index3(FactorFor(fine.Spacing.X, targetSpacingMm), FactorFor(fine.Spacing.Y, targetSpacingMm), FactorFor(fine.Spacing.Z, targetSpacingMm));
        var size = new Size3(
            (fine.Size.X + Factor.X - 1) / Factor.X,
            (fine.Size.Y + Factor.Y - 1) / Factor.Y,
            (fine.Size.Z + Factor.Z - 1) / Factor.Z);
        var spacing = new Vector3D(fine.Spacing.X * Factor.X, fine.Spacing.Y * Factor.Y, fine.Spacing.Z * Factor.Z);
        var origin = fine.IndexToWorld(new Vector3D((Factor.X - 1) / 2.0, (Factor.Y - 1) / 2.0, (Factor.Z - 1) / 2.0));
        Coarse = new ImageGeometry(size, spacing, origin, fine.Direction);
    }

    public ImageGeometry Fine { get; }

    public ImageGeometry Coarse { get; }

    public Index3 Factor { get; }

    public bool IsIdentity => Factor == new Index3(1, 1, 1);

    /// <summary>Block means of <paramref name="image"/> (on <see cref="Fine"/>) as a float volume on <see cref="Coarse"/>.</summary>
    public Volume<float> Downsample<T>(Volume<T> image, ParallelOptions? parallel)
        where T : unmanaged, INumber<T>
    {
        Fine.EnsureSameGrid(image.Geometry, "The image");
        var result = new Volume<float>(Coarse);
        var source = image.Voxels;
        var target = result.Voxels;
        var fine = Fine.Size;
        var coarse = Coarse.Size;
        var f = Factor;
        var blockOfX = new int[fine.X];
        for (int x = 0; x < fine.X; x++)
        {
            blockOfX[x] = x / f.X;
        }

        Slabs.For(coarse.Z, parallel, bz =>
        {
            var sums = new double[coarse.X * coarse.Y];
            var counts = new int[coarse.X * coarse.Y];
            for (int z = bz * f.Z; z < Math.Min(fine.Z, (bz + 1) * f.Z); z++)
            {
                for (int y = 0; y < fine.Y; y++)
                {
                    var row = source.AsSpan((z * fine.Y + y) * fine.X, fine.X);
                    var blockSums = sums.AsSpan(y / f.Y * coarse.X, coarse.X);
                    var blockCounts = counts.AsSpan(y / f.Y * coarse.X, coarse.X);
                    for (int x = 0; x < row.Length; x++)
                    {
                        int b = blockOfX[x];
                        blockSums[b] += double.CreateTruncating(row[x]);
                        blockCounts[b]++;
                    }
                }
            }

            int offset = bz * coarse.X * coarse.Y;
            for (int i = 0; i < sums.Length; i++)
            {
                target[offset + i] = (float)(sums[i] / counts[i]);
            }
        });
        return result;
    }

    /// <summary>
    /// Brings two coarse membership maps (right, left; values in [0, 1]) covering the coarse index box
    /// <paramref name="box"/> to the fine grid: a fine voxel is lung when the interpolated sum is ≥ 0.5,
    /// labelled <paramref name="first"/> unless the second map is larger. Outside the box (and its one-voxel
    /// rim) the maps are taken as 0, so only the fine voxels under the box are computed.
    /// </summary>
    public Volume<byte> UpsampleLabels(Volume<float> firstMap, Volume<float> secondMap, IndexBox box, byte first, byte second, ParallelOptions? parallel)
    {
        var result = new Volume<byte>(Fine);
        var mapSize = firstMap.Size;
        var xs = AxisWeights(Fine.Size.X, Factor.X, box.Min.X, mapSize.X, out int x0, out int x1);
        var ys = AxisWeights(Fine.Size.Y, Factor.Y, box.Min.Y, mapSize.Y, out int y0, out int y1);
        var zs = AxisWeights(Fine.Size.Z, Factor.Z, box.Min.Z, mapSize.Z, out int z0, out int z1);
        var a = firstMap.Voxels;
        var b = secondMap.Voxels;
        var output = result.Voxels;
        int cx = mapSize.X;
        int cxy = cx * mapSize.Y;
        Slabs.For(z1 - z0 + 1, parallel, k =>
        {
            int z = z0 + k;
            var (za, zb, wz) = zs[z];
            for (int y = y0; y <= y1; y++)
            {
                var (ya, yb, wy) = ys[y];
                int row = (z * Fine.Size.Y + y) * Fine.Size.X;
                for (int x = x0; x <= x1; x++)
                {
                    var (xa, xb, wx) = xs[x];
                    double pa = Trilinear(a, xa, xb, wx, ya * cx, yb * cx, wy, za * cxy, zb * cxy, wz);
                    double pb = Trilinear(b, xa, xb, wx, ya * cx, yb * cx, wy, za * cxy, zb * cxy, wz);
                    output[row + x] = pa + pb < 0.5 ? LungsBackground : pb > pa ? second : first;
                }
            }
        });
        return result;
    }

    private const byte LungsBackground = 0;

    private static double Trilinear(float[] v, int x0, int x1, double wx, int y0, int y1, double wy, int z0, int z1, double wz)
    {
        double c00 = v[z0 + y0 + x0] + wx * (v[z0 + y0 + x1] - v[z0 + y0 + x0]);
        double c01 = v[z0 + y1 + x0] + wx * (v[z0 + y1 + x1] - v[z0 + y1 + x0]);
        double c10 = v[z1 + y0 + x0] + wx * (v[z1 + y0 + x1] - v[z1 + y0 + x0]);
        double c11 = v[z1 + y1 + x0] + wx * (v[z1 + y1 + x1] - v[z1 + y1 + x0]);
        double c0 = c00 + wy * (c01 - c00);
        double c1 = c10 + wy * (c11 - c10);
        return c0 + wz * (c1 - c0);
    }

    /// <summary>
    /// Per fine index: the two map indices (relative to the box start) and the weight; the fine range whose
    /// coarse position lies inside the box is returned in [<paramref name="from"/>, <paramref name="to"/>].
    /// </summary>
    private static (int Low, int High, double Weight)[] AxisWeights(int fineCount, int factor, int boxStart, int boxCount, out int from, out int to)
    {
        var weights = new (int, int, double)[fineCount];
        from = fineCount;
        to = -1;
        for (int i = 0; i < fineCount; i++)
        {
            double c = (i - (factor - 1) / 2.0) / factor - boxStart;
            if (c < -0.5 || c > boxCount - 0.5)
            {
                continue;
            }

            from = Math.Min(from, i);
            to = Math.Max(to, i);
            c = Math.Clamp(c, 0, boxCount - 1);
            int low = Math.Min((int)Math.Floor(c), boxCount - 1);
            int high = Math.Min(low + 1, boxCount - 1);
            weights[i] = (low, high, c - low);
        }

        return weights;
    }

    private static int FactorFor(double spacing, double target) => Math.Max(1, (int)Math.Floor(target / spacing + 1e-9));
}
