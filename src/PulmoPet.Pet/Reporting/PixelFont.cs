namespace PulmoPet.Pet.Reporting;

/// <summary>A 3×5 pixel font for digits, to write lesion ids on images.</summary>
internal static class PixelFont
{
    // Each digit: 5 rows of 3 bits, most significant bit on the left.
    private static readonly int[][] Digits =
    [
        [7, 5, 5, 5, 7], [2, 6, 2, 2, 7], [7, 1, 7, 4, 7], [7, 1, 7, 1, 7], [5, 5, 7, 1, 1],
        [7, 4, 7, 1, 7], [7, 4, 7, 5, 7], [7, 1, 1, 1, 1], [7, 5, 7, 5, 7], [7, 5, 7, 1, 7],
    ];

    public static void Draw(byte[] rgb, int width, int height, int left, int top, string text, (byte R, byte G, byte B) colour, int scale)
    {
        int x0 = left;
        foreach (char c in text)
        {
            if (c is < '0' or > '9')
            {
                continue;
            }

            var rows = Digits[c - '0'];
            for (int r = 0; r < 5; r++)
            {
                for (int b = 0; b < 3; b++)
                {
                    if ((rows[r] >> (2 - b) & 1) == 0)
                    {
                        continue;
                    }

                    for (int dy = 0; dy < scale; dy++)
                    {
                        for (int dx = 0; dx < scale; dx++)
                        {
                            int x = x0 + b * scale + dx, y = top + r * scale + dy;
                            if (x >= 0 && y >= 0 && x < width && y < height)
                            {
                                int o = (y * width + x) * 3;
                                rgb[o] = colour.R;
                                rgb[o + 1] = colour.G;
                                rgb[o + 2] = colour.B;
                            }
                        }
                    }
                }
            }

            x0 += 4 * scale;
        }
    }
}
