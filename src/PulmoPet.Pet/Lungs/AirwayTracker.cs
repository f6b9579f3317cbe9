using PulmoPet.Imaging;
using PulmoPet.Pet.Internal;

namespace PulmoPet.Pet.Lungs;

/// <summary>
/// Finds the trachea and main bronchi in an air mask by following them slice by slice from the top, as in
/// Hu, Hoffman &amp; Reinhardt (IEEE TMI 20, 2001) but with 2D tracking instead of a region grow: a seed is a
/// small air region near the body midline in the upper slices; below, an air region is airway when it
/// overlaps the airway of the slice above and is still tube-sized (≤ the maximum area and ≤ 3× the
/// airway it continues). A region that grows beyond that has joined the lung, and that branch ends; the
/// carina splits the trachea into two branches that are followed until each enters its lung.
/// </summary>
internal static class AirwayTracker
{
    /// <summary>How much a tracked airway cross-section may grow from one slice to the next.</summary>
    private const double MaximumGrowth = 3.0;

    /// <summary>Smallest trachea cross-section (mm²) accepted as a seed, against noise and oesophageal air.</summary>
    private const double MinimumSeedAreaMm2 = 60;

    /// <summary>Seeds are looked for in this upper fraction of the air's cranio-caudal extent.</summary>
    private const double SeedSearchFraction = 0.5;

    public static Volume<byte> Track(Volume<byte> air, double midlineWorldX, LungSegmentationOptions options)
    {
        var geometry = air.Geometry;
        var size = air.Size;
        int nx = size.X, ny = size.Y, sliceLength = nx * ny;
        double pixelArea = geometry.Spacing.X * geometry.Spacing.Y;
        int maxArea = (int)(options.MaximumAirwayAreaMm2 / pixelArea);
        int minSeedArea = Math.Max(1, (int)(MinimumSeedAreaMm2 / pixelArea));
        var airways = air.CreateLike<byte>();

        bool up = PatientAxes.SliceIndexRunsSuperior(geometry);
        var slices = Enumerable.Range(0, size.Z).Select(i => up ? size.Z - 1 - i : i).ToArray();
        var occupied = slices.Where(z => air.Slice(z).IndexOfAnyExcept((byte)0) >= 0).ToArray();
        if (occupied.Length == 0)
        {
            return airways;
        }

        int seedSlices = Math.Max(1, (int)Math.Ceiling(occupied.Length * SeedSearchFraction));
        var previous = new int[sliceLength]; // area of the airway region covering each pixel in the slice above, 0 if none
        bool tracking = false;
        for (int k = 0; k < occupied.Length; k++)
        {
            int z = occupied[k];
            var slice = air.Slice(z);
            var components = SliceComponents.Label(slice, nx, ny);
            var isAirway = new bool[components.Count + 1];
            var continued = new int[components.Count + 1]; // largest airway area above that this region overlaps
            for (int i = 0; i < sliceLength; i++)
            {
                int label = components.Labels[i];
                if (label != 0 && previous[i] > continued[label])
                {
                    continued[label] = previous[i];
                }
            }

            bool any = false;
            for (int c = 1; c <= components.Count; c++)
            {
                int area = components.Areas[c];
                if (continued[c] > 0)
                {
                    isAirway[c] = area <= maxArea && area <= MaximumGrowth * continued[c];
                }
                else if (!tracking && k < seedSlices && area >= minSeedArea && area <= maxArea)
                {
                    double worldX = PatientAxes.WorldX(geometry, components.CentroidX[c], components.CentroidY[c], z);
                    isAirway[c] = Math.Abs(worldX - midlineWorldX) <= options.AirwaySeedMidlineMm;
                }

                any |= isAirway[c];
            }

            Array.Clear(previous);
            var target = airways.Slice(z);
            for (int i = 0; i < sliceLength; i++)
            {
                int label = components.Labels[i];
                if (label != 0 && isAirway[label])
                {
                    target[i] = 1;
                    previous[i] = components.Areas[label];
                }
            }

            if (any)
            {
                tracking = true;
            }
            else if (tracking)
            {
                break; // every branch has entered its lung
            }
        }

        return airways;
    }
}
