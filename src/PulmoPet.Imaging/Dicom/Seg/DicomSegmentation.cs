using PulmoPet.Imaging.Dicom.Pixels;
using PulmoPet.Imaging.Dicom.Series;

namespace PulmoPet.Imaging.Dicom.Seg;

/// <summary>A segment of a Segmentation (PS3.3 C.8.20.2 Segment Sequence).</summary>
public sealed record DicomSegment(int Number, string Label, string AlgorithmType);

/// <summary>One frame of a Segmentation: which segment it belongs to and which source image or position it lies on (C.8.20.3).</summary>
public sealed record DicomSegmentFrame(int Index, int SegmentNumber, string? ReferencedSopInstanceUid, Vector3D? Position);

/// <summary>
/// A DICOM Segmentation object (PS3.3 A.51): BINARY (1-bit, packed across frames), FRACTIONAL (8-bit
/// probability or occupancy) or LABELMAP (values are segment numbers). Frames are placed on a referenced
/// image series by SOP Instance UID (Derivation Image → Source Image Sequence), else by Image Position
/// (Plane Position Sequence), never by frame index.
/// </summary>
public sealed class DicomSegmentation
{
    private static readonly DicomTag SegmentationType = new(0x0062, 0x0001);
    private static readonly DicomTag SegmentSequence = new(0x0062, 0x0002);
    private static readonly DicomTag SegmentNumber = new(0x0062, 0x0004);
    private static readonly DicomTag SegmentLabel = new(0x0062, 0x0005);
    private static readonly DicomTag SegmentAlgorithmType = new(0x0062, 0x0008);
    private static readonly DicomTag SegmentIdentificationSequence = new(0x0062, 0x000A);
    private static readonly DicomTag ReferencedSegmentNumber = new(0x0062, 0x000B);
    private static readonly DicomTag MaximumFractionalValueTag = new(0x0062, 0x000E);
    private static readonly DicomTag DerivationImageSequence = new(0x0008, 0x9124);
    private static readonly DicomTag SourceImageSequence = new(0x0008, 0x2112);
    private static readonly DicomTag ReferencedSopInstanceUid = new(0x0008, 0x1155);
    private static readonly DicomTag PlanePositionSequence = new(0x0020, 0x9113);
    private static readonly DicomTag PerFrameFunctionalGroupsSequence = new(0x5200, 0x9230);
    private static readonly DicomTag SharedFunctionalGroupsSequence = new(0x5200, 0x9229);

    private readonly DicomFile _file;
    private readonly PixelDescription _pixels;

    private DicomSegmentation(DicomFile file, PixelDescription pixels, string type, int maximumFractionalValue, IReadOnlyList<DicomSegment> segments, IReadOnlyList<DicomSegmentFrame> frames)
    {
        _file = file;
        _pixels = pixels;
        Type = type;
        MaximumFractionalValue = maximumFractionalValue;
        Segments = segments;
        Frames = frames;
    }

    public string Path => _file.Path;

    /// <summary>SegmentationType (0062,0001): BINARY, FRACTIONAL or LABELMAP.</summary>
    public string Type { get; }

    /// <summary>MaximumFractionalValue (0062,000E) for FRACTIONAL (the value meaning 1.0); 1 otherwise.</summary>
    public int MaximumFractionalValue { get; }

    public IReadOnlyList<DicomSegment> Segments { get; }

    public IReadOnlyList<DicomSegmentFrame> Frames { get; }

    public int Rows => _pixels.Rows;

    public int Columns => _pixels.Columns;

