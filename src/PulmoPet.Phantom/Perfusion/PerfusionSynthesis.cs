using PulmoPet.Imaging;
using PulmoPet.Imaging.Processing;
using PulmoPet.Phantom.Anatomy;
using PulmoPet.Phantom.Lesions;
using PulmoPet.Phantom.Shapes;
using PulmoPet.Phantom.Synthesis;

namespace PulmoPet.Phantom.Perfusion;

/// <summary>
/// A SPECT-like lung perfusion image (relative perfusion, mean 1 over the lungs) for a synthetic patient,
/// built as a product of factors on the lung parenchyma of the CT grid:
/// a gravity-dependent gradient (posterior lung better perfused when supine); one factor per lobe;
/// a smooth random field that the CT does not show; hypoperfusion of the lowest-density (emphysema-like)
/// lung, which the CT does show; and defects in a cone distal to each tumour as seen from its hilum.
/// The map is then blurred to SPECT resolution, resampled to about 4 mm and given Poisson-like noise.
/// The CT thus carries real but partial information about perfusion, as in CT-to-perfusion studies
/// (e.g. Ren et al., CT-based deep learning for functional lung avoidance radiotherapy, 2021).
/// </summary>
public static class PerfusionSynthesis
{
    public static Volume<float> Synthesize(SyntheticPatient patient, ulong seed, PerfusionOptions? options = null, ParallelOptions? parallelOptions = null)
    {
        ArgumentNullException.ThrowIfNull(patient);
        options ??= PerfusionOptions.Default;
        parallelOptions ??= new ParallelOptions();
        var random = new DeterministicRandom(seed);
        ImageGeometry g = patient.Ct.Geometry;
        byte[] parenchyma = Parenchyma(patient);
        var lobeFactor = new double[6];
        for (int lobe = 1; lobe <= 5; lobe++)
        {
            lobeFactor[lobe] = Math.Exp(options.LobeLogSd * random.Normal(0, 1));
        }

        var bounds = new Bounds(g.Origin, g.IndexToWorld(g.Size.X - 1, g.Size.Y - 1, g.Size.Z - 1));
        var residual = new ValueNoiseField(bounds, options.ResidualCellMm, random);

        // Value noise in [−1, 1] has SD ≈ 0.4 after smoothstep interpolation; scale to the requested log-SD.
        double residualScale = options.ResidualLogSd / 0.4;
        (double yMin, double yMax) = WorldYRange(g, parenchyma);
        float[] density = SmoothedLungDensity(patient.Ct, parenchyma, options.DensitySmoothingMm, parallelOptions);
        double emphysemaThreshold = LungQuantile(density, parenchyma, options.EmphysemaFraction);
        List<DefectCone> cones = TumourCones(patient, options);

        var perfusion = new Volume<float>(g);
        float[] values = perfusion.Voxels;
        byte[] lobes = patient.Lobes.Voxels;
        Parallel.For(0, g.Size.Z, parallelOptions, z =>
        {
            for (int y = 0; y < g.Size.Y; y++)
            {
                for (int x = 0; x < g.Size.X; x++)
                {
                    int i = g.LinearIndex(x, y, z);
                    if (parenchyma[i] == 0)
                    {
                        continue;
                    }

                    Vector3D p = g.IndexToWorld(x, y, z);
                    double t = yMax > yMin ? (p.Y - yMin) / (yMax - yMin) : 0.5;
                    double value = 1 + options.GravityGain * (t - 0.5);
                    value *= lobeFactor[lobes[i]];
                    value *= Math.Exp(residualScale * residual.Sample(p));
                    if (options.EmphysemaFraction > 0)
                    {
                        // A soft step 4 HU wide at the threshold, so the defect edge is not a voxel staircase.
                        double s = 1 / (1 + Math.Exp((density[i] - emphysemaThreshold) / 4));
                        value *= 1 - (1 - options.EmphysemaFactor) * s;
                    }

                    foreach (DefectCone cone in cones)
                    {
                        if (cone.Side == parenchyma[i] && cone.Contains(p))
                        {
                            value *= options.TumourDefectFactor;
                        }
                    }

                    values[i] = (float)value;
                }
            }
        });

        return ToSpect(perfusion, parenchyma, options, random, parallelOptions);
    }

