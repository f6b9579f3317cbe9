using PulmoPet.Imaging.Io.Internal;

namespace PulmoPet.Imaging.Io.Nrrd;

/// <summary>
/// Reads NRRD headers, attached (.nrrd) or detached (.nhdr with "data file:"), with raw, gzip or ascii
/// encoding, into LPS geometry. Axes without a space direction ("none") or with a non-spatial kind are
/// components: one of size 1 is dropped, a larger one is refused (PulmoPet images hold one value per voxel).
/// </summary>
internal static class NrrdReader
{
    /// <summary>NRRD0005 kinds that describe positions; every other kind (vector, RGB-color, list…) is a component axis.</summary>
    private static readonly HashSet<string> SpatialKinds = new(StringComparer.OrdinalIgnoreCase) { "domain", "space", "time", "???", "none" };

    public static StoredImage ReadHeader(string path)
    {
        NrrdHeader h = NrrdHeader.Read(path);
        int dimension = h.Integer("dimension", 1, 16);
        VoxelType type = ParseType(h);
        long[] sizes = h.Longs("sizes", dimension);
        for (int axis = 0; axis < dimension; axis++)
        {
            if (sizes[axis] <= 0)
            {
                throw new ImageFormatException(path,
                    $"the header declares sizes {string.Join(' ', sizes)}, and axis {axis} has {sizes[axis]} voxels (every axis needs at least one)");
            }
        }

        (Vector3D? signs, int spaceDimension) = ParseSpace(h);
        List<double[]?>? directions = signs is null ? null : ParseDirections(h, dimension, spaceDimension);
        List<int> spatialAxes = SpatialAxes(h, dimension, sizes, directions);
        if (spatialAxes.Count == 0)
        {
            throw new ImageFormatException(path, "no axis of the NRRD image is spatial (all are \"none\" or component kinds)");
        }

        long[] gridSizes = [.. spatialAxes.Select(axis => sizes[axis]), 1, 1, 1];
        Size3 size = ImageChecks.Size(path, gridSizes[0], gridSizes[1], gridSizes[2]);
        ImageGeometry geometry = directions is null
            ? GeometryFromSpacings(h, dimension, spatialAxes, size)
            : GeometryFromSpace(h, signs!.Value, spaceDimension, directions, spatialAxes, size);

        var header = new ImageHeader(path, ImageFileFormat.Nrrd, geometry, type, type, null, h.Get("content") ?? "");
        return new StoredImage(header, DataLocation(h, type));
    }

    private static VoxelType ParseType(NrrdHeader h)
    {
        string text = h.Required("type");
        return NrrdTypes.Parse(text) ?? throw new ImageFormatException(h.Path, NrrdTypes.IsKnownUnsupported(text)
            ? $"NRRD type \"{text}\" is not supported; PulmoPet reads {Counts.SupportedTypes}"
            : $"\"{text}\" is not a NRRD type");
    }

    private static (Vector3D? Signs, int SpaceDimension) ParseSpace(NrrdHeader h)
    {
        string? space = h.Get("space");
        string? spaceDimension = h.Get("space dimension");
        if (space is not null && spaceDimension is not null)
        {
            throw new ImageFormatException(h.Path, "the NRRD header gives both \"space\" and \"space dimension\", which the specification forbids");
        }

        if (space is not null)
        {
            Vector3D signs = NrrdSpace.ToLpsSigns(space) ?? throw new ImageFormatException(h.Path,
                $"NRRD space \"{space}\" is not a 3D patient space (PulmoPet reads left-posterior-superior, right-anterior-superior and left-anterior-superior)");
            return (signs, 3);
        }

        if (spaceDimension is not null)
        {
            // A space without a name: taken as LPS, as ITK's NrrdImageIO does.
            return (new Vector3D(1, 1, 1), h.Integer("space dimension", 3, 3));
        }

        if (h.Get("space directions") is not null)
        {
            // Directions without any space field break the specification; read them as LPS rather than drop them.
            return (new Vector3D(1, 1, 1), 3);
        }

        return (null, 0);
    }

