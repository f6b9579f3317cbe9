using PulmoPet.Imaging;
using PulmoPet.Phantom.Anatomy;
using PulmoPet.Phantom.Clinical;
using PulmoPet.Phantom.Shapes;

namespace PulmoPet.Phantom.Lesions;

/// <summary>
/// Everything about a lesion except where it is: size, outline, interior and uptake, drawn from its class
/// profile. <see cref="Place"/> builds the <see cref="Lesion"/> at a candidate centre.
/// </summary>
internal sealed class LesionDesign
{
    private readonly (Vector3D Direction, double Amplitude, double Concentration)[] _bumps;
    private readonly (Vector3D Direction, double Length, double Radius)[] _spicules;
    private readonly (Vector3D Offset, double Radius)[] _calcifications;
    private readonly (Vector3D Offset, double SigmaFraction, double Amplitude)[] _hotSpots;
    private readonly (double Along, double Across, double Scale)[] _satellites;
    private readonly Vector3D _radiusScales;
    private readonly Matrix3 _axes;
    private readonly Vector3D _textureOffset;

    private LesionDesign(
        LesionClass lesionClass,
        double diameterMm,
        LesionMorphology morphology,
        bool juxtapleural,
        LesionAppearance appearance,
        Vector3D radiusScales,
        Matrix3 axes,
        (Vector3D, double, double)[] bumps,
        (Vector3D, double, double)[] spicules,
        (Vector3D, double)[] calcifications,
        (Vector3D, double, double)[] hotSpots,
        (double, double, double)[] satellites,
        Vector3D textureOffset)
    {
        Class = lesionClass;
        DiameterMm = diameterMm;
        Morphology = morphology;
        Juxtapleural = juxtapleural;
        Appearance = appearance;
        _radiusScales = radiusScales;
        _axes = axes;
        _bumps = bumps;
        _spicules = spicules;
        _calcifications = calcifications;
        _hotSpots = hotSpots;
        _satellites = satellites;
        _textureOffset = textureOffset;
    }

    public LesionClass Class { get; }

    public double DiameterMm { get; }

    public LesionMorphology Morphology { get; }

    public bool Juxtapleural { get; }

    public LesionAppearance Appearance { get; }

    /// <summary>Draws a design for a lesion of <paramref name="lesionClass"/>; <paramref name="ordinal"/> 0 is the patient's index lesion.</summary>
    public static LesionDesign Draw(LesionClass lesionClass, int ordinal, ClinicalRecord clinical, DeterministicRandom random)
    {
        LesionClassProfile profile = LesionClassProfile.For(lesionClass);
        double diameter = Math.Clamp(random.LogNormal(profile.DiameterMedianMm, profile.DiameterSigmaLog), profile.MinDiameterMm, profile.MaxDiameterMm);
        if (lesionClass == LesionClass.PrimaryLungCancer && ordinal > 0)
        {
            // A second primary or satellite nodule is smaller than the index tumour.
            diameter = random.Uniform(profile.MinDiameterMm, Math.Min(25, profile.MaxDiameterMm));
        }

        LesionMorphology morphology = profile.DrawMorphology(random);
        bool juxtapleural = random.Bernoulli(profile.JuxtapleuralProbability);

        // Uptake: class level, larger lesions hotter, lower with high glycaemia (competition with glucose)
        // and higher with longer uptake times (FDG keeps accumulating in tumour); kept in the class range.
        double sizeEffect = Math.Pow(diameter / profile.DiameterMedianMm, profile.SuvSizeExponent);
        double glucoseEffect = 1 - 0.04 * (clinical.GlucoseMmolPerL - 5.5);
        double uptakeEffect = 1 + 0.004 * (clinical.UptakeTimeMinutes - 60);
        double suvMax = Math.Clamp(
            random.LogNormal(profile.SuvMaxMedian, profile.SuvMaxSigmaLog) * sizeEffect * glucoseEffect * uptakeEffect,
            profile.MinSuvMax,
            profile.MaxSuvMax);

        double elongation = profile.Elongation;
        var radiusScales = new Vector3D(
            random.Uniform(1 - elongation, 1 + elongation),
            random.Uniform(1 - elongation, 1 + elongation),
            random.Uniform(1 - elongation, 1 + elongation));
        double largest = Math.Max(radiusScales.X, Math.Max(radiusScales.Y, radiusScales.Z));
        radiusScales /= largest; // the largest semi-axis is the nominal radius
        Matrix3 axes = Ellipsoid.AxesAlong(random.UnitVector(), random.UnitVector());

        int bumpCount = morphology switch
        {
            LesionMorphology.Round => random.IntInclusive(0, 2),
            LesionMorphology.Consolidation => random.IntInclusive(2, 4),
            _ => random.IntInclusive(4, 8),
        };
        double bumpAmplitude = morphology is LesionMorphology.Lobulated or LesionMorphology.Spiculated ? 0.26 : 0.05;
        var bumps = new (Vector3D, double, double)[bumpCount];
        for (int i = 0; i < bumpCount; i++)
        {
            bumps[i] = (random.UnitVector(), random.Uniform(-0.45 * bumpAmplitude, bumpAmplitude), random.Uniform(3, 9));
        }

        var spicules = morphology == LesionMorphology.Spiculated
            ? Enumerable.Range(0, random.IntInclusive(8, 18))
                .Select(_ => (random.UnitVector(), random.Uniform(0.25, 0.7) * diameter / 2 + random.Uniform(2, 6), random.Uniform(0.7, 1.3)))
                .ToArray()
            : [];

        var calcifications = Array.Empty<(Vector3D, double)>();
        double calcificationHu = 600;
        if (random.Bernoulli(profile.CalcificationProbability))
        {
            calcificationHu = random.Uniform(300, 900);
            calcifications = random.Bernoulli(0.5)
                ? [(Vector3D.Zero, random.Uniform(0.18, 0.32) * diameter / 2 + 0.8)]
                : Enumerable.Range(0, random.IntInclusive(2, 5))
                    .Select(_ => (random.UnitVector() * random.Uniform(0, 0.55), random.Uniform(1.2, 2.8)))
                    .ToArray();
        }

        var hotSpots = Enumerable.Range(0, profile.HotSpots > 0 ? random.IntInclusive(1, profile.HotSpots) : 0)
            .Select(_ => (random.UnitVector() * random.Uniform(0, 0.6), random.Uniform(0.2, 0.4), random.Uniform(0.2, 0.45)))
            .ToArray();

        double necroticCore = 0;
        double necroticUptake = 1;
        double necroticHuDrop = 0;
        if (diameter >= profile.NecrosisMinDiameterMm
            && random.Bernoulli(profile.NecrosisProbability * Math.Min(1, (diameter - profile.NecrosisMinDiameterMm + 5) / 20)))
        {
            necroticCore = random.Uniform(0.35, 0.6);
            necroticUptake = random.Uniform(0.12, 0.3);
            necroticHuDrop = random.Uniform(12, 25);
        }

        var satellites = morphology == LesionMorphology.Consolidation
            ? Enumerable.Range(0, random.IntInclusive(1, 3))
                .Select(_ => (random.Uniform(-0.5, 0.5), random.Uniform(-0.35, 0.35), random.Uniform(0.55, 0.85)))
                .ToArray()
            : [];

        var appearance = new LesionAppearance
        {
            SuvMax = suvMax,
            SolidHu = random.Uniform(20, 60),
            BaseUptake = random.Uniform(profile.BaseUptake - 0.08, profile.BaseUptake + 0.08),
            CentralPeak = profile.CentralPeak,
            UptakeTexture = profile.UptakeTexture,
            NecroticCoreFraction = necroticCore,
            NecroticUptake = necroticUptake,
            NecroticHuDrop = necroticHuDrop,
            CalcificationHu = calcificationHu,
        };

        Vector3D textureOffset = random.UnitVector() * random.Uniform(0, 500);
        return new LesionDesign(
            lesionClass, diameter, morphology, juxtapleural, appearance, radiusScales, axes, bumps, spicules, calcifications, hotSpots, satellites, textureOffset);
    }

