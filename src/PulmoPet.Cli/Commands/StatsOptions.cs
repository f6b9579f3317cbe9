using System.CommandLine;
using PulmoPet.Imaging;

namespace PulmoPet.Cli.Commands;

/// <summary>Option helpers shared by the stats and evaluate commands (named to avoid clashing with the CLI's own helpers).</summary>
internal static class StatsOptions
{
    public static Option<string> RequiredPath(string name, string description) =>
        new(name) { Description = description, Required = true };

    public static Option<string> Output() =>
        new("--out") { Description = "Output folder (created if needed).", Required = true };

    /// <summary>Splits "a,b, c" into its names; null or empty gives none.</summary>
    public static IReadOnlyList<string> SplitList(string? value) =>
        string.IsNullOrWhiteSpace(value)
            ? []
            : value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static string RequireExistingFile(string path, string option) =>
        File.Exists(path) ? path : throw new InvalidInputException($"The file '{path}' given to {option} does not exist.");
}
