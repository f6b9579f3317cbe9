using PulmoPet.Imaging.Dicom.Writing;

namespace PulmoPet.Imaging.Tests.Dicom.Writing;

public sealed class LabelContourTracerTests
{
    [Fact]
    public void A_single_pixel_is_a_clockwise_unit_square()
    {
        byte[] plane = [0, 0, 0, 0, 1, 0, 0, 0, 0];

        var loop = Assert.Single(LabelContourTracer.Trace<byte>(plane, 3, 3, 1));

        // Corners of pixel (1,1): (1,1) → (2,1) → (2,2) → (1,2), rows growing downwards.
        Assert.Equal([(1, 1), (2, 1), (2, 2), (1, 2)], loop);
    }

    [Fact]
    public void Collinear_edges_merge_and_holes_are_separate_loops()
    {
        // A 5×5 square with a 1-pixel hole in the middle, in a 7×7 plane.
        var plane = new byte[49];
        for (int y = 1; y <= 5; y++)
        {
            for (int x = 1; x <= 5; x++)
            {
                plane[y * 7 + x] = 1;
            }
        }

        plane[3 * 7 + 3] = 0;

        var loops = LabelContourTracer.Trace<byte>(plane, 7, 7, 1);

        Assert.Equal(2, loops.Count);
        Assert.Equal([(1, 1), (6, 1), (6, 6), (1, 6)], loops[0]); // outer: clockwise, four corners only
        Assert.Equal([(3, 3), (3, 4), (4, 4), (4, 3)], loops[1]); // hole: anticlockwise
        Assert.Equal(24, SignedArea(loops[0]) + SignedArea(loops[1])); // 25 − 1 pixels
    }

    [Fact]
    public void Diagonal_neighbours_get_separate_loops()
    {
        byte[] plane = [1, 0, 0, 1];

        var loops = LabelContourTracer.Trace<byte>(plane, 2, 2, 1);

        Assert.Equal(2, loops.Count);
        Assert.All(loops, l => Assert.Equal(4, l.Length));
    }

    [Fact]
    public void Random_label_maps_fill_back_exactly_by_even_odd_at_pixel_centres()
    {
        var random = new Random(5);
        for (int trial = 0; trial < 40; trial++)
        {
            int w = random.Next(1, 14), h = random.Next(1, 14);
            var plane = new byte[w * h];
            for (int i = 0; i < plane.Length; i++)
            {
                plane[i] = (byte)(random.NextDouble() < 0.45 ? random.Next(1, 3) : 0);
            }

            for (byte label = 1; label <= 2; label++)
            {
                var loops = LabelContourTracer.Trace<byte>(plane, w, h, label);
                for (int y = 0; y < h; y++)
                {
                    for (int x = 0; x < w; x++)
                    {
                        // Crossing-number test of the pixel centre (x, y) = corner coordinates (x + 0.5, y + 0.5).
                        bool inside = false;
                        foreach (var loop in loops)
                        {
                            inside ^= Inside(loop, x + 0.5, y + 0.5);
                        }

                        Assert.True(inside == (plane[y * w + x] == label), $"trial {trial}, label {label}, pixel ({x}, {y})");
                    }
                }
            }
        }
    }

    private static bool Inside((int X, int Y)[] polygon, double px, double py)
    {
        bool inside = false;
        for (int i = 0, j = polygon.Length - 1; i < polygon.Length; j = i++)
        {
            var (xi, yi) = polygon[i];
            var (xj, yj) = polygon[j];
            if ((yi > py) != (yj > py) && px < xj + (py - yj) * (xi - xj) / (double)(yi - yj))
            {
                inside = !inside;
            }
        }

        return inside;
    }

    /// <summary>Shoelace area, positive for clockwise loops in y-down coordinates.</summary>
    private static int SignedArea((int X, int Y)[] loop)
    {
        int twice = 0;
        for (int i = 0, j = loop.Length - 1; i < loop.Length; j = i++)
        {
            twice += loop[j].X * loop[i].Y - loop[i].X * loop[j].Y;
        }

        return twice / 2;
    }
}
