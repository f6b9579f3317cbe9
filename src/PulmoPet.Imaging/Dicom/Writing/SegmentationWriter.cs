using System.Globalization;
using System.Numerics;

namespace PulmoPet.Imaging.Dicom.Writing;

/// <summary>Settings of a DICOM Segmentation written from a label map.</summary>
public sealed record SegmentationOptions
{
    public string? SeriesInstanceUid { get; init; }

    public int SeriesNumber { get; init; } = 101;

    public string SeriesDescription { get; init; } = "Lesions";

    /// <summary>Content Label (0070,0080), CS: upper case, digits, space, underscore.</summary>
    public string ContentLabel { get; init; } = "LESIONS";

    /// <summary>Segment Label (0062,0005) of a label value.</summary>
    public Func<int, string> SegmentLabel { get; init; } = label => string.Create(CultureInfo.InvariantCulture, $"Lesion {label}");

    /// <summary>Segmented Property Category: SCT 49755003 "Morphologically Altered Structure" (CID 7150).</summary>
    public (string Value, string Scheme, string Meaning) Category { get; init; } = ("49755003", "SCT", "Morphologically Altered Structure");

    /// <summary>Segmented Property Type: SCT 52988006 "Lesion" (CID 7151).</summary>
    public (string Value, string Scheme, string Meaning) Type { get; init; } = ("52988006", "SCT", "Lesion");

    /// <summary>Segment Algorithm Name (0062,0009), required because the algorithm type is AUTOMATIC.</summary>
    public string AlgorithmName { get; init; } = "PulmoPet";

    /// <summary>Content date and time; null uses the study's.</summary>
    public DateTime? DateTime { get; init; }
}

/// <summary>
/// Writes a label map as a BINARY DICOM Segmentation (PS3.3 A.51: Patient, General Study, General Series,
/// Segmentation Series, Frame of Reference, General Equipment, Enhanced General Equipment, General Image,
/// Image Pixel, Segmentation Image, Multi-frame Functional Groups, Multi-frame Dimension, Common Instance
/// Reference, SOP Common): one segment per label value present; for each segment one frame per slice where it is
/// present, 1 bit per pixel packed across frames without padding (PS3.5 8.1.1; C.8.20.2.1), each frame naming its
/// segment, its source image (Derivation Image Sequence) and its Image Position (Plane Position Sequence).
/// </summary>
public static class SegmentationWriter
{
    private static readonly DicomTag SegmentationType = new(0x0062, 0x0001);
    private static readonly DicomTag SegmentSequence = new(0x0062, 0x0002);
    private static readonly DicomTag SegmentedPropertyCategoryCodeSequence = new(0x0062, 0x0003);
    private static readonly DicomTag SegmentNumber = new(0x0062, 0x0004);
    private static readonly DicomTag SegmentLabel = new(0x0062, 0x0005);
    private static readonly DicomTag SegmentAlgorithmType = new(0x0062, 0x0008);
    private static readonly DicomTag SegmentAlgorithmName = new(0x0062, 0x0009);
    private static readonly DicomTag SegmentIdentificationSequence = new(0x0062, 0x000A);
    private static readonly DicomTag ReferencedSegmentNumber = new(0x0062, 0x000B);
    private static readonly DicomTag SegmentedPropertyTypeCodeSequence = new(0x0062, 0x000F);
    private static readonly DicomTag ContentLabel = new(0x0070, 0x0080);
    private static readonly DicomTag ContentDescription = new(0x0070, 0x0081);
    private static readonly DicomTag ContentCreatorName = new(0x0070, 0x0084);
    private static readonly DicomTag DeviceSerialNumber = new(0x0018, 0x1000);
    private static readonly DicomTag LossyImageCompression = new(0x0028, 0x2110);
    private static readonly DicomTag SharedFunctionalGroupsSequence = new(0x5200, 0x9229);
    private static readonly DicomTag PerFrameFunctionalGroupsSequence = new(0x5200, 0x9230);
    private static readonly DicomTag PixelMeasuresSequence = new(0x0028, 0x9110);
    private static readonly DicomTag PlaneOrientationSequence = new(0x0020, 0x9116);
    private static readonly DicomTag PlanePositionSequence = new(0x0020, 0x9113);
    private static readonly DicomTag FrameContentSequence = new(0x0020, 0x9111);
    private static readonly DicomTag DimensionIndexValues = new(0x0020, 0x9157);
    private static readonly DicomTag DimensionOrganizationSequence = new(0x0020, 0x9221);
    private static readonly DicomTag DimensionOrganizationUid = new(0x0020, 0x9164);
    private static readonly DicomTag DimensionIndexSequence = new(0x0020, 0x9222);
    private static readonly DicomTag DimensionIndexPointer = new(0x0020, 0x9165);
    private static readonly DicomTag FunctionalGroupPointer = new(0x0020, 0x9167);
    private static readonly DicomTag DimensionDescriptionLabel = new(0x0020, 0x9421);
    private static readonly DicomTag DerivationImageSequence = new(0x0008, 0x9124);
    private static readonly DicomTag SourceImageSequence = new(0x0008, 0x2112);
    private static readonly DicomTag DerivationCodeSequence = new(0x0008, 0x9215);
    private static readonly DicomTag PurposeOfReferenceCodeSequence = new(0x0040, 0xA170);
    private static readonly DicomTag ReferencedSeriesSequence = new(0x0008, 0x1115);
    private static readonly DicomTag ReferencedInstanceSequence = new(0x0008, 0x114A);

