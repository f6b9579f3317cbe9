using PulmoPet.Imaging;
using PulmoPet.Imaging.Dicom;
using PulmoPet.Imaging.Dicom.Suv;
using PulmoPet.Imaging.Io;
using PulmoPet.Study.Workspace;

namespace PulmoPet.Study.Running;

/// <summary>
/// <c>convert</c>: the case's PET to <c>pet.nii.gz</c> in SUVbw (float32; a DICOM PET series is converted by the QIBA
/// rule from its own header, an image file is taken to be in SUV already), its CT to <c>ct.nii.gz</c> (HU, as stored)
/// and its lung mask, when given, to <c>mask.nii.gz</c> (uint8). Only voxels and geometry are written: no DICOM
/// attribute (patient name, birth date, UIDs) reaches the workspace.
/// </summary>
public sealed class ConvertStep : StudyStep
{
    public override string Name => "convert";

    public override string Version => "1";

    public override string Settings => "suv=bw";

    public override IReadOnlyList<(string Role, string Path)> Inputs(StepContext context) =>
        [.. context.Case.Inputs().Where(i => i.Role != "rtstruct")];

    public override IReadOnlyList<string> Outputs(StepContext context)
    {
        var outputs = new List<string> { CaseFolder.PetFile };
        if (context.Case.Ct is not null) outputs.Add(CaseFolder.CtFile);
        if (context.Case.Mask is not null) outputs.Add(CaseFolder.MaskFile);
        return outputs;
    }

    public override void Run(StepContext context)
    {
        var pet = Read(context.Case.Pet, "PET", "PT").ToFloat();
        NonFiniteVoxels.EnsureNone(pet, "The PET");
        context.WriteImage(pet, CaseFolder.PetFile, "PulmoPet PET SUVbw");
        if (context.Case.Ct is { } ct)
        {
            context.WriteImage(Read(ct, "CT", "CT"), CaseFolder.CtFile, "PulmoPet CT HU");
        }

        if (context.Case.Mask is { } mask)
        {
            if (Directory.Exists(mask))
            {
                throw new InvalidInputException("The lung mask must be an image file (NIfTI, NRRD or MetaImage), not a folder.");
            }

            context.WriteImage(ImageFile.Read(mask).ConvertTo<byte>(), CaseFolder.MaskFile, "PulmoPet lungs 1=R 2=L");
        }
    }

    /// <summary>An image file, or the one series of a DICOM folder (the series of <paramref name="modality"/> when it holds several).</summary>
    private static Volume Read(string path, string what, string modality)
    {
        if (!Directory.Exists(path))
        {
            return ImageFile.Read(path);
        }

        var series = DicomSeriesScanner.Scan(path);
        var selected = DicomImageLoader.Select(series, path, null, series.Count > 1 ? modality : null);
        if (what == "PET" && selected.Modality != "PT")
        {
            throw new InvalidInputException($"The PET folder holds a {selected.Modality} series, not a PET (PT) one.");
        }

        var normalization = selected.Modality == "PT" ? SuvNormalization.BodyWeight : SuvNormalization.None;
        return DicomImageLoader.Load(selected, normalization).Volume;
    }
}
