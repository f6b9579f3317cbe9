namespace PulmoPet.Imaging.Io;

/// <summary>The image file formats PulmoPet reads (and, except Analyze 7.5, writes).</summary>
public enum ImageFileFormat
{
    /// <summary>NIfTI-1: .nii, .nii.gz, or a .hdr/.img pair with the "ni1" magic.</summary>
    Nifti1,

    /// <summary>NIfTI-2 (64-bit header, "n+2" magic); read only.</summary>
    Nifti2,

    /// <summary>Analyze 7.5 .hdr/.img pair without a NIfTI magic; read only.</summary>
    Analyze75,

    /// <summary>NRRD (teem): .nrrd with an attached header, or a detached .nhdr header.</summary>
    Nrrd,

    /// <summary>ITK MetaImage: .mha (one file) or .mhd with a separate .raw/.zraw data file.</summary>
    MetaImage,
}