    /// <summary>The perfused lung: parenchyma labels (1 right, 2 left) where the organ map says lung and no lesion lies.</summary>
    public static byte[] Parenchyma(SyntheticPatient patient)
    {
        byte[] organs = patient.Organs.Voxels;
        byte[] lesions = patient.Lesions.Voxels;
        var mask = new byte[organs.Length];
        for (int i = 0; i < organs.Length; i++)
        {
            if (lesions[i] == 0)
            {
                mask[i] = organs[i] switch
                {
                    (byte)OrganLabel.LungRight => (byte)LungSide.Right,
                    (byte)OrganLabel.LungLeft => (byte)LungSide.Left,
                    _ => 0,
                };
            }
        }

        return mask;
    }

    /// <summary>Mean HU of the surrounding lung parenchyma (normalised Gaussian convolution over the lung only).</summary>
    public static float[] SmoothedLungDensity(Volume<short> ct, byte[] parenchyma, double sigmaMm, ParallelOptions parallelOptions)
    {
        var weighted = new Volume<float>(ct.Geometry);
        var weights = new Volume<float>(ct.Geometry);
        for (int i = 0; i < parenchyma.Length; i++)
        {
            if (parenchyma[i] != 0)
            {
                weighted.Voxels[i] = ct.Voxels[i];
                weights.Voxels[i] = 1;
            }
        }

        float[] numerator = GaussianSmoothing.Smooth(weighted, sigmaMm, parallelOptions).Voxels;
        float[] denominator = GaussianSmoothing.Smooth(weights, sigmaMm, parallelOptions).Voxels;
        var density = new float[parenchyma.Length];
        for (int i = 0; i < density.Length; i++)
        {
            density[i] = parenchyma[i] != 0 && denominator[i] > 1e-6f ? numerator[i] / denominator[i] : 0f;
        }

        return density;
    }

    private static double LungQuantile(float[] values, byte[] mask, double fraction)
    {
        var inside = new List<float>();
        for (int i = 0; i < values.Length; i++)
        {
            if (mask[i] != 0)
            {
                inside.Add(values[i]);
            }
        }

        if (inside.Count == 0 || fraction <= 0)
        {
            return double.NegativeInfinity;
        }

        inside.Sort();
        return inside[Math.Clamp((int)(fraction * inside.Count), 0, inside.Count - 1)];
    }

    private static (double Min, double Max) WorldYRange(ImageGeometry g, byte[] mask)
    {
        double min = double.PositiveInfinity, max = double.NegativeInfinity;
        for (int i = 0; i < mask.Length; i++)
        {
            if (mask[i] != 0)
            {
                Index3 v = g.IndexOf(i);
                double y = g.IndexToWorld(v.X, v.Y, v.Z).Y;
                min = Math.Min(min, y);
                max = Math.Max(max, y);
            }
        }

        return (min, max);
    }

    private static List<DefectCone> TumourCones(SyntheticPatient patient, PerfusionOptions options)
    {
        var cones = new List<DefectCone>();
        if (options.TumourDefectFactor >= 1)
        {
            return cones;
        }

        Vector3D?[] hila = Hila(patient);
        double cosHalfAngle = Math.Cos(options.DefectHalfAngleDegrees * Math.PI / 180);
        foreach (LesionTruth lesion in patient.LesionTruth)
        {
            if (lesion.Side == LungSide.None || hila[(int)lesion.Side] is not { } hilum)
            {
                continue;
            }

            Vector3D axis = lesion.CentroidMm - hilum;
            double length = axis.Length;
            if (length < 1e-6)
            {
                continue;
            }

            cones.Add(new DefectCone((byte)lesion.Side, lesion.CentroidMm, axis * (1 / length), lesion.MaxDiameterMm / 2, options.DefectLengthMm, cosHalfAngle));
        }

        return cones;
    }

