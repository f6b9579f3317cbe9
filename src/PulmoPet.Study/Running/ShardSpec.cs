using System.Globalization;
using System.Text;
using PulmoPet.Imaging;

namespace PulmoPet.Study.Running;

/// <summary>
/// <c>--shard K/N</c>: this run takes the cases whose FNV-1a 64-bit hash of the UTF-8 case id is K modulo N
/// (0 ≤ K &lt; N, K as Slurm's SLURM_ARRAY_TASK_ID with <c>--array=0-(N-1)</c> and Kubernetes' JOB_COMPLETION_INDEX).
/// The hash depends on the case id alone, so a case keeps its shard when cases are added, on every machine and
/// .NET version (string.GetHashCode is randomised per process and would not).
/// </summary>
public sealed record ShardSpec(int Index, int Count)
{
    public static ShardSpec All { get; } = new(0, 1);

    public bool IsWhole => Count == 1;

    public static ShardSpec Parse(string text)
    {
        var parts = text.Split('/');
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int k)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int n)
            && n >= 1 && k < n)
        {
            return new ShardSpec(k, n);
        }

        throw new InvalidInputException($"--shard {text} is not K/N with 0 <= K < N (e.g. 0/4 for the first of four shards).");
    }

    public bool Contains(string caseId) => Fnv1a64(caseId) % (ulong)Count == (ulong)Index;

    /// <summary>FNV-1a, 64 bits (offset basis 14695981039346656037, prime 1099511628211).</summary>
    public static ulong Fnv1a64(string text)
    {
        ulong hash = 14695981039346656037UL;
        foreach (byte b in Encoding.UTF8.GetBytes(text))
        {
            hash ^= b;
            hash *= 1099511628211UL;
        }

        return hash;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Index}/{Count}");
}
