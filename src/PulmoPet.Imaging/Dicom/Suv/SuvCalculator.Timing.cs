namespace PulmoPet.Imaging.Dicom.Suv;

/// <summary>The two times of the decay correction: when the scan counts from, and when the tracer was injected.</summary>
public static partial class SuvCalculator
{
    /// <summary>
    /// QIBA: SeriesDate/SeriesTime unless it is later than the earliest AcquisitionDate/Time of the series (then
    /// post-processing rewrote it): GE's private scan date-time (0009,100D) if present, else the earliest acquisition.
    /// </summary>
    private static (DateTime Time, string Source) ScanTime(IReadOnlyList<PetSuvHeader> instances, SuvOptions options)
    {
        if (options.ScanTime is { } fromOptions)
        {
            return (fromOptions, "option scan time");
        }

        var first = instances[0];
        var series = DicomDateTime.Combine(first.SeriesDate, first.SeriesTime)
            ?? throw new InvalidInputException($"SeriesDate (0008,0021) '{first.SeriesDate}' or SeriesTime (0008,0031) '{first.SeriesTime}' is missing or invalid, so the scan time is unknown.");
        DateTime? earliest = null;
        foreach (var header in instances)
        {
            var acquisition = DicomDateTime.Combine(header.AcquisitionDate, header.AcquisitionTime);
            if (acquisition is { } a && (earliest is null || a < earliest))
            {
                earliest = a;
            }
        }

        if (earliest is null || series <= earliest)
        {
            return (series, "SeriesDate (0008,0021) + SeriesTime (0008,0031)");
        }

        var ge = DicomDateTime.ParseDateTime(first.GePrivateScanDateTime);
        if (ge is not null)
        {
            return (ge.Value, "GE private scan date-time (0009,100D), as SeriesTime is after the first AcquisitionTime");
        }

        return (earliest.Value, "the earliest AcquisitionDate (0008,0022) + AcquisitionTime (0008,0032), as SeriesTime is after it");
    }

    private static (DateTime Time, string Source) InjectionTime(IReadOnlyList<PetSuvHeader> instances, SuvOptions options)
    {
        if (options.InjectionTime is { } fromOptions)
        {
            return (fromOptions, "option injection time");
        }

        var first = instances[0];
        var dateTime = DicomDateTime.ParseDateTime(first.RadiopharmaceuticalStartDateTime);
        if (dateTime is not null)
        {
            return (dateTime.Value, "RadiopharmaceuticalStartDateTime (0018,1078)");
        }

        var combined = DicomDateTime.Combine(first.SeriesDate, first.RadiopharmaceuticalStartTime)
            ?? throw new InvalidInputException("RadiopharmaceuticalStartDateTime (0018,1078) and RadiopharmaceuticalStartTime (0018,1072) are both missing, so the injection time is unknown; give it as an option.");
        return (combined, "SeriesDate (0008,0021) + RadiopharmaceuticalStartTime (0018,1072)");
    }

    /// <summary>For already-SUV images the timing is not needed, but contradictory dates are still worth a warning.</summary>
    private static void DescribeTiming(IReadOnlyList<PetSuvHeader> instances, SuvOptions options, List<string> sources, List<string> warnings)
    {
        try
        {
            var (scan, scanSource) = ScanTime(instances, options);
            var (injection, injectionSource) = InjectionTime(instances, options);
            if (injection > scan)
            {
                warnings.Add($"The injection time {Format(injection)} ({injectionSource}) is after the scan time {Format(scan)} ({scanSource}); the header dates contradict each other (a de-identification date shift?).");
            }
        }
        catch (InvalidInputException e)
        {
            sources.Add($"timing not available: {e.Message}");
        }
    }
}
