using PulmoPet.Imaging.Dicom.Writing;

namespace PulmoPet.Imaging.Tests.Dicom.Writing;

public sealed class DicomUidGeneratorTests
{
    [Fact]
    public void Uuid_to_uid_matches_the_example_of_PS3_5_B_2()
    {
        // PS3.5 B.2 (and ITU-T X.667 example): UUID f81d4fae-7dec-11d0-a765-00a0c91e6bf6 is UID 2.25.329800735698586629295641978511506172918.
        Assert.Equal("2.25.329800735698586629295641978511506172918", DicomUidGenerator.FromUuid(new Guid("f81d4fae-7dec-11d0-a765-00a0c91e6bf6")));
        Assert.Equal("2.25.1", DicomUidGenerator.FromUuid(new Guid("00000000-0000-0000-0000-000000000001"))); // no leading zeros (PS3.5 9.1)
    }

    [Fact]
    public void Seeded_uids_repeat_for_the_same_seed_and_name_only()
    {
        var a = DicomUidGenerator.Seeded("cohort-1");
        var b = DicomUidGenerator.Seeded("cohort-1");
        var c = DicomUidGenerator.Seeded("cohort-2");

        Assert.Equal(a.Create("study"), b.Create("study"));
        Assert.NotEqual(a.Create("study"), a.Create("series/CT"));
        Assert.NotEqual(a.Create("study"), c.Create("study"));
        Assert.Equal(a.Scope("P001").Create("study"), b.Scope("P001").Create("study"));
        Assert.NotEqual(a.Scope("P001").Create("study"), a.Scope("P002").Create("study"));
        Assert.True(a.IsDeterministic);
    }

    [Fact]
    public void Uids_are_valid_2_25_uids()
    {
        var seeded = DicomUidGenerator.Seeded("x");
        var random = DicomUidGenerator.Random();
        var uids = Enumerable.Range(0, 200).Select(i => seeded.Create($"n{i}")).Concat(Enumerable.Range(0, 200).Select(_ => random.Create("n"))).ToArray();

        Assert.Equal(uids.Length, uids.Distinct(StringComparer.Ordinal).Count());
        Assert.All(uids, uid =>
        {
            Assert.StartsWith("2.25.", uid, StringComparison.Ordinal);
            Assert.InRange(uid.Length, 6, 64); // PS3.5 9.1: at most 64 characters
            string number = uid[5..];
            Assert.True(number.All(char.IsAsciiDigit));
            Assert.True(number == "0" || number[0] != '0');
            Assert.True(System.Numerics.BigInteger.Parse(number, System.Globalization.CultureInfo.InvariantCulture) < System.Numerics.BigInteger.One << 128);
        });
        Assert.NotEqual(random.Create("n"), random.Create("n"));
    }
}
