namespace PulmoPet.Imaging.Dicom.Writing;

/// <summary>SOP Class UIDs of the objects PulmoPet writes (PS3.4 annex B.5, PS3.6 annex A).</summary>
public static class DicomSopClasses
{
    public const string CtImageStorage = "1.2.840.10008.5.1.4.1.1.2";
    public const string PetImageStorage = "1.2.840.10008.5.1.4.1.1.128";
    public const string RtStructureSetStorage = "1.2.840.10008.5.1.4.1.1.481.3";
    public const string SegmentationStorage = "1.2.840.10008.5.1.4.1.1.66.4";
}
