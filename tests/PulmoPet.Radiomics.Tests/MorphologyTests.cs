using PulmoPet.Imaging;
using PulmoPet.Radiomics.Features;
using PulmoPet.Radiomics.Morphology;

namespace PulmoPet.Radiomics.Tests;

public class MorphologyTests
{
    [Theory]
    [InlineData(1.0)]
    [InlineData(2.0)]
    public void Single_voxel_mesh_is_the_octahedron_of_its_face_centres(double spacing)
    {
        // Vertices at the 6 face centres (±s/2): volume 4/3 (s/2)³ = s³/6, area 8 · (√3/4)(s/√2)² = √3 s².
        var mesh = SurfaceMesh.Create([1], new Size3(1, 1, 1), new Vector3D(spacing, spacing, spacing));
        Assert.Equal(Math.Pow(spacing, 3) / 6, mesh.VolumeMm3, 12);
        Assert.Equal(Math.Sqrt(3) * spacing * spacing, mesh.AreaMm2, 12);
        Assert.Equal(6, mesh.VertexCount);
    }

    [Fact]
    public void Mesh_volume_and_area_of_a_block_approach_the_box()
    {
        // A 10×10×10 block: the mesh cuts each of the 12 edges and 8 corners, so it lies just inside the 10³ box.
        var mask = Enumerable.Repeat((byte)1, 1000).ToArray();
        var mesh = SurfaceMesh.Create(mask, new Size3(10, 10, 10), new Vector3D(1, 1, 1));

        // Faces 6·9², edge prisms 12·9·(1/2 · 1/2 · 1/2 · 2)… exactly: 1000 − 12·9·(1/8) − 8·(1/8 − 1/48) = 985.667.
        Assert.Equal(1000 - 12 * 9 / 8.0 - 8 * (1 / 8.0 - 1 / 48.0), mesh.VolumeMm3, 9);
    }

    [Fact]
    public void Ellipsoid_area_series_is_the_sphere_area_and_continuous_at_spheroids()
    {
        Assert.Equal(4 * Math.PI, MorphologyFeatures.EllipsoidArea(1, 1, 1), 12);

        // α = 0 (a = b) is evaluated without dividing by αβ; it must be the limit of nearby ellipsoids.
        Assert.Equal(MorphologyFeatures.EllipsoidArea(2, 2 - 1e-9, 1), MorphologyFeatures.EllipsoidArea(2, 2, 1), 6);

        // For α = 0 the series sums in closed form: Σ C(2ν,ν)(β²/4)^ν/(1 − 4ν²) = ½(√(1 − β²) + arcsin β / β),
        // so A = 2πab(c/a + arcsin β / β). (IBSI's series is its own definition: for 2:2:1 this is 42.96 while the
        // exact oblate-spheroid area is 34.69.)
        double beta = Math.Sqrt(1 - 0.25);
        Assert.Equal(2 * Math.PI * 4 * (0.5 + Math.Asin(beta) / beta), MorphologyFeatures.EllipsoidArea(2, 2, 1), 4);
    }

    [Fact]
    public void Convex_roi_has_hull_density_one()
    {
        var geometry = new ImageGeometry(new Size3(3, 3, 3), Vector3D.One, Vector3D.Zero);
        var image = new Volume<float>(geometry).Fill(1);
        var mask = new Volume<byte>(geometry).Fill(1);
        var roi = RegionOfInterest.Create(image, mask);
        var features = MorphologyFeatures.Compute(roi, new RadiomicsSettings { SpatialAutocorrelation = false });
        Assert.Equal(1.0, features["morph_vol_dens_conv_hull"], 12);
        Assert.Equal(1.0, features["morph_area_dens_conv_hull"], 12);
        Assert.Equal(27.0, features["morph_vol_approx"]);
    }
}
