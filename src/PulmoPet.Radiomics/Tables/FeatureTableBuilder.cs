using PulmoPet.Imaging;
using PulmoPet.Imaging.Io;
using PulmoPet.Radiomics.PyRadiomics;
using PulmoPet.Radiomics.PyRadiomics.Parameters;

namespace PulmoPet.Radiomics.Tables;

/// <summary>
/// Builds the feature table of a cohort (DESIGN.md: one row per case). Each case is read (ImageFile.Read: NIfTI, NRRD,
/// MetaImage; SUV PET or HU CT as stored), extracted with <see cref="PyRadiomicsPipeline"/> and, with
/// <see cref="IncludeIbsi"/>, the IBSI features of <see cref="RadiomicsExtractor"/> as <c>ibsi_&lt;IBSI tag&gt;</c>.
/// A case that fails is reported through the callback with its one-sentence reason and left out; rows keep the
/// input order, and values do not depend on <see cref="Jobs"/>.
/// </summary>
public sealed class FeatureTableBuilder(PyRadiomicsParameters parameters)
{
    public PyRadiomicsParameters Parameters { get; } = parameters;

    /// <summary>Add the IBSI features (original image, the parameter file's discretisation and re-segmentation).</summary>
    public bool IncludeIbsi { get; init; }

    /// <summary>Cases processed at once (≥ 1).</summary>
    public int Jobs { get; init; } = 1;

    public FeatureTable Build(IReadOnlyList<FeatureCase> cases, Action<FeatureCase, Exception>? onFailure = null)
    {
        var rows = new (FeatureCase, int, FeatureVector)?[cases.Count];
        int jobs = Math.Max(1, Jobs);
        int threadsPerCase = Math.Max(1, Environment.ProcessorCount / jobs);
        var gate = new object();
        Parallel.For(0, cases.Count, new ParallelOptions { MaxDegreeOfParallelism = jobs }, i =>
        {
            var c = cases[i];
            try
            {
                int label = c.Label ?? Parameters.Settings.Label;
                rows[i] = (c, label, ExtractCase(c, label, threadsPerCase));
            }
            catch (Exception e) when (e is InvalidInputException or IOException or UnauthorizedAccessException or ImageFormatException)
            {
                lock (gate) onFailure?.Invoke(c, e);
            }
        });
        return new FeatureTable([.. rows.Where(r => r is not null).Select(r => r!.Value)]);
    }

    /// <summary>The features of one case (diagnostics, PyRadiomics features, then IBSI features when enabled).</summary>
    public FeatureVector ExtractCase(FeatureCase c, int label, int threads)
    {
        var image = ImageFile.Read(c.Image);
        var mask = ImageFile.Read(c.Mask);
        var p = Parameters.WithLabel(label);
        var features = new PyRadiomicsPipeline(p) { MaxDegreeOfParallelism = threads }.Extract(image, mask);
        if (IncludeIbsi)
        {
            foreach (var (name, value) in IbsiFeatures(p.Settings, image, mask, threads)) features.Add("ibsi_" + name, value);
        }

        return features;
    }

    private static FeatureVector IbsiFeatures(PyRadiomicsSettings s, Volume image, Volume mask, int threads)
    {
        if (s.Normalize) image = PyRadiomicsExtractor.Normalized(image, s.NormalizeScale, s.RemoveOutliers);
        var settings = new RadiomicsSettings
        {
            Discretisation = s.BinCount is int n ? new FixedBinNumber(n) : new FixedBinSize(s.BinWidth),
            Resegmentation = s.ResegmentRange,
            OutlierFilteringSigma = s.ResegmentSigma,
            GlcmDistance = s.Distance,
            SymmetricGlcm = s.SymmetricalGlcm,
            NeighbourhoodDistance = s.Distance,
            NgldmAlpha = s.GldmAlpha,
            MaxDegreeOfParallelism = threads,

            // resampledPixelSpacing by IBSI's rules (grid-centre alignment, ROI threshold 0.5); integer images (CT HU)
            // keep integer intensities, as IBSI prescribes for CT.
            Interpolation = s.ResampledPixelSpacing is { Count: 3 } spacing
                ? new ImageInterpolation(new Vector3D(spacing[0], spacing[1], spacing[2]), PyRadiomicsResampling.Interpolator(s.Interpolator))
                {
                    RoundIntensities = image.VoxelType is not (VoxelType.Float32 or VoxelType.Float64),
                }
                : null,
        };
        return new RadiomicsExtractor(settings).Extract(image, mask, s.Label);
    }
}
