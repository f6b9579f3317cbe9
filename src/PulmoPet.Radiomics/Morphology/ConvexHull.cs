namespace PulmoPet.Radiomics.Morphology;

/// <summary>
/// 3D convex hull of integer points by incremental insertion with exact 64-bit orientation tests (mesh
/// vertices lie on a half-voxel lattice, so doubled coordinates are integers and no tolerance is needed).
/// </summary>
internal sealed class ConvexHull
{
    private ConvexHull(List<(long X, long Y, long Z)> points, List<(int A, int B, int C)> faces)
    {
        Points = points;
        Faces = faces;
    }

    public List<(long X, long Y, long Z)> Points { get; }

    /// <summary>Triangles with outward orientation (right-hand rule), as indices into <see cref="Points"/>.</summary>
    public List<(int A, int B, int C)> Faces { get; }

    /// <summary>Distinct points that are hull-face vertices.</summary>
    public IEnumerable<(long X, long Y, long Z)> Vertices()
    {
        var used = new SortedSet<int>();
        foreach (var (a, b, c) in Faces) { used.Add(a); used.Add(b); used.Add(c); }
        return used.Select(i => Points[i]);
    }

    /// <summary>The hull of <paramref name="input"/>, or null when all points are coplanar.</summary>
    public static ConvexHull? Create(IEnumerable<(long X, long Y, long Z)> input)
    {
        // A hull vertex is the lowest or highest point of every axis-parallel line through it (otherwise it lies
        // between two points of that line), so only points extreme along x, y and z lines alike are kept.
        var all = input.Distinct().ToList();
        var xLines = Extremes(all, p => (p.Y, p.Z), p => p.X);
        var yLines = Extremes(all, p => (p.X, p.Z), p => p.Y);
        var zLines = Extremes(all, p => (p.X, p.Y), p => p.Z);
        var points = all.Where(p => IsExtreme(xLines, (p.Y, p.Z), p.X) && IsExtreme(yLines, (p.X, p.Z), p.Y) && IsExtreme(zLines, (p.X, p.Y), p.Z))
            .Order(Comparer<(long X, long Y, long Z)>.Create(Compare))
            .ToList();

        if (points.Count < 4) return null;

        // Initial tetrahedron: two far-apart points, the point farthest from their line, the point farthest from their plane.
        int i0 = 0, i1 = 0;
        for (int k = 1; k < points.Count; k++)
        {
            if (Compare(points[k], points[i0]) < 0) i0 = k;
            if (Compare(points[k], points[i1]) > 0) i1 = k;
        }

        int i2 = -1;
        long best = 0;
        for (int k = 0; k < points.Count; k++)
        {
            var c = Cross(Sub(points[i1], points[i0]), Sub(points[k], points[i0]));
            long len = c.X * c.X + c.Y * c.Y + c.Z * c.Z;
            if (len > best) { best = len; i2 = k; }
        }

        if (i2 < 0) return null;
        int i3 = -1;
        best = 0;
        for (int k = 0; k < points.Count; k++)
        {
            long o = Math.Abs(Orient(points[i0], points[i1], points[i2], points[k]));
            if (o > best) { best = o; i3 = k; }
        }

        if (i3 < 0) return null;
        var faces = new List<(int A, int B, int C)>();
        if (Orient(points[i0], points[i1], points[i2], points[i3]) > 0) (i1, i2) = (i2, i1);
        faces.Add((i0, i1, i2));
        faces.Add((i0, i3, i1));
        faces.Add((i1, i3, i2));
        faces.Add((i2, i3, i0));

        var visible = new List<int>();
        var edges = new HashSet<(int, int)>();
        var kept = new List<(int A, int B, int C)>();
        for (int k = 0; k < points.Count; k++)
        {
            if (k == i0 || k == i1 || k == i2 || k == i3) continue;
            var p = points[k];
            visible.Clear();
            for (int f = 0; f < faces.Count; f++)
            {
                var (a, b, c) = faces[f];
                if (Orient(points[a], points[b], points[c], p) > 0) visible.Add(f);
            }

            if (visible.Count == 0) continue;
            edges.Clear();
            foreach (int f in visible)
            {
                var (a, b, c) = faces[f];
                edges.Add((a, b)); edges.Add((b, c)); edges.Add((c, a));
            }

            kept.Clear();
            int v = 0;
            for (int f = 0; f < faces.Count; f++)
            {
                if (v < visible.Count && visible[v] == f) { v++; continue; }
                kept.Add(faces[f]);
            }

            foreach (int f in visible)
            {
                var (a, b, c) = faces[f];
                foreach (var (s, t) in new[] { (a, b), (b, c), (c, a) })
                {
                    if (!edges.Contains((t, s))) kept.Add((s, t, k));
                }
            }

            (faces, kept) = (kept, faces);
        }

        return new ConvexHull(points, faces);
    }

    private static Dictionary<(long, long), (long Min, long Max)> Extremes(
        List<(long X, long Y, long Z)> points, Func<(long X, long Y, long Z), (long, long)> line, Func<(long X, long Y, long Z), long> along)
    {
        var extremes = new Dictionary<(long, long), (long Min, long Max)>();
        foreach (var p in points)
        {
            var key = line(p);
            long v = along(p);
            extremes[key] = extremes.TryGetValue(key, out var e) ? (Math.Min(e.Min, v), Math.Max(e.Max, v)) : (v, v);
        }

        return extremes;
    }

    private static bool IsExtreme(Dictionary<(long, long), (long Min, long Max)> extremes, (long, long) line, long value)
    {
        var e = extremes[line];
        return value == e.Min || value == e.Max;
    }

    private static int Compare((long X, long Y, long Z) a, (long X, long Y, long Z) b) =>
        a.X != b.X ? a.X.CompareTo(b.X) : a.Y != b.Y ? a.Y.CompareTo(b.Y) : a.Z.CompareTo(b.Z);

    private static (long X, long Y, long Z) Sub((long X, long Y, long Z) a, (long X, long Y, long Z) b) => (a.X - b.X, a.Y - b.Y, a.Z - b.Z);

    private static (long X, long Y, long Z) Cross((long X, long Y, long Z) a, (long X, long Y, long Z) b) =>
        (a.Y * b.Z - a.Z * b.Y, a.Z * b.X - a.X * b.Z, a.X * b.Y - a.Y * b.X);

    /// <summary>Positive when <paramref name="p"/> is on the outer side of triangle (a, b, c).</summary>
    private static long Orient((long X, long Y, long Z) a, (long X, long Y, long Z) b, (long X, long Y, long Z) c, (long X, long Y, long Z) p)
    {
        var n = Cross(Sub(b, a), Sub(c, a));
        var d = Sub(p, a);
        return n.X * d.X + n.Y * d.Y + n.Z * d.Z;
    }
}
