using System.Security.Cryptography;
using System.Text;

namespace PulmoPet.Study.Running;

/// <summary>
/// SHA-256 of what a step reads: a file's bytes, or for a folder (a DICOM series) every file under it in ordinal order
/// of its relative path, each contributing its path and bytes, so renaming, adding or editing a file changes the hash.
/// Names and times of the folder itself do not count.
/// </summary>
public static class ContentHash
{
    public static string Of(string path)
    {
        if (File.Exists(path))
        {
            using var stream = File.OpenRead(path);
            return Convert.ToHexStringLower(SHA256.HashData(stream));
        }

        if (!Directory.Exists(path))
        {
            throw new FileNotFoundException($"{path} does not exist.", path);
        }

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var files = Directory.GetFiles(path, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(path, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);
        Span<byte> length = stackalloc byte[8];
        foreach (string relative in files)
        {
            byte[] name = Encoding.UTF8.GetBytes(relative);
            BitConverter.TryWriteBytes(length, (long)name.Length);
            hash.AppendData(length);
            hash.AppendData(name);
            byte[] content = File.ReadAllBytes(Path.Combine(path, relative));
            BitConverter.TryWriteBytes(length, (long)content.Length);
            hash.AppendData(length);
            hash.AppendData(content);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    public static string OfText(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
