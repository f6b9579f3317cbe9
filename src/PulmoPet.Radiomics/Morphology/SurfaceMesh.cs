using PulmoPet.Imaging;

namespace PulmoPet.Radiomics.Morphology;

/// <summary>
/// The closed triangle mesh of a binary mask at iso-level 0.5 (marching cubes, IBSI 3.1.5 / PyRadiomics
/// shape). Each vertex is the midpoint of a cube edge whose two corners differ, so vertex positions are
/// exact in half-voxel units.
/// <para>
/// The case table is generated, not transcribed: on every cube face the iso-line segments join each
/// out→in edge crossing to the next in→out crossing (walking the face counter-clockwise seen from outside).
/// On ambiguous faces this keeps diagonal foreground corners apart, and because the choice depends only on
/// the face, neighbouring cubes agree and the mesh is watertight with outward-oriented polygons. Polygons of
/// more than three vertices are non-planar in general, so their triangulation changes the area (by up to ~1 %
/// on anisotropic CT/MR masks); see <see cref="PolygonTriangulation"/>.
/// </para>
/// </summary>
public sealed class SurfaceMesh
{
    // Corner c of a cube sits at (c & 1, (c >> 1) & 1, (c >> 2) & 1).
    private static readonly int[][] Faces =
    [
        [0, 4, 6, 2], [1, 3, 7, 5], [0, 1, 5, 4], [2, 6, 7, 3], [0, 2, 3, 1], [4, 5, 7, 6],
    ];

    private static readonly (int A, int B)[] Edges = BuildEdges();

    /// <summary>Oriented iso-polygons per cube configuration (bit c set = corner c inside), as loops of edge ids.</summary>
    private static readonly int[][][] LoopTable = BuildLoopTable();

    private readonly long[] _vertexKeys;
    private readonly Vector3D _spacing;

    private SurfaceMesh(double volume, double area, long[] vertexKeys, Vector3D spacing)
    {
        VolumeMm3 = volume;
        AreaMm2 = area;
        _vertexKeys = vertexKeys;
        _spacing = spacing;
    }

    /// <summary>Enclosed volume (divergence theorem over the oriented triangles), mm³.</summary>
    public double VolumeMm3 { get; }

    /// <summary>Surface area, mm².</summary>
    public double AreaMm2 { get; }

    /// <summary>Number of distinct vertices.</summary>
    public int VertexCount => _vertexKeys.Length;

    /// <summary>Distinct vertices in doubled voxel-index units of the padded box (exact integers).</summary>
    internal IEnumerable<(long X, long Y, long Z)> DoubledVertices() => _vertexKeys.Select(Unpack);

    /// <summary>A doubled-unit vertex in mm (relative to the padded box corner; only differences are meaningful).</summary>
    internal Vector3D ToMm((long X, long Y, long Z) v) => new(v.X * 0.5 * _spacing.X, v.Y * 0.5 * _spacing.Y, v.Z * 0.5 * _spacing.Z);

