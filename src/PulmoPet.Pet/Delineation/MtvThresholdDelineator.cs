using PulmoPet.Imaging;

namespace PulmoPet.Pet.Delineation;

/// <summary>
/// Metabolic tumour volume by thresholding: the voxels 26-connected to the lesion's SUVmax voxel whose SUV
/// is ≥ the rule's level (default 40% of the lesion's own SUVmax, "MTV40%"), confined to the lesion's
/// uptake basin and to a neighbourhood of its candidate focus, so a hotter neighbour — another lesion, the
/// heart, the mediastinum — never leaks in (EANM procedure guideline for tumour imaging v2.0, Boellaard et
/// al., EJNMMI 2015, section on volume delineation; LIFEx's "40% of SUVmax" region growing).
/// </summary>
public sealed class MtvThresholdDelineator
{
    /// <summary>MTV40%: 40% of the lesion's SUVmax.</summary>
    public const double DefaultRelativeThreshold = 0.4;

    /// <summary>The EANM guideline's 41% variant.</summary>
    public const double EanmRelativeThreshold = 0.41;

    /// <summary>The 50% variant (e.g. the SUVmax-based "MTV50%").</summary>
    public const double HalfMaximumRelativeThreshold = 0.5;

    /// <summary>The fixed-SUV variant.</summary>
    public const double DefaultAbsoluteThresholdSuv = 2.5;

    /// <summary>How far (mm) the delineated volume may reach beyond the candidate focus (voxels ≥ the detection threshold).</summary>
    public const double DefaultNeighbourhoodMarginMm = 10.0;

    public MtvThresholdDelineator()
        : this(DelineationRule.Relative(DefaultRelativeThreshold))
    {
    }

    public MtvThresholdDelineator(DelineationRule rule)
        : this(rule, DefaultNeighbourhoodMarginMm)
    {
    }

    public MtvThresholdDelineator(DelineationRule rule, double neighbourhoodMarginMm)
    {
        ArgumentNullException.ThrowIfNull(rule);
        if (!double.IsFinite(neighbourhoodMarginMm) || neighbourhoodMarginMm < 0)
        {
            throw new InvalidInputException(FormattableString.Invariant($"The delineation neighbourhood margin {neighbourhoodMarginMm} mm must be finite and not negative."));
        }

        Rule = rule;
        NeighbourhoodMarginMm = neighbourhoodMarginMm;
    }

    public DelineationRule Rule { get; }

    public double NeighbourhoodMarginMm { get; }

    /// <summary>
    /// The voxels (linear indices, ascending) of the lesion whose peak is <paramref name="peakIndex"/>:
    /// connected to the peak through voxels with <c>allowed[i]</c> set and SUV ≥ the level.
    /// </summary>
    public int[] Delineate(float[] suv, Size3 size, int peakIndex, Func<int, bool> allowed)
    {
        ArgumentNullException.ThrowIfNull(suv);
        return Grow(suv, size, peakIndex, Rule.LevelFor(suv[peakIndex]), allowed);
    }

    /// <summary>The candidate focus: voxels connected to the peak through allowed voxels with SUV ≥ <paramref name="detectionThreshold"/>.</summary>
    public int[] Focus(float[] suv, Size3 size, int peakIndex, double detectionThreshold, Func<int, bool> allowed)
    {
        ArgumentNullException.ThrowIfNull(suv);
        return Grow(suv, size, peakIndex, detectionThreshold, allowed);
    }

    /// <summary>26-connected region growing from the peak (always included) over allowed voxels ≥ <paramref name="level"/>.</summary>
    private static int[] Grow(float[] suv, Size3 size, int peakIndex, double level, Func<int, bool> allowed)
    {
        ArgumentNullException.ThrowIfNull(allowed);
        var visited = new HashSet<int> { peakIndex };
        var stack = new Stack<int>();
        stack.Push(peakIndex);
        int nx = size.X, ny = size.Y, nz = size.Z;
        while (stack.Count > 0)
        {
            int v = stack.Pop();
            int x = v % nx, y = v / nx % ny, z = v / (nx * ny);
            for (int dz = -1; dz <= 1; dz++)
            {
                int zn = z + dz;
                if ((uint)zn >= (uint)nz)
                {
                    continue;
                }

                for (int dy = -1; dy <= 1; dy++)
                {
                    int yn = y + dy;
                    if ((uint)yn >= (uint)ny)
                    {
                        continue;
                    }

                    for (int dx = -1; dx <= 1; dx++)
                    {
                        int xn = x + dx;
                        if ((uint)xn >= (uint)nx)
                        {
                            continue;
                        }

                        int j = (zn * ny + yn) * nx + xn;
                        if (suv[j] >= level && allowed(j) && visited.Add(j))
                        {
                            stack.Push(j);
                        }
                    }
                }
            }
        }

        var result = visited.ToArray();
        Array.Sort(result);
        return result;
    }
}
