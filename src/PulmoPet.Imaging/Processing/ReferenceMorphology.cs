namespace PulmoPet.Imaging.Processing;

/// <summary>
/// Direct binary dilation and erosion by a ball structuring element, O(N·|ball|): the textbook
/// definition, kept as the reference that <see cref="BinaryMorphology"/> is tested and benchmarked
/// against. Outside the image is background, as in <see cref="BinaryMorphology"/>.
/// </summary>
public static class ReferenceMorphology
{
    /// <summary>A voxel is set when any ball offset from it lands on foreground.</summary>
    public static Volume<byte> Dilate(Volume<byte> mask, double radiusMm) => Apply(mask, radiusMm, dilate: true);

    /// <summary>A voxel is kept when every ball offset from it lands on foreground inside the image.</summary>
    public static Volume<byte> Erode(Volume<byte> mask, double radiusMm) => Apply(mask, radiusMm, dilate: false);

    private static Volume<byte> Apply(Volume<byte> mask, double radiusMm, bool dilate)
    {
        ArgumentNullException.ThrowIfNull(mask);
        var ball = new BallStructuringElement(radiusMm, mask.Geometry.Spacing);
        var offsets = ball.Offsets;
        var size = mask.Size;
        var source = mask.Voxels;
        var result = mask.CreateLike<byte>();
        for (int z = 0; z < size.Z; z++)
        {
            for (int y = 0; y < size.Y; y++)
            {
                for (int x = 0; x < size.X; x++)
                {
                    // Dilation: any foreground under the ball. Erosion: no background (or outside) under it.
                    bool found = false;
                    for (int k = 0; k < offsets.Count && !found; k++)
                    {
                        var o = offsets[k];
                        int xn = x + o.X;
                        int yn = y + o.Y;
                        int zn = z + o.Z;
                        bool foreground = size.Contains(xn, yn, zn) && source[(zn * size.Y + yn) * size.X + xn] != 0;
                        found = dilate ? foreground : !foreground;
                    }

                    result[x, y, z] = found == dilate ? (byte)1 : (byte)0;
                }
            }
        }

        return result;
    }
}
