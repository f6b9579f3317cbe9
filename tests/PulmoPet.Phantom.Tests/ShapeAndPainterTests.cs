using PulmoPet.Imaging;
using PulmoPet.Phantom.Anatomy;
using PulmoPet.Phantom.Rendering;
using PulmoPet.Phantom.Shapes;

namespace PulmoPet.Phantom.Tests;

public sealed class ShapeAndPainterTests
{
    [Fact]
    public void EllipsoidDistanceHasTheRightSignAndIsExactOnASphere()
    {
        var sphere = new Ellipsoid(new Vector3D(1, 2, 3), new Vector3D(5, 5, 5));
        Assert.Equal(-5, sphere.SignedDistance(new Vector3D(1, 2, 3)), 6);
        Assert.Equal(2, sphere.SignedDistance(new Vector3D(8, 2, 3)), 6);
        Assert.Equal(-1, sphere.SignedDistance(new Vector3D(1, 6, 3)), 6);

        var ellipsoid = new Ellipsoid(Vector3D.Zero, new Vector3D(10, 4, 2), Ellipsoid.AxesAlong(new Vector3D(0, 0, 1), new Vector3D(1, 0, 0)));
        Assert.True(ellipsoid.SignedDistance(new Vector3D(0, 0, 9)) < 0); // long axis now along z
        Assert.True(ellipsoid.SignedDistance(new Vector3D(9, 0, 0)) > 0);
        Assert.Equal(0, ellipsoid.SignedDistance(new Vector3D(0, 0, 10)), 6);
    }

    [Fact]
    public void CapsuleAndPlanarDistances()
    {
        var capsule = new TaperedCapsule(Vector3D.Zero, new Vector3D(10, 0, 0), 2);
        Assert.Equal(-2, capsule.SignedDistance(new Vector3D(5, 0, 0)), 6);
        Assert.Equal(1, capsule.SignedDistance(new Vector3D(5, 3, 0)), 6);
        Assert.Equal(1, capsule.SignedDistance(new Vector3D(13, 0, 0)), 6);

        Assert.Equal(0, Planar.EllipseDistance(10, 0, 10, 5), 6);
        Assert.Equal(1, Planar.EllipseDistance(0, 6, 10, 5), 6);
        Assert.True(Planar.SuperEllipseDistance(3, 3, 10, 5, 0.5) < 0);
        double r = Planar.BoundaryRadius(Math.Sqrt(0.5), Math.Sqrt(0.5), 10, 5, 0.5);
        Assert.Equal(0, Planar.SuperEllipseDistance(r * Math.Sqrt(0.5), r * Math.Sqrt(0.5), 10, 5, 0.5), 6);
    }

    [Fact]
    public void PaintedSphereHasItsVolumeInPartialFractionsAndLabelsTheCentres()
    {
        // A 12 mm radius ball on 2 mm voxels: fractions must add up to 4/3·π·r³ within a few per cent, and the
        // labelled voxels (centre inside) too.
        var grid = new ImageGeometry(new Size3(20, 20, 20), new Vector3D(2, 2, 2), new Vector3D(-19, -19, -19));
        var map = new TissueMap(grid);
        var painter = new TissuePainter(map);
        var ball = new Ellipsoid(new Vector3D(0.3, -0.2, 0.1), new Vector3D(12, 12, 12));
        painter.Paint(ball, Tissue.Liver, OrganLabel.Liver);
        double volume = 0;
        int labelled = 0;
        for (int i = 0; i < map.Primary.Length; i++)
        {
            double f = map.SecondaryFraction[i] * TissueMap.FractionScale;
            if (map.Primary[i] == (byte)Tissue.Liver)
            {
                volume += (1 - f) * 8;
            }
            else if (map.Secondary[i] == (byte)Tissue.Liver)
            {
                volume += f * 8;
            }

            if (map.Organ[i] == (byte)OrganLabel.Liver)
            {
                labelled++;
            }
        }

        double expected = 4.0 / 3 * Math.PI * Math.Pow(12, 3);
        Assert.InRange(volume, expected * 0.97, expected * 1.03);
        Assert.InRange(labelled * 8.0, expected * 0.94, expected * 1.06);
    }

    [Fact]
    public void PaintingRespectsTheLabelsItMayCover()
    {
        var grid = new ImageGeometry(new Size3(16, 16, 16), new Vector3D(2, 2, 2), new Vector3D(-15, -15, -15));
        var map = new TissueMap(grid);
        var painter = new TissuePainter(map);
        painter.Paint(new Ellipsoid(new Vector3D(-8, 0, 0), new Vector3D(6, 6, 6)), Tissue.CorticalBone, OrganLabel.Vertebrae);
        painter.Paint(new Ellipsoid(Vector3D.Zero, new Vector3D(14, 14, 14)), Tissue.Lung, OrganLabel.LungRight, OrganSet.Of(OrganLabel.Background), LungRegionEffect.Set, LungSide.Right);
        int centre = map.IndexOf(new Vector3D(-8, 0, 0))!.Value;
        Assert.Equal((byte)OrganLabel.Vertebrae, map.Organ[centre]);
        Assert.Equal((byte)Tissue.CorticalBone, map.Primary[centre]);
        Assert.Equal(0, map.Side[centre]);
        int lung = map.IndexOf(new Vector3D(8, 0, 0))!.Value;
        Assert.Equal((byte)OrganLabel.LungRight, map.Organ[lung]);
        Assert.Equal((byte)LungSide.Right, map.Side[lung]);
    }
}

public sealed class ValueNoiseFieldTests
{
    [Fact]
    public void TextureIsBoundedSmoothAndDefinedEverywhere()
    {
        var field = new PulmoPet.Phantom.Synthesis.ValueNoiseField(
            new Bounds(new Vector3D(0, 0, 0), new Vector3D(100, 100, 100)), 7, new DeterministicRandom(9));
        var random = new DeterministicRandom(10);
        double min = 1, max = -1;
        for (int i = 0; i < 20_000; i++)
        {
            // Points far outside the bounds too: the lattice repeats.
            var p = new Vector3D(random.Uniform(-500, 600), random.Uniform(-500, 600), random.Uniform(-500, 600));
            double v = field.Sample(p);
            Assert.InRange(v, -1.0, 1.0);
            min = Math.Min(min, v);
            max = Math.Max(max, v);

            // Smooth: a 0.1 mm step changes the value by far less than the ±1 range (cell 7 mm).
            Assert.True(Math.Abs(field.Sample(p + new Vector3D(0.1, 0, 0)) - v) < 0.1);
        }

        Assert.True(max - min > 1.0, "The texture varies.");
    }
}
