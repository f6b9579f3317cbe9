using System.Numerics;
using PulmoPet.Imaging;
using PulmoPet.Imaging.Io;
using PulmoPet.Imaging.Processing;
using PulmoPet.Pet.Delineation;
using PulmoPet.Pet.Internal;
using PulmoPet.Pet.Lungs;
using PulmoPet.Pet.Measures;
using PulmoPet.Pet.Reference;

namespace PulmoPet.Pet.Lesions;

/// <summary>
/// Finds and measures every FDG-avid lung lesion of a PET (SUV):
/// <list type="number">
/// <item>lungs: the mask given, or <see cref="LungSegmenter"/> on the CT; brought to the PET grid by nearest neighbour;</item>
/// <item>search region: the lungs dilated by <see cref="LesionAnalysisOptions.SearchMarginMm"/>;</item>
/// <item>uptake basins (<see cref="PeakWatershed"/>) over the voxels within the search region plus the
/// delineation neighbourhood whose SUV reaches the lowest delineation level; a basin is a lesion when its
/// peak lies in the search region and reaches the <see cref="UptakeThreshold"/>, and when at least
/// <see cref="LesionAnalysisOptions.MinimumFractionInLung"/> of its delineated volume lies in the lung
/// mask itself (the aorta, the oesophagus or the heart wall peaking just inside the margin do not). Basins peaking outside
/// (heart, mediastinum, liver) are physiological: they produce no lesion and, being basins of their own,
/// stop lesions from growing into them;</item>
/// <item>delineation (<see cref="MtvThresholdDelineator"/>) within the basin and within the neighbourhood
/// margin of the candidate focus (the basin's voxels ≥ the uptake threshold connected to the peak);</item>
/// <item>measures (<see cref="Lesion"/>) and location (<see cref="LungLocation"/>).</item>
/// </list>
/// Deterministic: every step is sequential or split into independent slices.
/// </summary>
public static class LesionAnalyzer
{
    /// <summary>Analyses a PET with a CT (lungs segmented from it) and/or a lung mask (used as given).</summary>
    public static LesionInventory Analyze(Volume<float> pet, Volume? ct, Volume<byte>? lungs, LesionAnalysisOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(pet);
        options ??= LesionAnalysisOptions.Default;
        NonFiniteVoxels.EnsureNone(pet, "The PET");
        PatientAxes.SliceIndexRunsSuperior(pet.Geometry);
        if (lungs is null)
        {
            if (ct is null)
            {
                throw new InvalidInputException("Lung lesions need the lungs: give a CT to segment them from, or a lung mask.");
            }

            GridOverlap.Ensure(pet.Geometry, "PET", ct.Geometry, "CT");
            lungs = SegmentLungs(ct, options.LungSegmentation);
        }
        else
        {
            CheckLungLabels(lungs);
        }

        GridOverlap.Ensure(pet.Geometry, "PET", lungs.Geometry, "lung mask");
        ReferenceUptake? reference = null;
        if (options.ReferenceThreshold is { } rule)
        {
            if (ct is null)
            {
                throw new InvalidInputException("A liver or blood-pool threshold is measured on the CT and the PET; give the CT, or the reference's mean SUV instead.");
            }

            GridOverlap.Ensure(pet.Geometry, "PET", ct.Geometry, "CT");
            var lungsOnCt = lungs.Geometry.IsSameGrid(ct.Geometry)
                ? lungs
                : Resampler.Resample(lungs, ct.Geometry, Interpolation.Nearest, (byte)0, options.Parallel);
            (var measured, reference) = rule.Measure(pet, ct, lungsOnCt);
            options = options with { Threshold = measured };
        }

        var lungsOnPet = lungs.Geometry.IsSameGrid(pet.Geometry)
            ? lungs
            : Resampler.Resample(lungs, pet.Geometry, Interpolation.Nearest, (byte)0, options.Parallel);
        var box = CropAndPad.BoundingBox(lungsOnPet) ?? throw new InvalidInputException(
            "The lung mask is empty where the PET is, so there is no lung to look for lesions in.");

        double reachMm = options.SearchMarginMm + options.NeighbourhoodMarginMm + SuvPeak.SphereRadiusMm;
        var spacing = pet.Geometry.Spacing;
        var margin = new Index3(Reach(reachMm, spacing.X), Reach(reachMm, spacing.Y), Reach(reachMm, spacing.Z));
        box = box.Expand(margin).ClipTo(pet.Size);
        var region = new PetRegion(CropAndPad.Crop(pet, box), CropAndPad.Crop(lungsOnPet, box), box);

        var lesions = FindLesions(region, options);
        var labels = new Volume<ushort>(pet.Geometry);
        var ordered = new List<Lesion>(lesions.Count);
        for (int k = 0; k < lesions.Count; k++)
        {
            var lesion = lesions[k] with { LesionId = k + 1, Voxels = region.ToFullGrid(lesions[k].Voxels, pet.Size) };
            foreach (int i in lesion.Voxels)
            {
                labels.Voxels[i] = (ushort)lesion.LesionId;
            }

            ordered.Add(lesion);
        }

        return new LesionInventory
        {
            Lesions = ordered,
            Labels = labels,
            LungsOnPet = lungsOnPet,
            Lungs = lungs,
            Threshold = options.Threshold,
            ReferenceUptake = reference,
            Delineation = options.Delineation,
        };
    }

