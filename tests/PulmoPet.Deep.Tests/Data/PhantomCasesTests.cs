using PulmoPet.Deep.Data;
using PulmoPet.Imaging.Processing;
using PulmoPet.Phantom;

namespace PulmoPet.Deep.Tests.Data;

public sealed class PhantomCasesTests
{
    [Fact]
    public void PhantomCaseIsLungCroppedTwoChannelPetGridWithEveryLesionVoxel()
    {
        var options = new CohortOptions { Patients = 1, Seed = 4, FieldOfViewMm = new(300, 240, 280), MaxDegreeOfParallelism = 2 };
        var patient = new PatientGenerator(options).Generate(0);
        var item = PhantomCases.FromPatient(patient);

        var lesionsOnPet = Resampler.ResampleMask(patient.Lesions, patient.Pet.Geometry);
        int lesionVoxels = lesionsOnPet.Voxels.Count(v => v != 0);
        Assert.True(lesionVoxels > 0);
        Assert.Equal(lesionVoxels, item.Labels.Count(v => v != 0)); // the crop keeps every lesion voxel
        Assert.True(item.VoxelCount < patient.Pet.Geometry.VoxelCount); // and is smaller than the PET volume
        Assert.Equal(2, item.Channels);
        var ct = item.Image.AsSpan(0, (int)item.VoxelCount).ToArray();
        var pet = item.Image.AsSpan((int)item.VoxelCount).ToArray();
        Assert.All(ct, v => Assert.InRange(v, -1f, 1f));
        Assert.All(pet, v => Assert.InRange(v, 0f, 6f)); // SUV clipped at 30, divided by 5
    }

    [Fact]
    public void NormalisationMapsTheCtWindowOntoMinusOneToOne()
    {
        var n = PetCtNormalization.Default;
        Assert.Equal(-1f, n.Ct(-2000));
        Assert.Equal(-1f, n.Ct(-1000));
        Assert.Equal(1f, n.Ct(400));
        Assert.Equal(0f, n.Ct(-300), 6); // centre of [−1000, 400]
        Assert.Equal(2f, n.Pet(10), 6);
        Assert.Equal(0f, n.Pet(-1));
    }
}
