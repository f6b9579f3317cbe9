using PulmoPet.Imaging;
using PulmoPet.Phantom.Clinical;
using PulmoPet.Phantom.Rendering;

namespace PulmoPet.Phantom.Anatomy;

/// <summary>
/// A patient's anatomy: build, lungs and lobes, mediastinal landmarks, and the ordered paint operations
/// that produce the <see cref="TissueMap"/> (body wall and abdomen, lungs, mediastinum, skeleton, then the
/// intrapulmonary trees, which are grown into the lungs as painted).
/// </summary>
public sealed class PhantomAnatomy
{
    private readonly List<PaintOperation> _operations = [];

    private PhantomAnatomy(BodyHabitus habitus, LungModel lungs, MediastinalLandmarks landmarks)
    {
        Habitus = habitus;
        Lungs = lungs;
        Landmarks = landmarks;
    }

    public BodyHabitus Habitus { get; }

    public LungModel Lungs { get; }

    public MediastinalLandmarks Landmarks { get; }

    /// <summary>The paint operations in the order they were applied.</summary>
    public IReadOnlyList<PaintOperation> Operations => _operations;

    /// <summary>Samples the anatomy of a patient and paints it on <paramref name="grid"/> (body frame).</summary>
    public static (PhantomAnatomy Anatomy, TissueMap Map) Build(
        ClinicalRecord clinical, BodyHabitus habitus, ImageGeometry grid, DeterministicRandom random)
    {
        var lungs = new LungModel(habitus, random);
        (List<PaintOperation> mediastinal, MediastinalLandmarks landmarks) = Mediastinum.Build(habitus, clinical, random);
        var anatomy = new PhantomAnatomy(habitus, lungs, landmarks);
        var map = new TissueMap(grid);
        var painter = new TissuePainter(map);

        anatomy.Apply(painter, BodyWall.Build(habitus));
        anatomy.Apply(painter, Abdomen.Build(habitus, random));
        anatomy.Apply(painter,
        [
            new PaintOperation("right_lung", lungs.Right, Tissue.Lung, OrganLabel.LungRight)
            {
                Over = OrganSet.Of(OrganLabel.Mediastinum),
                LungEffect = LungRegionEffect.Set,
                Side = LungSide.Right,
                BlendEdges = true,
            },
            new PaintOperation("left_lung", lungs.Left, Tissue.Lung, OrganLabel.LungLeft)
            {
                Over = OrganSet.Of(OrganLabel.Mediastinum),
                LungEffect = LungRegionEffect.Set,
                Side = LungSide.Left,
                BlendEdges = true,
            },
        ]);
        anatomy.Apply(painter, mediastinal);
        anatomy.Apply(painter, Skeleton.Build(habitus, random));
        anatomy.Apply(painter, PulmonaryTrees.Build(lungs, landmarks, map, random).ToList());
        return (anatomy, map);
    }

    private void Apply(TissuePainter painter, IEnumerable<PaintOperation> operations)
    {
        foreach (PaintOperation operation in operations)
        {
            operation.PaintWith(painter);
            _operations.Add(operation);
        }
    }
}
