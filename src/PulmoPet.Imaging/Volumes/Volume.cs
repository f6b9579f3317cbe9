using System.Numerics;
using System.Runtime.InteropServices;

namespace PulmoPet.Imaging;

/// <summary>A voxel buffer on an <see cref="ImageGeometry"/>, whatever its element type.</summary>
public abstract class Volume
{
    protected Volume(ImageGeometry geometry)
    {
        Geometry = geometry;
    }

    public ImageGeometry Geometry { get; }

    public Size3 Size => Geometry.Size;

    public abstract VoxelType VoxelType { get; }

    /// <summary>The voxel at a linear offset, as a double.</summary>
    public abstract double GetValue(int linearIndex);

    /// <summary>The voxels as raw bytes in memory order (x fastest), little-endian on this machine.</summary>
    public abstract Span<byte> AsBytes();

    /// <summary>A copy converted to another element type (values are cast, saturating for integers).</summary>
    public abstract Volume<TOut> ConvertTo<TOut>()
        where TOut : unmanaged, INumber<TOut>;

    public Volume<float> ToFloat() => this as Volume<float> ?? ConvertTo<float>();
}

/// <summary>
/// A dense 3D image: voxels in a flat array with x fastest, then y, then z, plus its geometry.
/// </summary>
public sealed class Volume<T> : Volume
    where T : unmanaged, INumber<T>
{
    public Volume(ImageGeometry geometry)
        : this(geometry, new T[CheckedLength(geometry)])
    {
    }

    public Volume(ImageGeometry geometry, T[] voxels)
        : base(geometry)
    {
        if (voxels.LongLength != geometry.VoxelCount)
        {
            throw new ArgumentException(
                $"Buffer holds {voxels.LongLength} voxels but the geometry has {geometry.VoxelCount}.", nameof(voxels));
        }

        Voxels = voxels;
    }

    /// <summary>The voxel buffer (x fastest). Shared, not copied.</summary>
    public T[] Voxels { get; }

    public override VoxelType VoxelType => VoxelTypes.Of<T>();

    public ref T this[int x, int y, int z] => ref Voxels[Geometry.LinearIndex(x, y, z)];

    public ref T this[Index3 index] => ref Voxels[Geometry.LinearIndex(index.X, index.Y, index.Z)];

    public Span<T> AsSpan() => Voxels;

    /// <summary>The voxels of slice z.</summary>
    public Span<T> Slice(int z) => Voxels.AsSpan(z * Size.X * Size.Y, Size.X * Size.Y);

    public override Span<byte> AsBytes() => MemoryMarshal.AsBytes(Voxels.AsSpan());

    public override double GetValue(int linearIndex) => double.CreateTruncating(Voxels[linearIndex]);

    /// <summary>An empty volume of element type <typeparamref name="TOut"/> on the same grid.</summary>
    public Volume<TOut> CreateLike<TOut>()
        where TOut : unmanaged, INumber<TOut> => new(Geometry);

    public Volume<T> Clone() => new(Geometry, (T[])Voxels.Clone());

    public Volume<T> Fill(T value)
    {
        Array.Fill(Voxels, value);
        return this;
    }

    public override Volume<TOut> ConvertTo<TOut>()
    {
        var result = new Volume<TOut>(Geometry);
        var source = Voxels;
        var target = result.Voxels;
        for (int i = 0; i < source.Length; i++)
        {
            target[i] = TOut.CreateSaturating(source[i]);
        }

        return result;
    }

    /// <summary>Same voxels on another geometry of the same size (e.g. after correcting a header).</summary>
    public Volume<T> WithGeometry(ImageGeometry geometry)
    {
        if (geometry.Size != Geometry.Size)
        {
            throw new ArgumentException($"New geometry size {geometry.Size} differs from {Geometry.Size}.", nameof(geometry));
        }

        return new Volume<T>(geometry, Voxels);
    }

    private static int CheckedLength(ImageGeometry geometry)
    {
        if (geometry.VoxelCount > Array.MaxLength)
        {
            throw new InvalidInputException(
                $"An image of {geometry.Size} voxels ({geometry.VoxelCount:N0}) exceeds the largest buffer .NET can hold.");
        }

        return (int)geometry.VoxelCount;
    }
}
