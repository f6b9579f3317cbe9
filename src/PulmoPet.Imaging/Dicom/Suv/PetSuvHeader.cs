using System.Globalization;

namespace PulmoPet.Imaging.Dicom.Suv;

/// <summary>
/// The attributes of one PET image that SUV depends on (PS3.3 C.8.9.1 PET Series, C.8.9.2 PET Isotope,
/// C.7.1.1 Patient), as text the way DICOM stores them, plus the two vendor private tags QIBA names.
/// </summary>
public sealed record PetSuvHeader
{
    public string? Units { get; init; }

    public string? DecayCorrection { get; init; }

    /// <summary>SUVType (0054,1006): for Units GML, which SUV the values are (BW, BSA, LBM, IBW).</summary>
    public string? SuvType { get; init; }

    public IReadOnlyList<string> CorrectedImage { get; init; } = [];

    public string? SeriesDate { get; init; }

    public string? SeriesTime { get; init; }

    public string? AcquisitionDate { get; init; }

    public string? AcquisitionTime { get; init; }

    public double? PatientWeightKg { get; init; }

    public double? PatientSizeM { get; init; }

    public string? PatientSex { get; init; }

    public string? RadiopharmaceuticalStartTime { get; init; }

    public string? RadiopharmaceuticalStartDateTime { get; init; }

    public double? RadionuclideTotalDoseBq { get; init; }

    public double? RadionuclideHalfLifeSeconds { get; init; }

    /// <summary>GE private (0009,100D) "GEMS_PETD_01" scan date-time (DT), QIBA's fallback when SeriesTime was rewritten.</summary>
    public string? GePrivateScanDateTime { get; init; }

    /// <summary>Philips private (7053,1000) "Philips PET Private Group" SUV scale factor, for Units CNTS.</summary>
    public double? PhilipsSuvScaleFactor { get; init; }

    /// <summary>Philips private (7053,1009) activity concentration scale factor (CNTS → Bq/ml).</summary>
    public double? PhilipsActivityConcentrationScaleFactor { get; init; }

    public const string GePetPrivateCreator = "GEMS_PETD_01";
    public const string PhilipsPetPrivateCreator = "Philips PET Private Group";

    /// <summary>Reads the attributes from a data set; isotope attributes come from the first RadiopharmaceuticalInformationSequence item.</summary>
    public static PetSuvHeader FromDataset(DicomDataset dataset)
    {
        var isotope = dataset.GetSequence(DicomTags.RadiopharmaceuticalInformationSequence).FirstOrDefault() ?? dataset;
        return new PetSuvHeader
        {
            Units = dataset.GetString(DicomTags.Units),
            DecayCorrection = dataset.GetString(DicomTags.DecayCorrection),
            SuvType = dataset.GetString(DicomTags.SuvType),
            CorrectedImage = dataset.GetStrings(DicomTags.CorrectedImage),
            SeriesDate = dataset.GetString(DicomTags.SeriesDate),
            SeriesTime = dataset.GetString(DicomTags.SeriesTime),
            AcquisitionDate = dataset.GetString(DicomTags.AcquisitionDate),
            AcquisitionTime = dataset.GetString(DicomTags.AcquisitionTime),
            PatientWeightKg = dataset.GetDouble(DicomTags.PatientWeight),
            PatientSizeM = dataset.GetDouble(DicomTags.PatientSize),
            PatientSex = dataset.GetString(DicomTags.PatientSex),
            RadiopharmaceuticalStartTime = isotope.GetString(DicomTags.RadiopharmaceuticalStartTime),
            RadiopharmaceuticalStartDateTime = isotope.GetString(DicomTags.RadiopharmaceuticalStartDateTime),
            RadionuclideTotalDoseBq = isotope.GetDouble(DicomTags.RadionuclideTotalDose),
            RadionuclideHalfLifeSeconds = isotope.GetDouble(DicomTags.RadionuclideHalfLife),
            GePrivateScanDateTime = PrivateText(dataset, 0x0009, GePetPrivateCreator, 0x0D),
            PhilipsSuvScaleFactor = PrivateNumber(dataset, 0x7053, PhilipsPetPrivateCreator, 0x00),
            PhilipsActivityConcentrationScaleFactor = PrivateNumber(dataset, 0x7053, PhilipsPetPrivateCreator, 0x09),
        };
    }

    private static string? PrivateText(DicomDataset dataset, ushort group, string creator, byte offset)
    {
        var element = dataset.GetPrivate(group, creator, offset);
        if (element == null)
        {
            return null;
        }

        string text = dataset.DecodeText(element).Trim(' ', '\0');
        return text.Length == 0 ? null : text;
    }

    /// <summary>Private numbers are DS text, or FD/FL binary in explicit-VR files; implicit VR gives only bytes, read as text.</summary>
    private static double? PrivateNumber(DicomDataset dataset, ushort group, string creator, byte offset)
    {
        var element = dataset.GetPrivate(group, creator, offset);
        if (element == null || element.Value.Length == 0)
        {
            return null;
        }

        if (element.Vr is DicomVr.FD or DicomVr.FL)
        {
            return dataset.GetDouble(element.Tag);
        }

        string text = dataset.DecodeText(element).Trim(' ', '\0');
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) ? value : null;
    }
}
