namespace PulmoPet.Imaging.Dicom.Suv;

/// <summary>
/// One Real World Value Mapping item (PS3.3 C.7.6.16.2.11): value = stored-or-rescaled × slope + intercept in
/// the given units. 3D Slicer and dcmqi store a computed SUV factor this way (units "{SUVbw}g/ml"), so a
/// factor found here can be compared with, or stand in for, <see cref="SuvCalculator"/>'s.
/// </summary>
public sealed record RealWorldValueMapping(
    double Slope,
    double Intercept,
    string UnitsCode,
    string UnitsMeaning,
    string LutLabel,
    IReadOnlyList<string> ReferencedSopInstanceUids)
{
    private static readonly DicomTag ReferencedImageRealWorldValueMappingSequence = new(0x0040, 0x9094);
    private static readonly DicomTag RealWorldValueMappingSequence = new(0x0040, 0x9096);
    private static readonly DicomTag RealWorldValueIntercept = new(0x0040, 0x9224);
    private static readonly DicomTag RealWorldValueSlope = new(0x0040, 0x9225);
    private static readonly DicomTag MeasurementUnitsCodeSequence = new(0x0040, 0x08EA);
    private static readonly DicomTag LutLabelTag = new(0x0040, 0x9210);
    private static readonly DicomTag CodeValue = new(0x0008, 0x0100);
    private static readonly DicomTag CodeMeaning = new(0x0008, 0x0104);
    private static readonly DicomTag ReferencedImageSequence = new(0x0008, 0x1140);
    private static readonly DicomTag ReferencedSopInstanceUid = new(0x0008, 0x1155);

    /// <summary>True for UCUM units of body-weight SUV, "{SUVbw}g/ml".</summary>
    public bool IsBodyWeightSuv => string.Equals(UnitsCode, "{SUVbw}g/ml", StringComparison.Ordinal);

    /// <summary>The mappings of a Real World Value Mapping object (RWV modality), or of an image that carries them itself.</summary>
    public static IReadOnlyList<RealWorldValueMapping> Read(DicomDataset dataset)
    {
        var result = new List<RealWorldValueMapping>();
        foreach (var reference in dataset.GetSequence(ReferencedImageRealWorldValueMappingSequence))
        {
            string[] images = reference.GetSequence(ReferencedImageSequence)
                .Select(i => i.GetString(ReferencedSopInstanceUid) ?? string.Empty)
                .ToArray();
            foreach (var mapping in reference.GetSequence(RealWorldValueMappingSequence))
            {
                var units = mapping.GetSequence(MeasurementUnitsCodeSequence).FirstOrDefault();
                result.Add(new RealWorldValueMapping(
                    mapping.GetDouble(RealWorldValueSlope) ?? 1.0,
                    mapping.GetDouble(RealWorldValueIntercept) ?? 0.0,
                    units?.GetString(CodeValue) ?? string.Empty,
                    units?.GetString(CodeMeaning) ?? string.Empty,
                    mapping.GetString(LutLabelTag) ?? string.Empty,
                    images));
            }
        }

        return result;
    }
}
