using PulmoPet.Imaging;

namespace PulmoPet.Deep.Data;

/// <summary>
/// Holds out validation patients from the training centres, stratified by class: cases are taken in turn
/// from the end of each class's list (classes in order of first appearance) so every class is validated
/// on when it can be. The split depends only on the order of the cases, never on a random draw.
/// </summary>
public static class CohortSplit
{
    public static (IReadOnlyList<CohortCase> Training, IReadOnlyList<CohortCase> Validation) HoldOut(IReadOnlyList<CohortCase> cases, int validationCount)
    {
        ArgumentNullException.ThrowIfNull(cases);
        if (validationCount < 1 || validationCount >= cases.Count)
        {
            throw new InvalidInputException(
                $"{validationCount} validation patients cannot be held out of {cases.Count}: at least one must be left for each of training and validation.");
        }

        var groups = cases.Select((c, i) => (Case: c, Index: i)).GroupBy(p => p.Case.ClassName ?? string.Empty)
            .Select(g => new Stack<int>(g.Select(p => p.Index))).ToList();
        var held = new HashSet<int>();
        while (held.Count < validationCount)
        {
            foreach (var group in groups.Where(g => g.Count > 0))
            {
                if (held.Count == validationCount)
                {
                    break;
                }

                held.Add(group.Pop());
            }
        }

        return (cases.Where((_, i) => !held.Contains(i)).ToList(), cases.Where((_, i) => held.Contains(i)).ToList());
    }
}
