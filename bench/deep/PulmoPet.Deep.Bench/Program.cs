using System.Diagnostics;
using System.Globalization;
using PulmoPet.Deep.Inference;
using PulmoPet.Deep.Losses;
using PulmoPet.Deep.Networks;
using TorchSharp;
using static TorchSharp.torch;

// Times the deep-learning hot paths on the CPU and prints a Markdown table:
// median wall time over the runs (after warm-up) and the process's peak resident memory so far
// (native libtorch allocations included). Usage: run.sh [RUNS] (default 5).
int runs = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 5;
torch.manual_seed(1);
Console.WriteLine($"TorchSharp {typeof(torch).Assembly.GetName().Version}, {torch.get_num_threads()} threads, {runs} runs (median)");
Console.WriteLine();
Console.WriteLine("| operation | input | median ms | peak RSS MB |");
Console.WriteLine("| --- | --- | ---: | ---: |");

Measure("Conv3d 2→16 forward+backward", "[1, 2, 64, 64, 64]", () =>
{
    using var scope = NewDisposeScope();
    using var conv = nn.Conv3d(2, 16, 3, padding: 1);
    conv.forward(randn(new long[] { 1, 2, 64, 64, 64 })).sum().backward();
});

var options = UNetOptions.LesionSegmentation3d;
using var unet = new UNet(options);
using var adam = optim.Adam(unet.parameters(), 1e-4, 0.9, 0.999);
var loss = new DiceCrossEntropyLoss();
Measure($"3-D residual U-Net training step (base {options.BaseChannels}, depth {options.Depth}, Adam)", "batch 2 × [2, 32, 32, 32]", () =>
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
Measure("sliding-window inference (50 % overlap, Gaussian)", "[2, 48, 64, 80] (a 4 mm lung crop)", () =>
{
    using var scope = NewDisposeScope();
    inferer.Predict(unet, randn(new long[] { 2, 48, 64, 80 }));
});

using var classifier = new ResidualClassifier(ClassifierOptions.Lesion3d(ClassifierInput.Fused));
classifier.eval();
Measure("3-D lesion classifier forward", "batch 8 × [2, 32, 32, 32]", () =>
{
    using var scope = NewDisposeScope();
    using var noGrad = no_grad();
    classifier.forward(randn(new long[] { 8, 2, 32, 32, 32 }));
});

void Measure(string operation, string input, Action action)
{
    action();
    action();
    var times = new List<double>();
    for (int i = 0; i < runs; i++)
    {
        var watch = Stopwatch.StartNew();
        action();
        times.Add(watch.Elapsed.TotalMilliseconds);
    }

    times.Sort();
    double median = times[times.Count / 2];
    using var process = Process.GetCurrentProcess();
    process.Refresh();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {operation} | {input} | {median:F0} | {process.PeakWorkingSet64 / (1024.0 * 1024.0):F0} |"));
}
