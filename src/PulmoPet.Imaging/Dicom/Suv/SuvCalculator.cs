using System.Globalization;
using PulmoPet.Imaging.Dicom.Series;

namespace PulmoPet.Imaging.Dicom.Suv;

/// <summary>
/// Body-weight SUV by the QIBA FDG-PET/CT profile's vendor-neutral algorithm ("SUV calculation", QIBA
/// FDG-PET/CT Profile 2016 appendix; the rule of 3D Slicer's SUVFactorCalculator and cornerstonejs/calculate-suv):
/// Units BQML with ATTN and DECY corrections and DecayCorrection START → factor = weight × 1000 /
/// (dose × 2^(−(scan − injection) / half-life)); CNTS → Philips (7053,1000); GML → already SUV.
/// Missing or contradictory inputs throw an <see cref="InvalidInputException"/> naming the tag.
/// </summary>
public static partial class SuvCalculator
{
    /// <summary>SUV of a scanned PET series (every slice's header is considered).</summary>
    public static SuvResult Compute(DicomSeriesInfo series, SuvOptions? options = null) =>
        Compute(series.Slices.Select(s => PetSuvHeader.FromDataset(s.Header)).ToArray(), options);

    /// <summary>SUV from the headers of the images of one series.</summary>
    public static SuvResult Compute(IReadOnlyList<PetSuvHeader> instances, SuvOptions? options = null)
    {
        options ??= SuvOptions.Default;
        if (instances.Count == 0)
        {
            throw new ArgumentException("SUV needs at least one image header.", nameof(instances));
        }

        var first = instances[0];
        var sources = new List<string>();
        var warnings = new List<string>();
        string units = Same(instances, h => h.Units?.Trim().ToUpperInvariant(), "Units (0054,1001)") ?? string.Empty;
        sources.Add($"Units (0054,1001) = {units}");

        switch (units)
        {
            case "GML":
                // PS3.3 C.8.9.1.1.3: GML = g/ml, i.e. the values already are SUV; SUVType (0054,1006) says which kind.
                string suvType = first.SuvType?.Trim().ToUpperInvariant() ?? string.Empty;
                if (suvType is not ("" or "BW"))
                {
                    throw new InvalidInputException($"Units (0054,1001) are GML but SUVType (0054,1006) is '{suvType}', so the values are SUV{suvType.ToLowerInvariant()}, not body-weight SUV.");
                }

                if (suvType.Length > 0)
                {
                    sources.Add("SUVType (0054,1006) = BW");
                }

                DescribeTiming(instances, options, sources, warnings);
                return new SuvResult { Units = units, BodyWeightFactor = 1.0, Sources = sources, Warnings = warnings };
            case "CNTS":
                double scale = Same(instances, h => h.PhilipsSuvScaleFactor, "Philips SUV Scale Factor (7053,1000)")
                    ?? throw new InvalidInputException("Units (0054,1001) are CNTS but the Philips SUV Scale Factor (7053,1000) of creator \"Philips PET Private Group\" is missing, so counts cannot be converted to SUV.");
                sources.Add(Invariant($"Philips SUV Scale Factor (7053,1000) = {scale}"));
                return new SuvResult { Units = units, BodyWeightFactor = scale, Sources = sources, Warnings = warnings };
            case "BQML":
                break;
            default:
                throw new InvalidInputException($"Units (0054,1001) are '{units}'; SUV needs BQML, CNTS with the Philips (7053,1000) factor, or GML.");
        }

        var corrections = first.CorrectedImage.Select(c => c.Trim().ToUpperInvariant()).ToHashSet();
        if (!corrections.Contains("ATTN") || !corrections.Contains("DECY"))
        {
            throw new InvalidInputException($"CorrectedImage (0028,0051) is '{string.Join('\\', first.CorrectedImage)}' without both ATTN and DECY, so the activity is not quantitative (QIBA precondition).");
        }

        sources.Add($"CorrectedImage (0028,0051) = {string.Join('\\', first.CorrectedImage)}");
        string decayCorrection = Same(instances, h => h.DecayCorrection?.Trim().ToUpperInvariant(), "DecayCorrection (0054,1102)") ?? string.Empty;
        if (decayCorrection is not ("START" or "ADMIN"))
        {
            throw new InvalidInputException($"DecayCorrection (0054,1102) is '{decayCorrection}'; SUV needs images decay-corrected to the scan start (START) or the administration (ADMIN).");
        }

        sources.Add($"DecayCorrection (0054,1102) = {decayCorrection}");
        double weight = Positive(options.PatientWeightKg, "option patient weight", Same(instances, h => h.PatientWeightKg, "PatientWeight (0010,1030)"), "PatientWeight (0010,1030)", "kg", sources);
        double dose = Positive(options.InjectedDoseBq, "option injected dose", Same(instances, h => h.RadionuclideTotalDoseBq, "RadionuclideTotalDose (0018,1074)"), "RadionuclideTotalDose (0018,1074)", "Bq", sources);

        double decayTime = 0;
        DateTime? scan = null, injection = null;
        if (decayCorrection == "START")
        {
            double halfLife = Positive(null, string.Empty, Same(instances, h => h.RadionuclideHalfLifeSeconds, "RadionuclideHalfLife (0018,1075)"), "RadionuclideHalfLife (0018,1075)", "s", sources);
            (scan, string scanSource) = ScanTime(instances, options);
            (injection, string injectionSource) = InjectionTime(instances, options);
            sources.Add($"scan time {Format(scan.Value)} from {scanSource}");
            sources.Add($"injection time {Format(injection.Value)} from {injectionSource}");
            decayTime = (scan.Value - injection.Value).TotalSeconds;
            if (decayTime < 0)
            {
                throw new InvalidInputException(
                    $"The injection time {Format(injection.Value)} ({injectionSource}) is after the scan time {Format(scan.Value)} ({scanSource}); the header dates contradict each other (a de-identification date shift?), so give the injection time as an option.");
            }

            if (decayTime > 24 * 3600)
            {
                warnings.Add(Invariant($"The scan started {decayTime / 3600:F1} h after the injection; check the dates of the injection and the series."));
            }

            dose *= Math.Pow(2, -decayTime / halfLife);
        }

        double factor = weight * 1000 / dose;
        double? height = options.PatientHeightM ?? Same(instances, h => h.PatientSizeM, "PatientSize (0010,1020)");
        string? sex = (options.PatientSex ?? first.PatientSex)?.Trim().ToUpperInvariant();
        double? leanBodyMass = null, surfaceArea = null;
        if (height > 0)
        {
            sources.Add(Invariant($"{(options.PatientHeightM != null ? "option patient height" : "PatientSize (0010,1020)")} = {height} m"));
            surfaceArea = BodyMeasures.BodySurfaceAreaDuBoisM2(weight, height.Value);
            if (sex is "M" or "F")
            {
                sources.Add($"{(options.PatientSex != null ? "option patient sex" : "PatientSex (0010,0040)")} = {sex}");
                leanBodyMass = BodyMeasures.LeanBodyMassJanmahasatianKg(weight, height.Value, sex == "F");
            }
        }

        return new SuvResult
        {
            Units = units,
            BodyWeightFactor = factor,
            LeanBodyMassKg = leanBodyMass,
            LeanBodyMassFactor = leanBodyMass * 1000 / dose,
            BodySurfaceAreaM2 = surfaceArea,
            BodySurfaceAreaFactor = surfaceArea * 1e4 / dose,
            ScanTime = scan,
            InjectionTime = injection,
            DecayTimeSeconds = decayTime,
            DecayedDoseBq = dose,
            Sources = sources,
            Warnings = warnings,
        };
    }

