using System.Text.Json;
using System.Text.Json.Serialization;
using TorchSharp;
using static TorchSharp.torch;

namespace PulmoPet.Deep.Training;

/// <summary>
/// A training checkpoint folder: <c>last.weights</c> and <c>last.optimizer</c> (model and Adam state after
/// the last finished epoch), <c>best.weights</c> (best validation score) and <c>state.json</c> (epoch,
/// schedule, history). Files are written to a temporary name and renamed.
/// </summary>
public static class Checkpoint
{
    public const string LastWeights = "last.weights";
    public const string LastOptimizer = "last.optimizer";
    public const string BestWeights = "best.weights";
    public const string StateFile = "state.json";

    internal static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>The resumable state of a run.</summary>
    public sealed record State(
        int CompletedEpochs,
        double LearningRate,
        double BestScore,
        int BestEpoch,
        int EpochsSinceImprovement,
        int EpochsSinceReduction,
        IReadOnlyList<EpochRecord> History);

    public static void Save(string directory, nn.Module model, TorchSharp.Modules.OptimizerHelper optimizer, State state, bool isBest)
    {
        Directory.CreateDirectory(directory);
        SaveAtomically(Path.Combine(directory, LastWeights), path => model.save(path));
        SaveAtomically(Path.Combine(directory, LastOptimizer), path => optimizer.save_state_dict(path));
        if (isBest)
        {
            SaveAtomically(Path.Combine(directory, BestWeights), path => model.save(path));
        }

        SaveAtomically(Path.Combine(directory, StateFile), path => File.WriteAllText(path, JsonSerializer.Serialize(state, Json)));
    }

    /// <summary>The saved state, or null when <paramref name="directory"/> holds no checkpoint.</summary>
    public static State? TryLoad(string directory, nn.Module model, TorchSharp.Modules.OptimizerHelper optimizer)
    {
        var statePath = Path.Combine(directory, StateFile);
        if (!File.Exists(statePath))
        {
            return null;
        }

        var state = JsonSerializer.Deserialize<State>(File.ReadAllText(statePath), Json)
            ?? throw new InvalidDataException($"The checkpoint state {statePath} is empty.");
        model.load(Path.Combine(directory, LastWeights));
        optimizer.load_state_dict(Path.Combine(directory, LastOptimizer));
        return state;
    }

    private static void SaveAtomically(string path, Action<string> write)
    {
        var temporary = path + ".tmp";
        write(temporary);
        File.Move(temporary, path, overwrite: true);
    }
}
