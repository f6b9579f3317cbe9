using PulmoPet.Imaging;
using PulmoPet.Imaging.Dicom;
using PulmoPet.Imaging.Dicom.Suv;
using PulmoPet.Imaging.Io;

namespace PulmoPet.Cli.Commands;

/// <summary>
/// Reads the images the lung and lesion commands take: an image file, or a folder holding one DICOM series.
/// A DICOM PET series is converted to SUVbw by the QIBA rule (a file is taken to be in SUV already).
/// </summary>
internal static class LesionsInputs
{
    public static Volume ReadImage(string path, string what)
    {
        if (Directory.Exists(path))
        {
            var series = DicomSeriesScanner.Scan(path);
            if (series.Count > 1)
            {
                throw new InvalidInputException($"The {what} folder {path} holds {series.Count} DICOM series; give the folder of one series.");
            }

            var selected = DicomImageLoader.Select(series, path, null, null);
            var normalization = selected.Modality == "PT" ? SuvNormalization.BodyWeight : SuvNormalization.None;
            return DicomImageLoader.Load(selected, normalization).Volume;
        }

        return ImageFile.Read(path);
    }

    /// <summary>The case id written in tables: the file name without image extensions.</summary>
    public static string CaseIdOf(string path)
    {
        string name = Path.GetFileName(Path.TrimEndingDirectorySeparator(path));
        foreach (string extension in new[] { ".nii.gz", ".nii", ".nrrd", ".nhdr", ".mha", ".mhd" })
        {
            if (name.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
            {
                return name[..^extension.Length];
            }
        }

        return name;
    }
}