    private static List<double[]?> ParseDirections(NrrdHeader h, int dimension, int spaceDimension)
    {
        if (h.Get("space directions") is null)
        {
            throw new ImageFormatException(h.Path, "the NRRD header names a space but gives no \"space directions\"");
        }

        List<string> words = h.VectorWords("space directions");
        if (words.Count != dimension)
        {
            throw new ImageFormatException(h.Path,
                $"the NRRD field \"space directions\" has {words.Count} entries, but the image has {dimension} axes");
        }

        return words.Select(word => h.Vector("space directions", word, spaceDimension)).ToList();
    }

    private static List<int> SpatialAxes(NrrdHeader h, int dimension, long[] sizes, List<double[]?>? directions)
    {
        string[]? kinds = h.Get("kinds") is null ? null : h.Words("kinds", dimension);
        var spatial = new List<int>();
        for (int axis = 0; axis < dimension; axis++)
        {
            bool isSpatial = directions is not null ? directions[axis] is not null : kinds is null || SpatialKinds.Contains(kinds[axis]);
            if (isSpatial)
            {
                spatial.Add(axis);
            }
            else if (sizes[axis] > 1)
            {
                string kind = kinds is null ? "" : $" of kind \"{kinds[axis]}\"";
                throw new ImageFormatException(h.Path,
                    $"axis {axis}{kind} holds {sizes[axis]} components per voxel, and PulmoPet reads single-component images only (extract one component first)");
            }
        }

        // Trailing spatial axes of size 1 (e.g. a 4D file with one time point) do not change the grid.
        while (spatial.Count > 3 && sizes[spatial[^1]] == 1)
        {
            spatial.RemoveAt(spatial.Count - 1);
        }

        if (spatial.Count > 3)
        {
            long volumes = spatial.Skip(3).Aggregate(1L, (product, axis) => Math.Min(product * Math.Min(sizes[axis], int.MaxValue), int.MaxValue));
            throw new ImageFormatException(h.Path,
                $"the file holds {Counts.Format(volumes)} volumes ({spatial.Count} spatial axes), and PulmoPet reads single 3D volumes only (split it first)");
        }

        return spatial;
    }

    private static ImageGeometry GeometryFromSpace(
        NrrdHeader h, Vector3D signs, int spaceDimension, List<double[]?> directions, List<int> spatialAxes, Size3 size)
    {
        double unit = SpaceUnitInMm(h);
        var columns = new List<Vector3D>();
        double[] spacing = [1, 1, 1];
        for (int i = 0; i < spatialAxes.Count; i++)
        {
            double[] d = directions[spatialAxes[i]]!;
            var v = new Vector3D(d[0] * signs.X, d[1] * signs.Y, d[2] * signs.Z);
            if (!v.IsFinite || v.Length == 0)
            {
                throw new ImageFormatException(h.Path, $"the space direction of axis {spatialAxes[i]} is {Counts.Number(v.Length)} long (zero or not finite)");
            }

            spacing[i] = v.Length * unit;
            columns.Add(v.Normalized());
        }

        Vector3D origin = Vector3D.Zero;
        if (h.Get("space origin") is { } originText)
        {
            double[] o = h.Vector("space origin", originText.Replace(" ", ""), spaceDimension)
                ?? throw new ImageFormatException(h.Path, "the NRRD field \"space origin\" is \"none\"");
            origin = new Vector3D(o[0] * signs.X, o[1] * signs.Y, o[2] * signs.Z) * unit;
        }

        return ImageChecks.Geometry(h.Path, size, new Vector3D(spacing[0], spacing[1], spacing[2]), origin, DirectionBasis.Complete(columns));
    }

