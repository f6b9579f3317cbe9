namespace PulmoPet.Imaging.Io.Internal;

/// <summary>Opens input files, turning the usual failures into one-sentence errors that name the file.</summary>
internal static class FileAccessErrors
{
    /// <summary>Opens <paramref name="dataPath"/> for reading; <paramref name="path"/> is the file the user named.</summary>
    public static FileStream OpenRead(string path, string dataPath)
    {
        bool separate = !string.Equals(Path.GetFullPath(path), Path.GetFullPath(dataPath), StringComparison.Ordinal);
        string what = separate ? $"its data file {dataPath}" : "the file";
        try
        {
            return new FileStream(dataPath, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        }
        catch (FileNotFoundException e)
        {
            throw new ImageFormatException(path, $"{what} does not exist", e);
        }
        catch (DirectoryNotFoundException e)
        {
            throw new ImageFormatException(path, $"{what} does not exist (no such folder)", e);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new ImageFormatException(path, $"{what} cannot be opened (permission denied, or it is a folder)", e);
        }
        catch (IOException e)
        {
            throw new ImageFormatException(path, $"{what} cannot be opened ({Reason(e)})", e);
        }
    }

    /// <summary>Corrupt gzip or zlib data; <paramref name="dataName"/> is "the file" or "its data file …".</summary>
    public static ImageFormatException CorruptCompressed(string path, string kind, string dataName, InvalidDataException e) =>
        new(path, $"the {kind}-compressed data in {dataName} are corrupt ({Reason(e)})", e);

    /// <summary>The message of a library exception as a clause (no trailing period, one line).</summary>
    public static string Reason(Exception e) => e.Message.ReplaceLineEndings(" ").Trim().TrimEnd('.');
}
