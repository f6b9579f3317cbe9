using System.Globalization;
using System.Numerics;

namespace PulmoPet.Imaging.Dicom.Writing;

/// <summary>Settings of an RT Structure Set written from a label map.</summary>
public sealed record RtStructOptions
{
    public string? SeriesInstanceUid { get; init; }

    public int SeriesNumber { get; init; } = 100;

    public string SeriesDescription { get; init; } = "Lesions";

    /// <summary>Structure Set Label (3006,0002), SH (≤ 16 characters).</summary>
    public string StructureSetLabel { get; init; } = "Lesions";

    /// <summary>ROI Name (3006,0026) of a label value.</summary>
    public Func<int, string> RoiName { get; init; } = label => string.Create(CultureInfo.InvariantCulture, $"Lesion {label}");

    /// <summary>RT ROI Interpreted Type (3006,00A4), PS3.3 C.8.8.8.1.2 (GTV, ORGAN, …).</summary>
    public string InterpretedType { get; init; } = "GTV";

    /// <summary>ROI Generation Algorithm (3006,0036): AUTOMATIC, SEMIAUTOMATIC or MANUAL.</summary>
    public string GenerationAlgorithm { get; init; } = "AUTOMATIC";

    /// <summary>Structure set date and time; null uses the study's.</summary>
    public DateTime? DateTime { get; init; }
}

/// <summary>
/// Writes the labels of a label map as the ROIs of an RT Structure Set (PS3.3 A.19: Patient, General Study, RT Series,
/// General Equipment, Structure Set, ROI Contour, RT ROI Observations, SOP Common), one ROI per label value present,
/// on the image series the label map was drawn on. Each slice's outline is traced along pixel edges
/// (<see cref="LabelContourTracer"/>) into CLOSED_PLANAR contours in LPS mm (C.8.8.6.1), each referencing its image
/// (Contour Image Sequence); holes are separate contours inside outer ones, which readers fill by the even-odd rule.
/// Coordinates are written to 0.1 µm, so a pixel-centre rasteriser gives the label map back exactly.
/// </summary>
public static class RtStructWriter
{
    private static readonly DicomTag StructureSetLabel = new(0x3006, 0x0002);
    private static readonly DicomTag StructureSetDate = new(0x3006, 0x0008);
    private static readonly DicomTag StructureSetTime = new(0x3006, 0x0009);
    private static readonly DicomTag ReferencedFrameOfReferenceSequence = new(0x3006, 0x0010);
    private static readonly DicomTag RtReferencedStudySequence = new(0x3006, 0x0012);
    private static readonly DicomTag RtReferencedSeriesSequence = new(0x3006, 0x0014);
    private static readonly DicomTag ContourImageSequence = new(0x3006, 0x0016);
    private static readonly DicomTag StructureSetRoiSequence = new(0x3006, 0x0020);
    private static readonly DicomTag RoiNumber = new(0x3006, 0x0022);
    private static readonly DicomTag ReferencedFrameOfReferenceUid = new(0x3006, 0x0024);
    private static readonly DicomTag RoiName = new(0x3006, 0x0026);
    private static readonly DicomTag RoiGenerationAlgorithm = new(0x3006, 0x0036);
    private static readonly DicomTag RoiContourSequence = new(0x3006, 0x0039);
    private static readonly DicomTag ContourSequence = new(0x3006, 0x0040);
    private static readonly DicomTag ContourGeometricType = new(0x3006, 0x0042);
    private static readonly DicomTag NumberOfContourPoints = new(0x3006, 0x0046);
    private static readonly DicomTag ContourNumber = new(0x3006, 0x0048);
    private static readonly DicomTag ContourData = new(0x3006, 0x0050);
    private static readonly DicomTag RtRoiObservationsSequence = new(0x3006, 0x0080);
    private static readonly DicomTag ObservationNumber = new(0x3006, 0x0082);
    private static readonly DicomTag ReferencedRoiNumber = new(0x3006, 0x0084);
    private static readonly DicomTag RoiDisplayColor = new(0x3006, 0x002A);
    private static readonly DicomTag RtRoiInterpretedType = new(0x3006, 0x00A4);
    private static readonly DicomTag RoiInterpreter = new(0x3006, 0x00A6);
    private static readonly DicomTag OperatorsName = new(0x0008, 0x1070);

