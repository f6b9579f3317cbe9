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
        if (Orient(points[i0], points[i1], points[i2], points[i3]) > 0) (i1, i2) = (i2, i1);
        var faces = new List<Face>
        {
            new(i0, i1, i2), new(i0, i3, i1), new(i1, i3, i2), new(i2, i3, i0),
        };

        // Conflict lists: every point outside the hull so far waits on one face it can see; points that see no
        // face are inside and drop out, so interior points are tested against few faces (Clarkson–Shor style).
        for (int k = 0; k < points.Count; k++)
        {
            if (k == i0 || k == i1 || k == i2 || k == i3) continue;
            foreach (var face in faces)
            {
                if (Orient(points[face.A], points[face.B], points[face.C], points[k]) > 0)
                {
                    face.Conflicts.Add(k);
                    break;
                }
            }
        }

        var edges = new HashSet<(int, int)>();
        var created = new List<Face>();
        var orphans = new List<int>();
        for (int fi = 0; fi < faces.Count; fi++)
        {
            var current = faces[fi];
            if (!current.Alive || current.Conflicts.Count == 0) continue;

            // The farthest conflict point of this face is certainly a hull vertex.
            int apex = current.Conflicts[0];
            long farthest = long.MinValue;
            foreach (int q in current.Conflicts)
            {
                long o = Orient(points[current.A], points[current.B], points[current.C], points[q]);
                if (o > farthest) { farthest = o; apex = q; }
            }

            var p = points[apex];
            edges.Clear();
            orphans.Clear();
            var visible = new List<Face>();
            foreach (var face in faces)
            {
                if (!face.Alive || Orient(points[face.A], points[face.B], points[face.C], p) <= 0) continue;
                visible.Add(face);
                edges.Add((face.A, face.B)); edges.Add((face.B, face.C)); edges.Add((face.C, face.A));
            }

            created.Clear();
            foreach (var face in visible)
            {
                face.Alive = false;
                foreach (int q in face.Conflicts)
                {
                    if (q != apex) orphans.Add(q);
                }

                face.Conflicts.Clear();
                foreach (var (s, t) in new[] { (face.A, face.B), (face.B, face.C), (face.C, face.A) })
                {
                    if (!edges.Contains((t, s))) created.Add(new Face(s, t, apex));
                }
            }

            foreach (int q in orphans)
            {
                foreach (var face in created)
                {
                    if (Orient(points[face.A], points[face.B], points[face.C], points[q]) > 0)
                    {
                        face.Conflicts.Add(q);
                        break;
                    }
                }
            }

            faces.AddRange(created);
        }

        return new ConvexHull(points, [.. faces.Where(f => f.Alive).Select(f => (f.A, f.B, f.C))]);
    }

    private sealed class Face(int a, int b, int c)
    {
        public int A { get; } = a;

        public int B { get; } = b;

        public int C { get; } = c;

        public bool Alive { get; set; } = true;

        public List<int> Conflicts { get; } = [];
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