    /// <summary>Meshes the voxels where <paramref name="mask"/> ≠ 0 (box layout nx·ny·nz, x fastest), with voxel spacing in mm.</summary>
    public static SurfaceMesh Create(byte[] mask, Size3 box, Vector3D spacing, PolygonTriangulation triangulation = PolygonTriangulation.LargestArea)
    {
        // Pad by one empty voxel on every side so the surface closes.
        int px = box.X + 2, py = box.Y + 2, pz = box.Z + 2;
        var padded = new byte[px * py * pz];
        for (int z = 0; z < box.Z; z++)
        {
            for (int y = 0; y < box.Y; y++)
            {
                for (int x = 0; x < box.X; x++)
                {
                    padded[((z + 1) * py + y + 1) * px + x + 1] = mask[(z * box.Y + y) * box.X + x] != 0 ? (byte)1 : (byte)0;
                }
            }
        }

        var table = triangulation == PolygonTriangulation.LargestArea ? TriangleTable(spacing) : null;
        double volume = 0, area = 0;
        Span<long> edgeKeys = stackalloc long[12];
        int dy = px, dz = px * py;
        for (int z = 0; z < pz - 1; z++)
        {
            for (int y = 0; y < py - 1; y++)
            {
                // The cube's corners x and x + 1 as two columns of 4 bits (corners 0, 2, 4, 6 and 1, 3, 5, 7), slid along x.
                int row = (z * py + y) * px;
                int left = Column(padded, row, dy, dz);
                for (int x = 0; x < px - 1; x++)
                {
                    int right = Column(padded, row + x + 1, dy, dz);
                    int config = left | (right << 1);
                    left = right;
                    if (config == 0 || config == 0xFF) continue;
                    for (int e = 0; e < 12; e++)
                    {
                        var (a, b) = Edges[e];
                        edgeKeys[e] = Pack(
                            2L * x + (a & 1) + (b & 1), 2L * y + ((a >> 1) & 1) + ((b >> 1) & 1), 2L * z + ((a >> 2) & 1) + ((b >> 2) & 1));
                    }

                    if (triangulation == PolygonTriangulation.LargestArea)
                    {
                        var triangles = table![config];
                        for (int t = 0; t < triangles.Length; t += 3)
                        {
                            var p0 = Position(edgeKeys[triangles[t]], spacing);
                            var p1 = Position(edgeKeys[triangles[t + 1]], spacing);
                            var p2 = Position(edgeKeys[triangles[t + 2]], spacing);
                            volume += p0.Dot(p1.Cross(p2)) / 6.0;
                            area += (p1 - p0).Cross(p2 - p0).Length / 2.0;
                        }
                    }
                    else
                    {
                        foreach (var loop in LoopTable[config])
                        {
                            // A fan around the polygon's centroid (a triangle's centroid fan has the triangle's area and volume).
                            var centre = Vector3D.Zero;
                            foreach (int e in loop) centre += Position(edgeKeys[e], spacing);
                            centre /= loop.Length;
                            for (int k = 0; k < loop.Length; k++)
                            {
                                var p1 = Position(edgeKeys[loop[k]], spacing);
                                var p2 = Position(edgeKeys[loop[(k + 1) % loop.Length]], spacing);
                                volume += centre.Dot(p1.Cross(p2)) / 6.0;
                                area += (p1 - centre).Cross(p2 - centre).Length / 2.0;
                            }
                        }
                    }
                }
            }
        }

        return new SurfaceMesh(volume, area, Vertices(padded, px, py, pz), spacing);
    }

    /// <summary>Bits 0, 2, 4, 6 = voxels (x, y, z), (x, y + 1, z), (x, y, z + 1), (x, y + 1, z + 1) of the padded mask.</summary>
    private static int Column(byte[] padded, int index, int dy, int dz) =>
        padded[index] | (padded[index + dy] << 2) | (padded[index + dz] << 4) | (padded[index + dy + dz] << 6);

    /// <summary>
    /// The distinct mesh vertices: every cube edge whose two voxels differ carries one (its midpoint), so they are the
    /// face-adjacent voxel pairs of the padded mask that differ, listed once each without sorting.
    /// </summary>
    private static long[] Vertices(byte[] padded, int px, int py, int pz)
    {
        var keys = new List<long>();
        for (int z = 0; z < pz; z++)
        {
            for (int y = 0; y < py; y++)
            {
                for (int x = 0, i = (z * py + y) * px; x < px; x++, i++)
                {
                    byte v = padded[i];
                    if (x + 1 < px && padded[i + 1] != v) keys.Add(Pack(2L * x + 1, 2L * y, 2L * z));
                    if (y + 1 < py && padded[i + px] != v) keys.Add(Pack(2L * x, 2L * y + 1, 2L * z));
                    if (z + 1 < pz && padded[i + px * py] != v) keys.Add(Pack(2L * x, 2L * y, 2L * z + 1));
                }
            }
        }

        return [.. keys];
    }

    private const int Bits = 21;
    private const long FieldMask = (1L << Bits) - 1;

    private static long Pack(long x, long y, long z) => x | (y << Bits) | (z << (2 * Bits));

    private static (long X, long Y, long Z) Unpack(long key) => (key & FieldMask, (key >> Bits) & FieldMask, (key >> (2 * Bits)) & FieldMask);

    private static Vector3D Position(long key, Vector3D spacing)
    {
        var (x, y, z) = Unpack(key);
        return new Vector3D(x * 0.5 * spacing.X, y * 0.5 * spacing.Y, z * 0.5 * spacing.Z);
    }

    private static (int, int)[] BuildEdges()
    {
        var edges = new List<(int, int)>();
        for (int a = 0; a < 8; a++)
        {
            for (int b = a + 1; b < 8; b++)
            {
                int diff = a ^ b;
                if (diff is 1 or 2 or 4) edges.Add((a, b));
            }
        }

        return [.. edges];
    }

    private static int EdgeId(int a, int b)
    {
        if (a > b) (a, b) = (b, a);
        return Array.IndexOf(Edges, (a, b));
    }