    /// <summary>Writes the segmentation to <paramref name="path"/> and returns its SOP Instance UID. A label map without labels is refused: a SEG needs one frame.</summary>
    public static string Write<T>(Volume<T> labels, DicomImageSeries image, string path, DicomUidGenerator uids, SegmentationOptions? options = null)
        where T : unmanaged, IBinaryInteger<T>
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(uids);
        options ??= new SegmentationOptions();
        labels.Geometry.EnsureSameGrid(image.Geometry, "The label map and the image series it is written on");
        var g = image.Geometry;
        int[] values = RtStructWriter.LabelValues(labels);
        if (values.Length == 0)
        {
            throw new InvalidInputException("The label map has no labelled voxel; a DICOM Segmentation needs at least one frame.");
        }

        if (values[^1] > ushort.MaxValue)
        {
            throw new InvalidInputException($"Label {values[^1]} is beyond the largest Segment Number (US, 65535).");
        }

        string seriesUid = options.SeriesInstanceUid ?? uids.Create("series/SEG");
        string sopUid = uids.Create("sop/SEG/" + seriesUid);
        string dimensionUid = uids.Create("dimension-organization/" + seriesUid);
        string date = options.DateTime is { } d0 ? DicomValueFormat.Date(d0) : image.Study.StudyDate;
        string time = options.DateTime is { } t0 ? DicomValueFormat.Time(t0) : image.Study.StudyTime;

        // Frames: segment-major, then slice; only slices where the segment has pixels.
        int plane = g.Size.X * g.Size.Y;
        var frames = new List<(int Segment, int Z)>();
        foreach (int label in values)
        {
            T value = T.CreateTruncating(label);
            for (int z = 0; z < g.Size.Z; z++)
            {
                if (labels.Slice(z).Contains(value))
                {
                    frames.Add((label, z));
                }
            }
        }

        long bytes = ((long)frames.Count * plane + 7) / 8;
        if (bytes + 1 > Array.MaxLength)
        {
            throw new InvalidInputException($"{frames.Count} frames of {g.Size.X}×{g.Size.Y} bits exceed the largest Pixel Data buffer.");
        }

        var pixels = new byte[bytes + (bytes % 2)]; // OB: even length, padded with a zero byte
        long bit = 0;
        foreach (var (segment, z) in frames)
        {
            T value = T.CreateTruncating(segment);
            var slice = labels.Slice(z);
            for (int i = 0; i < plane; i++, bit++)
            {
                if (slice[i] == value)
                {
                    pixels[bit >> 3] |= (byte)(1 << (int)(bit & 7)); // PS3.5 8.1.1: first pixel in the least significant bit
                }
            }
        }

        var row = g.Direction.Column(0);
        var column = g.Direction.Column(1);
        var perFrame = frames.Select(frame =>
        {
            var position = g.IndexToWorld(0, 0, frame.Z);
            return new DicomDatasetBuilder()
                .AddSequence(DerivationImageSequence, derivation => derivation
                    .AddSequence(SourceImageSequence, source => source
                        .Add(CommonModules.ReferencedSopClassUid, DicomVr.UI, image.SopClassUid)
                        .Add(CommonModules.ReferencedSopInstanceUid, DicomVr.UI, image.SopInstanceUids[frame.Z])
                        .AddSequence(PurposeOfReferenceCodeSequence, CommonModules.Code("121322", "DCM", "Source image for image processing operation")))
                    .AddSequence(DerivationCodeSequence, CommonModules.Code("113076", "DCM", "Segmentation")))
                .AddSequence(FrameContentSequence, content => content.AddUInt32(DimensionIndexValues, (uint)frame.Segment, (uint)(frame.Z + 1)))
                .AddSequence(PlanePositionSequence, planePosition => planePosition.AddDecimals(DicomTags.ImagePositionPatient, position.X, position.Y, position.Z))
                .AddSequence(SegmentIdentificationSequence, id => id.AddUInt16(ReferencedSegmentNumber, (ushort)frame.Segment))
                .Build();
        }).ToArray();

        var segments = values.Select(label => new DicomDatasetBuilder()
            .AddUInt16(SegmentNumber, (ushort)label)
            .Add(SegmentLabel, DicomVr.LO, options.SegmentLabel(label))
            .Add(SegmentAlgorithmType, DicomVr.CS, "AUTOMATIC")
            .Add(SegmentAlgorithmName, DicomVr.LO, options.AlgorithmName)
            .AddSequence(SegmentedPropertyCategoryCodeSequence, CommonModules.Code(options.Category.Value, options.Category.Scheme, options.Category.Meaning))
            .AddSequence(SegmentedPropertyTypeCodeSequence, CommonModules.Code(options.Type.Value, options.Type.Scheme, options.Type.Meaning))
            .Build()).ToArray();

