namespace PulmoPet.Imaging.Dicom.Series;

/// <summary>
/// One image of a series, from its header (PS3.3 C.7.6.2 Image Plane, C.11.1 Modality LUT): a single-frame
/// file, or one frame (<see cref="FrameIndex"/>) of an enhanced multi-frame file (C.7.6.16 functional groups).
/// </summary>
public sealed record DicomSliceInfo(
    string Path,
    string SopInstanceUid,
    int? InstanceNumber,
    Vector3D Position,
    double DistanceAlongNormal,
    double RescaleSlope,
    double RescaleIntercept,
    DicomDataset Header,
    int FrameIndex = 0);
