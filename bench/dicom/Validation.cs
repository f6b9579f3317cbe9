using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;
using PulmoPet.Imaging;
using PulmoPet.Imaging.Dicom;
using PulmoPet.Imaging.Dicom.Rt;
using PulmoPet.Imaging.Dicom.Seg;
using PulmoPet.Imaging.Dicom.Suv;
using PulmoPet.Phantom;
using PulmoPet.Phantom.Dicom;

namespace PulmoPet.DicomBench;

/// <summary>
/// One-off validation of the writers: exports phantom patient P002 of seed 4242 to DIR/dicom, reads it back with
/// PulmoPet's reader (CT, SUV, RTSTRUCT, SEG agreement), then hands the files to validate.py (pydicom: every file
/// opens, file meta valid, SUV recomputed in Python from the header equals the phantom's, SEG bits = lesion voxels;
/// dcm2niix: CT and PT folders convert to NIfTI with the same grid corners).
/// </summary>
internal static class Validation
{
    public static int Run(string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        Directory.CreateDirectory(folder);
        const long seed = 4242;
        var patient = new PatientGenerator(new CohortOptions { Patients = 2, Seed = seed }).Generate(1);
        var export = PhantomDicomExporter.Write(patient, folder, seed);
        var scan = DicomSeriesScanner.Scan(Path.Combine(folder, "dicom"));
        var ct = scan.Single(s => s.Modality == "CT");
        var pt = scan.Single(s => s.Modality == "PT");

        var hu = DicomSeriesAssembler.Read(ct);
        double ctError = 0;
        for (int i = 0; i < hu.Voxels.Length; i++)
        {
            ctError = Math.Max(ctError, Math.Abs(hu.Voxels[i] - patient.Ct.Voxels[i]));
        }

        var suvResult = SuvCalculator.Compute(pt);
        var suv = suvResult.ApplyBodyWeight(DicomSeriesAssembler.Read(pt));
        double suvError = 0, steps = 0, largestStep = 0;
        int plane = patient.Pet.Size.X * patient.Pet.Size.Y;
        for (int i = 0; i < suv.Voxels.Length; i++)
        {
            double step = pt.Slices[i / plane].RescaleSlope * suvResult.BodyWeightFactor;
            double error = Math.Abs(suv.Voxels[i] - patient.Pet.Voxels[i]);
            suvError = Math.Max(suvError, error);
            steps = Math.Max(steps, error / step);
            largestStep = Math.Max(largestStep, step);
        }

        var rois = RtStructureSet.Read(export.RtStructPath).Rois;
        var fromRt = new Volume<byte>(ct.Geometry);
        foreach (var roi in rois)
        {
            var mask = ContourRasterizer.Rasterize(roi, ct);
            for (int i = 0; i < mask.Voxels.Length; i++)
            {
                fromRt.Voxels[i] = mask.Voxels[i] != 0 ? (byte)roi.Number : fromRt.Voxels[i];
            }
        }

        var seg = DicomSegmentation.Read(export.SegmentationPath!);
        var fromSeg = new Volume<byte>(ct.Geometry);
        foreach (var segment in seg.Segments)
        {
            var mask = seg.SegmentMask(segment.Number, ct);
            for (int i = 0; i < mask.Voxels.Length; i++)
            {
                fromSeg.Voxels[i] = mask.Voxels[i] != 0 ? (byte)segment.Number : fromSeg.Voxels[i];
            }
        }

        long lesionVoxels = patient.Lesions.Voxels.Count(v => v != 0);
        long rtDisagree = Enumerable.Range(0, fromRt.Voxels.Length).Count(i => fromRt.Voxels[i] != patient.Lesions.Voxels[i]);
        long segDisagree = Enumerable.Range(0, fromSeg.Voxels.Length).Count(i => fromSeg.Voxels[i] != patient.Lesions.Voxels[i]);

        Console.WriteLine($"phantom {patient.CaseId} (seed {seed}): CT {ct}, PT {pt}, {rois.Count} lesions, {lesionVoxels} lesion voxels");
        Console.WriteLine(FormattableString.Invariant($"PulmoPet reader: CT max |ΔHU| = {ctError}"));
        Console.WriteLine(FormattableString.Invariant($"PulmoPet reader: SUVbw factor {suvResult.BodyWeightFactor:G9} g/ml per Bq/ml (decay {suvResult.DecayTimeSeconds} s); max |ΔSUV| = {suvError:G4} = {steps:F4} rescale steps (largest step {largestStep:G4} SUV)"));
        Console.WriteLine(FormattableString.Invariant($"PulmoPet reader: RTSTRUCT → mask: {rtDisagree} of {lesionVoxels} lesion voxels differ; SEG → labels: {segDisagree} differ"));

        File.WriteAllBytes(Path.Combine(folder, "pet_suv.f32"), MemoryMarshal.AsBytes(patient.Pet.Voxels.AsSpan()).ToArray());
        var expected = new Dictionary<string, object>
        {
            ["ct_corners_lps"] = Corners(ct.Geometry),
            ["pt_corners_lps"] = Corners(pt.Geometry),
            ["ct_size"] = new[] { ct.Geometry.Size.X, ct.Geometry.Size.Y, ct.Geometry.Size.Z },
            ["pt_size"] = new[] { pt.Geometry.Size.X, pt.Geometry.Size.Y, pt.Geometry.Size.Z },
            ["lesion_voxels"] = lesionVoxels,
            ["lesions"] = rois.Count,
        };
        File.WriteAllText(Path.Combine(folder, "expected.json"), JsonSerializer.Serialize(expected));

        var python = new ProcessStartInfo("/usr/bin/python3", $"\"{Path.Combine(AppContext.BaseDirectory, "validate.py")}\" \"{folder}\"") { UseShellExecute = false };
        using var process = Process.Start(python)!;
        process.WaitForExit();
        return rtDisagree == 0 && segDisagree == 0 && ctError == 0 && steps <= 0.51 ? process.ExitCode : 1;
    }

    private static double[][] Corners(ImageGeometry g) => g.CornerPoints().Select(p => new[] { p.X, p.Y, p.Z }).ToArray();
}
