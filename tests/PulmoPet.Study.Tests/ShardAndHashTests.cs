using PulmoPet.Study.Running;

namespace PulmoPet.Study.Tests;

public sealed class ShardAndHashTests
{
    /// <summary>FNV-1a 64 test vectors of the FNV reference page (Fowler/Noll/Vo, www.isthe.com/chongo/tech/comp/fnv).</summary>
    [Theory]
    [InlineData("", 0xcbf29ce484222325UL)]
    [InlineData("a", 0xaf63dc4c8601ec8cUL)]
    [InlineData("foobar", 0x85944171f73967e8UL)]
    public void Fnv1aMatchesTheReferenceVectors(string text, ulong expected) => Assert.Equal(expected, ShardSpec.Fnv1a64(text));

    [Fact]
    public void EveryCaseIsInExactlyOneShard()
    {
        var ids = Enumerable.Range(0, 500).Select(i => $"case{i:000}").ToArray();
        for (int n = 1; n <= 7; n++)
        {
            var shards = Enumerable.Range(0, n).Select(k => new ShardSpec(k, n)).ToArray();
            Assert.All(ids, id => Assert.Equal(1, shards.Count(s => s.Contains(id))));
        }

        // python3: FNV-1a of 'case01' = 0x5879a44b109f4786 → mod 3 = 0; 'case02' = 0x5879a34b109f45d3 → mod 3 = 2
        Assert.True(new ShardSpec(0, 3).Contains("case01"));
        Assert.True(new ShardSpec(2, 3).Contains("case02"));
    }

    [Theory]
    [InlineData("0/4", 0, 4)]
    [InlineData("3/4", 3, 4)]
    public void ParsesShards(string text, int k, int n) => Assert.Equal(new ShardSpec(k, n), ShardSpec.Parse(text));

    [Theory]
    [InlineData("4/4")]
    [InlineData("1/0")]
    [InlineData("-1/2")]
    [InlineData("1")]
    public void RefusesBadShards(string text)
    {
        var e = Assert.Throws<PulmoPet.Imaging.InvalidInputException>(() => ShardSpec.Parse(text));
        Assert.Equal($"--shard {text} is not K/N with 0 <= K < N (e.g. 0/4 for the first of four shards).", e.Message);
    }

    [Fact]
    public void FileHashIsSha256AndFolderHashSeesRenamesAndEdits()
    {
        using var temp = new TempDirectory();
        File.WriteAllText(temp.File("abc.txt"), "abc");
        // printf 'abc' | sha256sum (FIPS 180-2 example)
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", ContentHash.Of(temp.File("abc.txt")));

        Directory.CreateDirectory(temp.File("series/sub"));
        File.WriteAllText(temp.File("series/1.dcm"), "one");
        File.WriteAllText(temp.File("series/sub/2.dcm"), "two");
        string before = ContentHash.Of(temp.File("series"));
        Assert.Equal(before, ContentHash.Of(temp.File("series")));
        File.Move(temp.File("series/1.dcm"), temp.File("series/3.dcm"));
        string renamed = ContentHash.Of(temp.File("series"));
        File.WriteAllText(temp.File("series/3.dcm"), "One");
        string edited = ContentHash.Of(temp.File("series"));
        Assert.Equal(3, new[] { before, renamed, edited }.Distinct().Count());
    }
}
