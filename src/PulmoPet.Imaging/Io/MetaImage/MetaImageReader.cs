using System.Globalization;
using PulmoPet.Imaging.Io.Internal;

namespace PulmoPet.Imaging.Io.MetaImage;

/// <summary>
/// Reads MetaImage headers (.mha with ElementDataFile = LOCAL, .mhd with a .raw/.zraw beside it).
/// Direction convention, checked in ITK's MetaImageIO::ReadImageInformation: the N² TransformMatrix numbers
/// are read in groups of N and group i becomes direction column i (SetDirection(i, …)), i.e. the file lists
/// the direction matrix column by column (the world direction of index axis i, then of i+1, …).
/// AnatomicalOrientation and CenterOfRotation are ignored, as ITK ignores them on reading.
/// </summary>
internal static class MetaImageReader
{
    public static StoredImage ReadHeader(string path)
    {
        MetaImageHeader h = MetaImageHeader.Read(path);
        if (h.Get("ObjectType") is { } objectType && !objectType.Equals("Image", StringComparison.OrdinalIgnoreCase))
        {
            throw new ImageFormatException(path, $"the MetaImage object is a \"{objectType}\", not an Image");
        }

        int n = ParseDimensions(h);
        long[] dims = h.Numbers("DimSize", h.Required("DimSize"), n).Select(ToLong(h)).ToArray();
        for (int axis = 0; axis < n; axis++)
        {
            if (dims[axis] <= 0)
            {
                throw new ImageFormatException(path,
                    $"the header declares DimSize = {string.Join(' ', dims)}, and axis {axis} has {dims[axis]} voxels (every axis needs at least one)");
            }
        }

        if (n > 3 && dims.Skip(3).Any(d => d > 1))
        {
            long volumes = dims.Skip(3).Aggregate(1L, (product, d) => Math.Min(product * Math.Min(d, int.MaxValue), int.MaxValue));
            throw new ImageFormatException(path, $"the file holds {Counts.Format(volumes)} volumes (NDims = {n}), and PulmoPet reads single 3D volumes only (split it first)");
        }

        if (h.Get("ElementNumberOfChannels") is { } channels && channels.Trim() != "1")
        {
            throw new ImageFormatException(path,
                $"the image has {channels} components per voxel (ElementNumberOfChannels), and PulmoPet reads single-component images only");
        }

        string elementType = h.Required("ElementType");
        VoxelType type = MetaImageElementType.Parse(elementType) ?? throw new ImageFormatException(path,
            $"MetaImage element type {elementType} is not supported; PulmoPet reads {Counts.SupportedTypes}");

        Size3 size = ImageChecks.Size(path, dims[0], n > 1 ? dims[1] : 1, n > 2 ? dims[2] : 1);
        ImageGeometry geometry = Geometry(h, n, size);
        var header = new ImageHeader(path, ImageFileFormat.MetaImage, geometry, type, type, null, h.Get("Comment") ?? "");
        return new StoredImage(header, DataLocation(h, type));
    }

