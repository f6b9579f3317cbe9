namespace PulmoPet.Pet.Internal;

/// <summary>
/// The 8-connected components of one axial slice of a mask (nonzero = foreground), numbered 1…n in scan
/// order of their first pixel (x fastest), with pixel counts and mean pixel positions.
/// </summary>
internal sealed class SliceComponents
{
    private SliceComponents(int[] labels, int[] areas, double[] centroidX, double[] centroidY)
    {
        Labels = labels;
        Areas = areas;
        CentroidX = centroidX;
        CentroidY = centroidY;
    }

    /// <summary>Per pixel: 0 background, else the component number.</summary>
    public int[] Labels { get; }

    /// <summary>Pixel count per component; index 0 unused.</summary>
    public int[] Areas { get; }

    public double[] CentroidX { get; }

    public double[] CentroidY { get; }

    public int Count => Areas.Length - 1;

    public static SliceComponents Label(ReadOnlySpan<byte> slice, int nx, int ny)
    {
        var labels = new int[nx * ny];
        var areas = new List<int> { 0 };
        var sumX = new List<double> { 0 };
        var sumY = new List<double> { 0 };
        var stack = new Stack<int>();
        for (int start = 0; start < labels.Length; start++)
        {
            if (slice[start] == 0 || labels[start] != 0)
            {
                continue;
            }

            int label = areas.Count;
            int area = 0;
            double sx = 0, sy = 0;
            labels[start] = label;
            stack.Push(start);
            while (stack.Count > 0)
            {
                int i = stack.Pop();
                int x = i % nx;
                int y = i / nx;
                area++;
                sx += x;
                sy += y;
                for (int dy = -1; dy <= 1; dy++)
                {
                    int yn = y + dy;
                    if ((uint)yn >= (uint)ny)
                    {
                        continue;
                    }

                    for (int dx = -1; dx <= 1; dx++)
                    {
                        int xn = x + dx;
                        if ((uint)xn >= (uint)nx)
                        {
                            continue;
                        }

                        int j = yn * nx + xn;
                        if (slice[j] != 0 && labels[j] == 0)
                        {
                            labels[j] = label;
                            stack.Push(j);
                        }
                    }
                }
            }

            areas.Add(area);
            sumX.Add(sx / area);
            sumY.Add(sy / area);
        }

        return new SliceComponents(labels, [.. areas], [.. sumX], [.. sumY]);
    }
}
