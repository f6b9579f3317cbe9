namespace PulmoPet.Imaging.Dicom.Writing;

/// <summary>The modules every object written here carries (PS3.3 A.3, A.21, A.19, A.51 module tables).</summary>
internal static class CommonModules
{
    public static readonly DicomTag InstanceCreationDate = new(0x0008, 0x0012);
    public static readonly DicomTag InstanceCreationTime = new(0x0008, 0x0013);
    public static readonly DicomTag ContentDate = new(0x0008, 0x0023);
    public static readonly DicomTag ContentTime = new(0x0008, 0x0033);
    public static readonly DicomTag AccessionNumber = new(0x0008, 0x0050);
    public static readonly DicomTag ReferringPhysicianName = new(0x0008, 0x0090);
    public static readonly DicomTag PatientBirthDate = new(0x0010, 0x0030);
    public static readonly DicomTag PatientAge = new(0x0010, 0x1010);
    public static readonly DicomTag StudyId = new(0x0020, 0x0010);
    public static readonly DicomTag PositionReferenceIndicator = new(0x0020, 0x1040);
    public static readonly DicomTag SliceLocation = new(0x0020, 0x1041);
    public static readonly DicomTag PatientOrientation = new(0x0020, 0x0020);
    public static readonly DicomTag SoftwareVersions = new(0x0018, 0x1020);
    public static readonly DicomTag ReferencedSopClassUid = new(0x0008, 0x1150);
    public static readonly DicomTag ReferencedSopInstanceUid = new(0x0008, 0x1155);
    public static readonly DicomTag CodeValue = new(0x0008, 0x0100);
    public static readonly DicomTag CodingSchemeDesignator = new(0x0008, 0x0102);
    public static readonly DicomTag CodeMeaning = new(0x0008, 0x0104);

    /// <summary>SOP Common (C.12.1): character set, SOP Class and Instance UIDs, creation date/time.</summary>
    public static DicomDatasetBuilder SopCommon(this DicomDatasetBuilder d, string sopClassUid, string sopInstanceUid, string creationDate, string creationTime) => d
        .Add(DicomTags.SpecificCharacterSet, DicomVr.CS, DicomDatasetBuilder.Utf8CharacterSet)
        .Add(DicomTags.SopClassUid, DicomVr.UI, sopClassUid)
        .Add(DicomTags.SopInstanceUid, DicomVr.UI, sopInstanceUid)
        .Add(InstanceCreationDate, DicomVr.DA, creationDate)
        .Add(InstanceCreationTime, DicomVr.TM, creationTime);

    /// <summary>Patient (C.7.1.1), General Study (C.7.2.1), Patient Study (C.7.2.2).</summary>
    public static DicomDatasetBuilder PatientAndStudy(this DicomDatasetBuilder d, DicomPatientStudy s)
    {
        d.Add(DicomTags.PatientName, DicomVr.PN, s.PatientName)
            .Add(DicomTags.PatientId, DicomVr.LO, s.PatientId)
            .Add(PatientBirthDate, DicomVr.DA, s.PatientBirthDate)
            .Add(DicomTags.PatientSex, DicomVr.CS, s.PatientSex)
            .Add(DicomTags.StudyInstanceUid, DicomVr.UI, s.StudyInstanceUid)
            .Add(DicomTags.StudyDate, DicomVr.DA, s.StudyDate)
            .Add(DicomTags.StudyTime, DicomVr.TM, s.StudyTime)
            .Add(ReferringPhysicianName, DicomVr.PN, s.ReferringPhysicianName)
            .Add(StudyId, DicomVr.SH, s.StudyId)
            .Add(AccessionNumber, DicomVr.SH, s.AccessionNumber);
        if (s.StudyDescription.Length > 0)
        {
            d.Add(DicomTags.StudyDescription, DicomVr.LO, s.StudyDescription);
        }

        if (s.PatientAge.Length > 0)
        {
            d.Add(PatientAge, DicomVr.AS, s.PatientAge);
        }

        if (s.PatientWeightKg is { } weight)
        {
            d.AddDecimals(DicomTags.PatientWeight, weight);
        }

        if (s.PatientHeightM is { } height)
        {
            d.AddDecimals(DicomTags.PatientSize, height);
        }

        return d;
    }

    /// <summary>General Series (C.7.3.1) and General Equipment (C.7.5.1).</summary>
    public static DicomDatasetBuilder SeriesAndEquipment(this DicomDatasetBuilder d, DicomPatientStudy s, string modality, string seriesUid, int seriesNumber, string description, string? seriesDate = null, string? seriesTime = null)
    {
        d.Add(DicomTags.Modality, DicomVr.CS, modality)
            .Add(DicomTags.SeriesInstanceUid, DicomVr.UI, seriesUid)
            .AddInteger(DicomTags.SeriesNumber, seriesNumber)
            .Add(DicomTags.SeriesDescription, DicomVr.LO, description)
            .Add(DicomTags.Manufacturer, DicomVr.LO, s.Manufacturer)
            .Add(DicomTags.ManufacturerModelName, DicomVr.LO, "PulmoPet DICOM writer")
            .Add(SoftwareVersions, DicomVr.LO, DicomFileWriter.ImplementationVersionName);
        if (seriesDate != null)
        {
            d.Add(DicomTags.SeriesDate, DicomVr.DA, seriesDate);
        }

        if (seriesTime != null)
        {
            d.Add(DicomTags.SeriesTime, DicomVr.TM, seriesTime);
        }

        return d;
    }

