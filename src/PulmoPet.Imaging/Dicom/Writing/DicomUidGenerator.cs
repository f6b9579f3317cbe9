using System.Numerics;
using System.Security.Cryptography;
using System.Text;

namespace PulmoPet.Imaging.Dicom.Writing;

/// <summary>
/// Makes UIDs of the form "2.25.&lt;UUID as an unsigned decimal integer&gt;" (PS3.5 B.2, ITU-T X.667): at most
/// 44 characters, no registered root needed. Random (UUID version 4) by default; with a seed, name-based
/// (UUID version 5, RFC 9562 5.5: SHA-1 of a namespace and name), so the same seed and name always give the
/// same UID and different seeds or names practically never collide.
/// </summary>
public sealed class DicomUidGenerator
{
    /// <summary>The root of UUID-derived UIDs, PS3.5 B.2.</summary>
    public const string UuidRoot = "2.25.";

    /// <summary>Namespace UUID of PulmoPet's name-based UIDs (a fixed random UUID; changing it changes every seeded UID).</summary>
    private static readonly Guid PulmoPetNamespace = new("6f1c2a8e-4d0b-4b7e-9a55-3e2d8c71f0a4");

    private readonly string? _seed;

    private DicomUidGenerator(string? seed) => _seed = seed;

    /// <summary>Fresh random UIDs.</summary>
    public static DicomUidGenerator Random() => new(null);

    /// <summary>UIDs that depend only on <paramref name="seed"/> and the name each is asked for.</summary>
    public static DicomUidGenerator Seeded(string seed)
    {
        ArgumentNullException.ThrowIfNull(seed);
        return new DicomUidGenerator(seed);
    }

    /// <summary>True when this generator is seeded (repeatable).</summary>
    public bool IsDeterministic => _seed != null;

    /// <summary>
    /// A UID for <paramref name="name"/> (e.g. "series/CT" or "sop/PT/12"): a function of (seed, name) when
    /// seeded, random otherwise.
    /// </summary>
    public string Create(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return FromUuid(_seed == null ? Guid.NewGuid() : NameBased(_seed + "\n" + name));
    }

    /// <summary>A generator for a sub-scope (a patient of a cohort): seeded generators derive a new seed, random ones stay random.</summary>
    public DicomUidGenerator Scope(string name) => _seed == null ? this : new DicomUidGenerator(_seed + "/" + name);

    /// <summary>"2.25." followed by the 128 bits of the UUID, in network byte order, as an unsigned decimal integer without leading zeros (PS3.5 9.1).</summary>
    public static string FromUuid(Guid uuid)
    {
        var value = new BigInteger(uuid.ToByteArray(bigEndian: true), isUnsigned: true, isBigEndian: true);
        return UuidRoot + value.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>RFC 9562 UUID version 5: SHA-1 of namespace bytes + UTF-8 name, version and variant bits set.</summary>
    private static Guid NameBased(string name)
    {
        byte[] space = PulmoPetNamespace.ToByteArray(bigEndian: true);
        byte[] text = Encoding.UTF8.GetBytes(name);
        var input = new byte[space.Length + text.Length];
        space.CopyTo(input, 0);
        text.CopyTo(input, space.Length);
        byte[] hash = SHA1.HashData(input);
        var bytes = hash.AsSpan(0, 16).ToArray();
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x50); // version 5
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80); // variant 10xx
        return new Guid(bytes, bigEndian: true);
    }
}