    /// <summary>A copy scaled down (when a large lesion finds no room).</summary>
    public LesionDesign Shrunk(double factor) => new(
        Class, DiameterMm * factor, Morphology, Juxtapleural, Appearance, _radiusScales, _axes, _bumps,
        _spicules.Select(s => (s.Direction, s.Length * factor, s.Radius)).ToArray(),
        _calcifications.Select(c => (c.Offset, c.Offset == Vector3D.Zero ? c.Radius * factor : c.Radius)).ToArray(),
        _hotSpots, _satellites, _textureOffset);

    /// <summary>The same design placed inside the lung rather than against the pleura.</summary>
    public LesionDesign AwayFromPleura() => new(
        Class, DiameterMm, Morphology, false, Appearance, _radiusScales, _axes, _bumps, _spicules, _calcifications,
        _hotSpots, _satellites, _textureOffset);

    /// <summary>Builds the lesion at <paramref name="center"/>; consolidations line up with the bundle from <paramref name="hilum"/>.</summary>
    public Lesion Place(Vector3D center, LungSide side, Vector3D hilum)
    {
        double radius = DiameterMm / 2;
        Matrix3 axes = _axes;
        Vector3D radii = _radiusScales * radius;
        var components = new List<LobulatedEllipsoid>();
        if (Morphology == LesionMorphology.Consolidation)
        {
            Vector3D along = center - hilum;
            if (along.Length < 1e-6)
            {
                along = new Vector3D(side == LungSide.Right ? -1 : 1, 0, 0);
            }

            axes = Ellipsoid.AxesAlong(along, new Vector3D(0, 0, 1));
            radii = new Vector3D(radius, radius * 0.55 * _radiusScales.Y, radius * 0.5 * _radiusScales.Z);
        }

        components.Add(new LobulatedEllipsoid(center, radii, axes, _bumps));
        Matrix3 toBody = axes.Transpose();
        foreach ((double along, double across, double scale) in _satellites)
        {
            Vector3D offset = toBody * new Vector3D(along * radius, across * radii.Y, 0);
            components.Add(new LobulatedEllipsoid(center + offset, radii * scale, axes, _bumps));
        }

        var spicules = new TaperedCapsule[_spicules.Length];
        for (int i = 0; i < _spicules.Length; i++)
        {
            (Vector3D d, double length, double r) = _spicules[i];
            Vector3D surface = center + (toBody * d.Scale(radii)) * 0.85;
            Vector3D tip = surface + (toBody * d) * length;
            spicules[i] = new TaperedCapsule(surface, tip, r, 0.35);
        }

        var calcifications = _calcifications.Select(c => (center + toBody * c.Offset.Scale(radii), c.Radius)).ToArray();
        var hotSpots = _hotSpots.Select(h => (center + toBody * h.Offset.Scale(radii), Math.Max(2.0, h.SigmaFraction * radius), h.Amplitude)).ToArray();
        LesionAppearance appearance = Appearance with { HotSpots = hotSpots, TextureOffset = _textureOffset };
        return new Lesion(Class, side, center, DiameterMm, Morphology, components.ToArray(), spicules, calcifications, appearance, Juxtapleural);
    }
}
