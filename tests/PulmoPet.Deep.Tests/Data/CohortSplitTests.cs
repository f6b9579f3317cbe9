using PulmoPet.Deep.Data;
using PulmoPet.Imaging;

namespace PulmoPet.Deep.Tests.Data;

public sealed class CohortSplitTests
{
    private static List<CohortCase> Cases(params string[] classes) =>
        classes.Select((c, i) => new CohortCase($"P{i}", "p", "c", ClassName: c)).ToList();

    [Fact]
    public void ValidationTakesTheLastCaseOfEachClassInTurn()
    {
        // Classes a, b, c in order of first appearance; the last a is P6, the last b P7, the last c P5.
        var cases = Cases("a", "b", "c", "a", "b", "c", "a", "b");

        var (training, validation) = CohortSplit.HoldOut(cases, 4);

        // Round 1 takes P6 (a), P7 (b), P5 (c); round 2 the next a from the end, P3.
        Assert.Equal(["P3", "P5", "P6", "P7"], validation.Select(c => c.CaseId));
        Assert.Equal(["P0", "P1", "P2", "P4"], training.Select(c => c.CaseId));
    }

    [Fact]
    public void CasesWithoutClassAreHeldOutFromTheEnd()
    {
        var cases = Enumerable.Range(0, 5).Select(i => new CohortCase($"P{i}", "p", "c")).ToList();
        var (training, validation) = CohortSplit.HoldOut(cases, 2);
        Assert.Equal(["P3", "P4"], validation.Select(c => c.CaseId));
        Assert.Equal(3, training.Count);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    public void EachSideNeedsAtLeastOneCase(int validationCount)
    {
        var error = Assert.Throws<InvalidInputException>(() => CohortSplit.HoldOut(Cases("a", "b", "a"), validationCount));
        Assert.Contains("out of 3", error.Message);
    }
}