    private static Volume<byte> SegmentLungs(Volume ct, LungSegmentationOptions options) => ct switch
    {
        Volume<short> v => LungSegmenter.Segment(v, options).Labels,
        Volume<float> v => LungSegmenter.Segment(v, options).Labels,
        _ => LungSegmenter.Segment(ct.ToFloat(), options).Labels,
    };

    private static void CheckLungLabels(Volume<byte> lungs)
    {
        int bad = lungs.Voxels.AsSpan().IndexOfAnyExcept(LungLabel.Background, LungLabel.Right, LungLabel.Left);
        if (bad >= 0)
        {
            throw new InvalidInputException(
                $"The lung mask holds the value {lungs.Voxels[bad]} at {lungs.Geometry.IndexOf(bad)}, but lung masks use 0 (background), 1 (right lung) and 2 (left lung).");
        }
    }

    private static List<Lesion> FindLesions(PetRegion region, LesionAnalysisOptions options)
    {
        var suv = region.Pet.Voxels;
        var geometry = region.Pet.Geometry;
        var lungMask = region.Lungs.CreateLike<byte>();
        for (int i = 0; i < lungMask.Voxels.Length; i++)
        {
            lungMask.Voxels[i] = region.Lungs.Voxels[i] != 0 ? (byte)1 : (byte)0;
        }

        var search = BinaryMorphology.Dilate(lungMask, options.SearchMarginMm, options.Parallel);
        var reach = BinaryMorphology.Dilate(lungMask, options.SearchMarginMm + options.NeighbourhoodMarginMm, options.Parallel);
        double threshold = options.Threshold.Suv;
        double seed = Math.Min(options.ContrastSeedSuv, threshold);
        double floor = Math.Min(Math.Min(threshold, options.Delineation.LevelFor(threshold)), options.Delineation.LevelFor(seed));
        var domain = new byte[suv.Length];
        for (int i = 0; i < suv.Length; i++)
        {
            domain[i] = reach.Voxels[i] != 0 && suv[i] >= floor ? (byte)1 : (byte)0;
        }

        var (basinLabels, basins) = PeakWatershed.Segment(
            suv, domain, region.Pet.Size, options.MinimumProminenceSuv, options.MinimumRelativeProminence, search.Voxels, seed < threshold ? threshold : 0, options.LowPeakProminenceSuv);
        var delineator = new MtvThresholdDelineator(options.Delineation, options.NeighbourhoodMarginMm);
        var location = new LungLocation(region.Lungs);
        var lesions = new List<Lesion>();
        foreach (var basin in basins)
        {
            if (basin.PeakSuv < seed || search.Voxels[basin.PeakIndex] == 0)
            {
                continue;
            }

            bool avid = basin.PeakSuv >= threshold;
            if (!avid && (options.Delineation.LevelFor(basin.PeakSuv) >= basin.PeakSuv
                || !(basin.PeakSuv >= options.MinimumLocalContrast * LocalLungBackground(suv, geometry, lungMask.Voxels, basin.PeakIndex))))
            {
                continue; // below the threshold and not standing out of the lung around it
            }

            int label = basin.Label;
            var focus = delineator.Focus(suv, region.Pet.Size, basin.PeakIndex, avid ? threshold : seed, j => basinLabels[j] == label);
            var near = Neighbourhood.Within(geometry, focus, options.NeighbourhoodMarginMm);
            var voxels = delineator.Delineate(suv, region.Pet.Size, basin.PeakIndex, j => basinLabels[j] == label && near.Contains(j));
            int inside = voxels.Count(j => lungMask.Voxels[j] != 0);
            if (inside < options.MinimumFractionInLung * voxels.Length)
            {
                continue; // mostly outside the lungs: uptake of a neighbouring organ peaking at the lung border
            }

            lesions.Add(LesionMeasurement.Measure(suv, geometry, voxels, basin.PeakIndex, location));
        }

        // Basins come ordered by peak SUV (ties by voxel index), so the lesions are too.
        return lesions;
    }

