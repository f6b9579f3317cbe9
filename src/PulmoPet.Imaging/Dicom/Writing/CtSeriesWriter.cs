using System.Buffers.Binary;
using System.Globalization;

namespace PulmoPet.Imaging.Dicom.Writing;

/// <summary>Settings of a CT series; defaults are those of a typical diagnostic chest CT.</summary>
public sealed record CtSeriesOptions
{
    /// <summary>Most scanners store HU + 1024 so that air is near 0: RescaleIntercept −1024, slope 1.</summary>
    public const double DefaultRescaleIntercept = -1024;

    /// <summary>SeriesInstanceUID; null makes one from the generator ("series/CT").</summary>
    public string? SeriesInstanceUid { get; init; }

    public int SeriesNumber { get; init; } = 1;

    public string SeriesDescription { get; init; } = "CT";

    /// <summary>SeriesDate/Time and AcquisitionDate/Time; null uses the study date and time.</summary>
    public DateTime? SeriesDateTime { get; init; }

    /// <summary>RescaleIntercept (0028,1052): HU = stored + intercept (slope 1). An integer, so HU survive exactly.</summary>
    public int RescaleIntercept { get; init; } = (int)DefaultRescaleIntercept;

    /// <summary>KVP (0018,0060), kV.</summary>
    public double Kvp { get; init; } = 120;

    /// <summary>File name of slice z (0-based) inside the folder.</summary>
    public Func<int, string> FileName { get; init; } = z => string.Create(CultureInfo.InvariantCulture, $"CT_{z + 1:D4}.dcm");
}

/// <summary>
/// Writes a CT volume (HU, int16) as a series of single-frame CT Image Storage files (PS3.3 A.3: Patient,
/// General Study, General Series, Frame of Reference, General Equipment, General Image, Image Plane, Image
/// Pixel, CT Image, SOP Common), one file per z, InstanceNumber z + 1. Stored values are signed 16-bit
/// (PixelRepresentation 1) with RescaleSlope 1 and an integral RescaleIntercept (C.8.2.1.1.1), so every HU comes back exactly.
/// A grid whose third direction is not ImageOrientationPatient's row × column (left-handed) reads back with its slices reversed:
/// DICOM orders slices by position, not by file.
/// </summary>
public static class CtSeriesWriter
{
    private static readonly DicomTag Kvp = new(0x0018, 0x0060);
    private static readonly DicomTag AcquisitionNumber = new(0x0020, 0x0012);

    public static DicomImageSeries Write(Volume<short> hounsfieldUnits, string folder, DicomPatientStudy study, DicomUidGenerator uids, CtSeriesOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(hounsfieldUnits);
        ArgumentNullException.ThrowIfNull(study);
        ArgumentNullException.ThrowIfNull(uids);
        options ??= new CtSeriesOptions();
        var g = hounsfieldUnits.Geometry;
        CommonModules.CheckWritableGrid(g, "The CT volume");
        int intercept = options.RescaleIntercept;
        short lowest = short.MaxValue, highest = short.MinValue;
        foreach (short hu in hounsfieldUnits.Voxels)
        {
            lowest = Math.Min(lowest, hu);
            highest = Math.Max(highest, hu);
        }

        if (hounsfieldUnits.Voxels.Length > 0 && (lowest - intercept < short.MinValue || highest - intercept > short.MaxValue))
        {
            throw new InvalidInputException(
                $"CT values {lowest}…{highest} HU minus RescaleIntercept {intercept} do not fit in signed 16-bit stored values; choose another intercept (0 fits every HU).");
        }

        string seriesUid = options.SeriesInstanceUid ?? uids.Create("series/CT");
        var seriesTime = options.SeriesDateTime;
        string seriesDate = seriesTime is { } t ? DicomValueFormat.Date(t) : study.StudyDate;
        string seriesClock = seriesTime is { } u ? DicomValueFormat.Time(u) : study.StudyTime;
        int slices = g.Size.Z, plane = g.Size.X * g.Size.Y;
        var sopUids = new string[slices];
        var paths = new string[slices];
        for (int z = 0; z < slices; z++)
        {
            sopUids[z] = uids.Create(string.Create(CultureInfo.InvariantCulture, $"sop/CT/{seriesUid}/{z}"));
            paths[z] = Path.Combine(folder, options.FileName(z));
        }

        Directory.CreateDirectory(folder);
        CommonModules.ForEachSlice(slices, z =>
        {
            var source = hounsfieldUnits.Slice(z);
            var pixels = new byte[plane * 2];
            for (int i = 0; i < plane; i++)
            {
                BinaryPrimitives.WriteInt16LittleEndian(pixels.AsSpan(2 * i), (short)(source[i] - intercept));
            }

            var d = new DicomDatasetBuilder()
                .SopCommon(DicomSopClasses.CtImageStorage, sopUids[z], seriesDate, seriesClock)
                .PatientAndStudy(study)
                .SeriesAndEquipment(study, "CT", seriesUid, options.SeriesNumber, options.SeriesDescription, seriesDate, seriesClock)
                .FrameOfReference(study.FrameOfReferenceUid)
                // General Image (C.7.6.1) and CT Image (C.8.2.1).
                .Add(DicomTags.ImageType, DicomVr.CS, "ORIGINAL", "PRIMARY", "AXIAL")
                .AddInteger(DicomTags.InstanceNumber, z + 1)
                .AddInteger(AcquisitionNumber, 1)
                .Add(CommonModules.PatientOrientation, DicomVr.CS, string.Empty)
                .Add(DicomTags.AcquisitionDate, DicomVr.DA, seriesDate)
                .Add(DicomTags.AcquisitionTime, DicomVr.TM, seriesClock)
                .Add(CommonModules.ContentDate, DicomVr.DA, seriesDate)
                .Add(CommonModules.ContentTime, DicomVr.TM, seriesClock)
                .AddDecimals(Kvp, options.Kvp)
                .ImagePlane(g, z)
                .GrayscalePixels16(g, signed: true, pixels)
                .AddDecimals(DicomTags.RescaleIntercept, intercept)
                .AddDecimals(DicomTags.RescaleSlope, 1)
                .Add(DicomTags.RescaleType, DicomVr.LO, "HU")
                .Build();
            DicomFileWriter.Write(paths[z], d);
        });

        return new DicomImageSeries("CT", DicomSopClasses.CtImageStorage, seriesUid, study, g, sopUids, paths);
    }
}
