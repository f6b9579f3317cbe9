using PulmoPet.Bench;
using PulmoPet.Bench.Benchmarks;

// Runs the imaging benchmarks and prints a Markdown table on stdout (progress goes to stderr).
// Usage: PulmoPet.Bench [--runs N] [name ...]   names: gaussian resample morphology components fill-holes statistics
IBenchmark[] all =
[
    new GaussianSmoothingBenchmark(),
    new ResamplingBenchmark(),
    new MorphologyBenchmark(),
    new ConnectedComponentsBenchmark(),
    new HoleFillingBenchmark(),
    new MaskedStatisticsBenchmark(),
];

int runs = 5;
var selected = new List<string>();
for (int i = 0; i < args.Length; i++)
{
    if (args[i] == "--runs" && i + 1 < args.Length && int.TryParse(args[i + 1], out int n) && n > 0)
    {
        runs = n;
        i++;
    }
    else if (all.Any(b => b.Name == args[i]))
    {
        selected.Add(args[i]);
    }
    else
    {
        Console.Error.WriteLine($"Unknown argument '{args[i]}'. Usage: PulmoPet.Bench [--runs N] [{string.Join('|', all.Select(b => b.Name))} ...]");
        return 1;
    }
}

var runner = new BenchmarkRunner(runs);
foreach (var benchmark in all.Where(b => selected.Count == 0 || selected.Contains(b.Name)))
{
    Console.Error.WriteLine($"{benchmark.Name}:");
    benchmark.Run(runner);
}

Console.WriteLine(FormattableString.Invariant(
    $"{Environment.ProcessorCount} logical cores, {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}, median of {runs} runs (3 for the slowest), after one warm-up run."));
Console.WriteLine();
Console.Write(MarkdownTable.Format(runner.Results));
return 0;
