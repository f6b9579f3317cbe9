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
        var all = input.ToList();
        if (all.Count == 0) return null;
        var lines = new AxisLines(all);
        var candidates = all.Where(lines.IsExtreme).ToList();

        // A hull vertex is also a vertex of the 2D hull of the points in each axis-normal plane through it.
        for (int axis = 0; axis < 3; axis++) candidates = PlanarHullVertices(candidates, axis);
        candidates.Sort(Compare);
        var points = new List<(long X, long Y, long Z)>(candidates.Count);
        foreach (var p in candidates)
        {
            if (points.Count == 0 || Compare(points[^1], p) != 0) points.Add(p);
        }

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

        // Faces still on the hull, in creation order (the visibility scan skips the dead ones without visiting them).
        var alive = new List<Face>(faces);
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
            foreach (var face in alive)
            {
                if (Orient(points[face.A], points[face.B], points[face.C], p) <= 0) continue;
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
            alive.RemoveAll(f => !f.Alive);
            alive.AddRange(created);
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

    /// <summary>
    /// The points that are vertices of the 2D convex hull (Andrew's monotone chain, collinear points dropped) of the
    /// points sharing their coordinate along <paramref name="axis"/>. The others lie inside the hull of these, so the 3D
    /// hull is unchanged.
    /// </summary>
    private static List<(long X, long Y, long Z)> PlanarHullVertices(List<(long X, long Y, long Z)> points, int axis)
    {
        // (plane, u, v) per point, sorted so that each plane is contiguous and ordered by (u, v).
        var keyed = points.Select(p => axis switch
        {
            0 => (Plane: p.X, U: p.Y, V: p.Z),
            1 => (Plane: p.Y, U: p.X, V: p.Z),
            _ => (Plane: p.Z, U: p.X, V: p.Y),
        }).ToArray();
        Array.Sort(keyed);
        var kept = new List<(long X, long Y, long Z)>(points.Count);
        var chain = new List<(long U, long V)>();
        for (int start = 0; start < keyed.Length;)
        {
            int end = start;
            while (end < keyed.Length && keyed[end].Plane == keyed[start].Plane) end++;
            chain.Clear();
            var plane = keyed.AsSpan(start, end - start);
            if (plane.Length <= 2)
            {
                foreach (var k in plane) chain.Add((k.U, k.V));
            }
            else
            {
                // Lower hull left to right, then upper hull right to left.
                for (int pass = 0; pass < 2; pass++)
                {
                    int floor = chain.Count;
                    for (int i = 0; i < plane.Length; i++)
                    {
                        var k = plane[pass == 0 ? i : plane.Length - 1 - i];
                        while (chain.Count >= floor + 2 && Turn(chain[^2], chain[^1], (k.U, k.V)) <= 0) chain.RemoveAt(chain.Count - 1);
                        chain.Add((k.U, k.V));
                    }

                    chain.RemoveAt(chain.Count - 1);
                }
            }

            long c = keyed[start].Plane;
            foreach (var (u, v) in chain)
            {
                kept.Add(axis switch { 0 => (c, u, v), 1 => (u, c, v), _ => (u, v, c) });
            }

            start = end;
        }

        return kept;
    }

    private static long Turn((long U, long V) o, (long U, long V) a, (long U, long V) b) =>
        (a.U - o.U) * (b.V - o.V) - (a.V - o.V) * (b.U - o.U);

    /// <summary>The lowest and highest point of every axis-parallel line through the points, in flat tables.</summary>
    private sealed class AxisLines
    {
        private readonly long _x0, _y0, _z0;
        private readonly int _nx, _ny;
        private readonly long[] _xMin, _xMax, _yMin, _yMax, _zMin, _zMax;

        public AxisLines(List<(long X, long Y, long Z)> points)
        {
            long x0 = long.MaxValue, y0 = long.MaxValue, z0 = long.MaxValue, x1 = long.MinValue, y1 = long.MinValue, z1 = long.MinValue;
            foreach (var p in points)
            {
                x0 = Math.Min(x0, p.X); x1 = Math.Max(x1, p.X);
                y0 = Math.Min(y0, p.Y); y1 = Math.Max(y1, p.Y);
                z0 = Math.Min(z0, p.Z); z1 = Math.Max(z1, p.Z);
            }

            (_x0, _y0, _z0) = (x0, y0, z0);
            _nx = (int)(x1 - x0 + 1);
            _ny = (int)(y1 - y0 + 1);
            int nz = (int)(z1 - z0 + 1);
            _xMin = Filled(_ny * nz, long.MaxValue); _xMax = Filled(_ny * nz, long.MinValue);
            _yMin = Filled(_nx * nz, long.MaxValue); _yMax = Filled(_nx * nz, long.MinValue);
            _zMin = Filled(_nx * _ny, long.MaxValue); _zMax = Filled(_nx * _ny, long.MinValue);
            foreach (var p in points)
            {
                var (x, y, z, xl, yl, zl) = Lines(p);
                _xMin[xl] = Math.Min(_xMin[xl], x); _xMax[xl] = Math.Max(_xMax[xl], x);
                _yMin[yl] = Math.Min(_yMin[yl], y); _yMax[yl] = Math.Max(_yMax[yl], y);
                _zMin[zl] = Math.Min(_zMin[zl], z); _zMax[zl] = Math.Max(_zMax[zl], z);
            }
        }

        /// <summary>
        /// Whether the point is the lowest or highest of its x, y and z lines alike: a hull vertex must be (otherwise
        /// it lies between two points of a line).
        /// </summary>
        public bool IsExtreme((long X, long Y, long Z) p)
        {
            var (x, y, z, xl, yl, zl) = Lines(p);
            return (x == _xMin[xl] || x == _xMax[xl]) && (y == _yMin[yl] || y == _yMax[yl]) && (z == _zMin[zl] || z == _zMax[zl]);
        }

        private (long X, long Y, long Z, int XLine, int YLine, int ZLine) Lines((long X, long Y, long Z) p)
        {
            long x = p.X - _x0, y = p.Y - _y0, z = p.Z - _z0;
            return (x, y, z, (int)(z * _ny + y), (int)(z * _nx + x), (int)(y * _nx + x));
        }

        private static long[] Filled(int length, long value)
        {
            var a = new long[length];
            Array.Fill(a, value);
            return a;
        }
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
