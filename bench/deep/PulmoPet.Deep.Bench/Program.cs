using System.Diagnostics;
using System.Globalization;
using PulmoPet.Deep.Inference;
using PulmoPet.Deep.Losses;
using PulmoPet.Deep.Networks;
using TorchSharp;
using static TorchSharp.torch;

// Times the deep-learning hot paths on the CPU: median wall time over the runs (after one warm-up run),
// the process's CPU time per run (all threads; on a shared machine the steadier measure of the work done)
// and its peak resident memory so far (native libtorch allocations included). Prints one line per
// operation, "key|input|median wall ms|CPU ms per run|peak RSS MB", the keys matching
// bench/deep/pytorch_bench.py so run.sh can put the two side by side.
// Usage: PulmoPet.Deep.Bench [RUNS] [THREADS] (default 5, all cores).
int runs = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 5;
if (args.Length > 1)
{
    torch.set_num_threads(int.Parse(args[1], CultureInfo.InvariantCulture));
}

torch.manual_seed(1);
Console.WriteLine($"# TorchSharp {typeof(torch).Assembly.GetName().Version}, {torch.get_num_threads()} threads, {runs} runs (median)");

Measure("conv3d", "[1, 2, 64, 64, 64]", () =>
{
    using var scope = NewDisposeScope();
    using var conv = nn.Conv3d(2, 16, 3, padding: 1);
    conv.forward(randn(new long[] { 1, 2, 64, 64, 64 })).sum().backward();
});

var options = UNetOptions.LesionSegmentation3d;
using var unet = new UNet(options);
using var adam = optim.Adam(unet.parameters(), 1e-4, 0.9, 0.999);
var loss = new DiceCrossEntropyLoss();
Measure("unet-step", "batch 2 × [2, 32, 32, 32]", () =>
{
    using var scope = NewDisposeScope();
    unet.train();
    adam.zero_grad();
    var image = randn(new long[] { 2, 2, 32, 32, 32 });
    var labels = (rand(new long[] { 2, 32, 32, 32 }) > 0.9).to_type(ScalarType.Int64);
    loss.Compute(unet.forward(image), labels).backward();
    adam.step();
});

unet.eval();
var inferer = new SlidingWindowInferer([32, 32, 32], overlap: 0.5, batchSize: 2);
Measure("sliding-window", "[2, 48, 64, 80]", () =>
{
    using var scope = NewDisposeScope();
    inferer.Predict(unet, randn(new long[] { 2, 48, 64, 80 }));
});

// The whole 4 mm PET volume of a phantom patient (360 × 290 × 320 mm), not cropped to the lungs.
Measure("whole-volume", "[2, 80, 73, 90]", () =>
{
    using var scope = NewDisposeScope();
    inferer.Predict(unet, randn(new long[] { 2, 80, 73, 90 }));
});

using var classifier = new ResidualClassifier(ClassifierOptions.Lesion3d(ClassifierInput.Fused));
classifier.eval();
Console.WriteLine($"# TorchSharp parameters: U-Net {unet.parameters().Sum(p => p.numel())}, classifier {classifier.parameters().Sum(p => p.numel())}");
Measure("classifier", "batch 8 × [2, 32, 32, 32]", () =>
{
    using var scope = NewDisposeScope();
    using var noGrad = no_grad();
    classifier.forward(randn(new long[] { 8, 2, 32, 32, 32 }));
});

void Measure(string key, string input, Action action)
{
    action();
    using var process = Process.GetCurrentProcess();
    process.Refresh();
    var cpuBefore = process.TotalProcessorTime;
    var times = new List<double>();
    for (int i = 0; i < runs; i++)
    {
        var watch = Stopwatch.StartNew();
        action();
        times.Add(watch.Elapsed.TotalMilliseconds);
    }

    process.Refresh();
    double cpuPerRun = (process.TotalProcessorTime - cpuBefore).TotalMilliseconds / runs;
    times.Sort();
    double median = times[times.Count / 2];
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{key}|{input}|{median:F0}|{cpuPerRun:F0}|{process.PeakWorkingSet64 / (1024.0 * 1024.0):F0}"));
}
