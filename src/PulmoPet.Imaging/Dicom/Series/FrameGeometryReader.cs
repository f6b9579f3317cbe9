namespace PulmoPet.Imaging.Dicom.Series;

/// <summary>
/// The plane and rescale of each image in a file: the classic attributes (PS3.3 C.7.6.2, C.11.1) for a
/// single-frame image, the functional groups (C.7.6.16: Plane Position (0020,9113), Plane Orientation
/// (0020,9116), Pixel Measures (0028,9110), Pixel Value Transformation (0028,9145); per-frame before shared)
/// for an enhanced multi-frame image.
/// </summary>
internal static class FrameGeometryReader
{
    private static readonly DicomTag PerFrameFunctionalGroupsSequence = new(0x5200, 0x9230);
    private static readonly DicomTag SharedFunctionalGroupsSequence = new(0x5200, 0x9229);
    private static readonly DicomTag PlanePositionSequence = new(0x0020, 0x9113);
    private static readonly DicomTag PlaneOrientationSequence = new(0x0020, 0x9116);
    private static readonly DicomTag PixelMeasuresSequence = new(0x0028, 0x9110);
    private static readonly DicomTag PixelValueTransformationSequence = new(0x0028, 0x9145);

    /// <summary>Objects whose frames lie on image planes but are not images to assemble.</summary>
    private static readonly HashSet<string> NonImageModalities = new(StringComparer.Ordinal) { "SEG", "RTSTRUCT", "RTDOSE", "RTPLAN", "SR", "PR", "KO", "REG" };

    public readonly record struct FramePlane(int FrameIndex, double[] Position, double[] Orientation, double[] PixelSpacing, double Slope, double Intercept);

    public static IEnumerable<FramePlane> Read(DicomDataset d)
    {
        if (NonImageModalities.Contains(d.GetString(DicomTags.Modality) ?? string.Empty))
        {
            yield break;
        }

        int frames = (int)(d.GetDouble(DicomTags.NumberOfFrames) ?? 1);
        var perFrame = d.GetSequence(PerFrameFunctionalGroupsSequence);
        var shared = d.GetSequence(SharedFunctionalGroupsSequence).FirstOrDefault();
        if (perFrame.Count == 0 && shared == null)
        {
            if (frames == 1)
            {
                yield return new FramePlane(
                    0,
                    d.GetDoubles(DicomTags.ImagePositionPatient),
                    d.GetDoubles(DicomTags.ImageOrientationPatient),
                    d.GetDoubles(DicomTags.PixelSpacing),
                    d.GetDouble(DicomTags.RescaleSlope) ?? 1.0,
                    d.GetDouble(DicomTags.RescaleIntercept) ?? 0.0);
            }

            yield break; // multi-frame without functional groups (NM, cine): not a stack of planes
        }

        for (int f = 0; f < frames; f++)
        {
            var groups = f < perFrame.Count ? perFrame[f] : null;
            var position = Find(groups, shared, PlanePositionSequence);
            var orientation = Find(groups, shared, PlaneOrientationSequence);
            var measures = Find(groups, shared, PixelMeasuresSequence);
            var transformation = Find(groups, shared, PixelValueTransformationSequence);
            yield return new FramePlane(
                f,
                position?.GetDoubles(DicomTags.ImagePositionPatient) ?? [],
                orientation?.GetDoubles(DicomTags.ImageOrientationPatient) ?? [],
                measures?.GetDoubles(DicomTags.PixelSpacing) ?? [],
                transformation?.GetDouble(DicomTags.RescaleSlope) ?? d.GetDouble(DicomTags.RescaleSlope) ?? 1.0,
                transformation?.GetDouble(DicomTags.RescaleIntercept) ?? d.GetDouble(DicomTags.RescaleIntercept) ?? 0.0);
        }
    }

    private static DicomDataset? Find(DicomDataset? perFrame, DicomDataset? shared, DicomTag macro) =>
        perFrame?.GetSequence(macro).FirstOrDefault() ?? shared?.GetSequence(macro).FirstOrDefault();
}
