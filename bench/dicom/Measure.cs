using System.Diagnostics;
using System.Globalization;
using PulmoPet.Imaging.Dicom;

namespace PulmoPet.DicomBench;

/// <summary>One tool's measurement, run in its own process: a warm-up, then timed runs; prints "median_seconds peak_bytes checksum".</summary>
internal static class Measure
{
    public static int Child(string folder, int runs, Func<string, double> read)
    {
        read(folder); // warm-up: JIT and page cache
        var seconds = new List<double>();
        double checksum = 0;
        for (int r = 0; r < runs; r++)
        {
            // Drop the previous run's volume first, so the peak is that of one read, not of several volumes awaiting collection.
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            var stopwatch = Stopwatch.StartNew();
            checksum = read(folder);
            seconds.Add(stopwatch.Elapsed.TotalSeconds);
        }

        seconds.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{seconds[seconds.Count / 2]:R} {PeakResidentBytes()} {checksum:R}"));
        return 0;
    }

    /// <summary>Folder → scanned series → float volume (HU), as `pulmopet` reads a CT.</summary>
    public static double ReadWithPulmoPet(string folder)
    {
        var series = DicomSeriesScanner.Scan(folder).Single();
        var volume = DicomSeriesAssembler.Read(series);
        return volume.Voxels[volume.Voxels.Length / 2];
    }

    /// <summary>The folder scan alone (headers of every file, stopping before Pixel Data).</summary>
    public static double ScanWithPulmoPet(string folder) => DicomSeriesScanner.Scan(folder).Single().SliceCount;

    /// <summary>The baseline: every file's bytes, one after the other, kept until all are read.</summary>
    public static double ReadBytes(string folder)
    {
        var kept = new List<byte[]>();
        foreach (string file in Files(folder))
        {
            kept.Add(File.ReadAllBytes(file));
        }

        return kept.Sum(b => (double)b.Length);
    }

    /// <summary>The same with one file per task on all cores, as the series reader does.</summary>
    public static double ReadBytesParallel(string folder)
    {
        string[] files = Files(folder);
        var kept = new byte[files.Length][];
        Parallel.For(0, files.Length, i => kept[i] = File.ReadAllBytes(files[i]));
        return kept.Sum(b => (double)b.Length);
    }

    public static string[] Files(string folder) => Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();

    /// <summary>VmHWM of /proc/self/status: the peak resident set of this process.</summary>
    private static long PeakResidentBytes()
    {
        foreach (string line in File.ReadLines("/proc/self/status"))
        {
            if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                return long.Parse(line[6..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
            }
        }

        return -1;
    }
}
