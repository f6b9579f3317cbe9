using PulmoPet.Imaging;

namespace PulmoPet.Study.Workspace;

/// <summary>A manifest with one or more bad rows: one sentence per problem, in row order.</summary>
public sealed class ManifestException(IReadOnlyList<string> problems)
    : InvalidInputException(string.Join("\n", problems))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}
