namespace PulmoPet.Imaging.Io.Internal;

/// <summary>
/// Writes a header + data file pair (.nhdr + .raw.gz, .mhd + .raw) so that neither is left behind on failure:
/// each file is written atomically, data first, and the data file is removed again if the header fails.
/// </summary>
internal static class PairedFileWriter
{
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
