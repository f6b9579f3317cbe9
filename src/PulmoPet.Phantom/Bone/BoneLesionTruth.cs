using PulmoPet.Imaging;

namespace PulmoPet.Phantom.Bone;

/// <summary>Where a bone lesion lies.</summary>
public enum BoneSite
{
    Vertebra,
    Rib,
    Sternum,
}

/// <summary>Radiographic pattern: lytic (bone destroyed, lower HU) or blastic (sclerotic, higher HU).</summary>
public enum BonePattern
{
    Lytic,
    Blastic,
}

/// <summary>The primary tumour a bone metastasis comes from.</summary>
public enum BoneLesionOrigin
{
    /// <summary>Lung cancer.</summary>
    Lung,
    /// <summary>Any other primary (extrathoracic carcinoma, lymphoma).</summary>
    Other,
}

/// <summary>Ground truth of one bone lesion (one row of <c>bone_lesions.csv</c>).</summary>
public sealed record BoneLesionTruth
{
    public required string CaseId { get; init; }

    /// <summary>The lesion's label in <c>bone_lesions.nii.gz</c> (1…n).</summary>
    public required int LesionId { get; init; }

    public required BoneSite Site { get; init; }

    public required BonePattern Pattern { get; init; }

    public required BoneLesionOrigin Origin { get; init; }

    public required int VoxelCount { get; init; }

    public required double VolumeMl { get; init; }

    /// <summary>Centroid, LPS world mm.</summary>
    public required Vector3D CentroidMm { get; init; }

    /// <summary>Mean HU over the lesion in <c>ct_bone.nii.gz</c>.</summary>
    public required double MeanHu { get; init; }
}

/// <summary>A patient's CT with bone lesions, their instance labels on the CT grid and their truth rows.</summary>
public sealed record BoneLesionImages(Volume<short> Ct, Volume<byte> Labels, IReadOnlyList<BoneLesionTruth> Truth);
