using System.Buffers;
using PulmoPet.Imaging;
using PulmoPet.Phantom.Anatomy;
using PulmoPet.Phantom.Shapes;

namespace PulmoPet.Phantom.Rendering;

/// <summary>What a paint operation does to the lung region (<see cref="TissueMap.Side"/>).</summary>
public enum LungRegionEffect
{
    /// <summary>Covered voxels leave the lung region (mediastinal organs, bones).</summary>
    Clear,
    /// <summary>The lung region is left as it is (intrapulmonary vessels and airways).</summary>
    Keep,
    /// <summary>Covered voxels join the lung region of the given side (the lungs themselves).</summary>
    Set,
}

/// <summary>
/// Paints solids into a <see cref="TissueMap"/> in order, later solids over earlier ones. Each voxel is
/// covered by a fraction α = clamp(½ − d/h, 0, 1) (d the signed distance of the voxel centre, h the
/// voxel size): a linear partial-volume ramp one voxel wide. Loops only over the solid's bounds.
/// </summary>
public sealed class TissuePainter
{
    /// <summary>
    /// Fraction of a signed distance trusted as a true distance when skipping along a row: the distance
    /// functions are first-order approximations that may overestimate away from the surface.
    /// </summary>
    public const double LipschitzSafety = 0.6;

    private readonly TissueMap _map;
    private readonly double _rampWidth;

    public TissuePainter(TissueMap map)
    {
        _map = map;
        Vector3D s = map.Grid.Spacing;
        _rampWidth = Math.Min(s.X, Math.Min(s.Y, s.Z));
    }

    public TissueMap Map => _map;

    /// <summary>
    /// Paints <paramref name="shape"/> with <paramref name="tissue"/>, labelling voxels whose centre it covers
    /// with <paramref name="label"/>, but only voxels whose current label is in <paramref name="over"/>; with
    /// <paramref name="blendEdges"/>, voxels outside that set still receive the partial-volume blend where
    /// the shape covers less than half of them (their label stays), so e.g. the pleura is not sharpened.
    /// </summary>
    public void Paint(
        IShape shape,
        Tissue tissue,
        OrganLabel label,
        OrganSet? over = null,
        LungRegionEffect lungEffect = LungRegionEffect.Clear,
        LungSide side = LungSide.None,
        bool blendEdges = false)
    {
        OrganSet allowed = over ?? OrganSet.All;
        if (!TryIndexBox(shape.Bounds, out Index3 lo, out Index3 hi))
        {
            return;
        }

        if (shape is PrismShape prism)
        {
            PaintPrism(prism, lo, hi, tissue, label, allowed, lungEffect, side, blendEdges);
            return;
        }

        if (shape is ICompositeShape composite && composite.Parts.Count > 1)
        {
            PaintComposite(composite, lo, hi, tissue, label, allowed, lungEffect, side, blendEdges);
            return;
        }

        ImageGeometry g = _map.Grid;
        double step = g.Spacing.X;
        double saturation = 0.5 * _rampWidth;
        for (int z = lo.Z; z <= hi.Z; z++)
        {
            for (int y = lo.Y; y <= hi.Y; y++)
            {
                int row = g.LinearIndex(0, y, z);
                int x = lo.X;
                while (x <= hi.X)
                {
                    double d = shape.SignedDistance(_map.Position(x, y, z));
                    double magnitude = Math.Abs(d);

                    // The distance bounds how far the voxel stays fully inside or outside: skip ahead along the row.
                    int run = magnitude > saturation
                        ? Math.Min(hi.X - x + 1, 1 + (int)((magnitude - saturation) * LipschitzSafety / step))
                        : 1;
                    if (d >= saturation)
                    {
                        x += run;
                        continue;
                    }

                    double alpha = d <= -saturation ? 1.0 : 0.5 - d / _rampWidth;
                    if (alpha >= 1 && run > 1 && allowed.Bits == OrganSet.All.Bits)
                    {
                        FillRun(row + x, run, tissue, label, lungEffect, side);
                        x += run;
                        continue;
                    }

                    for (int end = x + run; x < end; x++)
                    {
                        int index = row + x;
                        bool inSet = allowed.Contains(_map.Organ[index]);
                        if (inSet || (blendEdges && alpha < 0.5))
                        {
                            Apply(index, alpha, tissue, label, lungEffect, side);
                        }
                    }
                }
            }
        }
    }

