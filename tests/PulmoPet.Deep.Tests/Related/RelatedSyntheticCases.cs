using PulmoPet.Deep.Bone;
using PulmoPet.Deep.Data;
using PulmoPet.Deep.Perfusion;
using PulmoPet.Imaging;

namespace PulmoPet.Deep.Tests.Related;

/// <summary>Small synthetic cases for the related tasks, learnable within seconds on a CPU.</summary>
internal static class RelatedSyntheticCases
{
    private static readonly ImageGeometry Grid16 = new(new Size3(16, 16, 16), new Vector3D(4, 4, 4), Vector3D.Zero);

    /// <summary>
    /// Perfusion cases: the CT channel has dense spheres in noise; the target (scaled perfusion) is 0.2 + 0.4·(inside a
    /// sphere), so a network must read the CT to predict it. Every voxel is lung; lobes are slabs of 4 rows.
    /// </summary>
    public static IReadOnlyList<PerfusionCase> Perfusion(int count, int seed)
    {
        var spheres = SyntheticSpheres.Generate(count, 16, seed);
        return spheres.Select(s =>
        {
            int voxels = (int)s.VoxelCount;
            var image = new float[2 * voxels];
            for (int i = 0; i < voxels; i++)
            {
                image[i] = s.Image[voxels + i];
                image[voxels + i] = 0.2f + 0.4f * s.Labels[i];
            }

            var lungs = Enumerable.Repeat((byte)1, voxels).ToArray();
            var lobes = Enumerable.Range(0, voxels).Select(i => (byte)(1 + i / 16 % 16 / 4)).ToArray();
            return new PerfusionCase(new SegmentationCase(s.Id, 2, 16, 16, 16, image, lungs), Grid16, CropBox.Whole(Grid16.Size), lobes);
        }).ToList();
    }

    /// <summary>Organ-like cases: one PET channel, label 1 where the spheres are (bright), label 2 a dim slab at the bottom.</summary>
    public static IReadOnlyList<SegmentationCase> Organs(int count, int seed)
    {
        var spheres = SyntheticSpheres.Generate(count, 16, seed);
        return spheres.Select(s =>
        {
            int voxels = (int)s.VoxelCount;
            var image = new float[voxels];
            var labels = new byte[voxels];
            for (int i = 0; i < voxels; i++)
            {
                int z = i / 256;
                labels[i] = s.Labels[i] != 0 ? (byte)1 : z < 3 ? (byte)2 : (byte)0;
                image[i] = labels[i] == 2 ? 0.5f + s.Image[voxels + i] - (s.Labels[i] != 0 ? 1f : 0f) : s.Image[voxels + i];
            }

            return new SegmentationCase(s.Id, 1, 16, 16, 16, image, labels);
        }).ToList();
    }

    /// <summary>
    /// Bone cases on a 16³ grid: a bone slab (normalised CT 0.4) across y = 4…11 with one lesion per case, lytic
    /// (−0.6, lung origin) or blastic (0.9, other origin), in noise.
    /// </summary>
    public static IReadOnlyList<BoneCase> Bone(int count, int seed)
    {
        var random = new Random(seed);
        var cases = new List<BoneCase>();
        for (int n = 0; n < count; n++)
        {
            var image = new float[4096];
            var labels = new byte[4096];
            bool lytic = n % 2 == 0;
            int cx = 4 + random.Next(8), cz = 4 + random.Next(8), cy = 7 + random.Next(2);
            for (int z = 0; z < 16; z++)
            {
                for (int y = 0; y < 16; y++)
                {
                    for (int x = 0; x < 16; x++)
                    {
                        int i = (z * 16 + y) * 16 + x;
                        bool bone = y is >= 4 and <= 11;
                        bool lesion = (x - cx) * (x - cx) + (y - cy) * (y - cy) + (z - cz) * (z - cz) <= 5;
                        labels[i] = lesion ? (byte)1 : (byte)0;
                        image[i] = (lesion ? (lytic ? -0.6f : 0.9f) : bone ? 0.4f : -0.8f) + (float)(0.1 * (random.NextDouble() - 0.5));
                    }
                }
            }

            cases.Add(new BoneCase(new SegmentationCase($"bone-{n}", 1, 16, 16, 16, image, labels), Grid16, CropBox.Whole(Grid16.Size), labels,
                new Dictionary<int, bool> { [1] = lytic }));
        }

        return cases;
    }
}