    public static DicomSegmentation Read(string path)
    {
        var file = DicomReader.ReadFile(path);
        var d = file.Dataset;
        if (!string.Equals(d.GetString(DicomTags.Modality), "SEG", StringComparison.Ordinal))
        {
            throw new InvalidInputException($"'{path}' is not a DICOM Segmentation (Modality (0008,0060) is '{d.GetString(DicomTags.Modality)}').");
        }

        string type = (d.GetString(SegmentationType) ?? "BINARY").ToUpperInvariant();
        var pixels = PixelDescription.From(d);
        var segments = d.GetSequence(SegmentSequence)
            .Select(s => new DicomSegment((int)(s.GetDouble(SegmentNumber) ?? 0), s.GetString(SegmentLabel) ?? string.Empty, s.GetString(SegmentAlgorithmType) ?? string.Empty))
            .ToArray();

        var perFrame = d.GetSequence(PerFrameFunctionalGroupsSequence);
        var shared = d.GetSequence(SharedFunctionalGroupsSequence).FirstOrDefault();
        var frames = new DicomSegmentFrame[pixels.NumberOfFrames];
        for (int f = 0; f < frames.Length; f++)
        {
            var groups = f < perFrame.Count ? perFrame[f] : null;
            int segment = (int)(Find(groups, shared, SegmentIdentificationSequence)?.GetDouble(ReferencedSegmentNumber) ?? (segments.Length == 1 || type == "LABELMAP" ? segments.FirstOrDefault()?.Number ?? 1 : 0));
            var derivation = Find(groups, shared, DerivationImageSequence);
            string? sop = derivation?.GetSequence(SourceImageSequence).FirstOrDefault()?.GetString(ReferencedSopInstanceUid);
            double[] ipp = Find(groups, shared, PlanePositionSequence)?.GetDoubles(DicomTags.ImagePositionPatient) ?? [];
            frames[f] = new DicomSegmentFrame(f, segment, sop, ipp.Length == 3 ? new Vector3D(ipp[0], ipp[1], ipp[2]) : null);
        }

        int maximum = type == "FRACTIONAL" ? (int)(d.GetDouble(MaximumFractionalValueTag) ?? 255) : 1;
        return new DicomSegmentation(file, pixels, type, maximum, segments, frames);
    }

    /// <summary>
    /// The mask of one segment on the grid of <paramref name="series"/>: 1 inside for BINARY and LABELMAP, the stored
    /// fraction (0 … MaximumFractionalValue) for FRACTIONAL. Throws when a frame cannot be placed on the series.
    /// </summary>
    public Volume<byte> SegmentMask(int segmentNumber, DicomSeriesInfo series)
    {
        if (Rows != series.Rows || Columns != series.Columns)
        {
            throw new InvalidInputException($"Segmentation '{Path}' frames are {Columns}×{Rows} but series {series.SeriesInstanceUid} images are {series.Columns}×{series.Rows}.");
        }

        var geometry = series.Geometry;
        var mask = new Volume<byte>(geometry);
        // Match by SOP Instance UID only where a UID names one slice; frames of a multi-frame source are placed by position.
        var sliceByUid = new Dictionary<string, int>(StringComparer.Ordinal);
        var repeated = new HashSet<string>(StringComparer.Ordinal);
        for (int z = 0; z < series.SliceCount; z++)
        {
            if (!sliceByUid.TryAdd(series.Slices[z].SopInstanceUid, z))
            {
                repeated.Add(series.Slices[z].SopInstanceUid);
            }
        }

        foreach (string uid in repeated)
        {
            sliceByUid.Remove(uid);
        }

        bool labelMap = Type == "LABELMAP";
        var values = new double[Rows * Columns];
        foreach (var frame in Frames)
        {
            if (!labelMap && frame.SegmentNumber != segmentNumber)
            {
                continue;
            }

            int z = SliceOf(frame, sliceByUid, geometry);
            DicomPixelDecoder.DecodeFrame(_file, _pixels, frame.Index, values);
            var target = mask.Slice(z);
            for (int i = 0; i < values.Length; i++)
            {
                double v = values[i];
                byte value = labelMap ? (byte)(v == segmentNumber ? 1 : 0) : Type == "FRACTIONAL" ? (byte)v : (byte)(v != 0 ? 1 : 0);
                target[i] = Math.Max(target[i], value);
            }
        }

        return mask;
    }

    private int SliceOf(DicomSegmentFrame frame, Dictionary<string, int> sliceByUid, ImageGeometry geometry)
    {
        if (frame.ReferencedSopInstanceUid != null && sliceByUid.TryGetValue(frame.ReferencedSopInstanceUid, out int z))
        {
            return z;
        }

        if (frame.Position is { } position)
        {
            var index = geometry.WorldToIndex(position);
            int k = (int)Math.Round(index.Z);
            if (Math.Abs(index.X) < 0.01 && Math.Abs(index.Y) < 0.01 && Math.Abs(index.Z - k) < 0.05 && k >= 0 && k < geometry.Size.Z)
            {
                return k;
            }
        }

        throw new InvalidInputException($"Segmentation '{Path}' frame {frame.Index + 1} references an image that is not in the given series (by SOP Instance UID or position).");
    }

    /// <summary>A functional group macro: per-frame first, then shared (PS3.3 C.7.6.16).</summary>
    private static DicomDataset? Find(DicomDataset? perFrame, DicomDataset? shared, DicomTag macro) =>
        perFrame?.GetSequence(macro).FirstOrDefault() ?? shared?.GetSequence(macro).FirstOrDefault();
}
