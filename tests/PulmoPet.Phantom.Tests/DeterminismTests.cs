namespace PulmoPet.Phantom.Tests;

[Collection(CohortCollection.Name)]
public sealed class DeterminismTests(CohortFixture cohort)
{
    [Fact]
    public void SamePatientWithFourThreadsOrAloneIsIdentical()
    {
        // The fixture made patient 6 with two threads after patients 0–5; make it alone, first, with four (and one) threads.
        SyntheticPatient reference = cohort.Patients[6];
        foreach (int threads in new[] { 4, 1 })
        {
            var generator = new PatientGenerator(cohort.Options with { MaxDegreeOfParallelism = threads });
            SyntheticPatient again = generator.Generate(6);
            AssertIdentical(reference, again);
        }
    }

    [Fact]
    public void DifferentSeedsGiveDifferentPatients()
    {
        var other = new PatientGenerator(cohort.Options with { Seed = CohortFixture.Seed + 1 });
        SyntheticPatient a = cohort.Patients[0];
        SyntheticPatient b = other.Generate(0);
        Assert.False(a.Ct.Voxels.AsSpan().SequenceEqual(b.Ct.Voxels));
        Assert.False(a.Pet.Voxels.AsSpan().SequenceEqual(b.Pet.Voxels));
        Assert.NotEqual(a.Clinical with { CaseId = "x" }, b.Clinical with { CaseId = "x" });
    }

    internal static void AssertIdentical(SyntheticPatient a, SyntheticPatient b)
    {
        Assert.Equal(a.Clinical, b.Clinical);
        Assert.True(a.Ct.Geometry.IsSameGrid(b.Ct.Geometry, 0));
        Assert.True(a.Pet.Geometry.IsSameGrid(b.Pet.Geometry, 0));
        Assert.True(a.Ct.Voxels.AsSpan().SequenceEqual(b.Ct.Voxels), "CT differs.");
        Assert.True(a.Pet.Voxels.AsSpan().SequenceEqual(b.Pet.Voxels), "PET differs.");
        Assert.True(a.Activity.Voxels.AsSpan().SequenceEqual(b.Activity.Voxels), "Activity differs.");
        Assert.True(a.Lesions.Voxels.AsSpan().SequenceEqual(b.Lesions.Voxels), "Lesion labels differ.");
        Assert.True(a.Lungs.Voxels.AsSpan().SequenceEqual(b.Lungs.Voxels), "Lung labels differ.");
        Assert.True(a.Lobes.Voxels.AsSpan().SequenceEqual(b.Lobes.Voxels), "Lobe labels differ.");
        Assert.True(a.Organs.Voxels.AsSpan().SequenceEqual(b.Organs.Voxels), "Organ labels differ.");
        Assert.Equal(a.LesionTruth, b.LesionTruth);
    }
}