    /// <summary>Frame of Reference (C.7.4.1): UID, and Position Reference Indicator (type 2, empty).</summary>
    public static DicomDatasetBuilder FrameOfReference(this DicomDatasetBuilder d, string frameOfReferenceUid) => d
        .Add(DicomTags.FrameOfReferenceUid, DicomVr.UI, frameOfReferenceUid)
        .Add(PositionReferenceIndicator, DicomVr.LO, string.Empty);

    /// <summary>
    /// Image Plane (C.7.6.2) of slice <paramref name="z"/>: ImagePositionPatient = world position of voxel (0,0,z)
    /// (C.7.6.2.1.1), ImageOrientationPatient = the grid's x and y direction cosines, PixelSpacing = row spacing (y)
    /// then column spacing (x) (C.7.6.2.1.3), SliceThickness = z spacing, SliceLocation = position along the normal.
    /// </summary>
    public static DicomDatasetBuilder ImagePlane(this DicomDatasetBuilder d, ImageGeometry g, int z)
    {
        var position = g.IndexToWorld(0, 0, z);
        var row = g.Direction.Column(0);
        var column = g.Direction.Column(1);
        var normal = row.Cross(column);
        return d
            .AddDecimals(DicomTags.ImagePositionPatient, position.X, position.Y, position.Z)
            .AddDecimals(DicomTags.ImageOrientationPatient, row.X, row.Y, row.Z, column.X, column.Y, column.Z)
            .AddDecimals(DicomTags.PixelSpacing, g.Spacing.Y, g.Spacing.X)
            .AddDecimals(DicomTags.SliceThickness, g.Spacing.Z)
            .AddDecimals(SliceLocation, position.Dot(normal));
    }

    /// <summary>Image Pixel (C.7.6.3) of grayscale 16-bit samples, all bits stored (the CT and PET Image modules ask for this layout).</summary>
    public static DicomDatasetBuilder GrayscalePixels16(this DicomDatasetBuilder d, ImageGeometry g, bool signed, byte[] pixelData) => d
        .AddUInt16(DicomTags.SamplesPerPixel, 1)
        .Add(DicomTags.PhotometricInterpretation, DicomVr.CS, "MONOCHROME2")
        .AddUInt16(DicomTags.Rows, checked((ushort)g.Size.Y))
        .AddUInt16(DicomTags.Columns, checked((ushort)g.Size.X))
        .AddUInt16(DicomTags.BitsAllocated, 16)
        .AddUInt16(DicomTags.BitsStored, 16)
        .AddUInt16(DicomTags.HighBit, 15)
        .AddUInt16(DicomTags.PixelRepresentation, signed ? (ushort)1 : (ushort)0)
        .AddBytes(DicomTags.PixelData, DicomVr.OW, pixelData);

    /// <summary>A Code Sequence Macro item (PS3.3 table 8.8-1): value, scheme, meaning.</summary>
    public static Action<DicomDatasetBuilder> Code(string value, string scheme, string meaning) => item => item
        .Add(CodeValue, DicomVr.SH, value)
        .Add(CodingSchemeDesignator, DicomVr.SH, scheme)
        .Add(CodeMeaning, DicomVr.LO, meaning);

    /// <summary>Checks that a grid can be written as single-frame images: at most 65535 rows and columns, orthonormal directions.</summary>
    public static void CheckWritableGrid(ImageGeometry g, string what)
    {
        if (g.Size.X > ushort.MaxValue || g.Size.Y > ushort.MaxValue)
        {
            throw new InvalidInputException($"{what} is {g.Size.X}×{g.Size.Y} pixels per slice; DICOM Rows and Columns hold at most 65535 (US).");
        }

        if (!g.Direction.IsOrthonormal(1e-4))
        {
            throw new InvalidInputException($"{what} has non-orthonormal direction cosines {g.Direction}; ImageOrientationPatient needs orthogonal unit vectors (PS3.3 C.7.6.2.1.1).");
        }
    }

    /// <summary>Runs <paramref name="write"/> for every slice, in parallel, and reports the failure of the lowest slice so errors are deterministic.</summary>
    public static void ForEachSlice(int count, Action<int> write)
    {
        var errors = new Exception?[count];
        Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, z =>
        {
            try
            {
                write(z);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidInputException)
            {
                errors[z] = e;
            }
        });

        var first = Array.Find(errors, e => e != null);
        if (first != null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(first);
        }
    }
}
