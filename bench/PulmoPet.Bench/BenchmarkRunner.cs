using System.Diagnostics;

namespace PulmoPet.Bench;

/// <summary>Times actions (a warm-up run, then the median of N runs) and records memory use.</summary>
internal sealed class BenchmarkRunner(int runs)
{
    private readonly List<Measurement> _results = [];

    public IReadOnlyList<Measurement> Results => _results;

    public static string AllThreads => $"all ({Environment.ProcessorCount})";

    public Measurement Measure(
        string operation,
        string input,
        long voxels,
        string threads,
        Action action,
        Measurement? baseline = null,
        int? runsOverride = null)
    {
        int count = runsOverride ?? runs;
        action(); // warm-up: JIT tiers, page faults
        var times = new double[count];
        double allocated = 0;
        long peak = 0;
        for (int r = 0; r < count; r++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            long idle = GC.GetTotalMemory(forceFullCollection: false);
            long allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            using var sampler = new PeakSampler();
            var watch = Stopwatch.StartNew();
            action();
            watch.Stop();
            times[r] = watch.Elapsed.TotalMilliseconds;
            allocated = (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / 1048576.0;
            peak = Math.Max(peak, sampler.Stop() - idle);
        }

        Array.Sort(times);
        double median = count % 2 == 1 ? times[count / 2] : (times[count / 2 - 1] + times[count / 2]) / 2;
        var measurement = new Measurement(operation, input, voxels, threads, median, allocated, Math.Max(0, peak) / 1048576.0, baseline);
        _results.Add(measurement);
        Console.Error.WriteLine(FormattableString.Invariant($"  {operation,-34} {input,-34} {threads,-8} {median,10:F1} ms"));
        return measurement;
    }

    /// <summary>Polls the managed heap size from a background thread and keeps the largest value seen.</summary>
    private sealed class PeakSampler : IDisposable
    {
        private readonly Thread _thread;
        private volatile bool _stop;
        private long _peak;

        public PeakSampler()
        {
            _peak = GC.GetTotalMemory(false);
            _thread = new Thread(Poll) { IsBackground = true, Priority = ThreadPriority.AboveNormal };
            _thread.Start();
        }

        public long Stop()
        {
            _stop = true;
            _thread.Join();
            return Math.Max(Interlocked.Read(ref _peak), GC.GetTotalMemory(false));
        }

        public void Dispose()
        {
            if (!_stop)
            {
                Stop();
            }
        }

        private void Poll()
        {
            while (!_stop)
            {
                long now = GC.GetTotalMemory(false);
                if (now > _peak)
                {
                    Interlocked.Exchange(ref _peak, now);
                }

                Thread.Sleep(1);
            }
        }
    }
}