    /// <summary>Without a space, only per-axis spacings exist (old NRRD0001 files): identity direction, origin 0.</summary>
    private static ImageGeometry GeometryFromSpacings(NrrdHeader h, int dimension, List<int> spatialAxes, Size3 size)
    {
        double[] spacing = [1, 1, 1];
        if (h.Get("spacings") is not null)
        {
            string[] words = h.Words("spacings", dimension);
            for (int i = 0; i < spatialAxes.Count; i++)
            {
                double value = h.Number("spacings", words[spatialAxes[i]]);
                spacing[i] = double.IsNaN(value) ? 1 : Math.Abs(value);
            }
        }

        return ImageChecks.Geometry(h.Path, size, new Vector3D(spacing[0], spacing[1], spacing[2]), Vector3D.Zero, Matrix3.Identity);
    }

    /// <summary>"space units" (quoted, one per space axis); all must agree; mm when absent.</summary>
    private static double SpaceUnitInMm(NrrdHeader h)
    {
        string? text = h.Get("space units");
        if (text is null)
        {
            return 1;
        }

        string[] units = text.Split('"', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(unit => unit.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        return units.Length switch
        {
            0 => 1,
            1 => units[0].ToLowerInvariant() switch
            {
                "mm" or "millimeter" or "millimeters" => 1,
                "cm" => 10,
                "m" or "meter" or "meters" => 1000,
                "um" or "µm" or "micron" => 0.001,
                _ => throw new ImageFormatException(h.Path, $"NRRD space unit \"{units[0]}\" is not a length unit PulmoPet knows (mm, cm, m, um)"),
            },
            _ => throw new ImageFormatException(h.Path, $"the NRRD space axes have different units ({string.Join(", ", units)})"),
        };
    }

    private static VoxelDataLocation DataLocation(NrrdHeader h, VoxelType type)
    {
        string encodingText = h.Required("encoding");
        DataEncoding encoding = NrrdTypes.ParseEncoding(encodingText) ?? throw new ImageFormatException(h.Path,
            $"NRRD encoding \"{encodingText}\" is not supported (PulmoPet reads raw, gzip and ascii)");
        // "endian" is required for multi-byte binary data, but files that omit it exist; little is what they hold in practice.
        bool bigEndian = (h.Get("endian") ?? "little").ToLowerInvariant() switch
        {
            "little" => false,
            "big" => true,
            string other => throw new ImageFormatException(h.Path, $"NRRD endian \"{other}\" is neither little nor big"),
        };
        int lineSkip = h.Get("line skip") is null ? 0 : h.Integer("line skip", 0, int.MaxValue);
        long byteSkip = h.Get("byte skip") is null ? 0 : h.Integer("byte skip", -1, int.MaxValue);
        if (byteSkip == -1 && encoding != DataEncoding.Raw)
        {
            throw new ImageFormatException(h.Path, $"\"byte skip: -1\" (data at the end of the file) works only with raw encoding, not {encodingText}");
        }

        string dataPath = h.Path;
        long offset = h.DataOffset;
        if ((h.Get("data file") ?? h.Get("datafile")) is { } dataFile)
        {
            dataPath = DetachedDataPath(h, dataFile);
            offset = 0;
        }
        else if (!h.Terminated)
        {
            throw new ImageFormatException(h.Path, "the NRRD header has no \"data file\" field and no blank line before attached data (truncated file?)");
        }

        return new VoxelDataLocation(dataPath, encoding, offset)
        {
            LineSkip = lineSkip,
            ByteSkip = Math.Max(0, byteSkip),
            AtEndOfFile = byteSkip == -1,
            BigEndian = bigEndian && type.SizeInBytes() > 1,
        };
    }

    private static string DetachedDataPath(NrrdHeader h, string dataFile)
    {
        if (dataFile.StartsWith("LIST", StringComparison.Ordinal) || dataFile.Contains('%'))
        {
            throw new ImageFormatException(h.Path,
                $"the NRRD data are split over several files (\"data file: {dataFile}\"), which PulmoPet does not read (join them into one file first)");
        }

        // NRRD0005: a relative data file name is relative to the header's folder.
        string folder = Path.GetDirectoryName(Path.GetFullPath(h.Path))!;
        return Path.IsPathRooted(dataFile) ? dataFile : Path.Combine(folder, dataFile);
    }
}
