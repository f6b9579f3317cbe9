namespace PulmoPet.Imaging.Io;

/// <summary>
/// An image file cannot be read or written as asked: not an image, truncated, corrupt, an unsupported data
/// type or layout, or larger than the voxel budget. The message is one sentence that names the file and the
/// problem, e.g. "brain.nii.gz: the file ends after 1 024 of 2 621 440 voxel bytes (truncated download?)."
/// </summary>
public sealed class ImageFormatException : InvalidInputException
{
    public ImageFormatException(string path, string problem)
        : base(Compose(path, problem))
    {
        FilePath = path;
    }

    public ImageFormatException(string path, string problem, Exception innerException)
        : base(Compose(path, problem), innerException)
    {
        FilePath = path;
    }

    /// <summary>The file the problem is about, as the caller named it.</summary>
    public string FilePath { get; }

    private static string Compose(string path, string problem) => $"{path}: {problem.TrimEnd('.')}.";
}
