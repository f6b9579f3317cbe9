using System.Diagnostics;
using System.Globalization;
using PulmoPet.Imaging;
using PulmoPet.Imaging.Dicom.Writing;

namespace PulmoPet.DicomBench;

/// <summary>
/// Writes an N-slice 512×512 CT series with the PulmoPet writer into a temporary folder, then times reading it into a
/// volume with PulmoPet, next to reading the files' bytes (File.ReadAllBytes), pydicom (numpy stack of pixel_array ×
/// slope + intercept, sorted by position) and dcm2niix (folder → NIfTI), each in its own process (warm page cache,
/// one warm-up run, median of the timed runs; peak memory = the process's peak resident set).
/// </summary>
internal static class ReadBenchmark
{
    private const string Python = "/usr/bin/python3";
    private const string Dcm2niix = "/usr/bin/dcm2niix";

    public static int Run(string[] args)
    {
        int runs = Option(args, "--runs", 5);
        int slices = Option(args, "--slices", 300);
        string? keep = args.SkipWhile(a => a != "--keep").Skip(1).FirstOrDefault();
        string folder = keep ?? Path.Combine(Path.GetTempPath(), "pulmopet-dicom-bench-" + Guid.NewGuid().ToString("N"));
        try
        {
            var stopwatch = Stopwatch.StartNew();
            Generate(folder, slices);
            double writeSeconds = stopwatch.Elapsed.TotalSeconds;
            long bytes = Measure.Files(folder).Sum(f => new FileInfo(f).Length);
            double megabytes = bytes / 1e6;
            Console.Error.WriteLine(FormattableString.Invariant($"wrote {slices} slices of 512×512 ({megabytes:F1} MB) in {writeSeconds:F2} s to {folder}"));

            string self = Environment.ProcessPath!;
            // Under `dotnet PulmoPet.DicomBench.dll` the process is the dotnet host, which needs the assembly; the apphost does not.
            bool host = Path.GetFileNameWithoutExtension(self).Equals("dotnet", StringComparison.OrdinalIgnoreCase);
            string selfArgs = host ? $"\"{typeof(ReadBenchmark).Assembly.Location}\" " : string.Empty;
            string runsText = runs.ToString(CultureInfo.InvariantCulture);
            var raw = Child(self, $"{selfArgs}measure-raw \"{folder}\" {runsText}");
            var rawParallel = Child(self, $"{selfArgs}measure-raw-parallel \"{folder}\" {runsText}");
            var scanOnly = Child(self, $"{selfArgs}measure-scan \"{folder}\" {runsText}");
            var pulmopet = Child(self, $"{selfArgs}measure-pulmopet \"{folder}\" {runsText}");
            string script = Path.Combine(AppContext.BaseDirectory, "read_pydicom.py");
            var pydicom = File.Exists(Python) ? Child(Python, $"\"{script}\" \"{folder}\" {runsText}") : null;
            var dcm2niix = File.Exists(Dcm2niix) && File.Exists(Python)
                ? Child(Python, $"\"{Path.Combine(AppContext.BaseDirectory, "time_dcm2niix.py")}\" \"{folder}\" {runsText}")
                : null;

            string load = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";
            Console.WriteLine(FormattableString.Invariant($"CT series: {slices} slices × 512 × 512, int16, {megabytes:F1} MB in {slices} files; {Environment.ProcessorCount} cores (load average {load} at the end); median of {runs} runs after one warm-up; page cache warm; peak memory = the process's peak resident set."));
            Console.WriteLine();
            Console.WriteLine("| reader | time (s) | MB/s | peak memory (MB) | × File.ReadAllBytes |");
            Console.WriteLine("|---|---:|---:|---:|---:|");
            Row("File.ReadAllBytes, one file after another (baseline)", raw, megabytes, raw!.Value.Seconds);
            Row($"File.ReadAllBytes, parallel ({Environment.ProcessorCount} threads)", rawParallel, megabytes, raw.Value.Seconds);
            Row("PulmoPet: DicomSeriesScanner.Scan + DicomSeriesAssembler.Read (float32 volume)", pulmopet, megabytes, raw.Value.Seconds);
            Row("PulmoPet: DicomSeriesScanner.Scan alone (headers, part of the row above)", scanOnly, megabytes, raw.Value.Seconds);
            Row("pydicom 2.3 (dcmread + numpy.stack of pixel_array × slope + intercept, float32)", pydicom, megabytes, raw.Value.Seconds);
            Row("dcm2niix v1.0.20220720 (folder → uncompressed NIfTI, incl. writing it)", dcm2niix, megabytes, raw.Value.Seconds);
            return 0;
        }
        finally
        {
            if (keep == null && Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private static void Row(string name, (double Seconds, long PeakBytes)? result, double megabytes, double baseline)
    {
        if (result is not { } r)
        {
            Console.WriteLine($"| {name} | not installed | | | |");
            return;
        }

        Console.WriteLine(FormattableString.Invariant($"| {name} | {r.Seconds:F3} | {megabytes / r.Seconds:F0} | {r.PeakBytes / 1e6:F0} | {r.Seconds / baseline:F2} |"));
    }

    /// <summary>A synthetic chest-like CT: an elliptic body (soft tissue 40 HU) with lungs (−850 HU) and noise, in air.</summary>
    private static void Generate(string folder, int slices)
    {
        var geometry = new ImageGeometry(new Size3(512, 512, slices), new Vector3D(0.78125, 0.78125, 1.25), new Vector3D(-199.6, -199.6, -300));
        var hu = new Volume<short>(geometry);
        Parallel.For(0, slices, z =>
        {
            var plane = hu.Slice(z);
            uint state = (uint)(z * 2654435761u + 1);
            for (int y = 0; y < 512; y++)
            {
                for (int x = 0; x < 512; x++)
                {
                    state ^= state << 13;
                    state ^= state >> 17;
                    state ^= state << 5;
                    double bx = (x - 256) / 220.0, by = (y - 256) / 160.0;
                    double lx = (Math.Abs(x - 256) - 100) / 70.0, ly = (y - 240) / 110.0;
                    int value = bx * bx + by * by > 1 ? -1000 : lx * lx + ly * ly < 1 ? -850 : 40;
                    plane[y * 512 + x] = (short)(value + (int)(state % 41) - 20);
                }
            }
        });

        var uids = DicomUidGenerator.Seeded("dicom-bench");
        var study = DicomPatientStudy.Create("Bench^Ct", "BENCH", new DateTime(2024, 1, 1, 9, 0, 0), uids);
        CtSeriesWriter.Write(hu, folder, study, uids);
    }

    private static (double Seconds, long PeakBytes)? Child(string program, string arguments)
    {
        var start = new ProcessStartInfo(program, arguments) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        using var process = Process.Start(start)!;
        string output = process.StandardOutput.ReadToEnd();
        string error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            Console.Error.WriteLine($"{program} {arguments} failed ({process.ExitCode}): {error}");
            return null;
        }

        string[] parts = output.Trim().Split('\n')[^1].Split(' ');
        return (double.Parse(parts[0], CultureInfo.InvariantCulture), long.Parse(parts[1], CultureInfo.InvariantCulture));
    }

    private static int Option(string[] args, string name, int fallback)
    {
        int at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
