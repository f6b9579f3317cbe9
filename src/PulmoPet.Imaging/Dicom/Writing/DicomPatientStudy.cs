using PulmoPet.Imaging.Dicom.Series;

namespace PulmoPet.Imaging.Dicom.Writing;

/// <summary>
/// What every object of one study shares: the Patient (PS3.3 C.7.1.1), General Study (C.7.2.1) and Patient
/// Study (C.7.2.2) modules, the Frame of Reference (C.7.4.1) of images acquired together (a PET/CT pair) and
/// the General Equipment manufacturer (C.7.5.1). Dates and times are DICOM text (DA, TM); empty strings write
/// type 2 attributes without a value.
/// </summary>
public sealed record DicomPatientStudy
{
    /// <summary>PatientName (0010,0010), PN ("Family^Given").</summary>
    public required string PatientName { get; init; }

    /// <summary>PatientID (0010,0020), LO.</summary>
    public required string PatientId { get; init; }

    /// <summary>PatientBirthDate (0010,0030), DA.</summary>
    public string PatientBirthDate { get; init; } = string.Empty;

    /// <summary>PatientSex (0010,0040): M, F, O or empty.</summary>
    public string PatientSex { get; init; } = string.Empty;

    /// <summary>PatientAge (0010,1010), AS ("063Y").</summary>
    public string PatientAge { get; init; } = string.Empty;

    /// <summary>PatientWeight (0010,1030), kg; SUVbw needs it.</summary>
    public double? PatientWeightKg { get; init; }

    /// <summary>PatientSize (0010,1020), m (height); SUL and SUVbsa need it.</summary>
    public double? PatientHeightM { get; init; }

    /// <summary>StudyInstanceUID (0020,000D).</summary>
    public required string StudyInstanceUid { get; init; }

    /// <summary>StudyDate (0008,0020), DA.</summary>
    public required string StudyDate { get; init; }

    /// <summary>StudyTime (0008,0030), TM.</summary>
    public required string StudyTime { get; init; }

    public string StudyId { get; init; } = "1";

    public string AccessionNumber { get; init; } = string.Empty;

    public string StudyDescription { get; init; } = string.Empty;

    public string ReferringPhysicianName { get; init; } = string.Empty;

    /// <summary>FrameOfReferenceUID (0020,0052) of the images written for this study (one patient position, PS3.3 C.7.4.1.1.1).</summary>
    public required string FrameOfReferenceUid { get; init; }

    public string Manufacturer { get; init; } = "PulmoPet";

    /// <summary>A study with UIDs from <paramref name="uids"/> ("study", "frame-of-reference") starting at <paramref name="studyDateTime"/>.</summary>
    public static DicomPatientStudy Create(string patientName, string patientId, DateTime studyDateTime, DicomUidGenerator uids)
    {
        ArgumentNullException.ThrowIfNull(uids);
        return new DicomPatientStudy
        {
            PatientName = patientName,
            PatientId = patientId,
            StudyInstanceUid = uids.Create("study"),
            FrameOfReferenceUid = uids.Create("frame-of-reference"),
            StudyDate = DicomValueFormat.Date(studyDateTime),
            StudyTime = DicomValueFormat.Time(studyDateTime),
        };
    }

    /// <summary>The patient and study of an existing image series (to write an RTSTRUCT or SEG that belongs to it).</summary>
    public static DicomPatientStudy FromSeries(DicomSeriesInfo series)
    {
        ArgumentNullException.ThrowIfNull(series);
        var d = series.Slices[0].Header;
        string Text(ushort group, ushort element) => d.GetString(new DicomTag(group, element)) ?? string.Empty;
        return new DicomPatientStudy
        {
            PatientName = Text(0x0010, 0x0010),
            PatientId = Text(0x0010, 0x0020),
            PatientBirthDate = Text(0x0010, 0x0030),
            PatientSex = Text(0x0010, 0x0040),
            PatientAge = Text(0x0010, 0x1010),
            PatientWeightKg = d.GetDouble(DicomTags.PatientWeight),
            PatientHeightM = d.GetDouble(DicomTags.PatientSize),
            StudyInstanceUid = Text(0x0020, 0x000D),
            StudyDate = Text(0x0008, 0x0020),
            StudyTime = Text(0x0008, 0x0030),
            StudyId = Text(0x0020, 0x0010),
            AccessionNumber = Text(0x0008, 0x0050),
            StudyDescription = Text(0x0008, 0x1030),
            ReferringPhysicianName = Text(0x0008, 0x0090),
            FrameOfReferenceUid = Text(0x0020, 0x0052),
            Manufacturer = Text(0x0008, 0x0070),
        };
    }
}
