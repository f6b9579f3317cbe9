namespace PulmoPet.Imaging.Dicom.Pixels;

/// <summary>The Image Pixel module attributes that define how stored values are laid out (PS3.3 C.7.6.3).</summary>
public sealed record PixelDescription(int Rows, int Columns, int SamplesPerPixel, int BitsAllocated, int BitsStored, int HighBit, bool IsSigned, int NumberOfFrames)
{
    public int PixelsPerFrame => Rows * Columns;

    /// <summary>Bytes of one native frame (PS3.5 8.1.1); BitsAllocated 1 frames are bit-packed and may share a byte.</summary>
    public long FrameBytes => BitsAllocated == 1 ? (PixelsPerFrame * (long)SamplesPerPixel + 7) / 8 : PixelsPerFrame * (long)SamplesPerPixel * (BitsAllocated / 8);

    public static PixelDescription From(DicomDataset dataset)
    {
        int rows = Required(dataset, DicomTags.Rows);
        int columns = Required(dataset, DicomTags.Columns);
        int bitsAllocated = Required(dataset, DicomTags.BitsAllocated);
        int bitsStored = dataset.GetUInt16(DicomTags.BitsStored) ?? bitsAllocated;
        int highBit = dataset.GetUInt16(DicomTags.HighBit) ?? bitsStored - 1;
        int samples = dataset.GetUInt16(DicomTags.SamplesPerPixel) ?? 1;
        bool signed = (dataset.GetUInt16(DicomTags.PixelRepresentation) ?? 0) == 1;
        int frames = (int)(dataset.GetDouble(DicomTags.NumberOfFrames) ?? 1);
        if (bitsAllocated is not (1 or 8 or 16 or 32) || bitsStored < 1 || bitsStored > bitsAllocated
            || highBit < bitsStored - 1 || highBit >= bitsAllocated || rows < 1 || columns < 1 || samples < 1 || frames < 1)
        {
            throw new DicomFormatException(
                $"DICOM file '{dataset.SourcePath}' has an unsupported pixel layout: {rows}×{columns}, {samples} samples, BitsAllocated {bitsAllocated}, BitsStored {bitsStored}, HighBit {highBit}, {frames} frames.");
        }

        if ((long)rows * columns * samples > Array.MaxLength)
        {
            throw new DicomFormatException(
                $"DICOM file '{dataset.SourcePath}' claims frames of {columns}×{rows}×{samples} samples, more than one buffer can hold.");
        }

        return new PixelDescription(rows, columns, samples, bitsAllocated, bitsStored, highBit, signed, frames);
    }

    private static int Required(DicomDataset dataset, DicomTag tag) =>
        dataset.GetUInt16(tag) ?? throw new DicomFormatException($"DICOM file '{dataset.SourcePath}' has pixel data but no {tag} (Rows, Columns and BitsAllocated are required, PS3.3 C.7.6.3).");
}
