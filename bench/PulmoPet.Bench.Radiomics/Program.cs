using System.Diagnostics;
using System.Globalization;
using PulmoPet.Imaging;
using PulmoPet.Radiomics;
using PulmoPet.Radiomics.Features;
using PulmoPet.Radiomics.PyRadiomics;

// Times all original-image features of a synthetic ~100 000-voxel ROI: per IBSI family on one thread, then whole
// extractions on one thread (the baseline) and on all cores.
// Usage: [radius in voxels, default 29] [repetitions, default 3] [families: per-family table only].
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
int radius = args.Length > 0 ? int.Parse(args[0]) : 29;
int repetitions = args.Length > 1 ? int.Parse(args[1]) : 3;
bool familiesOnly = args.Length > 2 && args[2] == "families";

// A sphere of the given radius in a padded 1 mm grid; intensities = smooth radial gradient + seeded noise (SUV-like, 0.5…12).
int size = 2 * radius + 11;
var geometry = new ImageGeometry(new Size3(size, size, size), new Vector3D(1, 1, 1), Vector3D.Zero);
var image = new Volume<float>(geometry);
var mask = new Volume<byte>(geometry);
var random = new Random(20261123);
double c = (size - 1) / 2.0;
for (int z = 0; z < size; z++)
{
    for (int y = 0; y < size; y++)
    {
        for (int x = 0; x < size; x++)
        {
            double r = Math.Sqrt((x - c) * (x - c) + (y - c) * (y - c) + (z - c) * (z - c));
            image[x, y, z] = (float)Math.Max(0.5, 10 * Math.Exp(-r * r / (2.0 * radius * radius)) + 2 * random.NextDouble());
            if (r <= radius) mask[x, y, z] = 1;
        }
    }
}

int all = Environment.ProcessorCount;
var ibsi = new RadiomicsSettings { Discretisation = new FixedBinNumber(64), SpatialAutocorrelation = false };
var roi = RegionOfInterest.Create(image, mask);
var levels = GrayLevelVolume.Create(roi, ibsi.Discretisation);
int voxels = roi.VoxelCount;
Console.WriteLine($"ROI: {voxels:N0} voxels (sphere r = {radius} voxels, 1 mm), {levels.GrayLevelCount} grey levels (FBN 64); " +
                  $"{all} logical cores; best of {repetitions} runs after one warm-up; .NET {Environment.Version}.");
Console.WriteLine();

// Wall time and process CPU time, each the best of the runs. On a shared, overloaded machine the CPU time of a one-thread
// run is the steadier figure (it does not count time spent waiting for a core), and the best run the least disturbed.
var process = Process.GetCurrentProcess();
(double Wall, double Cpu) Time(Action action, int runs)
{
    action();
    var walls = new List<double>();
    var cpus = new List<double>();
    for (int i = 0; i < runs; i++)
    {
        process.Refresh();
        var cpu0 = process.TotalProcessorTime;
        var sw = Stopwatch.StartNew();
        action();
        walls.Add(sw.Elapsed.TotalSeconds);
        process.Refresh();
        cpus.Add((process.TotalProcessorTime - cpu0).TotalSeconds);
    }

    return (walls.Min(), cpus.Min());
}

void Row(string what, int threads, (double Wall, double Cpu) t, double ratio) =>
    Console.WriteLine($"| {what,-46} | {threads,7} | {t.Wall * 1000,10:F1} | {t.Cpu * 1000,10:F1} | {voxels / t.Wall,12:N0} | {ratio,7:F2} |");

void Header()
{
    Console.WriteLine($"| {"what",-46} | {"threads",7} | {"wall ms",10} | {"CPU ms",10} | {"voxels/s",12} | {"ratio",7} |");
    Console.WriteLine($"|{new string('-', 48)}|{new string('-', 9)}|{new string('-', 12)}|{new string('-', 12)}|{new string('-', 14)}|{new string('-', 9)}|");
}

Console.WriteLine("Per IBSI family, one thread (ratio = share of the summed family CPU times):");
Header();
var one = ibsi with { MaxDegreeOfParallelism = 1 };
// Texture rows discretise afresh each run (about 2 ms), because a GrayLevelVolume caches its padded levels and zones.
GrayLevelVolume Fresh() => GrayLevelVolume.Create(roi, one.Discretisation);
var families = new (string Name, Action Run)[]
{
    ("ROI extraction + discretisation", () => GrayLevelVolume.Create(RegionOfInterest.Create(image, mask), one.Discretisation)),
    ("morphology (mesh, hull, PCA; no Moran/Geary)", () => MorphologyFeatures.Compute(roi, one)),
    ("local intensity", () => LocalIntensity.Compute(roi)),
    ("intensity statistics", () => IntensityStatistics.Compute(roi)),
    ("intensity histogram", () => IntensityHistogram.Compute(Fresh())),
    ("intensity-volume histogram", () => IntensityVolumeHistogram.Compute(roi, null)),
    ("GLCM (6 aggregations)", () => GrayLevelCooccurrence.Compute(Fresh(), one)),
    ("GLRLM (6 aggregations)", () => GrayLevelRunLength.Compute(Fresh(), one)),
    ("GLSZM (2D, 2.5D, 3D)", () => GrayLevelSizeZone.Compute(Fresh(), one)),
    ("GLDZM (2D, 2.5D, 3D)", () => GrayLevelDistanceZone.Compute(Fresh(), one)),
    ("NGTDM (2D, 2.5D, 3D)", () => NeighbourhoodGrayToneDifference.Compute(Fresh(), one)),
    ("NGLDM (2D, 2.5D, 3D)", () => NeighbouringGrayLevelDependence.Compute(Fresh(), one)),
};
var familyTimes = families.Select(f => (f.Name, Time: Time(f.Run, repetitions))).ToList();
double familyTotal = familyTimes.Sum(f => f.Time.Cpu);
foreach (var (name, time) in familyTimes) Row(name, 1, time, time.Cpu / familyTotal);
Console.WriteLine();

if (familiesOnly) return;
Console.WriteLine("Whole extractions (ratio = one-thread wall time / this wall time):");
Header();
void Compare(string what, Func<int, Action> run, int runs)
{
    var baseline = Time(run(1), runs);
    Row(what, 1, baseline, 1);
    var parallel = Time(run(all), runs);
    Row(what, all, parallel, baseline.Wall / parallel.Wall);
}

Compare("IBSI, all families (no Moran/Geary)", t => () => new RadiomicsExtractor(ibsi with { MaxDegreeOfParallelism = t }).Extract(image, mask), repetitions);
Compare("PyRadiomics default, 7 classes (binWidth 0.5)", t => () =>
    new PyRadiomicsExtractor(new PyRadiomicsSettings { BinWidth = 0.5 }) { MaxDegreeOfParallelism = t }.Extract(image, mask), repetitions);
Compare("IBSI Moran's I + Geary's C (FFT, all pairs)", t => () =>
    MorphologyFeatures.Compute(roi, ibsi with { SpatialAutocorrelation = true, MaxDegreeOfParallelism = t }), 1);
