using System.Buffers.Binary;
using System.Globalization;

namespace PulmoPet.Imaging.Dicom.Writing;

/// <summary>How PET values are stored: unsigned 16-bit when none is negative (most scanners), signed 16-bit otherwise.</summary>
public enum PetPixelStorage
{
    /// <summary>Unsigned when the volume has no negative value, else signed.</summary>
    Automatic,
    Unsigned16,
    Signed16,
}

/// <summary>Settings of a PET series.</summary>
public sealed record PetSeriesOptions
{
    /// <summary>SeriesInstanceUID; null makes one from the generator ("series/PT").</summary>
    public string? SeriesInstanceUid { get; init; }

    public int SeriesNumber { get; init; } = 2;

    public string SeriesDescription { get; init; } = "PET AC";

    public PetPixelStorage Storage { get; init; } = PetPixelStorage.Automatic;

    /// <summary>File name of slice z (0-based) inside the folder.</summary>
    public Func<int, string> FileName { get; init; } = z => string.Create(CultureInfo.InvariantCulture, $"PT_{z + 1:D4}.dcm");
}

/// <summary>
/// Writes a PET volume as single-frame PET Image Storage files (PS3.3 A.21: Patient, General Study, Patient Study,
/// General Series, PET Series, PET Isotope, NM/PET Patient Orientation, Frame of Reference, General Equipment,
/// General Image, Image Plane, Image Pixel, PET Image, SOP Common) in Units BQML, CorrectedImage ATTN\DECY…,
/// DecayCorrection START, so that SUV is computed from the header (QIBA) rather than stored.
/// Each slice has its own RescaleSlope (C.8.9.4.1.2; RescaleIntercept is 0) = the slice's largest |value| over the
/// largest stored value (65535 unsigned, 32767 signed), so a voxel comes back within RescaleSlope / 2 Bq/ml,
/// i.e. within RescaleSlope × SUV factor / 2 in SUV.
/// </summary>
public static class PetSeriesWriter
{
    private static readonly DicomTag SeriesType = new(0x0054, 0x1000);
    private static readonly DicomTag CountsSource = new(0x0054, 0x1002);
    private static readonly DicomTag NumberOfSlices = new(0x0054, 0x0081);
    private static readonly DicomTag RandomsCorrectionMethod = new(0x0054, 0x1100);
    private static readonly DicomTag AttenuationCorrectionMethod = new(0x0054, 0x1101);
    private static readonly DicomTag ReconstructionMethod = new(0x0054, 0x1103);
    private static readonly DicomTag CollimatorType = new(0x0018, 0x1181);
    private static readonly DicomTag ImageIndex = new(0x0054, 0x1330);
    private static readonly DicomTag RadionuclideCodeSequence = new(0x0054, 0x0300);
    private static readonly DicomTag RadiopharmaceuticalCodeSequence = new(0x0054, 0x0304);
    private static readonly DicomTag PatientOrientationCodeSequence = new(0x0054, 0x0410);
    private static readonly DicomTag PatientGantryRelationshipCodeSequence = new(0x0054, 0x0414);
    private static readonly DicomTag LossyImageCompression = new(0x0028, 0x2110);

    /// <summary>
    /// The SUVbw factor (g/ml per Bq/ml) a QIBA reader derives from what this writer stores: PatientWeight × 1000 /
    /// (RadionuclideTotalDose × 2^(−(SeriesTime − RadiopharmaceuticalStartDateTime) / RadionuclideHalfLife)),
    /// with every input as written (DS rounding, TM/DT truncated to microseconds).
    /// </summary>
    public static double BodyWeightSuvFactor(DicomPatientStudy study, PetAcquisition acquisition)
    {
        ArgumentNullException.ThrowIfNull(study);
        ArgumentNullException.ThrowIfNull(acquisition);
        acquisition.Validate();
        if (study.PatientWeightKg is not { } weight || !(weight > 0) || !double.IsFinite(weight))
        {
            throw new InvalidInputException("SUV needs the patient's weight: set PatientWeightKg of the study.");
        }

        double decaySeconds = (DicomValueFormat.TruncateToMicroseconds(acquisition.SeriesDateTime) - DicomValueFormat.TruncateToMicroseconds(acquisition.InjectionDateTime)).TotalSeconds;
        double decayedDose = DicomValueFormat.RoundTrip(acquisition.InjectedDoseBq) * Math.Exp(-Math.Log(2) * decaySeconds / DicomValueFormat.RoundTrip(acquisition.HalfLifeSeconds));
        return DicomValueFormat.RoundTrip(weight) * 1000 / decayedDose;
    }

