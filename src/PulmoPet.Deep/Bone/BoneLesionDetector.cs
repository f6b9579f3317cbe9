using PulmoPet.Deep.Data;
using PulmoPet.Deep.Inference;
using PulmoPet.Imaging;
using PulmoPet.Imaging.Processing;
using TorchSharp;
using static TorchSharp.torch;

namespace PulmoPet.Deep.Bone;

/// <summary>One detected bone lesion: its instance label, size, centroid (LPS mm) and probability of lung origin.</summary>
public sealed record DetectedBoneLesion(int Label, long VoxelCount, double VolumeMl, Vector3D CentroidMm, double LungOriginProbability);

/// <summary>The instances found in one CT: labels over the case crop, and one row per instance.</summary>
public sealed record BoneDetection(BoneCase Case, int[] Instances, IReadOnlyList<DetectedBoneLesion> Lesions)
{
    /// <summary>The instance labels on the full grid (as <see cref="byte"/>; at most 255 instances are kept).</summary>
    public Volume<byte> InstanceVolume()
    {
        var volume = new Volume<byte>(Case.Grid);
        CropBox crop = Case.Crop;
        for (int z = 0; z < crop.Size.Z; z++)
        {
            for (int y = 0; y < crop.Size.Y; y++)
            {
                for (int x = 0; x < crop.Size.X; x++)
                {
                    int label = Instances[(z * crop.Size.Y + y) * crop.Size.X + x];
                    volume[crop.Start.X + x, crop.Start.Y + y, crop.Start.Z + z] = (byte)Math.Min(label, 255);
                }
            }
        }

        return volume;
    }
}

/// <summary>
/// Bone-lesion instance segmentation on CT: the U-Net's lesion mask by sliding-window inference, instances as
/// its 26-connected components of at least <see cref="MinVoxels"/> voxels, and for each a crop classifier's
/// probability of lung origin. <see cref="Instances"/> also serves the threshold baseline.
/// </summary>
public sealed class BoneLesionDetector
{
    public const int MinVoxels = 2;

    private readonly nn.Module<Tensor, Tensor> segmentation;
    private readonly nn.Module<Tensor, Tensor> origin;
    private readonly Device device;

    private BoneLesionDetector(ModelManifest segmentationManifest, nn.Module<Tensor, Tensor> segmentation, ModelManifest originManifest, nn.Module<Tensor, Tensor> origin, Device device)
    {
        SegmentationManifest = segmentationManifest;
        OriginManifest = originManifest;
        this.segmentation = segmentation;
        this.origin = origin;
        this.device = device;
    }

    public ModelManifest SegmentationManifest { get; }

    public ModelManifest OriginManifest { get; }

    public static BoneLesionDetector Load(string directory, Device? device = null)
    {
        device ??= CPU;
        var (segmentationManifest, segmentation) = ModelDirectory.Load(Path.Combine(directory, BoneTraining.SegmentationDirectory), device);
        var (originManifest, origin) = ModelDirectory.Load(Path.Combine(directory, BoneTraining.OriginDirectory), device);
        if (segmentationManifest.Task != BoneTraining.SegmentationTask || originManifest.Task != BoneTraining.OriginTask)
        {
            throw new InvalidInputException($"{directory} is not a bone-lesion model (it needs {BoneTraining.SegmentationDirectory}/ and {BoneTraining.OriginDirectory}/ written by 'pulmopet dl train-bone').");
        }

        return new BoneLesionDetector(segmentationManifest, segmentation, originManifest, origin, device);
    }

    public ImageGeometry GridFor(Volume ct)
    {
        ArgumentNullException.ThrowIfNull(ct);
        var s = SegmentationManifest.SpacingMm;
        return ct.Geometry.Resampled(new Vector3D(s[0], s[1], s[2]));
    }

    public BoneDetection Detect(Volume ct) => Detect(BoneData.Build("input", ct, SegmentationManifest.Normalization, GridFor(ct)));

    public BoneDetection Detect(BoneCase item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var c = item.Case;
        byte[] mask;
        using (NewDisposeScope())
        {
            var inferer = new SlidingWindowInferer(SegmentationManifest.PatchSize.ToArray());
            var image = tensor(c.Image).reshape(1, c.Depth, c.Height, c.Width).to(device);
            mask = inferer.Predict(segmentation, image).argmax(0).to_type(ScalarType.Byte).cpu().data<byte>().ToArray();
        }

        return Instances(item, mask, crops => LungProbabilities(crops));
    }

    /// <summary>Instances of a lesion mask over the case crop, each scored by <paramref name="score"/>.</summary>
    public static BoneDetection Instances(BoneCase item, byte[] mask, Func<IReadOnlyList<Data.LesionCrop>, double[]> score, int cropSize = 16)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(score);
        var c = item.Case;
        var cropGrid = new ImageGeometry(new Size3(c.Width, c.Height, c.Depth), item.Grid.Spacing, Vector3D.Zero);
        var components = ConnectedComponents.Label(new Volume<byte>(cropGrid, mask), Connectivity.Vertices26, sortBySize: true);
        int[] labels = components.Labels.Voxels;
        var kept = components.Components.Where(k => k.VoxelCount >= MinVoxels).ToList();
        var keep = new bool[components.Count + 1];
        foreach (var k in kept)
        {
            keep[k.Label] = true;
        }

        for (int i = 0; i < labels.Length; i++)
        {
            if (!keep[labels[i]])
            {
                labels[i] = 0;
            }
        }

        var crops = kept.Select(k => BoneData.CropAround(item, k.Label, -1, k.CentroidIndex, cropSize)).ToList();
        double[] probabilities = crops.Count == 0 ? [] : score(crops);
        var lesions = kept.Select((k, n) => new DetectedBoneLesion(k.Label, k.VoxelCount, k.VolumeMl,
            item.Grid.IndexToWorld(k.CentroidIndex + new Vector3D(item.Crop.Start.X, item.Crop.Start.Y, item.Crop.Start.Z)), probabilities[n])).ToList();
        return new BoneDetection(item, labels, lesions);
    }

    private double[] LungProbabilities(IReadOnlyList<Data.LesionCrop> crops)
    {
        using var scope = NewDisposeScope();
        int size = crops[0].Size;
        var data = crops.SelectMany(k => Data.LesionCropExtractor.Channels(k, Networks.ClassifierInput.Ct)).ToArray();
        var batch = tensor(data).reshape(crops.Count, 1, size, size, size).to(device);
        return nn.functional.softmax(origin.forward(batch), 1)[.., 1].cpu().to_type(ScalarType.Float64).data<double>().ToArray();
    }
}
