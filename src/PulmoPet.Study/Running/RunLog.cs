using System.Globalization;
using System.Text;

namespace PulmoPet.Study.Running;

/// <summary>
/// The log of one run, <c>logs/run-&lt;UTC yyyyMMddTHHmmssZ&gt;[-shard-K-of-N].log</c>: one line per event, flushed as it is
/// written so a killed run leaves its log up to the kill. Logs are the one kind of file appended to rather than renamed
/// into place; each run has its own (a clash in the same second gets a suffix -2, -3…). Lines hold case ids, step names
/// and failure sentences only (<see cref="FailureMessage"/>), never paths or DICOM attributes.
/// </summary>
public sealed class RunLog : IDisposable
{
    private readonly StreamWriter _writer;
    private readonly Lock _gate = new();

    private RunLog(string path, FileStream stream)
    {
        Path = path;
        _writer = new StreamWriter(stream, new UTF8Encoding(false)) { AutoFlush = true };
    }

    public string Path { get; }

    public static RunLog Create(string logsDirectory, DateTimeOffset start, ShardSpec shard)
    {
        Directory.CreateDirectory(logsDirectory);
        string stem = "run-" + start.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture)
            + (shard.IsWhole ? "" : string.Create(CultureInfo.InvariantCulture, $"-shard-{shard.Index}-of-{shard.Count}"));
        for (int attempt = 1; ; attempt++)
        {
            string path = System.IO.Path.Combine(logsDirectory, stem + (attempt == 1 ? "" : "-" + attempt.ToString(CultureInfo.InvariantCulture)) + ".log");
            try
            {
                return new RunLog(path, new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.Read));
            }
            catch (IOException) when (File.Exists(path) && attempt < 1000)
            {
            }
        }
    }

    public void Line(string text)
    {
        lock (_gate)
        {
            _writer.WriteLine(DateTimeOffset.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture) + " " + text);
        }
    }

    public void Dispose() => _writer.Dispose();
}
