using PulmoPet.Imaging.Io;
using PulmoPet.Phantom;
using PulmoPet.Phantom.Dicom;
using PulmoPet.Study.Workspace;

namespace PulmoPet.Study.Tests;

/// <summary>
/// Small synthetic PET/CT cases for the workspace tests: two phantom patients on coarse grids (CT 4 mm, PET 6 mm),
/// generated once per test process. With the phantom's lung labels as the manifest's mask a case runs every step in
/// well under a second; without it the lungs are segmented from the CT (about 2 s).
/// </summary>
internal static class SmallCases
{
    public static readonly CohortOptions Options = new()
    {
        Patients = 2,
        Seed = 31,
        CtSpacingMm = 4,
        PetSpacingMm = 6,
        MaxDegreeOfParallelism = 2,
    };

    private static readonly Lazy<SyntheticPatient[]> Patients = new(() =>
    {
        var generator = new PatientGenerator(Options);
        return [generator.Generate(0), generator.Generate(1)];
    });

    public static SyntheticPatient Patient(int index) => Patients.Value[index];

    /// <summary>Writes patient <paramref name="index"/> as <c>folder/pet.nii.gz</c>, <c>ct.nii.gz</c> and <c>lungs.nii.gz</c> (truth lung labels).</summary>
    public static (string Pet, string Ct, string Mask) WriteImages(string folder, int index)
    {
        Directory.CreateDirectory(folder);
        string pet = Path.Combine(folder, "pet.nii.gz"), ct = Path.Combine(folder, "ct.nii.gz"), mask = Path.Combine(folder, "lungs.nii.gz");
        ImageFile.Write(Patient(index).Pet, pet);
        ImageFile.Write(Patient(index).Ct, ct);
        ImageFile.Write(Patient(index).Lungs, mask);
        return (pet, ct, mask);
    }

    /// <summary>Writes patient <paramref name="index"/> as the DICOM a scanner would export; returns the PT and CT folders.</summary>
    public static (string Pet, string Ct) WriteDicom(string folder, int index)
    {
        PhantomDicomExporter.Write(Patient(index), folder, Options.Seed);
        string root = Path.Combine(folder, PhantomDicomExporter.DicomFolder);
        return (Path.Combine(root, PhantomDicomExporter.PetFolder), Path.Combine(root, PhantomDicomExporter.CtFolder));
    }

    /// <summary>
    /// A workspace of <paramref name="count"/> cases <c>case01…</c> alternating between the two patients (inputs written
    /// once and shared), with a label column (<c>a</c>/<c>b</c> alternating) and <paramref name="extra"/> columns per case;
    /// the case numbered <paramref name="corrupt"/> (1-based) gets a PET file that is not an image.
    /// </summary>
    public static StudyWorkspace Workspace(TempDirectory temp, int count, int? corrupt = null, bool mask = true, Func<int, string>? extra = null, string? extraHeader = null)
    {
        var inputs = new[] { WriteImages(temp.File("in0"), 0), WriteImages(temp.File("in1"), 1) };
        var rows = new List<string>();
        for (int i = 1; i <= count; i++)
        {
            var (pet, ct, lungs) = inputs[(i - 1) % 2];
            if (i == corrupt)
            {
                pet = temp.File($"broken-{i}.nii.gz");
                File.WriteAllBytes(pet, [0x1f, 0x8b, 0x08, 0x00, 0x42, 0x42, 0x42]);
            }

            rows.Add($"case{i:00},{pet},{ct},{(mask ? lungs : "")},{(i % 2 == 1 ? "a" : "b")}{(extra is null ? "" : "," + extra(i))}");
        }

        File.WriteAllText(temp.File("cases.csv"), "case_id,pet,ct,mask,label" + (extraHeader is null ? "" : "," + extraHeader) + "\n" + string.Join("\n", rows) + "\n");
        return StudyWorkspace.Create(temp.File("ws"), temp.File("cases.csv"));
    }
}