        var dataset = new DicomDatasetBuilder()
            .SopCommon(DicomSopClasses.SegmentationStorage, sopUid, date, time)
            .PatientAndStudy(image.Study)
            .SeriesAndEquipment(image.Study, "SEG", seriesUid, options.SeriesNumber, options.SeriesDescription, date, time)
            .FrameOfReference(image.Study.FrameOfReferenceUid)
            .Add(DeviceSerialNumber, DicomVr.LO, "1") // Enhanced General Equipment (C.7.5.2): type 1
            // General Image and Segmentation Image (C.8.20.2).
            .Add(DicomTags.ImageType, DicomVr.CS, "DERIVED", "PRIMARY")
            .AddInteger(DicomTags.InstanceNumber, 1)
            .Add(CommonModules.ContentDate, DicomVr.DA, date)
            .Add(CommonModules.ContentTime, DicomVr.TM, time)
            .Add(ContentLabel, DicomVr.CS, options.ContentLabel)
            .Add(ContentDescription, DicomVr.LO, options.SeriesDescription)
            .Add(ContentCreatorName, DicomVr.PN, string.Empty)
            .Add(SegmentationType, DicomVr.CS, "BINARY")
            .AddSequence(SegmentSequence, segments)
            .Add(LossyImageCompression, DicomVr.CS, "00")
            // Image Pixel: 1-bit MONOCHROME2 (C.8.20.2: BitsAllocated = BitsStored = 1, HighBit 0, unsigned).
            .AddUInt16(DicomTags.SamplesPerPixel, 1)
            .Add(DicomTags.PhotometricInterpretation, DicomVr.CS, "MONOCHROME2")
            .AddUInt16(DicomTags.Rows, checked((ushort)g.Size.Y))
            .AddUInt16(DicomTags.Columns, checked((ushort)g.Size.X))
            .AddUInt16(DicomTags.BitsAllocated, 1)
            .AddUInt16(DicomTags.BitsStored, 1)
            .AddUInt16(DicomTags.HighBit, 0)
            .AddUInt16(DicomTags.PixelRepresentation, 0)
            .AddInteger(DicomTags.NumberOfFrames, frames.Count)
            // Multi-frame Functional Groups (C.7.6.16): grid shared, position/source/segment per frame.
            .AddSequence(SharedFunctionalGroupsSequence, shared => shared
                .AddSequence(PixelMeasuresSequence, measures => measures
                    .AddDecimals(DicomTags.PixelSpacing, g.Spacing.Y, g.Spacing.X)
                    .AddDecimals(DicomTags.SliceThickness, g.Spacing.Z))
                .AddSequence(PlaneOrientationSequence, orientation => orientation
                    .AddDecimals(DicomTags.ImageOrientationPatient, row.X, row.Y, row.Z, column.X, column.Y, column.Z)))
            .AddSequence(PerFrameFunctionalGroupsSequence, perFrame)
            // Multi-frame Dimension (C.7.6.17): segment number, then image position.
            .AddSequence(DimensionOrganizationSequence, organization => organization.Add(DimensionOrganizationUid, DicomVr.UI, dimensionUid))
            .AddSequence(
                DimensionIndexSequence,
                index => index
                    .Add(DimensionOrganizationUid, DicomVr.UI, dimensionUid)
                    .AddAttributeTags(DimensionIndexPointer, ReferencedSegmentNumber)
                    .AddAttributeTags(FunctionalGroupPointer, SegmentIdentificationSequence)
                    .Add(DimensionDescriptionLabel, DicomVr.LO, "ReferencedSegmentNumber"),
                index => index
                    .Add(DimensionOrganizationUid, DicomVr.UI, dimensionUid)
                    .AddAttributeTags(DimensionIndexPointer, DicomTags.ImagePositionPatient)
                    .AddAttributeTags(FunctionalGroupPointer, PlanePositionSequence)
                    .Add(DimensionDescriptionLabel, DicomVr.LO, "ImagePositionPatient"))
            // Common Instance Reference (C.12.2): the source series.
            .AddSequence(ReferencedSeriesSequence, series => series
                .Add(DicomTags.SeriesInstanceUid, DicomVr.UI, image.SeriesInstanceUid)
                .AddSequence(ReferencedInstanceSequence, frames.Select(f => f.Z).Distinct().Order().Select(z => new DicomDatasetBuilder()
                    .Add(CommonModules.ReferencedSopClassUid, DicomVr.UI, image.SopClassUid)
                    .Add(CommonModules.ReferencedSopInstanceUid, DicomVr.UI, image.SopInstanceUids[z])
                    .Build())))
            .AddBytes(DicomTags.PixelData, DicomVr.OB, pixels)
            .Build();
        DicomFileWriter.Write(path, dataset);
        return sopUid;
    }
}
