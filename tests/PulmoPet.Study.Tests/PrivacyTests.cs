using System.IO.Compression;
using System.Text;
using PulmoPet.Study.Reporting;
using PulmoPet.Study.Results;
using PulmoPet.Study.Running;
using PulmoPet.Study.Workspace;

namespace PulmoPet.Study.Tests;

public sealed class PrivacyTests
{
    /// <summary>
    /// A DICOM PET/CT whose PatientName is "PulmoPet^P001" (PatientID and AccessionNumber "P001", a birth date) goes
    /// through every step, the tables and the report under the manifest id "case01": no output file — decompressed when
    /// gzipped — holds the name, the id or the birth date. With --pseudonymize not even "case01" is left.
    /// </summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void NoDicomIdentifierReachesAnyOutput(bool pseudonymize)
    {
        using var temp = new TempDirectory();
        var (pet, ct) = SmallCases.WriteDicom(temp.File("export-a"), 0);
        Assert.Equal("P001", SmallCases.Patient(0).CaseId);
        string birthDate = FindBirthDate(Path.Combine(pet, Directory.GetFiles(pet)[0]));
        File.WriteAllText(temp.File("cases.csv"), $"case_id,pet,ct,label\ncase01,{pet},{ct},a\n");
        File.WriteAllText(temp.File("salt"), "a salt that is long enough\n");
        var workspace = StudyWorkspace.Create(temp.File("ws"), temp.File("cases.csv"), pseudonymize ? temp.File("salt") : null);

        var summary = new StudyRunner(workspace, new StudyRunOptions()).Run();
        Assert.Equal(0, summary.Failed);
        Assert.True(new StudyTables(workspace).Read(StudyTable.Lesions).Count > 0);
        foreach (var table in new[] { StudyTable.Cases, StudyTable.Lesions, StudyTable.Features, StudyTable.Errors })
        {
            new StudyTables(workspace).Export(table, Path.Combine(workspace.Directory, "tables", table + ".csv"));
            new StudyTables(workspace).Export(table, Path.Combine(workspace.Directory, "tables", table + ".parquet"));
        }

        new StudyReport(workspace, new StudyReportOptions()).Write();

        var forbidden = new List<string> { "PulmoPet^", "P001", birthDate };
        if (pseudonymize) forbidden.Add("case01");
        foreach (string file in Directory.GetFiles(workspace.Directory, "*", SearchOption.AllDirectories))
        {
            string text = Encoding.Latin1.GetString(Content(file));
            foreach (string secret in forbidden)
            {
                Assert.False(text.Contains(secret, StringComparison.Ordinal), $"{Path.GetRelativePath(workspace.Directory, file)} holds '{secret}'");
            }
        }

    }

    private static byte[] Content(string file)
    {
        byte[] bytes = File.ReadAllBytes(file);
        if (bytes.Length < 2 || bytes[0] != 0x1f || bytes[1] != 0x8b) return bytes;
        using var gzip = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
        using var plain = new MemoryStream();
        gzip.CopyTo(plain);
        return plain.ToArray();
    }

    /// <summary>The PatientBirthDate (0010,0030) value of a DICOM file, read with a plain byte search (explicit VR "DA").</summary>
    private static string FindBirthDate(string file)
    {
        byte[] bytes = File.ReadAllBytes(file);
        byte[] tag = [0x10, 0x00, 0x30, 0x00, (byte)'D', (byte)'A'];
        int at = bytes.AsSpan().IndexOf(tag);
        Assert.True(at > 0, "no PatientBirthDate in the exported DICOM");
        int length = bytes[at + 6] | (bytes[at + 7] << 8);
        string date = Encoding.ASCII.GetString(bytes, at + 8, length).Trim();
        Assert.Equal(8, date.Length);
        return date;
    }
}
