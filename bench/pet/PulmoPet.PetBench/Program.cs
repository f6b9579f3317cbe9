using System.Diagnostics;
using System.Globalization;
using PulmoPet.Imaging;
using PulmoPet.Imaging.Processing;
using PulmoPet.Pet.Lesions;
using PulmoPet.Pet.Lungs;
using PulmoPet.PetBench;

// Usage: PulmoPet.PetBench lungs|lungs-baseline|lesions|lesions-baseline [RUNS]
// Prints "CASE median_seconds runs" for the timed call only (scene synthesis excluded); run.sh measures peak memory per process.
string mode = args.Length > 0 ? args[0] : "lungs";
int runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 3;
var ctSize = new Size3(512, 512, 300);
var petSize = new Size3(192, 192, 300);
var times = new List<double>();
string detail = string.Empty;
switch (mode)
{
    case "lungs":
    case "lungs-baseline":
    {
        var ct = ChestScene.Ct(ctSize, 0.78125, 1.0);
        for (int r = 0; r < runs; r++)
        {
            var watch = Stopwatch.StartNew();
            long voxels = mode == "lungs" ? LungSegmenter.Segment(ct).Labels.Voxels.Count(v => v != 0) : Baselines.Lungs(ct).Voxels.Count(v => v != 0);
            times.Add(watch.Elapsed.TotalSeconds);
            detail = $"lung voxels {voxels}";
        }

        break;
    }

    case "lesions":
    case "lesions-baseline":
    {
        var pet = ChestScene.Pet(petSize, 2.0);
        var ct = ChestScene.Ct(new Size3(192, 192, 300), 2.0, 2.0);
        var lungs = LungSegmenter.Segment(ct).Labels; // on the PET grid here: the timing is the lesion step alone
        for (int r = 0; r < runs; r++)
        {
            var watch = Stopwatch.StartNew();
            int count = mode == "lesions" ? LesionAnalyzer.Analyze(pet, null, lungs).LesionCount : Baselines.Lesions(pet, lungs);
            times.Add(watch.Elapsed.TotalSeconds);
            detail = $"lesions {count}";
        }

        break;
    }

    default:
        Console.Error.WriteLine($"Unknown case {mode}: use lungs, lungs-baseline, lesions or lesions-baseline.");
        return 1;
}

times.Sort();
Console.WriteLine(FormattableString.Invariant($"{mode} {times[times.Count / 2]:0.000} {runs} {detail}"));
_ = Parallelism.Default;
return 0;
