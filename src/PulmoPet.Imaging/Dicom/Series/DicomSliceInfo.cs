namespace PulmoPet.Imaging.Dicom.Series;

/// <summary>One single-frame image of a series, from its header (PS3.3 C.7.6.2 Image Plane, C.11.1 Modality LUT).</summary>
public sealed record DicomSliceInfo(
    string Path,
    string SopInstanceUid,
    int? InstanceNumber,
    Vector3D Position,
    double DistanceAlongNormal,
    double RescaleSlope,
    double RescaleIntercept,
    DicomDataset Header);