    /// <summary>Hilum of each lung: centroid of the pulmonary-artery voxels nearer that lung's centroid (index 1 right, 2 left).</summary>
    private static Vector3D?[] Hila(SyntheticPatient patient)
    {
        ImageGeometry g = patient.Ct.Geometry;
        var lungSum = new Vector3D[3];
        var lungCount = new long[3];
        byte[] sides = patient.Lungs.Voxels;
        byte[] organs = patient.Organs.Voxels;
        for (int i = 0; i < sides.Length; i++)
        {
            if (sides[i] is 1 or 2)
            {
                Index3 v = g.IndexOf(i);
                lungSum[sides[i]] += g.IndexToWorld(v.X, v.Y, v.Z);
                lungCount[sides[i]]++;
            }
        }

        var hila = new Vector3D?[3];
        if (lungCount[1] == 0 || lungCount[2] == 0)
        {
            return hila;
        }

        double rightX = lungSum[1].X / lungCount[1], leftX = lungSum[2].X / lungCount[2];
        var arterySum = new Vector3D[3];
        var arteryCount = new long[3];
        for (int i = 0; i < organs.Length; i++)
        {
            if (organs[i] == (byte)OrganLabel.PulmonaryArtery)
            {
                Index3 v = g.IndexOf(i);
                Vector3D p = g.IndexToWorld(v.X, v.Y, v.Z);
                int side = Math.Abs(p.X - rightX) < Math.Abs(p.X - leftX) ? 1 : 2;
                arterySum[side] += p;
                arteryCount[side]++;
            }
        }

        for (int side = 1; side <= 2; side++)
        {
            hila[side] = arteryCount[side] > 0 ? arterySum[side] * (1.0 / arteryCount[side]) : lungSum[side] * (1.0 / lungCount[side]);
        }

        return hila;
    }

    private static Volume<float> ToSpect(Volume<float> perfusion, byte[] parenchyma, PerfusionOptions options, DeterministicRandom random, ParallelOptions parallelOptions)
    {
        Volume<float> blurred = options.SpectFwhmMm > 0
            ? GaussianSmoothing.Smooth(perfusion, GaussianSmoothing.FwhmToSigma(options.SpectFwhmMm), parallelOptions)
            : perfusion;
        ImageGeometry grid = perfusion.Geometry.Resampled(new Vector3D(options.SpacingMm, options.SpacingMm, options.SpacingMm));
        Volume<float> spect = Resampler.Resample(blurred, grid, Interpolation.Linear, 0f, parallelOptions);
        var lungMask = new byte[parenchyma.Length];
        for (int i = 0; i < lungMask.Length; i++)
        {
            lungMask[i] = parenchyma[i] != 0 ? (byte)1 : (byte)0;
        }

        byte[] lungsOnGrid = Resampler.ResampleMask(new Volume<byte>(perfusion.Geometry, lungMask), grid, parallelOptions: parallelOptions).Voxels;
        double mean = LungMean(spect.Voxels, lungsOnGrid);
        float[] v = spect.Voxels;
        for (int i = 0; i < v.Length; i++)
        {
            double value = v[i] / mean;
            if (options.NoiseRelativeSd > 0 && value > 0)
            {
                // Poisson-like: variance proportional to the value, relative SD NoiseRelativeSd at mean perfusion 1.
                value += options.NoiseRelativeSd * Math.Sqrt(value) * random.Normal(0, 1);
            }

            v[i] = (float)Math.Max(0, value);
        }

        double renormalise = LungMean(v, lungsOnGrid);
        for (int i = 0; i < v.Length; i++)
        {
            v[i] = (float)(v[i] / renormalise);
        }

        return spect;
    }

    private static double LungMean(float[] values, byte[] mask)
    {
        double sum = 0;
        long n = 0;
        for (int i = 0; i < values.Length; i++)
        {
            if (mask[i] != 0)
            {
                sum += values[i];
                n++;
            }
        }

        return n > 0 && sum > 0 ? sum / n : 1;
    }

    /// <summary>The lung behind a tumour: within its radius of the centre, or within the cone of the hilum→tumour axis up to the length beyond it.</summary>
    private sealed record DefectCone(byte Side, Vector3D Apex, Vector3D Axis, double RadiusMm, double LengthMm, double CosHalfAngle)
    {
        public bool Contains(Vector3D p)
        {
            Vector3D v = p - Apex;
            double distance = v.Length;
            if (distance <= RadiusMm)
            {
                return true;
            }

            double along = v.Dot(Axis);
            return along > 0 && along <= RadiusMm + LengthMm && along >= CosHalfAngle * distance;
        }
    }
}