    /// <summary>Inner and outer radius (mm) of the shell of lung whose median SUV is a focus's background.</summary>
    private const double BackgroundInnerMm = 15, BackgroundOuterMm = 25;

    /// <summary>
    /// The median SUV of the lung-mask voxels 15–25 mm from the peak: beyond a small nodule's blurred edge, and the
    /// median so vessels and other foci in the shell do not raise it; +∞ (no contrast) with under 10 such voxels.
    /// </summary>
    private static double LocalLungBackground(float[] suv, ImageGeometry geometry, byte[] lung, int peak)
    {
        var size = geometry.Size;
        var spacing = geometry.Spacing;
        var p = geometry.IndexOf(peak);
        int rx = (int)(BackgroundOuterMm / spacing.X), ry = (int)(BackgroundOuterMm / spacing.Y), rz = (int)(BackgroundOuterMm / spacing.Z);
        var values = new List<float>();
        for (int z = Math.Max(0, p.Z - rz); z <= Math.Min(size.Z - 1, p.Z + rz); z++)
        {
            for (int y = Math.Max(0, p.Y - ry); y <= Math.Min(size.Y - 1, p.Y + ry); y++)
            {
                for (int x = Math.Max(0, p.X - rx); x <= Math.Min(size.X - 1, p.X + rx); x++)
                {
                    double dx = (x - p.X) * spacing.X, dy = (y - p.Y) * spacing.Y, dz = (z - p.Z) * spacing.Z;
                    double d2 = dx * dx + dy * dy + dz * dz;
                    int i = geometry.LinearIndex(x, y, z);
                    if (d2 >= BackgroundInnerMm * BackgroundInnerMm && d2 <= BackgroundOuterMm * BackgroundOuterMm && lung[i] != 0)
                    {
                        values.Add(suv[i]);
                    }
                }
            }
        }

        if (values.Count < 10)
        {
            return double.PositiveInfinity;
        }

        values.Sort();
        int n = values.Count;
        return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
    }

    private static int Reach(double mm, double spacing) => (int)Math.Ceiling(mm / spacing) + 1;

    /// <summary>The PET and lungs cropped to the lungs' neighbourhood, and where the crop lies in the full grid.</summary>
    private sealed record PetRegion(Volume<float> Pet, Volume<byte> Lungs, IndexBox Box)
    {
        public int[] ToFullGrid(int[] cropIndices, Size3 full)
        {
            var size = Pet.Size;
            var result = new int[cropIndices.Length];
            for (int k = 0; k < cropIndices.Length; k++)
            {
                int i = cropIndices[k];
                int x = i % size.X + Box.Min.X, y = i / size.X % size.Y + Box.Min.Y, z = i / (size.X * size.Y) + Box.Min.Z;
                result[k] = (z * full.Y + y) * full.X + x;
            }

            return result;
        }
    }
}
