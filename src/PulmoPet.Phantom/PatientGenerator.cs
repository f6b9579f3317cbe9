using System.Diagnostics;
using PulmoPet.Imaging;
using PulmoPet.Phantom.Anatomy;
using PulmoPet.Phantom.Clinical;
using PulmoPet.Phantom.Lesions;
using PulmoPet.Phantom.Rendering;
using PulmoPet.Phantom.Shapes;
using PulmoPet.Phantom.Synthesis;

namespace PulmoPet.Phantom;

/// <summary>
/// Generates synthetic PET/CT patients in memory. A patient depends only on the options and its index:
/// every random stream is seeded from (cohort seed, patient index, purpose), so patients can be made in
/// any order and on any number of threads with identical results.
/// </summary>
public sealed class PatientGenerator
{
    /// <summary>Bump when the same options would give different images or tables.</summary>
    public const string Version = "1.0.0";

    /// <summary>Cell size of the texture of lung parenchyma and lesions: secondary-lobule scale, ≈ 1–2.5 cm (Webb, HRCT of the lung).</summary>
    public const double TextureCellMm = 7;

    private readonly CohortOptions _options;
    private readonly ulong _seed;

    public PatientGenerator(CohortOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _options = options;
        _seed = unchecked((ulong)options.Seed);
    }

    public CohortOptions Options => _options;

    /// <summary>The random streams of a patient; appending a purpose never changes existing ones.</summary>
    private enum Stream : ulong
    {
        ClassBlock = 1,
        Clinical = 2,
        Anatomy = 3,
        Lesions = 4,
        Tissue = 5,
        Texture = 6,
        CtNoise = 7,
        PetNoise = 8,
        Placement = 9,
    }

    /// <summary>
    /// The class of patient <paramref name="patientIndex"/>: patients come in blocks of |classes| holding
    /// each class once, in an order shuffled per block, so any cohort is balanced to within one block.
    /// </summary>
    public LesionClass ClassOf(int patientIndex)
    {
        IReadOnlyList<LesionClass> classes = _options.Classes;
        int block = patientIndex / classes.Count;
        var order = classes.ToArray();
        SeedMixer.Stream(_seed, (ulong)Stream.ClassBlock, (ulong)block).Shuffle(order.AsSpan());
        return order[patientIndex % classes.Count];
    }

    /// <summary>Generates patient <paramref name="patientIndex"/> (0-based) using the options' degree of parallelism.</summary>
    public SyntheticPatient Generate(int patientIndex) =>
        Generate(patientIndex, new ParallelOptions { MaxDegreeOfParallelism = _options.MaxDegreeOfParallelism });

