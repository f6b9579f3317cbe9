using System.Text.Json;
using System.Text.Json.Serialization;
using PulmoPet.Deep.Data;
using PulmoPet.Deep.Networks;

namespace PulmoPet.Deep.Inference;

/// <summary>
/// The JSON manifest of a model directory (<c>model.json</c>, next to <c>weights.dat</c>): everything
/// needed to rebuild the network and prepare its input, in the spirit of nnU-Net's plans file.
/// </summary>
public sealed record ModelManifest
{
    public const string CurrentFormat = "pulmopet-model/1";

    public string Format { get; init; } = CurrentFormat;

    /// <summary>"lesion-segmentation", "lung-mask" or "lesion-classification".</summary>
    public required string Task { get; init; }

    /// <summary>"unet" (with <see cref="UNet"/>) or "residual-classifier" (with <see cref="Classifier"/>).</summary>
    public required string Architecture { get; init; }

    [JsonPropertyName("unet")]
    public UNetOptions? UNet { get; init; }

    public ClassifierOptions? Classifier { get; init; }

    /// <summary>Input channel names in order, e.g. ["ct", "pet"].</summary>
    public required IReadOnlyList<string> Channels { get; init; }

    /// <summary>Class names in output order, e.g. ["background", "lesion"].</summary>
    public required IReadOnlyList<string> Classes { get; init; }

    /// <summary>Voxel spacing (x, y, z) in mm the network was trained at.</summary>
    public required IReadOnlyList<double> SpacingMm { get; init; }

    /// <summary>Patch (network input) size (D, H, W) for sliding-window inference or crops.</summary>
    public required IReadOnlyList<long> PatchSize { get; init; }

    public required PetCtNormalization Normalization { get; init; }

    /// <summary>SHA-256 over the training cases (see <see cref="Training.TrainingDataHash"/>).</summary>
    public required string TrainingDataSha256 { get; init; }

    public int TrainingCases { get; init; }

    public int BestEpoch { get; init; }

    public double BestValidationScore { get; init; }

    public long Seed { get; init; }

    [JsonPropertyName("torchsharp_version")]
    public string TorchSharpVersion { get; init; } = typeof(TorchSharp.torch).Assembly.GetName().Version?.ToString() ?? "unknown";

    public DateTimeOffset CreatedUtc { get; init; } = DateTimeOffset.UtcNow;

    internal static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static ModelManifest FromJson(string json) =>
        JsonSerializer.Deserialize<ModelManifest>(json, Json) ?? throw new JsonException("The model manifest is empty.");
}
