using PulmoPet.Imaging;
using PulmoPet.Radiomics.Features;
using PulmoPet.Radiomics.Morphology;

namespace PulmoPet.Radiomics.PyRadiomics;

/// <summary>
/// PyRadiomics 3D shape features (radiomics/shape.py, <c>original_shape_*</c>) from the same mesh and PCA as
/// the IBSI morphology family. PyRadiomics-only: the maximum 2D diameters in the axial (Slice: equal z),
/// coronal (Column: equal y) and sagittal (Row: equal x) planes of mesh vertices. PyRadiomics' own mesh uses
/// a fixed marching-cubes table, so mesh volume/area differ slightly (well inside its 3 % baseline rule).
/// </summary>
public static class ShapeFeatures
{
    public static FeatureVector Compute(RegionOfInterest roi)
    {
        var spacing = roi.Spacing;
        var mesh = SurfaceMesh.Create(roi.MorphologicalMask, roi.BoxSize, spacing, PolygonTriangulation.Centroid);
        double volume = mesh.VolumeMm3, area = mesh.AreaMm2;
        var centres = MorphologyFeatures.MaskCentres(roi);
        var mean = new Vector3D(centres.Average(c => c.X), centres.Average(c => c.Y), centres.Average(c => c.Z));
        var lambda = MorphologyFeatures.PrincipalVariances(centres, mean);
        var vertices = mesh.DoubledVertices().ToList();
        var hull = ConvexHull.Create(vertices);
        var hullVertices = (hull is null ? vertices : hull.Vertices()).Select(mesh.ToMm).ToList();

        const string prefix = "original_shape_";
        var f = new FeatureVector();
        f.Add(prefix + "MeshVolume", volume);                                                   // IBSI RNU0
        f.Add(prefix + "VoxelVolume", roi.MorphologicalVoxelCount * roi.Geometry.VoxelVolumeMm3); // IBSI YEKZ
        f.Add(prefix + "SurfaceArea", area);                                                    // IBSI C0JK
        f.Add(prefix + "SurfaceVolumeRatio", area / volume);                                    // IBSI 2PR5
        f.Add(prefix + "Sphericity", Math.Cbrt(36 * Math.PI * volume * volume) / area);         // IBSI QCFX
        f.Add(prefix + "Maximum3DDiameter", MorphologyFeatures.MaximumDistance(hullVertices));  // IBSI L0JK
        f.Add(prefix + "Maximum2DDiameterSlice", PlanarDiameter(vertices, mesh, v => v.Z, v => v.Y, v => v.X));
        f.Add(prefix + "Maximum2DDiameterColumn", PlanarDiameter(vertices, mesh, v => v.Y, v => v.Z, v => v.X));
        f.Add(prefix + "Maximum2DDiameterRow", PlanarDiameter(vertices, mesh, v => v.X, v => v.Z, v => v.Y));
        f.Add(prefix + "MajorAxisLength", 4 * Math.Sqrt(Math.Max(0, lambda[0])));             // IBSI TDIC
        f.Add(prefix + "MinorAxisLength", 4 * Math.Sqrt(Math.Max(0, lambda[1])));             // IBSI P9VJ
        f.Add(prefix + "LeastAxisLength", 4 * Math.Sqrt(Math.Max(0, lambda[2])));             // IBSI 7J51
        f.Add(prefix + "Elongation", Math.Sqrt(lambda[1] / lambda[0]));                        // IBSI Q3CK
        f.Add(prefix + "Flatness", Math.Sqrt(lambda[2] / lambda[0]));                          // IBSI N17B
        return f;
    }

    /// <summary>
    /// Largest distance between vertices sharing a plane coordinate. Only the two extremes of each line
    /// (same plane and row coordinate) can be on the planar convex hull, so only those are compared.
    /// </summary>
    private static double PlanarDiameter(
        List<(long X, long Y, long Z)> vertices, SurfaceMesh mesh,
        Func<(long X, long Y, long Z), long> plane, Func<(long X, long Y, long Z), long> row, Func<(long X, long Y, long Z), long> along)
    {
        double max = 0;
        foreach (var group in vertices.GroupBy(plane))
        {
            var extremes = new List<Vector3D>();
            foreach (var line in group.GroupBy(row))
            {
                extremes.Add(mesh.ToMm(line.MinBy(along)));
                extremes.Add(mesh.ToMm(line.MaxBy(along)));
            }

            max = Math.Max(max, MorphologyFeatures.MaximumDistance(extremes));
        }

        return max;
    }
}