    /// <summary>Evaluates the prism's cross-section once, then paints every slice it spans (the caps are hard, on voxel centres).</summary>
    private void PaintPrism(
        PrismShape prism, Index3 lo, Index3 hi, Tissue tissue, OrganLabel label, OrganSet allowed, LungRegionEffect lungEffect, LungSide side, bool blendEdges)
    {
        ImageGeometry g = _map.Grid;
        int nx = hi.X - lo.X + 1;
        int ny = hi.Y - lo.Y + 1;
        var alpha = new float[nx * ny];
        for (int y = lo.Y; y <= hi.Y; y++)
        {
            double wy = g.Origin.Y + y * g.Spacing.Y;
            for (int x = lo.X; x <= hi.X; x++)
            {
                double d = prism.CrossSectionDistance(g.Origin.X + x * g.Spacing.X, wy);
                alpha[(y - lo.Y) * nx + (x - lo.X)] = (float)Math.Clamp(0.5 - d / _rampWidth, 0, 1);
            }
        }

        bool fillRuns = allowed.Bits == OrganSet.All.Bits;
        for (int z = lo.Z; z <= hi.Z; z++)
        {
            double wz = g.Origin.Z + z * g.Spacing.Z;
            if (wz < prism.Bounds.Min.Z || wz > prism.Bounds.Max.Z)
            {
                continue;
            }

            for (int y = lo.Y; y <= hi.Y; y++)
            {
                int row = g.LinearIndex(0, y, z);
                int alphaRow = (y - lo.Y) * nx - lo.X;
                int x = lo.X;
                while (x <= hi.X)
                {
                    float a = alpha[alphaRow + x];
                    if (a >= 1 && fillRuns)
                    {
                        int end = x;
                        while (end <= hi.X && alpha[alphaRow + end] >= 1)
                        {
                            end++;
                        }

                        FillRun(row + x, end - x, tissue, label, lungEffect, side);
                        x = end;
                        continue;
                    }

                    if (a > 0)
                    {
                        int index = row + x;
                        if (allowed.Contains(_map.Organ[index]) || (blendEdges && a < 0.5))
                        {
                            Apply(index, a, tissue, label, lungEffect, side);
                        }
                    }

                    x++;
                }
            }
        }
    }

    private void PaintComposite(
        ICompositeShape composite, Index3 lo, Index3 hi, Tissue tissue, OrganLabel label, OrganSet allowed, LungRegionEffect lungEffect, LungSide side, bool blendEdges)
    {
        int nx = hi.X - lo.X + 1;
        int ny = hi.Y - lo.Y + 1;
        int nz = hi.Z - lo.Z + 1;
        int count = nx * ny * nz;
        float[] scratch = ArrayPool<float>.Shared.Rent(count);
        try
        {
            Span<float> distance = scratch.AsSpan(0, count);
            distance.Fill(float.PositiveInfinity);
            foreach (IShape part in composite.Parts)
            {
                if (!TryIndexBox(part.Bounds, out Index3 plo, out Index3 phi))
                {
                    continue;
                }

                for (int z = Math.Max(plo.Z, lo.Z); z <= Math.Min(phi.Z, hi.Z); z++)
                {
                    for (int y = Math.Max(plo.Y, lo.Y); y <= Math.Min(phi.Y, hi.Y); y++)
                    {
                        int row = ((z - lo.Z) * ny + (y - lo.Y)) * nx - lo.X;
                        for (int x = Math.Max(plo.X, lo.X); x <= Math.Min(phi.X, hi.X); x++)
                        {
                            float d = (float)part.SignedDistance(_map.Position(x, y, z));
                            if (d < distance[row + x])
                            {
                                distance[row + x] = d;
                            }
                        }
                    }
                }
            }

            ImageGeometry g = _map.Grid;
            for (int z = lo.Z; z <= hi.Z; z++)
            {
                for (int y = lo.Y; y <= hi.Y; y++)
                {
                    int row = g.LinearIndex(0, y, z);
                    int scratchRow = ((z - lo.Z) * ny + (y - lo.Y)) * nx - lo.X;
                    for (int x = lo.X; x <= hi.X; x++)
                    {
                        double alpha = 0.5 - distance[scratchRow + x] / _rampWidth;
                        int index = row + x;
                        if (alpha > 0 && (allowed.Contains(_map.Organ[index]) || (blendEdges && alpha < 0.5)))
                        {
                            Apply(index, Math.Min(alpha, 1.0), tissue, label, lungEffect, side);
                        }
                    }
                }
            }
        }
        finally
        {
            ArrayPool<float>.Shared.Return(scratch);
        }
    }

