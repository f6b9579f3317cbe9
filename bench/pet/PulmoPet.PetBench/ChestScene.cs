using PulmoPet.Imaging;

namespace PulmoPet.PetBench;

/// <summary>
/// An analytic chest for timing: an elliptic body (40 HU) in air, two ellipsoid lungs (−850 HU) with a
/// few vessels, a trachea down to a carina; the PET has background SUV 0.6 in the lungs, 1.5 in the
/// body, a heart of SUV 4 and eight lesions of SUV 5–12, smoothed by a 3-voxel box.
/// </summary>
internal static class ChestScene
{
    public static Volume<short> Ct(Size3 size, double spacingXy, double spacingZ)
    {
        var grid = new ImageGeometry(size, new Vector3D(spacingXy, spacingXy, spacingZ),
            new Vector3D(-(size.X - 1) * spacingXy / 2, -(size.Y - 1) * spacingXy / 2, -(size.Z - 1) * spacingZ / 2));
        var ct = new Volume<short>(grid);
        Parallel.For(0, size.Z, z =>
        {
            for (int y = 0; y < size.Y; y++)
            {
                for (int x = 0; x < size.X; x++)
                {
                    var p = grid.IndexToWorld(x, y, z);
                    ct[x, y, z] = (short)Hu(p);
                }
            }
        });
        return ct;
    }

    public static Volume<float> Pet(Size3 size, double spacing)
    {
        var grid = new ImageGeometry(size, new Vector3D(spacing, spacing, spacing),
            new Vector3D(-(size.X - 1) * spacing / 2, -(size.Y - 1) * spacing / 2, -(size.Z - 1) * spacing / 2));
        var pet = new Volume<float>(grid);
        Parallel.For(0, size.Z, z =>
        {
            for (int y = 0; y < size.Y; y++)
            {
                for (int x = 0; x < size.X; x++)
                {
                    pet[x, y, z] = (float)Suv(grid.IndexToWorld(x, y, z));
                }
            }
        });
        return pet;
    }

    private static readonly (Vector3D Centre, double Radius, double Suv)[] Lesions =
    [
        (new(-80, 0, 40), 12, 9), (new(80, -20, 60), 8, 6), (new(-70, 30, -60), 15, 12), (new(75, 20, -40), 6, 5),
        (new(-90, -30, 100), 10, 7), (new(90, 10, 120), 9, 8), (new(-60, 20, -120), 7, 6), (new(70, -10, -100), 11, 10),
    ];

    private static bool InLung(Vector3D p) =>
        Ellipsoid(p, new Vector3D(-80, 0, 0), new Vector3D(55, 75, 140)) || Ellipsoid(p, new Vector3D(80, 0, 0), new Vector3D(55, 75, 140));

    private static bool InBody(Vector3D p) => (p.X / 170) * (p.X / 170) + (p.Y / 120) * (p.Y / 120) <= 1;

    private static double Hu(Vector3D p)
    {
        if (!InBody(p))
        {
            return -1000;
        }

        bool trachea = Math.Abs(p.X) < 9 && Math.Abs(p.Y + 20) < 9 && p.Z > 60;
        if (trachea)
        {
            return -1000;
        }

        if (InLung(p))
        {
            bool vessel = (Math.Abs(p.Y - 10) < 3 && Math.Abs(p.Z % 40) < 3) || (Math.Abs(p.Y + 25) < 2 && Math.Abs(Math.Abs(p.X) - 70) < 2);
            foreach (var lesion in Lesions)
            {
                if ((p - lesion.Centre).Length <= lesion.Radius)
                {
                    return 30;
                }
            }

            return vessel ? 40 : -850;
        }

        return 40;
    }

    private static double Suv(Vector3D p)
    {
        foreach (var lesion in Lesions)
        {
            double d = (p - lesion.Centre).Length;
            if (d <= lesion.Radius + 4)
            {
                return 0.6 + (lesion.Suv - 0.6) * Math.Clamp((lesion.Radius + 4 - d) / 8, 0, 1);
            }
        }

        if (Ellipsoid(p, new Vector3D(0, -30, -40), new Vector3D(50, 45, 50)))
        {
            return 4;
        }

        return InLung(p) ? 0.6 : InBody(p) ? 1.5 : 0;
    }

    private static bool Ellipsoid(Vector3D p, Vector3D c, Vector3D r)
    {
        var d = p - c;
        return (d.X / r.X) * (d.X / r.X) + (d.Y / r.Y) * (d.Y / r.Y) + (d.Z / r.Z) * (d.Z / r.Z) <= 1;
    }
}