    private static double Positive(double? optionValue, string optionName, double? headerValue, string tag, string unit, List<string> sources)
    {
        if (optionValue is { } o)
        {
            if (!(o > 0) || !double.IsFinite(o))
            {
                throw new InvalidInputException(Invariant($"The {optionName} {o} {unit} must be positive."));
            }

            sources.Add(Invariant($"{optionName} = {o} {unit}"));
            return o;
        }

        if (headerValue is not { } h || !(h > 0) || !double.IsFinite(h))
        {
            throw new InvalidInputException($"{tag} is missing or not positive{(optionName.Length > 0 ? $"; give the {optionName[7..]} as an option" : string.Empty)}.");
        }

        sources.Add(Invariant($"{tag} = {h} {unit}"));
        return h;
    }

    /// <summary>The value every instance shares; differing values are a contradiction naming the tag.</summary>
    private static T? Same<T>(IReadOnlyList<PetSuvHeader> instances, Func<PetSuvHeader, T?> read, string tag)
    {
        T? value = read(instances[0]);
        for (int i = 1; i < instances.Count; i++)
        {
            T? other = read(instances[i]);
            if (!EqualityComparer<T?>.Default.Equals(value, other))
            {
                throw new InvalidInputException($"{tag} differs between images of the series ('{value}' and '{other}'), so one SUV factor cannot be given.");
            }
        }

        return value;
    }

    private static string Format(DateTime time) => time.ToString("yyyy-MM-dd HH:mm:ss.FFFFFF", CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);
}
