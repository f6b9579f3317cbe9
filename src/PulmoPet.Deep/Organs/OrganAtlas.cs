using PulmoPet.Imaging;

namespace PulmoPet.Deep.Organs;

/// <summary>
/// The sanity baseline for PET-only organ segmentation: a probabilistic atlas in body-box coordinates. Each
/// training case's box of nonzero PET is mapped onto a fixed <see cref="Resolution"/>³ lattice and votes its
/// labels there; a new PET is labelled by the majority label at its voxel's relative position in its own box.
/// It knows where organs usually are, and nothing about the uptake.
/// </summary>
public sealed class OrganAtlas
{
    public const int Resolution = 40;

    private readonly int[,] votes;
    private readonly int classes;

    private OrganAtlas(int[,] votes, int classes)
    {
        this.votes = votes;
        this.classes = classes;
    }

    public static OrganAtlas Build(IEnumerable<(Volume<float> Pet, Volume<byte> Organs)> cases, int classes)
    {
        ArgumentNullException.ThrowIfNull(cases);
        var votes = new int[Resolution * Resolution * Resolution, classes];
        foreach (var (pet, organs) in cases)
        {
            var box = OrganData.BodyBox(pet) ?? throw new InvalidInputException("An atlas case has an all-zero PET.");
            for (int z = 0; z < box.Size.Z; z++)
            {
                for (int y = 0; y < box.Size.Y; y++)
                {
                    for (int x = 0; x < box.Size.X; x++)
                    {
                        byte label = organs[box.Start.X + x, box.Start.Y + y, box.Start.Z + z];
                        if (label < classes)
                        {
                            votes[Cell(x, y, z, box.Size), label]++;
                        }
                    }
                }
            }
        }

        return new OrganAtlas(votes, classes);
    }

    public Volume<byte> Segment(Volume<float> pet)
    {
        ArgumentNullException.ThrowIfNull(pet);
        var labels = new Volume<byte>(pet.Geometry);
        var box = OrganData.BodyBox(pet);
        if (box is not { } b)
        {
            return labels;
        }

        var winner = new byte[Resolution * Resolution * Resolution];
        for (int cell = 0; cell < winner.Length; cell++)
        {
            int best = 0;
            for (int label = 1; label < classes; label++)
            {
                if (votes[cell, label] > votes[cell, best])
                {
                    best = label;
                }
            }

            winner[cell] = (byte)best;
        }

        for (int z = 0; z < b.Size.Z; z++)
        {
            for (int y = 0; y < b.Size.Y; y++)
            {
                for (int x = 0; x < b.Size.X; x++)
                {
                    labels[b.Start.X + x, b.Start.Y + y, b.Start.Z + z] = winner[Cell(x, y, z, b.Size)];
                }
            }
        }

        return labels;
    }

    private static int Cell(int x, int y, int z, Size3 size)
    {
        int cx = Math.Min(Resolution - 1, (int)((x + 0.5) * Resolution / size.X));
        int cy = Math.Min(Resolution - 1, (int)((y + 0.5) * Resolution / size.Y));
        int cz = Math.Min(Resolution - 1, (int)((z + 0.5) * Resolution / size.Z));
        return (cz * Resolution + cy) * Resolution + cx;
    }
}
