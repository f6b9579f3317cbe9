using PulmoPet.Imaging;
using PulmoPet.Pet.Lungs;

namespace PulmoPet.Pet.Tests;

/// <summary>Small synthetic PET scenes on a 2 mm grid (odd size, so world (0,0,0) is a voxel centre) with a lung mask covering a chosen region.</summary>
internal static class TestScenes
{
    public static ImageGeometry Grid(int n = 49, double spacing = 2.0) =>
        new(new Size3(n, n, n), new Vector3D(spacing, spacing, spacing), new Vector3D(-(n - 1) * spacing / 2, -(n - 1) * spacing / 2, -(n - 1) * spacing / 2));

    public static Volume<float> Uniform(ImageGeometry grid, float value) => new Volume<float>(grid).Fill(value);

    /// <summary>A lung mask: label <paramref name="label"/> wherever <paramref name="inside"/> holds for the voxel centre (mm).</summary>
    public static Volume<byte> Lungs(ImageGeometry grid, Func<Vector3D, bool> inside, byte label = LungLabel.Right)
    {
        var mask = new Volume<byte>(grid);
        var size = grid.Size;
        for (int z = 0; z < size.Z; z++)
        {
            for (int y = 0; y < size.Y; y++)
            {
                for (int x = 0; x < size.X; x++)
                {
                    if (inside(grid.IndexToWorld(x, y, z)))
                    {
                        mask[x, y, z] = label;
                    }
                }
            }
        }

        return mask;
    }
}
