namespace PulmoPet.Imaging.Dicom.Rt;

/// <summary>One contour of an ROI (PS3.3 C.8.8.6 ROI Contour module): its geometric type and points in LPS mm.</summary>
public sealed record RtContour(string GeometricType, IReadOnlyList<Vector3D> Points);

/// <summary>A structure (ROI) with its contours, joined from Structure Set ROI Sequence and ROI Contour Sequence by ROI number.</summary>
public sealed record RtRoi(int Number, string Name, string FrameOfReferenceUid, IReadOnlyList<RtContour> Contours);

/// <summary>An RT Structure Set (PS3.3 A.19): the ROIs and their planar contours.</summary>
public sealed class RtStructureSet
{
    private static readonly DicomTag StructureSetRoiSequence = new(0x3006, 0x0020);
    private static readonly DicomTag RoiNumber = new(0x3006, 0x0022);
    private static readonly DicomTag ReferencedFrameOfReferenceUid = new(0x3006, 0x0024);
    private static readonly DicomTag RoiName = new(0x3006, 0x0026);
    private static readonly DicomTag RoiContourSequence = new(0x3006, 0x0039);
    private static readonly DicomTag ContourSequence = new(0x3006, 0x0040);
    private static readonly DicomTag ContourGeometricType = new(0x3006, 0x0042);
    private static readonly DicomTag ContourData = new(0x3006, 0x0050);
    private static readonly DicomTag ReferencedRoiNumber = new(0x3006, 0x0084);

    private RtStructureSet(string path, IReadOnlyList<RtRoi> rois)
    {
        Path = path;
        Rois = rois;
    }

    public string Path { get; }

    public IReadOnlyList<RtRoi> Rois { get; }

    /// <summary>The ROI called <paramref name="name"/> (case-insensitive); throws naming the ROIs present when absent.</summary>
    public RtRoi this[string name] => Rois.FirstOrDefault(r => string.Equals(r.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? throw new InvalidInputException($"RTSTRUCT '{Path}' has no ROI named '{name}' (it has {string.Join(", ", Rois.Select(r => $"'{r.Name}'"))}).");

    public static RtStructureSet Read(string path) => FromFile(DicomReader.ReadFile(path));

    public static RtStructureSet FromFile(DicomFile file)
    {
        var dataset = file.Dataset;
        string modality = dataset.GetString(DicomTags.Modality) ?? string.Empty;
        if (!string.Equals(modality, "RTSTRUCT", StringComparison.Ordinal))
        {
            throw new InvalidInputException($"'{file.Path}' is a {(modality.Length > 0 ? modality : "DICOM object without Modality")}, not an RTSTRUCT.");
        }

        var contoursByRoi = new Dictionary<int, List<RtContour>>();
        foreach (var roiContour in dataset.GetSequence(RoiContourSequence))
        {
            int number = (int)(roiContour.GetDouble(ReferencedRoiNumber)
                ?? throw new DicomFormatException($"RTSTRUCT '{file.Path}' has an ROI Contour item without Referenced ROI Number (3006,0084)."));
            var list = contoursByRoi.TryGetValue(number, out var existing) ? existing : contoursByRoi[number] = [];
            foreach (var contour in roiContour.GetSequence(ContourSequence))
            {
                double[] data = contour.GetDoubles(ContourData);
                if (data.Length % 3 != 0)
                {
                    throw new DicomFormatException($"RTSTRUCT '{file.Path}': Contour Data (3006,0050) of ROI {number} has {data.Length} numbers, not a multiple of 3.");
                }

                var points = new Vector3D[data.Length / 3];
                for (int i = 0; i < points.Length; i++)
                {
                    points[i] = new Vector3D(data[3 * i], data[3 * i + 1], data[3 * i + 2]);
                }

                list.Add(new RtContour(contour.GetString(ContourGeometricType) ?? string.Empty, points));
            }
        }

        var rois = new List<RtRoi>();
        foreach (var roi in dataset.GetSequence(StructureSetRoiSequence))
        {
            int number = (int)(roi.GetDouble(RoiNumber) ?? -1);
            rois.Add(new RtRoi(
                number,
                roi.GetString(RoiName) ?? string.Empty,
                roi.GetString(ReferencedFrameOfReferenceUid) ?? string.Empty,
                contoursByRoi.TryGetValue(number, out var contours) ? contours : []));
        }

        return new RtStructureSet(file.Path, rois);
    }
}
