namespace PulmoPet.Imaging.Dicom;

/// <summary>
/// The VRs (PS3.6) of the binary-valued attributes PulmoPet reads. Implicit VR Little Endian carries no VR
/// (PS3.5 7.1.3), so without this a US value such as SegmentNumber would be taken for text. Text VRs need
/// no entry: they are decoded as text by default; sequences are recognised by their item tags.
/// </summary>
internal static class DicomDictionary
{
    private static readonly Dictionary<uint, DicomVr> BinaryVrs = new()
    {
        [0x0002_0000] = DicomVr.UL, // FileMetaInformationGroupLength
        [0x0002_0001] = DicomVr.OB, // FileMetaInformationVersion
        [0x0018_1310] = DicomVr.US, // AcquisitionMatrix
        [0x0020_9057] = DicomVr.UL, // InStackPositionNumber
        [0x0020_9128] = DicomVr.UL, // TemporalPositionIndex
        [0x0020_9157] = DicomVr.UL, // DimensionIndexValues
        [0x0028_0002] = DicomVr.US, // SamplesPerPixel
        [0x0028_0006] = DicomVr.US, // PlanarConfiguration
        [0x0028_0010] = DicomVr.US, // Rows
        [0x0028_0011] = DicomVr.US, // Columns
        [0x0028_0100] = DicomVr.US, // BitsAllocated
        [0x0028_0101] = DicomVr.US, // BitsStored
        [0x0028_0102] = DicomVr.US, // HighBit
        [0x0028_0103] = DicomVr.US, // PixelRepresentation
        [0x0040_9224] = DicomVr.FD, // RealWorldValueIntercept
        [0x0040_9225] = DicomVr.FD, // RealWorldValueSlope
        [0x0054_0011] = DicomVr.US, // NumberOfEnergyWindows
        [0x0054_0021] = DicomVr.US, // NumberOfDetectors
        [0x0054_0081] = DicomVr.US, // NumberOfSlices
        [0x0054_0101] = DicomVr.US, // NumberOfTimeSlices
        [0x0054_1330] = DicomVr.US, // ImageIndex
        [0x0062_0004] = DicomVr.US, // SegmentNumber
        [0x0062_000B] = DicomVr.US, // ReferencedSegmentNumber
        [0x0062_000D] = DicomVr.US, // RecommendedDisplayCIELabValue
        [0x0062_000E] = DicomVr.US, // MaximumFractionalValue
        [0x7FE0_0010] = DicomVr.OW, // PixelData
    };

    /// <summary>The VR of a tag read in implicit VR, or <see cref="DicomVr.None"/> when it is text or unknown.</summary>
    public static DicomVr ImplicitVr(DicomTag tag) =>
        tag.Element == 0 ? DicomVr.UL : BinaryVrs.GetValueOrDefault(tag.Value, DicomVr.None);
}
