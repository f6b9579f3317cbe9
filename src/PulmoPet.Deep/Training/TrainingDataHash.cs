using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using PulmoPet.Deep.Data;

namespace PulmoPet.Deep.Training;

/// <summary>SHA-256 over the training cases (ids, sizes, normalised voxels, labels) in order: names the exact data a model saw.</summary>
public static class TrainingDataHash
{
    public static string Of(IEnumerable<SegmentationCase> cases)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var item in cases)
        {
            hash.AppendData(Encoding.UTF8.GetBytes($"{item.Id}|{item.Channels}|{item.Depth}|{item.Height}|{item.Width}|"));
            hash.AppendData(MemoryMarshal.AsBytes(item.Image.AsSpan()));
            hash.AppendData(item.Labels);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
