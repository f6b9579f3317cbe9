using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using PulmoPet.DicomBench;

// PulmoPet DICOM benchmark and one-off validation. Usage:
//   run.sh [--runs N] [--slices N] [--keep DIR]   read benchmark (Markdown table on stdout)
//   run.sh validate DIR                             phantom export + pydicom + dcm2niix checks
// Internal (one measurement per child process, so peak memory is the tool's own): measure-pulmopet|measure-raw|measure-raw-parallel DIR RUNS
return args.FirstOrDefault() switch
{
    "measure-pulmopet" => Measure.Child(args[1], int.Parse(args[2], CultureInfo.InvariantCulture), Measure.ReadWithPulmoPet),
    "measure-scan" => Measure.Child(args[1], int.Parse(args[2], CultureInfo.InvariantCulture), Measure.ScanWithPulmoPet),
    "measure-raw" => Measure.Child(args[1], int.Parse(args[2], CultureInfo.InvariantCulture), Measure.ReadBytes),
    "measure-raw-parallel" => Measure.Child(args[1], int.Parse(args[2], CultureInfo.InvariantCulture), Measure.ReadBytesParallel),
    "validate" => Validation.Run(args.Length > 1 ? args[1] : Path.Combine(Path.GetTempPath(), "pulmopet-dicom-validate")),
    null or ['-', '-', ..] => ReadBenchmark.Run(args),
    var unknown => Usage(unknown),
};

static int Usage(string command)
{
    Console.Error.WriteLine($"Unknown command '{command}'. Usage: run.sh [--runs N] [--slices N] [--keep DIR] | run.sh validate [DIR]");
    return 1;
}
