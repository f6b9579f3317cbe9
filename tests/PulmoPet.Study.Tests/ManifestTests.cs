using PulmoPet.Study.Workspace;

namespace PulmoPet.Study.Tests;

public sealed class ManifestTests
{
    [Fact]
    public void EveryBadRowGetsOneSentence()
    {
        using var temp = new TempDirectory();
        File.WriteAllText(temp.File("pet.nii.gz"), "x");
        File.WriteAllText(temp.File("ct.nii.gz"), "x");
        File.WriteAllText(temp.File("cases.csv"), """
            case_id,pet,ct,label
            ok1,pet.nii.gz,ct.nii.gz,a
            ,pet.nii.gz,ct.nii.gz,a
            bad id,pet.nii.gz,ct.nii.gz,b
            ok1,pet.nii.gz,ct.nii.gz,b
            nopet,,ct.nii.gz,a
            noct,pet.nii.gz,,a
            gone,missing.nii.gz,ct.nii.gz,b
            """);

        var e = Assert.Throws<ManifestException>(() => StudyManifest.Read(temp.File("cases.csv")));

        Assert.Equal(
        [
            "The manifest cases.csv row 3 has an empty case_id.",
            "The manifest cases.csv row 4: case_id 'bad id' may only hold letters, digits, '.', '_' and '-' (it names the case's folder).",
            "The manifest cases.csv row 5 repeats case_id 'ok1' of row 2.",
            "The manifest cases.csv row 6 (case nopet) has no pet path.",
            "The manifest cases.csv row 7 (case noct) has neither a ct nor a mask path, so there is nothing to find the lungs in.",
            $"The manifest cases.csv row 8 (case gone): the pet path {temp.File("missing.nii.gz")} does not exist.",
        ], e.Problems);
    }

    [Fact]
    public void MissingColumnsAndIdentifyingColumnsAreRefused()
    {
        using var temp = new TempDirectory();
        File.WriteAllText(temp.File("cases.csv"), "case_id,image,patient_name,DOB\nx,a,b,c\n");

        var e = Assert.Throws<ManifestException>(() => StudyManifest.Read(temp.File("cases.csv")));

        Assert.Equal(4, e.Problems.Count);
        Assert.StartsWith("The manifest cases.csv has no 'pet' column", e.Problems[0], StringComparison.Ordinal);
        Assert.StartsWith("The manifest cases.csv has neither a 'ct' nor a 'mask' column", e.Problems[1], StringComparison.Ordinal);
        Assert.StartsWith("The manifest cases.csv has the column 'patient_name', a direct patient identifier", e.Problems[2], StringComparison.Ordinal);
        Assert.StartsWith("The manifest cases.csv has the column 'DOB', a direct patient identifier", e.Problems[3], StringComparison.Ordinal);
    }

    [Fact]
    public void RelativePathsResolveAgainstTheManifestAndClinicalColumnsFollow()
    {
        using var temp = new TempDirectory();
        Directory.CreateDirectory(temp.File("dicom/pt"));
        File.WriteAllText(temp.File("lungs.nii.gz"), "x");
        File.WriteAllText(temp.File("cases.csv"), "case_id,pet,mask,age,label\nc.1,dicom/pt,lungs.nii.gz,61,\"lung, cancer\"\n");

        var manifest = StudyManifest.Read(temp.File("cases.csv"));

        var c = Assert.Single(manifest.Cases);
        Assert.Equal(("c.1", temp.File("dicom/pt"), (string?)null, temp.File("lungs.nii.gz")), (c.CaseId, c.Pet, c.Ct, c.Mask));
        Assert.Equal(["age", "label"], manifest.ClinicalColumns);
        Assert.Equal("lung, cancer", c.Clinical[1].Value);
    }

    [Fact]
    public void PseudonymsAreTheSaltedHmacAndTheSaltStaysOutside()
    {
        using var temp = new TempDirectory();
        File.WriteAllText(temp.File("pet.nii.gz"), "x");
        File.WriteAllText(temp.File("ct.nii.gz"), "x");
        File.WriteAllText(temp.File("cases.csv"), "case_id,pet,ct\ncase01,pet.nii.gz,ct.nii.gz\ncase02,pet.nii.gz,ct.nii.gz\n");
        File.WriteAllText(temp.File("salt.txt"), "0123456789abcdef0123456789abcdef\n");

        var workspace = StudyWorkspace.Create(temp.File("ws"), temp.File("cases.csv"), temp.File("salt.txt"));

        // python3: hmac.new(b'0123456789abcdef0123456789abcdef\n', b'case01', hashlib.sha256).hexdigest()[:16]
        Assert.Equal(["c2e43ee37d2899dc4", "cdfad2b2f7bf05152"], workspace.ReadManifest().Cases.Select(c => c.CaseId));
        Assert.True(workspace.Pseudonymized);
        string written = File.ReadAllText(workspace.ManifestPath) + File.ReadAllText(Path.Combine(workspace.Directory, "study.json"));
        Assert.DoesNotContain("case01", written, StringComparison.Ordinal);
        Assert.DoesNotContain("0123456789abcdef", written, StringComparison.Ordinal);

        var inside = Assert.Throws<PulmoPet.Imaging.InvalidInputException>(() =>
            StudyWorkspace.Create(temp.File("ws2"), temp.File("cases.csv"), temp.File("ws2/salt.txt")));
        Assert.Contains("lies inside the workspace", inside.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(temp.File("ws2/study.json")));
    }

    [Fact]
    public void AMissingSaltFileIsCreatedWithRandomBytes()
    {
        using var temp = new TempDirectory();
        File.WriteAllText(temp.File("pet.nii.gz"), "x");
        File.WriteAllText(temp.File("ct.nii.gz"), "x");
        File.WriteAllText(temp.File("cases.csv"), "case_id,pet,ct\ncase01,pet.nii.gz,ct.nii.gz\n");

        var first = StudyWorkspace.Create(temp.File("ws1"), temp.File("cases.csv"), temp.File("secret/salt"));
        var second = StudyWorkspace.Create(temp.File("ws2"), temp.File("cases.csv"), temp.File("secret/salt"));

        Assert.Equal(65, File.ReadAllText(temp.File("secret/salt")).Length);
        Assert.Equal(first.ReadManifest().Cases[0].CaseId, second.ReadManifest().Cases[0].CaseId);
    }

    [Fact]
    public void AWorkspaceIsNotCreatedTwice()
    {
        using var temp = new TempDirectory();
        File.WriteAllText(temp.File("pet.nii.gz"), "x");
        File.WriteAllText(temp.File("ct.nii.gz"), "x");
        File.WriteAllText(temp.File("cases.csv"), "case_id,pet,ct\ncase01,pet.nii.gz,ct.nii.gz\n");
        StudyWorkspace.Create(temp.File("ws"), temp.File("cases.csv"));

        var e = Assert.Throws<PulmoPet.Imaging.InvalidInputException>(() => StudyWorkspace.Create(temp.File("ws"), temp.File("cases.csv")));

        Assert.Contains("is already a study workspace", e.Message, StringComparison.Ordinal);
    }
}