    /// <summary>The study reference of the Structure Set module (Study Component Management SOP Class, retired but still what C.8.8.5 asks for).</summary>
    private const string StudyComponentManagementSopClass = "1.2.840.10008.3.1.2.3.1";

    /// <summary>Writes the RTSTRUCT to <paramref name="path"/> and returns its SOP Instance UID.</summary>
    public static string Write<T>(Volume<T> labels, DicomImageSeries image, string path, DicomUidGenerator uids, RtStructOptions? options = null)
        where T : unmanaged, IBinaryInteger<T>
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(uids);
        options ??= new RtStructOptions();
        labels.Geometry.EnsureSameGrid(image.Geometry, "The label map and the image series it is written on");
        var g = image.Geometry;
        string seriesUid = options.SeriesInstanceUid ?? uids.Create("series/RTSTRUCT");
        string sopUid = uids.Create("sop/RTSTRUCT/" + seriesUid);
        string date = options.DateTime is { } d0 ? DicomValueFormat.Date(d0) : image.Study.StudyDate;
        string time = options.DateTime is { } t0 ? DicomValueFormat.Time(t0) : image.Study.StudyTime;
        var values = LabelValues(labels);

        var rois = new List<DicomDataset>();
        var contours = new List<DicomDataset>();
        var observations = new List<DicomDataset>();
        foreach (int label in values)
        {
            string name = options.RoiName(label);
            rois.Add(new DicomDatasetBuilder()
                .AddInteger(RoiNumber, label)
                .Add(ReferencedFrameOfReferenceUid, DicomVr.UI, image.Study.FrameOfReferenceUid)
                .Add(RoiName, DicomVr.LO, name)
                .Add(RoiGenerationAlgorithm, DicomVr.CS, options.GenerationAlgorithm)
                .Build());
            contours.Add(new DicomDatasetBuilder()
                .Add(RoiDisplayColor, DicomVr.IS, Color(label))
                .AddSequence(ContourSequence, Contours(labels, image, T.CreateTruncating(label)))
                .AddInteger(ReferencedRoiNumber, label)
                .Build());
            observations.Add(new DicomDatasetBuilder()
                .AddInteger(ObservationNumber, label)
                .AddInteger(ReferencedRoiNumber, label)
                .Add(RtRoiInterpretedType, DicomVr.CS, options.InterpretedType)
                .Add(RoiInterpreter, DicomVr.PN, string.Empty)
                .Build());
        }

