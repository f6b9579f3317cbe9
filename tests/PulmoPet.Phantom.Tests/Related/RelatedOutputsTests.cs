using System.Security.Cryptography;
using PulmoPet.Imaging;
using PulmoPet.Phantom.Related;

namespace PulmoPet.Phantom.Tests.Related;

public sealed class RelatedOutputsTests
{
    [Fact]
    public void RelatedOutputsLeaveTheExistingFilesByteIdentical()
    {
        var options = new CohortOptions { Patients = 1, Seed = 21, CtSpacingMm = 4, PetSpacingMm = 4, MaxDegreeOfParallelism = 2 };
        using var plain = new TempDirectory();
        using var extended = new TempDirectory();
        CohortGenerator.Write(plain.Path, options);
        CohortGenerator.Write(extended.Path, options, writeExtra: (p, dir) => RelatedOutputs.Write(p, dir, options.Seed, RelatedOutputs.Parse("all")));
        string[] existing = Directory.GetFiles(Path.Combine(plain.Path, "P001")).Select(Path.GetFileName).ToArray()!;
        foreach (string name in existing)
        {
            Assert.Equal(Hash(Path.Combine(plain.Path, "P001", name)), Hash(Path.Combine(extended.Path, "P001", name)));
        }

        string[] added = Directory.GetFiles(Path.Combine(extended.Path, "P001")).Select(Path.GetFileName).Except(existing).Order(StringComparer.Ordinal).ToArray()!;
        Assert.Equal(
            ["bone_lesions.csv", "bone_lesions.nii.gz", "ct_bone.nii.gz", "organs_pet.nii.gz", "perfusion.nii.gz", "pet_drf_1.nii.gz", "pet_drf_10.nii.gz", "pet_drf_20.nii.gz", "pet_drf_50.nii.gz", "pet_nac.nii.gz"],
            added);
    }

    [Theory]
    [InlineData("perfusion", RelatedOutput.Perfusion)]
    [InlineData("organs, dose", RelatedOutput.Organs | RelatedOutput.PetVariants)]
    [InlineData("bone,nac", RelatedOutput.Bone | RelatedOutput.PetVariants)]
    [InlineData("", RelatedOutput.None)]
    public void ParsesTheOutputList(string list, RelatedOutput expected) => Assert.Equal(expected, RelatedOutputs.Parse(list));

    [Fact]
    public void AnUnknownOutputIsAUserError() =>
        Assert.Contains("kidneys", Assert.Throws<InvalidInputException>(() => RelatedOutputs.Parse("perfusion,kidneys")).Message);

    private static string Hash(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));
}
