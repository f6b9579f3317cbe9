using PulmoPet.Deep.Data;
using PulmoPet.Imaging;
using PulmoPet.Phantom;

namespace PulmoPet.Deep.Tests.Data;

/// <summary>
/// A phantom cohort read back from its files gives the same network input as the patient generated in memory
/// (the in-memory path is the reference: the files only add a NIfTI round trip, float32 geometry included).
/// </summary>
public sealed class CohortTrainingDataTests
{
    private static readonly CohortOptions Options = new()
    {
        Patients = 1, Seed = 4, Centers = 2, FieldOfViewMm = new(300, 240, 280), MaxDegreeOfParallelism = 2,
    };

    private static readonly string[] ClassNames = LesionClasses.All.Select(c => c.ToName()).ToArray();

    [Fact]
    public void PhantomFolderCaseMatchesThePatientInMemory()
    {
        using var temp = new TempDirectory();
        CohortGenerator.Write(temp.Path, Options);
        var item = Assert.Single(CohortManifest.Read(temp.Path));
        var patient = new PatientGenerator(Options).Generate(0);
        Assert.Equal(patient.LesionClass.ToName(), item.ClassName);
        Assert.Equal(patient.Clinical.Center.ToString(System.Globalization.CultureInfo.InvariantCulture), item.Center);

        var fromFiles = CohortTrainingData.SegmentationCase(item, PetCtNormalization.Default);
        var inMemory = PhantomCases.FromPatient(patient);
        Assert.Equal((inMemory.Depth, inMemory.Height, inMemory.Width), (fromFiles.Depth, fromFiles.Height, fromFiles.Width));
        Assert.Equal(inMemory.Labels, fromFiles.Labels);
        AssertClose(inMemory.Image, fromFiles.Image);

        var slices = CohortTrainingData.LungSlices(item, PetCtNormalization.Default);
        var slicesInMemory = PhantomCases.LungSlicesOf(patient);
        Assert.Equal(slicesInMemory.Labels, slices.Labels);
        Assert.Equal(slicesInMemory.Image, slices.Image); // CT is int16 on both sides: no resampling, exact

        var crops = CohortTrainingData.LesionCrops(item, ClassNames, PetCtNormalization.Default, 16);
        var cropsInMemory = PhantomCases.LesionCropsOf(patient, 16);
        Assert.Equal(cropsInMemory.Count, crops.Count);
        Assert.True(crops.Count > 0);
        for (int i = 0; i < crops.Count; i++)
        {
            Assert.Equal((cropsInMemory[i].LesionId, cropsInMemory[i].ClassIndex), (crops[i].LesionId, crops[i].ClassIndex));
            Assert.Equal((int)patient.LesionClass, crops[i].ClassIndex);
            AssertClose(cropsInMemory[i].Image, crops[i].Image);
        }
    }

    [Fact]
    public void ACaseWithoutWhatTheTaskNeedsIsNamed()
    {
        var item = new CohortCase("X7", "pet.nii.gz", "ct.nii.gz", ClassName: "benign");
        var error = Assert.Throws<InvalidInputException>(() => CohortTrainingData.LungSlices(item, PetCtNormalization.Default));
        Assert.Contains("Case X7 has no lungs image", error.Message);

        var unknown = Assert.Throws<InvalidInputException>(() => CohortTrainingData.ClassIndex(item with { ClassName = "adenoma" }, ClassNames));
        Assert.Contains("'adenoma'", unknown.Message);
    }

    [Fact]
    public void ClassNamesAreThePhantomsFourWhenTheCohortUsesThem()
    {
        var phantom = new[] { "benign", "lymphoma" }.Select(c => new CohortCase("P", "p", "c", ClassName: c));
        Assert.Equal(ClassNames, CohortTrainingData.ClassNames(phantom, ClassNames));

        var other = new[] { "egfr_wild", "egfr_mutant" }.Select(c => new CohortCase("P", "p", "c", ClassName: c));
        Assert.Equal(["egfr_mutant", "egfr_wild"], CohortTrainingData.ClassNames(other, ClassNames));
    }

    private static void AssertClose(float[] expected, float[] actual)
    {
        Assert.Equal(expected.Length, actual.Length);
        double worst = expected.Zip(actual, (e, a) => Math.Abs(e - a)).Max();
        Assert.True(worst < 1e-3, $"largest difference {worst}");
    }
}