        var images = Enumerable.Range(0, g.Size.Z).Select(z => ImageReference(image, z)).ToArray();
        var dataset = new DicomDatasetBuilder()
            .SopCommon(DicomSopClasses.RtStructureSetStorage, sopUid, date, time)
            .PatientAndStudy(image.Study)
            .SeriesAndEquipment(image.Study, "RTSTRUCT", seriesUid, options.SeriesNumber, options.SeriesDescription, date, time)
            .Add(OperatorsName, DicomVr.PN, string.Empty)
            // Structure Set (C.8.8.5): the frame of reference, study, series and images the contours are drawn on.
            .Add(StructureSetLabel, DicomVr.SH, options.StructureSetLabel)
            .Add(StructureSetDate, DicomVr.DA, date)
            .Add(StructureSetTime, DicomVr.TM, time)
            .AddSequence(ReferencedFrameOfReferenceSequence, frame => frame
                .Add(DicomTags.FrameOfReferenceUid, DicomVr.UI, image.Study.FrameOfReferenceUid)
                .AddSequence(RtReferencedStudySequence, study => study
                    .Add(CommonModules.ReferencedSopClassUid, DicomVr.UI, StudyComponentManagementSopClass)
                    .Add(CommonModules.ReferencedSopInstanceUid, DicomVr.UI, image.Study.StudyInstanceUid)
                    .AddSequence(RtReferencedSeriesSequence, series => series
                        .Add(DicomTags.SeriesInstanceUid, DicomVr.UI, image.SeriesInstanceUid)
                        .AddSequence(ContourImageSequence, images))))
            .AddSequence(StructureSetRoiSequence, rois)
            // ROI Contour (C.8.8.6) and RT ROI Observations (C.8.8.8).
            .AddSequence(RoiContourSequence, contours)
            .AddSequence(RtRoiObservationsSequence, observations)
            .Build();
        DicomFileWriter.Write(path, dataset);
        return sopUid;
    }

    /// <summary>The distinct non-zero label values, ascending.</summary>
    internal static int[] LabelValues<T>(Volume<T> labels)
        where T : unmanaged, IBinaryInteger<T>
    {
        var present = new SortedSet<int>();
        T last = T.Zero;
        foreach (T v in labels.Voxels)
        {
            if (v != T.Zero && v != last)
            {
                present.Add(int.CreateTruncating(v));
                last = v;
            }
        }

        return present.ToArray();
    }

    private static IEnumerable<DicomDataset> Contours<T>(Volume<T> labels, DicomImageSeries image, T label)
        where T : unmanaged, IBinaryInteger<T>
    {
        var g = image.Geometry;
        int number = 1;
        for (int z = 0; z < g.Size.Z; z++)
        {
            foreach (var loop in LabelContourTracer.Trace<T>(labels.Slice(z), g.Size.X, g.Size.Y, label))
            {
                var coordinates = new double[loop.Length * 3];
                for (int i = 0; i < loop.Length; i++)
                {
                    // Corner (i, j) lies between pixels, at index (i − 0.5, j − 0.5).
                    var p = g.IndexToWorld(new Vector3D(loop[i].X - 0.5, loop[i].Y - 0.5, z));
                    coordinates[3 * i] = Math.Round(p.X, 4);
                    coordinates[3 * i + 1] = Math.Round(p.Y, 4);
                    coordinates[3 * i + 2] = Math.Round(p.Z, 4);
                }

                string data = DicomValueFormat.DecimalStrings(coordinates);
                if (data.Length > ushort.MaxValue - 1)
                {
                    throw new InvalidInputException(
                        $"The outline of label {label} on slice {z} has {loop.Length} corners, more than the 64 KiB Contour Data (3006,0050) of Explicit VR Little Endian holds (PS3.5 7.1.2).");
                }

                int contourNumber = number++;
                yield return new DicomDatasetBuilder()
                    .AddSequence(ContourImageSequence, [ImageReference(image, z)])
                    .Add(ContourGeometricType, DicomVr.CS, "CLOSED_PLANAR")
                    .AddInteger(NumberOfContourPoints, loop.Length)
                    .AddInteger(ContourNumber, contourNumber)
                    .Add(ContourData, DicomVr.DS, data)
                    .Build();
            }
        }
    }

    private static DicomDataset ImageReference(DicomImageSeries image, int z) => new DicomDatasetBuilder()
        .Add(CommonModules.ReferencedSopClassUid, DicomVr.UI, image.SopClassUid)
        .Add(CommonModules.ReferencedSopInstanceUid, DicomVr.UI, image.SopInstanceUids[z])
        .Build();

    /// <summary>A distinct display colour per label (RGB 0–255, C.8.8.6): hues spaced by the golden angle.</summary>
    private static string[] Color(int label)
    {
        double hue = (label * 0.618033988749895) % 1.0 * 6;
        int sector = (int)hue;
        double f = hue - sector;
        (double r, double g, double b) = sector switch
        {
            0 => (1.0, f, 0.0),
            1 => (1.0 - f, 1.0, 0.0),
            2 => (0.0, 1.0, f),
            3 => (0.0, 1.0 - f, 1.0),
            4 => (f, 0.0, 1.0),
            _ => (1.0, 0.0, 1.0 - f),
        };
        return [Channel(r), Channel(g), Channel(b)];
    }

    private static string Channel(double v) => ((int)Math.Round(v * 255)).ToString(CultureInfo.InvariantCulture);
}
