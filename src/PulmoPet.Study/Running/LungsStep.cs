using PulmoPet.Imaging;
using PulmoPet.Imaging.Processing;
using PulmoPet.Pet.Lesions;
using PulmoPet.Pet.Lungs;
using PulmoPet.Study.Workspace;

namespace PulmoPet.Study.Running;

/// <summary>
/// <c>lungs</c>: the lung labels (1 right, 2 left) on the PET grid, <c>lungs.nii.gz</c>: the given mask, or
/// <see cref="LungSegmenter"/> on the CT, brought to the PET grid by nearest neighbour exactly as
/// <see cref="LesionAnalyzer"/> does when it is given a CT, so the lesions found from this file are the same.
/// </summary>
public sealed class LungsStep(LungSegmentationOptions? options = null) : StudyStep
{
    public LungSegmentationOptions Options { get; } = options ?? LungSegmentationOptions.Default;

    public override string Name => "lungs";

    public override string Version => "1";

    public override string Settings => ContentHash.OfText(Options.ToString());

    public override IReadOnlyList<(string Role, string Path)> Inputs(StepContext context) =>
    [
        (CaseFolder.PetFile, context.Folder.File(CaseFolder.PetFile)),
        context.Case.Mask is not null
            ? (CaseFolder.MaskFile, context.Folder.File(CaseFolder.MaskFile))
            : (CaseFolder.CtFile, context.Folder.File(CaseFolder.CtFile)),
    ];

    public override IReadOnlyList<string> Outputs(StepContext context) => [CaseFolder.LungsFile];

    public override void Run(StepContext context)
    {
        var pet = context.Read<float>(CaseFolder.PetFile, "convert");
        Volume<byte> lungs;
        if (context.Case.Mask is not null)
        {
            lungs = context.Read<byte>(CaseFolder.MaskFile, "convert");
            int bad = lungs.Voxels.AsSpan().IndexOfAnyExcept(LungLabel.Background, LungLabel.Right, LungLabel.Left);
            if (bad >= 0)
            {
                throw new InvalidInputException($"The lung mask holds the value {lungs.Voxels[bad]}, but lung masks use 0 (background), 1 (right lung) and 2 (left lung).");
            }
        }
        else
        {
            var ct = context.Read<float>(CaseFolder.CtFile, "convert");
            lungs = LungSegmenter.Segment(ct, Options with { Parallel = context.Parallel }).Labels;
        }

        var onPet = lungs.Geometry.IsSameGrid(pet.Geometry)
            ? lungs
            : Resampler.Resample(lungs, pet.Geometry, Interpolation.Nearest, (byte)0, context.Parallel);
        context.WriteImage(onPet, CaseFolder.LungsFile, "PulmoPet lungs 1=R 2=L");
    }
}
