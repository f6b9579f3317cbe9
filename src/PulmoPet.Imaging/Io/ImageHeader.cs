namespace PulmoPet.Imaging.Io;

/// <summary>What an image file declares, read without its voxels (for <c>pulmopet info</c> and checks).</summary>
/// <param name="Path">The file as the caller named it.</param>
/// <param name="Format">The format found from the file's content.</param>
/// <param name="Geometry">Size, spacing, origin and direction in LPS.</param>
/// <param name="StoredType">The element type on disk.</param>
/// <param name="VoxelType">The element type <see cref="ImageFile.Read(string, ImageReadOptions?)"/> returns
/// (float32 or float64 when a NIfTI scaling applies, else <paramref name="StoredType"/>).</param>
/// <param name="Scaling">The NIfTI value scaling applied on reading, or null when none applies.</param>
/// <param name="Description">Free text from the header (NIfTI descrip, NRRD content), empty when absent.</param>
public sealed record ImageHeader(
    string Path,
    ImageFileFormat Format,
    ImageGeometry Geometry,
    VoxelType StoredType,
    VoxelType VoxelType,
    ValueScaling? Scaling,
    string Description);

/// <summary>A linear map from stored to real values: value = stored × <see cref="Slope"/> + <see cref="Intercept"/>.</summary>
public readonly record struct ValueScaling(double Slope, double Intercept);
