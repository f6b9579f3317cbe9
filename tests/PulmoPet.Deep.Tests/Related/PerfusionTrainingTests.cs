using PulmoPet.Deep.Inference;
using PulmoPet.Deep.Networks;
using PulmoPet.Deep.Perfusion;
using PulmoPet.Deep.Related;
using PulmoPet.Deep.Training;
using TorchSharp;
using Xunit.Abstractions;

namespace PulmoPet.Deep.Tests.Related;

/// <summary>The tiny CI configuration of CT-to-perfusion: it must learn, and fine-tuning must freeze then free the encoder.</summary>
public sealed class PerfusionTrainingTests(ITestOutputHelper output)
{
    private static readonly PerfusionTrainingSettings Tiny = new()
    {
        Network = new UNetOptions { InChannels = 1, Classes = 2, BaseChannels = 4, Depth = 2 },
        Training = new TrainingOptions { MaxEpochs = 6, StepsPerEpoch = 8, LearningRate = 1e-2, Seed = 3 },
        PatchSize = [16, 16, 16],
        BatchSize = 2,
    };

    [Fact]
    public void TinyNetworkLearnsPerfusionFromCt()
    {
        var cases = RelatedSyntheticCases.Perfusion(10, 21);
        using var directory = new TempDirectory();
        var result = PerfusionTraining.Train(cases.Take(8).ToList(), cases.Skip(8).ToList(), Tiny, directory.Path,
            e => output.WriteLine($"epoch {e.Epoch}: loss {e.TrainingLoss:F4}, r {e.ValidationScore:F4}"));
        var losses = result.Epochs.Select(e => e.TrainingLoss).ToList();
        Assert.True(losses[^1] < 0.5 * losses[0], $"loss fell only from {losses[0]:F4} to {losses[^1]:F4}");
        Assert.True(result.BestScore > 0.5, $"best validation r {result.BestScore:F3} is below the floor 0.5");
        Assert.True(result.BestScore > result.Epochs[0].ValidationScore + 0.15, "validation r did not rise over training");

        var predictor = PerfusionPredictor.Load(directory.Path);
        Assert.Equal(PerfusionTraining.TaskName, predictor.Manifest.Task);
        float[] predicted = PerfusionPredictor.PredictCrop(predictor.Model, cases[9].Case, [16, 16, 16], torch.CPU);
        Assert.True(PerfusionTask.LungPearson(predicted, PerfusionData.TargetPerfusion(cases[9].Case), cases[9].Case.Labels) > 0.4);
    }

    [Fact]
    public void FineTuningFreezesTheEncoderThenTrainsEverything()
    {
        var cases = RelatedSyntheticCases.Perfusion(6, 5);
        var quick = Tiny with { Training = Tiny.Training with { MaxEpochs = 1, StepsPerEpoch = 3 } };
        using var pretrained = new TempDirectory();
        using var tuned = new TempDirectory();
        PerfusionTraining.Train(cases.Take(4).ToList(), cases.Skip(4).ToList(), quick, pretrained.Path);
        PerfusionTraining.FineTune(pretrained.Path, cases.Take(4).ToList(), cases.Skip(4).ToList(), quick, quick, tuned.Path);

        var (_, before) = ModelDirectory.Load(pretrained.Path);
        var (_, frozen) = ModelDirectory.Load(Path.Combine(tuned.Path, "frozen"));
        var (_, after) = ModelDirectory.Load(tuned.Path);
        var b = before.named_parameters().ToDictionary(p => p.name, p => p.parameter);
        var f = frozen.named_parameters().ToDictionary(p => p.name, p => p.parameter);
        var a = after.named_parameters().ToDictionary(p => p.name, p => p.parameter);
        foreach (string name in b.Keys)
        {
            bool encoder = name.StartsWith(EncoderFreezing.EncoderPrefix, StringComparison.Ordinal);
            bool frozenSame = b[name].equal(f[name]).all().item<bool>();
            Assert.True(encoder == frozenSame || (!encoder && frozenSame && name.Contains("norm", StringComparison.Ordinal)),
                $"{name}: encoder {encoder}, unchanged in the frozen phase {frozenSame}");
        }

        Assert.Contains(b.Keys.Where(n => n.StartsWith(EncoderFreezing.EncoderPrefix, StringComparison.Ordinal)), n => !f[n].equal(a[n]).all().item<bool>());
    }
}
