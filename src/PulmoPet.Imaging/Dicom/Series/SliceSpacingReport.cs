namespace PulmoPet.Imaging.Dicom.Series;

/// <summary>
/// How evenly the slices of a series are spaced along the slice normal: the spacing used for the volume,
/// the largest deviation of a step from it, missing slices (a step of ≥ 1.5 nominal steps) and repeated positions.
/// </summary>
public sealed record SliceSpacingReport(
    double SpacingMm,
    double MinStepMm,
    double MaxStepMm,
    double MaxDeviationMm,
    IReadOnlyList<int> GapsAfterSlice,
    IReadOnlyList<int> DuplicatePositionSlices,
    double MaxInPlaneShiftMm)
{
    /// <summary>Steps that differ from the mean spacing by more than this are reported as non-uniform (mm), as dcm2niix's default.</summary>
    public const double DefaultUniformityToleranceMm = 0.05;

    public bool HasGaps => GapsAfterSlice.Count > 0;

    public bool HasDuplicates => DuplicatePositionSlices.Count > 0;

    public bool IsUniform => MaxDeviationMm <= DefaultUniformityToleranceMm;

    /// <summary>Positions that move within the image plane as well as along the normal (gantry tilt or a sheared stack).</summary>
    public bool IsSheared => MaxInPlaneShiftMm > 0.01;

    internal static SliceSpacingReport From(IReadOnlyList<DicomSliceInfo> slices, Vector3D normal)
    {
        if (slices.Count < 2)
        {
            return new SliceSpacingReport(double.NaN, double.NaN, double.NaN, 0, [], [], 0);
        }

        int n = slices.Count;
        var steps = new double[n - 1];
        var duplicates = new List<int>();
        double maxShift = 0;
        for (int i = 1; i < n; i++)
        {
            steps[i - 1] = slices[i].DistanceAlongNormal - slices[i - 1].DistanceAlongNormal;
            if (Math.Abs(steps[i - 1]) < 1e-3)
            {
                duplicates.Add(i);
            }

            var delta = slices[i].Position - slices[0].Position;
            var inPlane = delta - normal * delta.Dot(normal);
            maxShift = Math.Max(maxShift, inPlane.Length);
        }

        var sorted = steps.Where(s => Math.Abs(s) >= 1e-3).Order().ToArray();
        double median = sorted.Length > 0 ? sorted[sorted.Length / 2] : 0;
        var gaps = new List<int>();
        for (int i = 0; i < steps.Length; i++)
        {
            if (median > 0 && steps[i] > 1.5 * median)
            {
                gaps.Add(i);
            }
        }

        // The volume's spacing: the mean step over the stack (first to last), so the first and last slice land exactly.
        double spacing = duplicates.Count == 0 ? (slices[^1].DistanceAlongNormal - slices[0].DistanceAlongNormal) / (n - 1) : median;
        double maxDeviation = steps.Max(s => Math.Abs(s - spacing));
        return new SliceSpacingReport(spacing, steps.Min(), steps.Max(), maxDeviation, gaps, duplicates, maxShift);
    }
}