    /// <summary>
    /// Triangles per configuration (edge-id triples) for this voxel spacing: triangles as they are, larger polygons
    /// by the triangulation of largest total area (dynamic programming over the polygon's diagonals). Every cube
    /// of a configuration has the same polygon shape, so the choice is made once per configuration.
    /// </summary>
    private static int[][] TriangleTable(Vector3D spacing)
    {
        var table = new int[256][];
        for (int config = 0; config < 256; config++)
        {
            var triangles = new List<int>();
            foreach (var loop in LoopTable[config])
            {
                int m = loop.Length;
                var points = new Vector3D[m];
                for (int q = 0; q < m; q++)
                {
                    var (a, b) = Edges[loop[q]];
                    points[q] = new Vector3D(
                        ((a & 1) + (b & 1)) * 0.5 * spacing.X, (((a >> 1) & 1) + ((b >> 1) & 1)) * 0.5 * spacing.Y,
                        (((a >> 2) & 1) + ((b >> 2) & 1)) * 0.5 * spacing.Z);
                }

                // best[i, j] = largest area of a triangulation of the sub-polygon i…j; choice = its apex.
                var best = new double[m, m];
                var choice = new int[m, m];
                for (int length = 2; length < m; length++)
                {
                    for (int i = 0; i + length < m; i++)
                    {
                        int j = i + length;
                        best[i, j] = double.NegativeInfinity;
                        for (int k = i + 1; k < j; k++)
                        {
                            double value = best[i, k] + best[k, j] + (points[k] - points[i]).Cross(points[j] - points[i]).Length / 2;
                            if (value > best[i, j]) { best[i, j] = value; choice[i, j] = k; }
                        }
                    }
                }

                var pending = new Stack<(int I, int J)>();
                pending.Push((0, m - 1));
                while (pending.Count > 0)
                {
                    var (i, j) = pending.Pop();
                    if (j - i < 2) continue;
                    int k = choice[i, j];
                    triangles.AddRange([loop[i], loop[k], loop[j]]);
                    pending.Push((i, k));
                    pending.Push((k, j));
                }
            }

            table[config] = [.. triangles];
        }

        return table;
    }

    private static int[][][] BuildLoopTable()
    {
        var table = new int[256][][];
        var next = new int[12];
        for (int config = 0; config < 256; config++)
        {
            Array.Fill(next, -1);
            foreach (var face in Faces)
            {
                // Crossings in counter-clockwise order: +1 = out→in (enter), −1 = in→out (exit); each enter
                // joins the next exit, which keeps the inside corners of an ambiguous face apart.
                var crossings = new List<(int Edge, int Kind)>();
                for (int k = 0; k < 4; k++)
                {
                    int a = face[k], b = face[(k + 1) % 4];
                    bool ina = ((config >> a) & 1) != 0, inb = ((config >> b) & 1) != 0;
                    if (ina != inb) crossings.Add((EdgeId(a, b), inb ? 1 : -1));
                }

                for (int k = 0; k < crossings.Count; k++)
                {
                    if (crossings[k].Kind != 1) continue;
                    for (int m = 1; m < crossings.Count; m++)
                    {
                        var c = crossings[(k + m) % crossings.Count];
                        if (c.Kind == -1)
                        {
                            next[crossings[k].Edge] = c.Edge;
                            break;
                        }
                    }
                }
            }

            var loops = new List<int[]>();
            var used = new bool[12];
            for (int start = 0; start < 12; start++)
            {
                if (next[start] < 0 || used[start]) continue;
                var loop = new List<int>();
                for (int e = start; !used[e]; e = next[e])
                {
                    used[e] = true;
                    loop.Add(e);
                }

                loops.Add([.. loop]);
            }

            table[config] = [.. loops];
        }

        return table;
    }
}

/// <summary>
/// How mesh polygons of more than three vertices are split into triangles. Reference implementations use fixed
/// case tables (MIRP/IBSI: scikit-image's Lewiner tables; PyRadiomics: its own), which cannot be reproduced
/// without copying them; these two rules are the closest of the ones tried (first-vertex fan, centroid fan,
/// smallest and largest area) to each reference (docs/radiomics-compliance.md).
/// </summary>
public enum PolygonTriangulation
{
    /// <summary>The triangulation of largest total area: closest to the IBSI reference meshes.</summary>
    LargestArea,

    /// <summary>A fan around the polygon centroid: closest to PyRadiomics' meshes.</summary>
    Centroid,
}