    private static int ParseDimensions(MetaImageHeader h)
    {
        string text = h.Required("NDims");
        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int n) && n is >= 1 and <= 10
            ? n
            : throw new ImageFormatException(h.Path, $"NDims = {text} is not a number of dimensions from 1 to 10");
    }

    private static ImageGeometry Geometry(MetaImageHeader h, int n, Size3 size)
    {
        int spatial = Math.Min(n, 3);
        double[] spacing = [1, 1, 1];
        // MetaIO falls back to ElementSize when ElementSpacing is absent.
        if (h.First("ElementSpacing", "ElementSize") is var (spacingKey, spacingText))
        {
            double[] values = h.Numbers(spacingKey, spacingText, n);
            Array.Copy(values, spacing, spatial);
        }

        double[] origin = [0, 0, 0];
        if (h.First("Offset", "Origin", "Position") is var (originKey, originText))
        {
            Array.Copy(h.Numbers(originKey, originText, n), origin, spatial);
        }

        var columns = new List<Vector3D>();
        if (h.First("TransformMatrix", "Rotation", "Orientation") is var (matrixKey, matrixText))
        {
            double[] m = h.Numbers(matrixKey, matrixText, n * n);
            for (int column = 0; column < spatial; column++)
            {
                double Element(int row) => row < spatial ? m[column * n + row] : 0;
                columns.Add(new Vector3D(Element(0), Element(1), Element(2)));
            }
        }
        else
        {
            columns.AddRange(new[] { new Vector3D(1, 0, 0), new Vector3D(0, 1, 0), new Vector3D(0, 0, 1) }.Take(spatial));
        }

        return ImageChecks.Geometry(h.Path, size, new Vector3D(spacing[0], spacing[1], spacing[2]),
            new Vector3D(origin[0], origin[1], origin[2]), DirectionBasis.Complete(columns));
    }

    private static VoxelDataLocation DataLocation(MetaImageHeader h, VoxelType type)
    {
        bool binary = h.Boolean("BinaryData", absent: true);
        bool compressed = h.Boolean("CompressedData", absent: false);
        bool bigEndian = h.Boolean("BinaryDataByteOrderMSB", absent: h.Boolean("ElementByteOrderMSB", absent: false));
        long headerSize = 0;
        if (h.Get("HeaderSize") is { } headerSizeText
            && (!long.TryParse(headerSizeText, NumberStyles.Integer, CultureInfo.InvariantCulture, out headerSize) || headerSize < -1))
        {
            throw new ImageFormatException(h.Path, $"HeaderSize = {headerSizeText} is not a byte count (or -1)");
        }

        string dataFile = h.Required("ElementDataFile");
        string dataPath;
        long offset;
        if (dataFile.Equals("LOCAL", StringComparison.OrdinalIgnoreCase))
        {
            dataPath = h.Path;
            offset = h.DataOffset;
        }
        else if (dataFile.StartsWith("LIST", StringComparison.OrdinalIgnoreCase) || dataFile.Contains('%'))
        {
            throw new ImageFormatException(h.Path,
                $"the MetaImage data are split over several files (ElementDataFile = {dataFile}), which PulmoPet does not read (join them into one file first)");
        }
        else
        {
            string folder = Path.GetDirectoryName(Path.GetFullPath(h.Path))!;
            dataPath = Path.IsPathRooted(dataFile) ? dataFile : Path.Combine(folder, dataFile);
            offset = 0;
        }

        offset += Math.Max(0, headerSize); // HeaderSize: bytes before the data in the data file
        DataEncoding encoding = !binary ? DataEncoding.Ascii
            : !compressed ? DataEncoding.Raw
            : StartsWithGzipMagic(h.Path, dataPath, offset) ? DataEncoding.Gzip
            : DataEncoding.Zlib;
        if (headerSize == -1 && encoding != DataEncoding.Raw)
        {
            throw new ImageFormatException(h.Path, "HeaderSize = -1 (data at the end of the file) works only with uncompressed binary data");
        }

        return new VoxelDataLocation(dataPath, encoding, offset)
        {
            AtEndOfFile = headerSize == -1,
            BigEndian = bigEndian && type.SizeInBytes() > 1,
        };
    }

    /// <summary>MetaIO inflates with zlib's automatic header detection, so gzip data occur next to the usual zlib.</summary>
    private static bool StartsWithGzipMagic(string path, string dataPath, long offset)
    {
        using FileStream file = FileAccessErrors.OpenRead(path, dataPath);
        if (offset >= file.Length)
        {
            return false;
        }

        file.Position = offset;
        return file.ReadByte() == 0x1f && file.ReadByte() == 0x8b;
    }

    private static Func<double, long> ToLong(MetaImageHeader h) => value =>
        value == Math.Floor(value) && Math.Abs(value) < 1e15
            ? (long)value
            : throw new ImageFormatException(h.Path, $"DimSize has {Counts.Number(value)} where a whole number of voxels belongs");
}
