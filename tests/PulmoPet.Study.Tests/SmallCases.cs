using PulmoPet.Imaging.Io;
using PulmoPet.Phantom;
using PulmoPet.Phantom.Dicom;

namespace PulmoPet.Study.Tests;

/// <summary>
/// Small synthetic PET/CT cases for the workspace tests: phantom patients on coarse grids (CT 4 mm, PET 6 mm) so a case
/// runs through every step in about a second. Generated once per test process.
/// </summary>
internal static class SmallCases
{
    public static readonly CohortOptions Options = new()
    {
        Patients = 2,
        Seed = 31,
        CtSpacingMm = 4,
        PetSpacingMm = 6,
        MaxDegreeOfParallelism = 1,
    };

    private static readonly Lazy<SyntheticPatient[]> Patients = new(() =>
    {
        var generator = new PatientGenerator(Options);
        return [generator.Generate(0), generator.Generate(1)];
    });

    public static SyntheticPatient Patient(int index) => Patients.Value[index];

    /// <summary>Writes patient <paramref name="index"/> as <c>folder/pet.nii.gz</c> and <c>folder/ct.nii.gz</c>.</summary>
    public static (string Pet, string Ct) WriteImages(string folder, int index)
    {
        Directory.CreateDirectory(folder);
        string pet = Path.Combine(folder, "pet.nii.gz"), ct = Path.Combine(folder, "ct.nii.gz");
        ImageFile.Write(Patient(index).Pet, pet);
        ImageFile.Write(Patient(index).Ct, ct);
        return (pet, ct);
    }

    /// <summary>Writes patient <paramref name="index"/> as the DICOM a scanner would export (PatientName PulmoPet^&lt;case&gt;); returns the PT and CT folders.</summary>
    public static (string Pet, string Ct) WriteDicom(string folder, int index)
    {
        PhantomDicomExporter.Write(Patient(index), folder, Options.Seed);
        string root = Path.Combine(folder, PhantomDicomExporter.DicomFolder);
        return (Path.Combine(root, PhantomDicomExporter.PetFolder), Path.Combine(root, PhantomDicomExporter.CtFolder));
    }

    /// <summary>A manifest CSV text: header then one line per case.</summary>
    public static string Manifest(string header, IEnumerable<string> rows) => header + "\n" + string.Join("\n", rows) + "\n";
}
