using PulmoPet.Imaging;
using PulmoPet.Imaging.Io;

namespace PulmoPet.Deep.Related;

/// <summary>
/// A cohort folder as <c>pulmopet phantom</c> writes it: one sub-folder per case (named by case id) holding
/// NIfTI images. The related tasks read their inputs and targets from here.
/// </summary>
public sealed class CohortFolder
{
    private CohortFolder(string directory, IReadOnlyList<string> caseIds)
    {
        Directory = directory;
        CaseIds = caseIds;
    }

    public string Directory { get; }

    /// <summary>Case ids in ordinal order.</summary>
    public IReadOnlyList<string> CaseIds { get; }

    /// <summary>Opens <paramref name="directory"/>; every case folder must hold all <paramref name="requiredFiles"/>.</summary>
    public static CohortFolder Open(string directory, params string[] requiredFiles)
    {
        if (!System.IO.Directory.Exists(directory))
        {
            throw new InvalidInputException($"The cohort folder {directory} does not exist.");
        }

        var cases = System.IO.Directory.GetDirectories(directory)
            .Where(d => File.Exists(Path.Combine(d, "ct.nii.gz")))
            .Select(Path.GetFileName)
            .Order(StringComparer.Ordinal)
            .ToList();
        if (cases.Count == 0)
        {
            throw new InvalidInputException($"The cohort folder {directory} has no case folders with a ct.nii.gz.");
        }

        foreach (string caseId in cases!)
        {
            foreach (string file in requiredFiles)
            {
                string path = Path.Combine(directory, caseId, file);
                if (!File.Exists(path))
                {
                    throw new InvalidInputException($"{path} is missing; write the cohort with 'pulmopet phantom --with perfusion,organs,dose,bone'.");
                }
            }
        }

        return new CohortFolder(directory, cases!);
    }

    public string PathOf(string caseId, string file) => Path.Combine(Directory, caseId, file);

    public Volume<T> Read<T>(string caseId, string file)
        where T : unmanaged, System.Numerics.INumber<T> => ImageFile.Read<T>(PathOf(caseId, file));

    public Volume ReadAny(string caseId, string file) => ImageFile.Read(PathOf(caseId, file));

    /// <summary>The case ids of fold <paramref name="fold"/> of <paramref name="folds"/>: every folds-th case starting at fold.</summary>
    public static IReadOnlyList<T> Fold<T>(IReadOnlyList<T> items, int fold, int folds, bool heldOut) =>
        items.Where((_, i) => (i % folds == fold) == heldOut).ToList();
}
