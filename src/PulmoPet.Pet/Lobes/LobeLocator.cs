using PulmoPet.Imaging;
using PulmoPet.Imaging.Processing;
using PulmoPet.Pet.Internal;
using PulmoPet.Pet.Lesions;

namespace PulmoPet.Pet.Lobes;

/// <summary>
/// The lobe of each lesion from a lobe label map: the lobe map is brought to the PET grid by nearest
/// neighbour (as the lung mask is), and a lesion takes the lobe most of its voxels carry (ties: the lobe
/// listed first in RUL, RML, RLL, LUL, LLL order). A lesion none of whose voxels lies in a lobe — pleural
/// uptake found in the search margin — takes the lobe of the lobe voxel nearest its centroid; "none"
/// when the map holds no lobe at all.
/// </summary>
public sealed class LobeLocator
{
    private static readonly string[] Order =
        [LobeLabelScheme.RightUpper, LobeLabelScheme.RightMiddle, LobeLabelScheme.RightLower, LobeLabelScheme.LeftUpper, LobeLabelScheme.LeftLower];

    private readonly byte[] _lobeOf;
    private readonly ImageGeometry _grid;

    /// <summary>Prepares the lobe map <paramref name="lobes"/> (any integer label volume) on <paramref name="petGrid"/>.</summary>
    public LobeLocator(Volume lobes, ImageGeometry petGrid, LobeLabelScheme scheme, ParallelOptions? parallel = null)
    {
        ArgumentNullException.ThrowIfNull(lobes);
        ArgumentNullException.ThrowIfNull(scheme);
        // Codes become 1…5 in Order, so a byte map resampled by nearest neighbour keeps them.
        var coded = new Volume<byte>(lobes.Geometry);
        for (int i = 0; i < coded.Voxels.Length; i++)
        {
            double value = lobes.GetValue(i);
            if (value == Math.Floor(value) && value is >= int.MinValue and <= int.MaxValue && scheme.Codes.TryGetValue((int)value, out string? code))
            {
                coded.Voxels[i] = (byte)(Array.IndexOf(Order, code) + 1);
            }
        }

        var onPet = coded.Geometry.IsSameGrid(petGrid) ? coded : Resampler.Resample(coded, petGrid, Interpolation.Nearest, (byte)0, parallel);
        _lobeOf = onPet.Voxels;
        _grid = petGrid;
        HasLobes = _lobeOf.AsSpan().IndexOfAnyExcept((byte)0) >= 0;
    }

    /// <summary>
    /// The inventory with each lesion's <see cref="Lesion.Lobe"/> set from <paramref name="lobes"/>; a map that
    /// does not overlap the PET, or holds none of the scheme's labels where the PET is, is refused.
    /// </summary>
    public static LesionInventory Assign(LesionInventory inventory, Volume lobes, LobeLabelScheme scheme, ParallelOptions? parallel = null)
    {
        ArgumentNullException.ThrowIfNull(inventory);
        ArgumentNullException.ThrowIfNull(lobes);
        var petGrid = inventory.Labels.Geometry;
        GridOverlap.Ensure(petGrid, "PET", lobes.Geometry, "lobe map");
        var locator = new LobeLocator(lobes, petGrid, scheme, parallel);
        if (!locator.HasLobes)
        {
            throw new InvalidInputException(
                $"The lobe map holds none of the {scheme.Name} lobe labels ({string.Join(", ", scheme.Codes.OrderBy(c => c.Key).Select(c => $"{c.Key} {c.Value}"))}) where the PET is.");
        }

        var lesions = inventory.Lesions.Select(l => l with { Lobe = locator.Locate(l.Voxels, l.CentroidMm) }).ToArray();
        return inventory with { Lesions = lesions, LobeScheme = scheme };
    }

    /// <summary>Whether any lobe lies on the PET grid.</summary>
    public bool HasLobes { get; }

    /// <summary>The lobe code of a lesion given by its voxels (linear indices on the PET grid) and centroid (mm, LPS).</summary>
    public string Locate(IReadOnlyList<int> voxels, Vector3D centroidMm)
    {
        ArgumentNullException.ThrowIfNull(voxels);
        Span<int> votes = stackalloc int[Order.Length + 1];
        foreach (int i in voxels)
        {
            votes[_lobeOf[i]]++;
        }

        int best = 0;
        for (int k = 1; k < votes.Length; k++)
        {
            if (votes[k] > (best == 0 ? 0 : votes[best]))
            {
                best = k;
            }
        }

        if (best == 0)
        {
            best = Nearest(centroidMm);
        }

        return best == 0 ? "none" : Order[best - 1];
    }

    private int Nearest(Vector3D point)
    {
        double bestDistance = double.PositiveInfinity;
        int best = 0;
        for (int i = 0; i < _lobeOf.Length; i++)
        {
            if (_lobeOf[i] == 0)
            {
                continue;
            }

            var p = _grid.IndexOf(i);
            var d = _grid.IndexToWorld(p.X, p.Y, p.Z) - point;
            double d2 = d.Dot(d);
            if (d2 < bestDistance)
            {
                bestDistance = d2;
                best = _lobeOf[i];
            }
        }

        return best;
    }
}
