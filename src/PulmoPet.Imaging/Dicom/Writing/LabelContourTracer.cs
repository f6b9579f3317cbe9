namespace PulmoPet.Imaging.Dicom.Writing;

/// <summary>
/// Traces the outline of a label's pixels in one slice along pixel edges ("crack following"): every edge between a
/// pixel of the label and one that is not (or the image border) is a boundary edge, oriented so the label lies on
/// its right (clockwise around each pixel with rows growing downwards). Edges chain into closed loops — outer
/// boundaries clockwise, holes anticlockwise — and collinear runs merge into one segment.
/// Where two pixels touch only at a corner the trace turns right, so diagonal neighbours get separate loops.
/// Filling all loops of a slice by the even-odd rule at pixel centres gives back exactly the label's pixels,
/// because each pixel-centre row crosses the loops only at vertical edges, halfway between pixel centres.
/// </summary>
public static class LabelContourTracer
{
    /// <summary>Moves in index space: right, down, left, up (clockwise order).</summary>
    private static readonly (int X, int Y)[] Steps = [(1, 0), (0, 1), (-1, 0), (0, -1)];

    /// <summary>
    /// The loops around pixels equal to <paramref name="label"/> in a row-major <paramref name="width"/> × <paramref name="height"/>
    /// plane, as corner points in pixel-index coordinates: corner (i, j) is at index (i − 0.5, j − 0.5), between pixels.
    /// Each loop lists its corners once (closing back to the first is implied), starting at its top-left corner.
    /// </summary>
    public static IReadOnlyList<(int X, int Y)[]> Trace<T>(ReadOnlySpan<T> plane, int width, int height, T label)
        where T : unmanaged, IEquatable<T>
    {
        if (plane.Length != width * height)
        {
            throw new ArgumentException($"The plane has {plane.Length} values, not {width}×{height}.", nameof(plane));
        }

        // Outgoing boundary edges per corner, as a 4-bit mask of Steps directions; corners are (width+1)×(height+1).
        int cornersPerRow = width + 1;
        var outgoing = new byte[cornersPerRow * (height + 1)];
        bool Inside(ReadOnlySpan<T> p, int x, int y) => x >= 0 && y >= 0 && x < width && y < height && p[y * width + x].Equals(label);
        int edges = 0;
        for (int y = 0; y < height; y++)
        {
            for (int x = 0; x < width; x++)
            {
                if (!plane[y * width + x].Equals(label))
                {
                    continue;
                }

                // Clockwise around pixel (x, y), whose corners are (x, y) top-left … (x+1, y+1) bottom-right.
                if (!Inside(plane, x, y - 1))
                {
                    outgoing[y * cornersPerRow + x] |= 1 << 0; // top edge, rightwards
                    edges++;
                }

                if (!Inside(plane, x + 1, y))
                {
                    outgoing[y * cornersPerRow + x + 1] |= 1 << 1; // right edge, downwards
                    edges++;
                }

                if (!Inside(plane, x, y + 1))
                {
                    outgoing[(y + 1) * cornersPerRow + x + 1] |= 1 << 2; // bottom edge, leftwards
                    edges++;
                }

                if (!Inside(plane, x - 1, y))
                {
                    outgoing[(y + 1) * cornersPerRow + x] |= 1 << 3; // left edge, upwards
                    edges++;
                }
            }
        }

        var loops = new List<(int X, int Y)[]>();
        var points = new List<(int X, int Y)>();
        // Scanning corners in raster order starts each loop at its first corner in raster order, which is always a
        // vertex (it is entered from below or from the right and left rightwards or downwards).
        for (int start = 0; start < outgoing.Length && edges > 0; start++)
        {
            while (outgoing[start] != 0)
            {
                points.Clear();
                int first = FirstDirection(outgoing[start]);
                int cx = start % cornersPerRow, cy = start / cornersPerRow;
                int direction = first;
                points.Add((cx, cy));
                while (true)
                {
                    outgoing[cy * cornersPerRow + cx] &= (byte)~(1 << direction);
                    edges--;
                    cx += Steps[direction].X;
                    cy += Steps[direction].Y;
                    int corner = cy * cornersPerRow + cx;
                    int next = NextDirection(outgoing[corner], direction);
                    if (next < 0)
                    {
                        // Only the first corner can be left without a way on: the loop is closed. (It is never a corner
                        // where pixels touch diagonally: such a corner has an edge to an earlier corner, already consumed.)
                        if (corner == start)
                        {
                            break;
                        }

                        throw new InvalidOperationException("A boundary trace reached a corner with no way out; the edge set is not closed.");
                    }

                    if (next != direction)
                    {
                        points.Add((cx, cy)); // a turn: this corner is a vertex of the polygon
                    }

                    direction = next;
                }

                loops.Add(points.ToArray());
            }
        }

        return loops;
    }

    /// <summary>The lowest direction set in <paramref name="mask"/>.</summary>
    private static int FirstDirection(byte mask) => System.Numerics.BitOperations.TrailingZeroCount(mask);

    /// <summary>
    /// The way on after arriving in <paramref name="incoming"/>: a right turn, else straight on, else a left turn
    /// (never back: the reverse of a boundary edge has the label on its other side, so it is not a boundary edge).
    /// −1 when no edge leaves the corner.
    /// </summary>
    private static int NextDirection(byte mask, int incoming)
    {
        foreach (int d in (ReadOnlySpan<int>)[(incoming + 1) & 3, incoming, (incoming + 3) & 3])
        {
            if ((mask & (1 << d)) != 0)
            {
                return d;
            }
        }

        return -1;
    }
}
