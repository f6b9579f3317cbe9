namespace PulmoPet.Imaging.Dicom;

/// <summary>A file that is not valid DICOM, or that uses an encoding PulmoPet cannot decode; the message names the file.</summary>
public sealed class DicomFormatException : InvalidInputException
{
    public DicomFormatException(string message)
        : base(message)
    {
    }

    public DicomFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>A malformed-file error naming the file and the byte offset where reading failed.</summary>
    public static DicomFormatException At(string path, long offset, string problem) =>
        new($"DICOM file '{path}' is malformed at byte {offset}: {problem}.");
}
