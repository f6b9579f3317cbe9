using PulmoPet.Imaging.Dicom.Pixels;
using PulmoPet.Imaging.Dicom.Series;

namespace PulmoPet.Imaging.Dicom;

/// <summary>Checks applied when turning a series into a volume.</summary>
public sealed record DicomAssemblyOptions
{
    public static readonly DicomAssemblyOptions Default = new();

    /// <summary>Accept missing slices (steps of ≥ 1.5 nominal steps); the volume then places slices on a uniform grid, which is wrong at the gap.</summary>
    public bool AllowGaps { get; init; }

    /// <summary>Largest accepted deviation of one slice step from the mean step, in mm, before the series is refused.</summary>
    public double MaxStepDeviationMm { get; init; } = 0.5;
}

/// <summary>
/// Reads the pixel data of a scanned series into a volume on its LPS grid, applying each slice's own
/// RescaleSlope and RescaleIntercept (PS3.3 C.11.1.1.2: output = stored × slope + intercept).
/// Slices are decoded in parallel; each writes only its own z plane, so the result is deterministic.
/// </summary>
public static class DicomSeriesAssembler
{
    /// <summary>The series as rescaled float values (HU for CT, Bq/ml for BQML PET…).</summary>
    public static Volume<float> Read(DicomSeriesInfo series, DicomAssemblyOptions? options = null)
    {
        var geometry = CheckedGeometry(series, options ?? DicomAssemblyOptions.Default);
        var volume = new Volume<float>(geometry);
        var voxels = volume.Voxels;
        int sliceSize = series.Rows * series.Columns;

        // One task per file, so a multi-frame file is read once for all its frames; each z plane is written once.
        var files = Enumerable.Range(0, series.SliceCount).GroupBy(z => series.Slices[z].Path, StringComparer.Ordinal).Select(g => g.ToArray()).ToArray();
        var errors = new Exception?[series.SliceCount];
        Parallel.For(0, files.Length, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, f =>
        {
            int[] planes = files[f];
            try
            {
                var file = DicomReader.ReadFile(series.Slices[planes[0]].Path);
                var pixels = CheckedPixels(series, file);
                var stored = new double[sliceSize];
                foreach (int z in planes)
                {
                    var slice = series.Slices[z];
                    DicomPixelDecoder.DecodeFrame(file, pixels, slice.FrameIndex, stored);
                    var target = voxels.AsSpan(z * sliceSize, sliceSize);
                    double slope = slice.RescaleSlope, intercept = slice.RescaleIntercept;
                    for (int i = 0; i < target.Length; i++)
                    {
                        target[i] = (float)(stored[i] * slope + intercept);
                    }
                }
            }
            catch (InvalidInputException e)
            {
                errors[planes[0]] = e;
            }
        });

        // Report the failure of the lowest slice, whatever thread met it first, so errors are deterministic too.
        var firstError = Array.Find(errors, e => e != null);
        if (firstError != null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(firstError);
        }

        return volume;
    }

    /// <summary>
    /// The series as 16-bit integers when every slice has slope 1 and an integral intercept and all values
    /// fit in a short (typical CT), otherwise as float (<see cref="Read"/>).
    /// </summary>
    public static Volume ReadCompact(DicomSeriesInfo series, DicomAssemblyOptions? options = null)
    {
        var values = Read(series, options);
        bool integral = series.Slices.All(s => s.RescaleSlope == 1 && s.RescaleIntercept == Math.Round(s.RescaleIntercept));
        if (!integral)
        {
            return values;
        }

        foreach (float v in values.Voxels)
        {
            if (v < short.MinValue || v > short.MaxValue || v != MathF.Round(v))
            {
                return values;
            }
        }

        return values.ConvertTo<short>();
    }

    private static PixelDescription CheckedPixels(DicomSeriesInfo series, DicomFile file)
    {
        var pixels = PixelDescription.From(file.Dataset);
        if (pixels.Rows != series.Rows || pixels.Columns != series.Columns || pixels.SamplesPerPixel != 1)
        {
            throw new DicomFormatException(
                $"DICOM image '{file.Path}' has {pixels.Columns}×{pixels.Rows}×{pixels.SamplesPerPixel} samples but its series was scanned as {series.Columns}×{series.Rows} grayscale.");
        }

        return pixels;
    }

    private static ImageGeometry CheckedGeometry(DicomSeriesInfo series, DicomAssemblyOptions options)
    {
        var report = series.Spacing;
        string name = $"Series {series.SeriesInstanceUid} ({series.Modality} \"{series.SeriesDescription}\")";
        if (report.HasDuplicates)
        {
            var slice = series.Slices[report.DuplicatePositionSlices[0]];
            throw new InvalidInputException(
                $"{name} has {report.DuplicatePositionSlices.Count + 1} or more slices at the same position (e.g. '{slice.Path}' at {slice.Position}); split it by time or echo before reading.");
        }

        if (report.HasGaps && !options.AllowGaps)
        {
            var before = series.Slices[report.GapsAfterSlice[0]];
            throw new InvalidInputException(FormattableString.Invariant(
                $"{name} is missing slices: the step after '{before.Path}' is {report.MaxStepMm:G4} mm where the series steps {report.MinStepMm:G4} mm."));
        }

        if (!report.HasGaps && report.MaxDeviationMm > options.MaxStepDeviationMm)
        {
            throw new InvalidInputException(FormattableString.Invariant(
                $"{name} has slice steps from {report.MinStepMm:G4} to {report.MaxStepMm:G4} mm, more uneven than the {options.MaxStepDeviationMm} mm allowed."));
        }

        if (report.IsSheared)
        {
            throw new InvalidInputException(FormattableString.Invariant(
                $"{name} has slice positions that shift {report.MaxInPlaneShiftMm:G4} mm within the image plane (gantry tilt); resample it before use."));
        }

        return series.Geometry;
    }
}
