using System.Text.Json;
using System.Text.Json.Serialization;
using PulmoPet.Imaging.Io;

namespace PulmoPet.Study.Running;

/// <summary>
/// The completion record of one step of one case (<c>cases/&lt;id&gt;/.steps/&lt;step&gt;.json</c>), written after
/// all the step's outputs: the step's version and settings hash, the SHA-256 of each input (by role, never by path)
/// and of each output, and when it finished. A step is complete when its record exists and every hash still matches.
/// </summary>
public sealed record StepRecord
{
    [JsonPropertyName("step")]
    public required string Step { get; init; }

    [JsonPropertyName("case_id")]
    public required string CaseId { get; init; }

    [JsonPropertyName("version")]
    public required string Version { get; init; }

    [JsonPropertyName("settings")]
    public required string Settings { get; init; }

    [JsonPropertyName("inputs")]
    public required SortedDictionary<string, string> Inputs { get; init; }

    [JsonPropertyName("outputs")]
    public required SortedDictionary<string, string> Outputs { get; init; }

    [JsonPropertyName("finished")]
    public required string Finished { get; init; }

    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true };

    /// <summary>The record at <paramref name="path"/>, or null when it is missing or unreadable (then the step is redone).</summary>
    public static StepRecord? TryRead(string path)
    {
        try
        {
            return File.Exists(path) ? JsonSerializer.Deserialize<StepRecord>(File.ReadAllText(path), Options) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public void Write(string path) => AtomicFile.WriteAllText(path, JsonSerializer.Serialize(this, Options) + "\n");
}
