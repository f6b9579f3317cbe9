using PulmoPet.Imaging;
using PulmoPet.Imaging.Io;
using PulmoPet.Study.Workspace;

namespace PulmoPet.Study.Running;

/// <summary>What a step of one case works with: the case, its folder, the threads it may use, and the one way it writes files.</summary>
public sealed class StepContext(StudyCase studyCase, CaseFolder folder, ParallelOptions parallel, Action<string>? beforeWrite)
{
    public StudyCase Case { get; } = studyCase;

    public CaseFolder Folder { get; } = folder;

    public ParallelOptions Parallel { get; } = parallel;

    /// <summary>Notes for the run log (e.g. a lesion whose features could not be computed).</summary>
    public List<string> Notes { get; } = [];

    /// <summary>Reads an output of an earlier step, or says which step has to run first.</summary>
    public Volume<T> Read<T>(string file, string step)
        where T : unmanaged, System.Numerics.INumber<T>
    {
        string path = Folder.File(file);
        if (!File.Exists(path))
        {
            throw new InvalidInputException($"{file} is missing; run the {step} step first.");
        }

        return ImageFile.Read(path).ConvertTo<T>();
    }

    /// <summary>Writes an image of the case atomically (temporary name, then rename).</summary>
    public void WriteImage(Volume volume, string file, string description)
    {
        string path = Folder.File(file);
        beforeWrite?.Invoke(path);
        ImageFile.Write(volume, path, new ImageWriteOptions { Description = description });
    }

    public void WriteText(string file, string text)
    {
        string path = Folder.File(file);
        beforeWrite?.Invoke(path);
        AtomicFile.WriteAllText(path, text);
    }

    public void WriteBytes(string file, Action<Stream> write)
    {
        string path = Folder.File(file);
        beforeWrite?.Invoke(path);
        AtomicFile.Write(path, write);
    }
}
