using PulmoPet.Imaging;
using PulmoPet.Imaging.Io;

namespace PulmoPet.Deep.Data;

/// <summary>
/// Network inputs from the images of a <see cref="CohortCase"/>: lung-cropped PET+CT lesion-segmentation
/// cases, axial CT slices with lung labels, lesion-centred crops with their class. Each names the file it
/// misses when the case lacks what the task needs.
/// </summary>
public static class CohortTrainingData
{
    /// <summary>Lesion segmentation: CT and lesions on the PET grid, cropped to the lungs when the case has a lung mask.</summary>
    public static SegmentationCase SegmentationCase(CohortCase item, PetCtNormalization normalization)
    {
        ArgumentNullException.ThrowIfNull(item);
        string lesionsPath = Need(item.LesionsPath, item, "lesions");
        var pet = ImageFile.Read<float>(item.PetPath);
        var ct = ImageFile.Read(item.CtPath);
        var lesions = ImageFile.Read<byte>(lesionsPath);
        var lungs = item.LungsPath is null ? null : ImageFile.Read<byte>(item.LungsPath);
        return PetCtCaseBuilder.Build(item.CaseId, pet, ct, normalization, lesions, lungs).Case;
    }

    /// <summary>Lung masks: every axial CT slice with its lung labels (1 right, 2 left) on the CT grid.</summary>
    public static SliceCase LungSlices(CohortCase item, PetCtNormalization normalization)
    {
        ArgumentNullException.ThrowIfNull(item);
        string lungsPath = Need(item.LungsPath, item, "lungs");
        var ct = ImageFile.Read(item.CtPath);
        var lungs = ImageFile.Read<byte>(lungsPath);
        if (!ct.Geometry.IsSameGrid(lungs.Geometry, 1e-4))
        {
            throw new InvalidInputException($"The lung labels {lungsPath} are not on the grid of the CT {item.CtPath}.");
        }

        return SliceCase.FromVolumes(item.CaseId, ct, lungs, normalization);
    }

    /// <summary>Classification: one crop per lesion, labelled with the case's class (its index in <paramref name="classNames"/>).</summary>
    public static IReadOnlyList<LesionCrop> LesionCrops(CohortCase item, IReadOnlyList<string> classNames, PetCtNormalization normalization, int size)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(classNames);
        int classIndex = ClassIndex(item, classNames);
        var lesions = ImageFile.Read<byte>(Need(item.LesionsPath, item, "lesions"));
        return LesionCropExtractor.Extract(item.CaseId, ImageFile.Read<float>(item.PetPath), ImageFile.Read(item.CtPath), lesions,
            normalization, classIndex, size);
    }

    /// <summary>The index of the case's class in <paramref name="classNames"/> (case-insensitive).</summary>
    public static int ClassIndex(CohortCase item, IReadOnlyList<string> classNames)
    {
        ArgumentNullException.ThrowIfNull(item);
        string name = item.ClassName ?? throw new InvalidInputException($"Case {item.CaseId} has no class; the cohort needs a 'class' column to train a classifier.");
        int index = classNames.ToList().FindIndex(c => string.Equals(c, name, StringComparison.OrdinalIgnoreCase));
        return index >= 0 ? index : throw new InvalidInputException($"Case {item.CaseId} has the class '{name}', which is not one of {string.Join(", ", classNames)}.");
    }

    /// <summary>
    /// The class names of a cohort: the phantom's four (lymphoma, lung_cancer, benign, metastasis, in that order)
    /// when every case's class is one of them, otherwise the distinct names in ordinal order.
    /// </summary>
    public static IReadOnlyList<string> ClassNames(IEnumerable<CohortCase> cases, IReadOnlyList<string> preferred)
    {
        var names = cases.Select(c => c.ClassName ?? throw new InvalidInputException($"Case {c.CaseId} has no class; the cohort needs a 'class' column to train a classifier."))
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return names.All(n => preferred.Contains(n, StringComparer.OrdinalIgnoreCase))
            ? preferred
            : names.Order(StringComparer.Ordinal).ToList();
    }

    private static string Need(string? path, CohortCase item, string what) =>
        path ?? throw new InvalidInputException($"Case {item.CaseId} has no {what} image; the cohort needs a '{what}' column for this task.");
}
