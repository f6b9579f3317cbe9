namespace PulmoPet.Imaging.Dicom;

/// <summary>A parsed DICOM file (PS3.10 section 7): file meta information, the data set, and its transfer syntax.</summary>
public sealed class DicomFile
{
    internal DicomFile(string path, DicomDataset meta, DicomDataset dataset, TransferSyntax transferSyntax, bool hasPreamble, bool pixelDataSkipped)
    {
        Path = path;
        Meta = meta;
        Dataset = dataset;
        TransferSyntax = transferSyntax;
        HasPreamble = hasPreamble;
        PixelDataSkipped = pixelDataSkipped;
    }

    public string Path { get; }

    /// <summary>File Meta Information (group 0002); empty for a raw data set without it.</summary>
    public DicomDataset Meta { get; }

    public DicomDataset Dataset { get; }

    public TransferSyntax TransferSyntax { get; }

    /// <summary>False for a raw data set (no 128-byte preamble and "DICM" prefix).</summary>
    public bool HasPreamble { get; }

    /// <summary>True when the file was read with <see cref="DicomReadOptions.HeadersOnly"/> and Pixel Data was not loaded.</summary>
    public bool PixelDataSkipped { get; }
}

/// <summary>How much of a file to read.</summary>
public sealed record DicomReadOptions
{
    /// <summary>Everything, pixel data included.</summary>
    public static readonly DicomReadOptions Full = new();

    /// <summary>Stop before Pixel Data (7FE0,0010): what a folder scan needs.</summary>
    public static readonly DicomReadOptions HeadersOnly = new() { StopBeforePixelData = true };

    public bool StopBeforePixelData { get; init; }

    /// <summary>Bytes read first when stopping before pixel data; the whole file is read only if the header is longer.</summary>
    public int HeaderPrefixBytes { get; init; } = 64 * 1024;
}