    /// <summary>Composites α of <paramref name="tissue"/> over the voxel's two-material mixture, keeping the two largest parts.</summary>
    private void Apply(int index, double alpha, Tissue tissue, OrganLabel label, LungRegionEffect lungEffect, LungSide side)
    {
        byte t = (byte)tissue;
        if (alpha >= 1)
        {
            _map.Primary[index] = t;
            _map.Secondary[index] = t;
            _map.SecondaryFraction[index] = 0;
            SetLabels(index, label, lungEffect, side);
            return;
        }

        byte p = _map.Primary[index];
        byte s = _map.Secondary[index];
        double f = _map.SecondaryFraction[index] * TissueMap.FractionScale;
        double wp = (1 - alpha) * (1 - f);
        double ws = (1 - alpha) * f;
        double wt = alpha;
        if (t == p)
        {
            wp += wt;
            wt = 0;
        }
        else if (t == s)
        {
            ws += wt;
            wt = 0;
        }

        // Keep the two heaviest of (p, s, t).
        byte first = p, second = s;
        double w1 = wp, w2 = ws;
        if (w2 > w1)
        {
            (first, second, w1, w2) = (second, first, w2, w1);
        }

        if (wt > w1)
        {
            (second, w2) = (first, w1);
            (first, w1) = (t, wt);
        }
        else if (wt > w2)
        {
            (second, w2) = (t, wt);
        }

        double fraction = w1 + w2 > 0 ? w2 / (w1 + w2) : 0;
        int stored = (int)Math.Round(fraction * 255);
        _map.Primary[index] = first;
        _map.Secondary[index] = stored == 0 ? first : second;
        _map.SecondaryFraction[index] = (byte)stored;

        if (alpha >= 0.5)
        {
            SetLabels(index, label, lungEffect, side);
        }
    }

    /// <summary>Covers <paramref name="count"/> consecutive voxels completely (the inside of large solids).</summary>
    private void FillRun(int start, int count, Tissue tissue, OrganLabel label, LungRegionEffect lungEffect, LungSide side)
    {
        _map.Primary.AsSpan(start, count).Fill((byte)tissue);
        _map.Secondary.AsSpan(start, count).Fill((byte)tissue);
        _map.SecondaryFraction.AsSpan(start, count).Clear();
        _map.Organ.AsSpan(start, count).Fill((byte)label);
        switch (lungEffect)
        {
            case LungRegionEffect.Clear:
                _map.Side.AsSpan(start, count).Clear();
                break;
            case LungRegionEffect.Set:
                _map.Side.AsSpan(start, count).Fill((byte)side);
                break;
        }
    }

    private void SetLabels(int index, OrganLabel label, LungRegionEffect lungEffect, LungSide side)
    {
        _map.Organ[index] = (byte)label;
        switch (lungEffect)
        {
            case LungRegionEffect.Clear:
                _map.Side[index] = 0;
                break;
            case LungRegionEffect.Set:
                _map.Side[index] = (byte)side;
                break;
        }
    }

    /// <summary>The voxel index box whose centres lie within the bounds grown by one ramp width, clipped to the grid.</summary>
    private bool TryIndexBox(Bounds bounds, out Index3 lo, out Index3 hi)
    {
        ImageGeometry g = _map.Grid;
        double m = _rampWidth;
        int x0 = Math.Max(0, (int)Math.Floor((bounds.Min.X - m - g.Origin.X) / g.Spacing.X));
        int y0 = Math.Max(0, (int)Math.Floor((bounds.Min.Y - m - g.Origin.Y) / g.Spacing.Y));
        int z0 = Math.Max(0, (int)Math.Floor((bounds.Min.Z - m - g.Origin.Z) / g.Spacing.Z));
        int x1 = Math.Min(g.Size.X - 1, (int)Math.Ceiling((bounds.Max.X + m - g.Origin.X) / g.Spacing.X));
        int y1 = Math.Min(g.Size.Y - 1, (int)Math.Ceiling((bounds.Max.Y + m - g.Origin.Y) / g.Spacing.Y));
        int z1 = Math.Min(g.Size.Z - 1, (int)Math.Ceiling((bounds.Max.Z + m - g.Origin.Z) / g.Spacing.Z));
        lo = new Index3(x0, y0, z0);
        hi = new Index3(x1, y1, z1);
        return x0 <= x1 && y0 <= y1 && z0 <= z1;
    }
}
