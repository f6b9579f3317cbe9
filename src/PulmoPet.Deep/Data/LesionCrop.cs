using PulmoPet.Imaging;

namespace PulmoPet.Deep.Data;

/// <summary>
/// A lesion-centred cubic crop on the PET grid for classification: <see cref="Image"/> is [2, S, S, S]
/// (channel 0 normalised CT, channel 1 normalised PET), <see cref="Geometry"/> places it in the world,
/// <see cref="ClassIndex"/> is the label (−1 when unknown).
/// </summary>
public sealed record LesionCrop(string CaseId, int LesionId, int ClassIndex, int Size, float[] Image, ImageGeometry Geometry);