    /// <summary>Writes body-weight SUV (g/ml) as activity concentration: Bq/ml = SUV / <see cref="BodyWeightSuvFactor"/>.</summary>
    public static DicomImageSeries WriteSuv(Volume<float> suvBw, string folder, DicomPatientStudy study, PetAcquisition acquisition, DicomUidGenerator uids, PetSeriesOptions? options = null) =>
        Write(suvBw, 1 / BodyWeightSuvFactor(study, acquisition), folder, study, acquisition, uids, options);

    /// <summary>Writes activity concentration (Bq/ml, decay-corrected to the series start).</summary>
    public static DicomImageSeries WriteActivity(Volume<float> activityBqPerMl, string folder, DicomPatientStudy study, PetAcquisition acquisition, DicomUidGenerator uids, PetSeriesOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(acquisition);
        acquisition.Validate();
        return Write(activityBqPerMl, 1, folder, study, acquisition, uids, options);
    }

    private static DicomImageSeries Write(Volume<float> values, double toBqPerMl, string folder, DicomPatientStudy study, PetAcquisition acquisition, DicomUidGenerator uids, PetSeriesOptions? options)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(study);
        ArgumentNullException.ThrowIfNull(uids);
        options ??= new PetSeriesOptions();
        var g = values.Geometry;
        CommonModules.CheckWritableGrid(g, "The PET volume");
        float lowest = 0;
        foreach (float v in values.Voxels)
        {
            if (!float.IsFinite(v))
            {
                throw new InvalidInputException("The PET volume holds a NaN or infinite value, which 16-bit stored values cannot represent.");
            }

            lowest = Math.Min(lowest, v);
        }

        bool signed = options.Storage switch
        {
            PetPixelStorage.Signed16 => true,
            PetPixelStorage.Unsigned16 when lowest < 0 => throw new InvalidInputException(FormattableString.Invariant($"The PET volume has negative values (down to {lowest}); unsigned storage cannot hold them.")),
            PetPixelStorage.Unsigned16 => false,
            _ => lowest < 0,
        };
        int largestStored = signed ? short.MaxValue : ushort.MaxValue;

        string seriesUid = options.SeriesInstanceUid ?? uids.Create("series/PT");
        string seriesDate = DicomValueFormat.Date(acquisition.SeriesDateTime);
        string seriesTime = DicomValueFormat.Time(acquisition.SeriesDateTime);
        var (referenceMs, decayFactor) = FrameReference(acquisition);
        int slices = g.Size.Z, plane = g.Size.X * g.Size.Y;
        var sopUids = new string[slices];
        var paths = new string[slices];
        for (int z = 0; z < slices; z++)
        {
            sopUids[z] = uids.Create(string.Create(CultureInfo.InvariantCulture, $"sop/PT/{seriesUid}/{z}"));
            paths[z] = Path.Combine(folder, options.FileName(z));
        }

