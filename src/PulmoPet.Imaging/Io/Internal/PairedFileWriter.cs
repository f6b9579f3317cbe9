namespace PulmoPet.Imaging.Io.Internal;

/// <summary>
/// Writes a header + data file pair (.nhdr + .raw.gz, .mhd + .raw) so that neither is left behind on failure:
/// each file is written atomically, data first, and the data file is removed again if the header fails.
/// </summary>
internal static class PairedFileWriter
{
    /// <summary>
    /// Writes an image whose header either precedes its data in one file (<paramref name="dataPath"/> null) or
    /// names a data file beside it; <paramref name="header"/> receives the data file's name, or null when attached.
    /// </summary>
    public static void WriteHeaderAndData(string path, string? dataPath, Func<string?, byte[]> header, Action<Stream> writeData)
    {
        if (dataPath is null)
        {
            byte[] attached = header(null);
            AtomicFile.Write(path, stream =>
            {
                stream.Write(attached);
                writeData(stream);
            });
            return;
        }

        byte[] detached = header(Path.GetFileName(dataPath));
        Write(path, stream => stream.Write(detached), dataPath, writeData);
    }

    public static void Write(string headerPath, Action<Stream> writeHeader, string dataPath, Action<Stream> writeData)
    {
        AtomicFile.Write(dataPath, writeData);
        try
        {
            AtomicFile.Write(headerPath, writeHeader);
        }
        catch
        {
            try
            {
                File.Delete(dataPath);
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }

            throw;
        }
    }
}