    internal SyntheticPatient Generate(int patientIndex, ParallelOptions parallelOptions)
    {
        if (patientIndex < 0 || patientIndex >= _options.Patients)
        {
            throw new ArgumentOutOfRangeException(nameof(patientIndex), $"Patient index {patientIndex} is outside 0..{_options.Patients - 1}.");
        }

        var stopwatch = Stopwatch.StartNew();
        ulong patientSeed = SeedMixer.Mix(_seed, (ulong)patientIndex);
        DeterministicRandom RandomFor(Stream stream) => new(SeedMixer.Mix(patientSeed, (ulong)stream));

        string caseId = _options.CaseId(patientIndex);
        LesionClass lesionClass = ClassOf(patientIndex);
        DeterministicRandom clinicalRandom = RandomFor(Stream.Clinical);
        int center = 1 + clinicalRandom.NextInt(_options.Centers);
        ClinicalRecord clinical = ClinicalGenerator.Generate(caseId, patientIndex, lesionClass, center, _options.Centers, clinicalRandom);
        ScannerProfile scanner = ScannerProfile.ForCenter(center, _options.Centers);

        // Grids: the CT in the body frame (patient a little off-centre), then shifted to scanner coordinates.
        DeterministicRandom placement = RandomFor(Stream.Placement);
        DeterministicRandom anatomyRandom = RandomFor(Stream.Anatomy);
        BodyHabitus habitus = BodyHabitus.Sample(clinical, anatomyRandom, _options.FieldOfViewMm);
        double spacing = _options.CtSpacingMm;
        var size = new Size3(
            (int)Math.Round(_options.FieldOfViewMm.X / spacing),
            (int)Math.Round(_options.FieldOfViewMm.Y / spacing),
            (int)Math.Round(_options.FieldOfViewMm.Z / spacing));
        var bodyOrigin = new Vector3D(
            -(size.X - 1) * spacing / 2 + placement.Uniform(-10, 10),
            habitus.BodyCenterY - (size.Y - 1) * spacing / 2 + placement.Uniform(-8, 8),
            habitus.ScanTopZ - (size.Z - 1) * spacing);
        var bodyGrid = new ImageGeometry(size, new Vector3D(spacing, spacing, spacing), bodyOrigin);
        var bodyToWorld = new Vector3D(
            Math.Round(placement.Uniform(-15, 15), 1),
            Math.Round(placement.Uniform(-20, 20), 1),
            Math.Round(-habitus.ScanTopZ - placement.Uniform(20, 120), 1));
        ImageGeometry ctGrid = bodyGrid.WithOrigin(bodyOrigin + bodyToWorld);
        ImageGeometry petGrid = ctGrid.Resampled(new Vector3D(_options.PetSpacingMm, _options.PetSpacingMm, _options.PetSpacingMm));

        // Anatomy and lesions.
        (PhantomAnatomy anatomy, TissueMap map) = PhantomAnatomy.Build(clinical, habitus, bodyGrid, anatomyRandom);
        var lungGeometry = new LungGeometry(map, anatomy.Lungs, anatomy.Landmarks);
        List<Lesion> lesions = LesionPlanner.Plan(lesionClass, clinical, lungGeometry, RandomFor(Stream.Lesions));
        (byte[] lesionLabels, List<LesionFootprint> footprints) = LesionRasterizer.Rasterize(lesions, map);

        // Images.
        TissueProperties tissue = TissueProperties.Sample(clinical, RandomFor(Stream.Tissue));
        DeterministicRandom textureRandom = RandomFor(Stream.Texture);
        var textureBounds = new Bounds(bodyGrid.Origin, bodyGrid.IndexToWorld(size.X - 1, size.Y - 1, size.Z - 1));
        var texture = new ValueNoiseField(textureBounds, TextureCellMm, textureRandom);
        short[] ct = CtSynthesis.Synthesize(
            map, anatomy, footprints, tissue, texture, scanner.CtNoiseHu,
            SeedMixer.Mix(patientSeed, (ulong)Stream.CtNoise), parallelOptions);
        float[] activity = ActivitySynthesis.Synthesize(map, anatomy, footprints, tissue, texture, parallelOptions);
        double countsPerSuv = scanner.CountsPerSuv(clinical, _options.DoseFactor);
        PetImages pet = PetAcquisition.Acquire(
            new Volume<float>(ctGrid, activity), petGrid, scanner.PetPsfFwhmMm, countsPerSuv,
            SeedMixer.Mix(patientSeed, (ulong)Stream.PetNoise), parallelOptions);

        // Label maps.
        byte[] lobes = LobeLabels(map, anatomy.Lungs, parallelOptions);
        byte[] organs = (byte[])map.Organ.Clone();
        foreach (LesionFootprint footprint in footprints)
        {
            byte lungLabel = (byte)(footprint.Lesion.Side == LungSide.Right ? OrganLabel.LungRight : OrganLabel.LungLeft);
            for (int k = 0; k < footprint.Indices.Length; k++)
            {
                if (footprint.Labelled[k])
                {
                    organs[footprint.Indices[k]] = lungLabel;
                }
            }
        }

        var truth = footprints
            .Select(f => LesionMeasurement.Measure(caseId, f, ctGrid, map, lobes, activity, pet.BlurredActivity.Voxels, ct, lungGeometry))
            .ToList();

        return new SyntheticPatient
        {
            CaseId = caseId,
            PatientIndex = patientIndex,
            Clinical = clinical,
            Scanner = scanner,
            DoseFactor = _options.DoseFactor,
            CountsPerSuv = countsPerSuv,
            Ct = new Volume<short>(ctGrid, ct),
            Pet = pet.Pet,
            PetNoiseless = pet.Noiseless,
            Activity = new Volume<float>(ctGrid, activity),
            BlurredActivity = pet.BlurredActivity,
            Lesions = new Volume<byte>(ctGrid, lesionLabels),
            Lungs = new Volume<byte>(ctGrid, (byte[])map.Side.Clone()),
            Lobes = new Volume<byte>(ctGrid, lobes),
            Organs = new Volume<byte>(ctGrid, organs),
            LesionTruth = truth,
            Tissue = tissue,
            BodyToWorld = bodyToWorld,
            GenerationTime = stopwatch.Elapsed,
        };
    }

    private static byte[] LobeLabels(TissueMap map, LungModel lungs, ParallelOptions parallelOptions)
    {
        ImageGeometry g = map.Grid;
        var lobes = new byte[g.VoxelCount];
        Parallel.For(0, g.Size.Z, parallelOptions, z =>
        {
            for (int y = 0; y < g.Size.Y; y++)
            {
                int row = g.LinearIndex(0, y, z);
                for (int x = 0; x < g.Size.X; x++)
                {
                    byte side = map.Side[row + x];
                    if (side != 0)
                    {
                        lobes[row + x] = (byte)lungs.LobeAt((LungSide)side, map.Position(x, y, z));
                    }
                }
            }
        });

        return lobes;
    }
}