        Directory.CreateDirectory(folder);
        CommonModules.ForEachSlice(slices, z =>
        {
            var source = values.Slice(z);
            double largest = 0;
            foreach (float v in source)
            {
                largest = Math.Max(largest, Math.Abs(v * toBqPerMl));
            }

            // The slope as written (DS), so stored values are quantised with exactly what the reader multiplies by.
            double slope = largest > 0 ? DicomValueFormat.RoundTrip(largest / largestStored) : 1;
            var pixels = new byte[plane * 2];
            for (int i = 0; i < plane; i++)
            {
                // DS keeps ≥ 9 significant digits (relative error < 1e-8), so |value| / slope exceeds largestStored by < 1e-3 and rounds into range.
                double stored = Math.Round(source[i] * toBqPerMl / slope, MidpointRounding.AwayFromZero);
                if (signed)
                {
                    BinaryPrimitives.WriteInt16LittleEndian(pixels.AsSpan(2 * i), (short)Math.Clamp(stored, -largestStored, largestStored));
                }
                else
                {
                    BinaryPrimitives.WriteUInt16LittleEndian(pixels.AsSpan(2 * i), (ushort)Math.Clamp(stored, 0, largestStored));
                }
            }

            var d = new DicomDatasetBuilder()
                .SopCommon(DicomSopClasses.PetImageStorage, sopUids[z], seriesDate, seriesTime)
                .PatientAndStudy(study)
                .SeriesAndEquipment(study, "PT", seriesUid, options.SeriesNumber, options.SeriesDescription, seriesDate, seriesTime)
                .FrameOfReference(study.FrameOfReferenceUid)
                // PET Series (C.8.9.1).
                .Add(DicomTags.Units, DicomVr.CS, "BQML")
                .Add(CountsSource, DicomVr.CS, "EMISSION")
                .Add(SeriesType, DicomVr.CS, "STATIC", "IMAGE")
                .AddUInt16(NumberOfSlices, checked((ushort)slices))
                .Add(DicomTags.CorrectedImage, DicomVr.CS, "DECY", "ATTN", "SCAT", "DTIM", "RAN", "NORM")
                .Add(RandomsCorrectionMethod, DicomVr.CS, "DLYD")
                .Add(AttenuationCorrectionMethod, DicomVr.LO, "CT-based")
                .Add(DicomTags.DecayCorrection, DicomVr.CS, "START")
                .Add(ReconstructionMethod, DicomVr.LO, "OSEM")
                .Add(CollimatorType, DicomVr.CS, "NONE")
                // PET Isotope (C.8.9.2): one radiopharmaceutical, F-18 FDG.
                .AddSequence(DicomTags.RadiopharmaceuticalInformationSequence, item => item
                    .Add(DicomTags.Radiopharmaceutical, DicomVr.LO, acquisition.Radiopharmaceutical)
                    .Add(DicomTags.RadiopharmaceuticalStartTime, DicomVr.TM, DicomValueFormat.Time(acquisition.InjectionDateTime))
                    .Add(DicomTags.RadiopharmaceuticalStartDateTime, DicomVr.DT, DicomValueFormat.DateTimeValue(acquisition.InjectionDateTime))
                    .AddDecimals(DicomTags.RadionuclideTotalDose, acquisition.InjectedDoseBq)
                    .AddDecimals(DicomTags.RadionuclideHalfLife, acquisition.HalfLifeSeconds)
                    .AddSequence(RadionuclideCodeSequence, CommonModules.Code("77004003", "SCT", "^18^Fluorine"))
                    .AddSequence(RadiopharmaceuticalCodeSequence, CommonModules.Code("35321007", "SCT", "Fluorodeoxyglucose F^18^")))
                // NM/PET Patient Orientation (C.8.4.6): type 2, left empty.
                .AddSequence(PatientOrientationCodeSequence)
                .AddSequence(PatientGantryRelationshipCodeSequence)
                // General Image (C.7.6.1) and PET Image (C.8.9.4).
                .Add(DicomTags.ImageType, DicomVr.CS, "ORIGINAL", "PRIMARY")
                .AddInteger(DicomTags.InstanceNumber, z + 1)
                .Add(CommonModules.PatientOrientation, DicomVr.CS, string.Empty)
                .Add(DicomTags.AcquisitionDate, DicomVr.DA, seriesDate)
                .Add(DicomTags.AcquisitionTime, DicomVr.TM, seriesTime)
                .Add(CommonModules.ContentDate, DicomVr.DA, seriesDate)
                .Add(CommonModules.ContentTime, DicomVr.TM, seriesTime)
                .AddInteger(DicomTags.ActualFrameDuration, (int)Math.Round(acquisition.FrameDurationSeconds * 1000))
                .AddDecimals(DicomTags.FrameReferenceTime, referenceMs)
                .AddDecimals(DicomTags.DecayFactor, decayFactor)
                .AddUInt16(ImageIndex, checked((ushort)(z + 1)))
                .Add(LossyImageCompression, DicomVr.CS, "00")
                .ImagePlane(g, z)
                .GrayscalePixels16(g, signed, pixels)
                .AddDecimals(DicomTags.RescaleIntercept, 0)
                .AddDecimals(DicomTags.RescaleSlope, slope)
                .Build();
            DicomFileWriter.Write(paths[z], d);
        });

        return new DicomImageSeries("PT", DicomSopClasses.PetImageStorage, seriesUid, study, g, sopUids, paths);
    }

    /// <summary>
    /// FrameReferenceTime (0054,1300, ms after the series start) and DecayFactor (0054,1321) of a static frame of
    /// duration T starting at the series time (C.8.9.4.1.5–6): the reference is the decay-weighted mean time of the frame,
    /// t = −ln((1 − e^(−λT)) / (λT)) / λ, and the decay factor e^(λt) is what corrected the counts at t back to the start.
    /// </summary>
    private static (double ReferenceMs, double DecayFactor) FrameReference(PetAcquisition acquisition)
    {
        double lambda = Math.Log(2) / acquisition.HalfLifeSeconds;
        double duration = acquisition.FrameDurationSeconds;
        double t = -Math.Log((1 - Math.Exp(-lambda * duration)) / (lambda * duration)) / lambda;
        return (Math.Round(t * 1000, 3), Math.Exp(lambda * t));
    }
}
