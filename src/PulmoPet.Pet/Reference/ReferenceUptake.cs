using PulmoPet.Imaging;

namespace PulmoPet.Pet.Reference;

/// <summary>The normal-tissue reference PERCIST measures: where its volume of interest lies and the PET's uptake there.</summary>
/// <param name="Region">"liver" or "blood pool".</param>
/// <param name="Shape">The volume of interest in words, e.g. "sphere 30 mm".</param>
/// <param name="CentreMm">Centre of the volume of interest (mm, LPS).</param>
/// <param name="MeanSuv">Mean PET value of the voxels whose centres lie in it.</param>
/// <param name="SdSuv">Their sample standard deviation.</param>
/// <param name="VoxelCount">How many PET voxels that is.</param>
public sealed record ReferenceUptake(string Region, string Shape, Vector3D CentreMm, double MeanSuv, double SdSuv, int VoxelCount);
