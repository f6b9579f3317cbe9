using PulmoPet.Imaging.Dicom;
using PulmoPet.Imaging.Dicom.Pixels;

namespace PulmoPet.Imaging.Tests.Dicom;

/// <summary>Damaged files must fail with a <see cref="DicomFormatException"/> (an InvalidInputException), never crash otherwise.</summary>
public sealed class DicomRobustnessTests
{
    public static TheoryData<string> Files => new()
    {
        "cornerstone-wado-image-loader/testImages/CTImage.dcm",
        "cornerstone-wado-image-loader/testImages/CTImage.dcm_BigEndianExplicitTransferSyntax_1.2.840.10008.1.2.2.dcm",
        "cornerstone-wado-image-loader/testImages/CTImage.dcm_DeflatedExplicitVRLittleEndianTransferSyntax_1.2.840.10008.1.2.1.99.dcm",
        "cornerstone-wado-image-loader/testImages/CTImage.dcm_RLELosslessTransferSyntax_1.2.840.10008.1.2.5.dcm",
        "cornerstone-wado-image-loader/testImages/CTImage.dcm_JPEGProcess14TransferSyntax_1.2.840.10008.1.2.4.57.dcm",
        "pydicom-debian/test_files/rtstruct.dcm",
        "highdicom/test_files/seg_image_ct_binary_overlap.dcm",
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void Truncated_files_fail_cleanly(string relative)
    {
        byte[] data = File.ReadAllBytes(DicomReferenceData.Real(relative));
        var random = new Random(20261123);
        for (int trial = 0; trial < 30; trial++)
        {
            int length = trial < 10 ? trial * 20 : random.Next(0, data.Length);
            ReadAndDecode(data[..length], $"{relative} cut at {length}");
        }
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Corrupted_bytes_fail_cleanly(string relative)
    {
        byte[] original = File.ReadAllBytes(DicomReferenceData.Real(relative));
        var random = new Random(42);
        for (int trial = 0; trial < 40; trial++)
        {
            byte[] data = (byte[])original.Clone();
            int flips = 1 + random.Next(8);
            for (int f = 0; f < flips; f++)
            {
                // Half the damage in the first 4 KiB, where the element headers (and compressed-stream headers) are.
                int span = f % 2 == 0 ? Math.Min(4096, data.Length) : data.Length;
                data[random.Next(span)] = (byte)random.Next(256);
            }

            ReadAndDecode(data, $"{relative} trial {trial}");
        }
    }

    [Theory]
    [InlineData("cornerstone-wado-image-loader/testImages/CTImage.dcm_JPEGProcess14TransferSyntax_1.2.840.10008.1.2.4.57.dcm")]
    [InlineData("cornerstone-wado-image-loader/testImages/CTImage.dcm_JPEGProcess14SV1TransferSyntax_1.2.840.10008.1.2.4.70.dcm")]
    [InlineData("cornerstone-wado-image-loader/testImages/CTImage.dcm_RLELosslessTransferSyntax_1.2.840.10008.1.2.5.dcm")]
    public void Corrupted_compressed_stream_headers_fail_cleanly(string relative)
    {
        string path = DicomReferenceData.Real(relative);
        byte[] original = File.ReadAllBytes(path);
        long start = DicomReader.Parse(original, path).Dataset[DicomTags.PixelData]!.Encapsulated!.FragmentOffsets[0];
        var random = new Random(7);
        for (int trial = 0; trial < 80; trial++)
        {
            byte[] data = (byte[])original.Clone();
            for (int f = 0; f < 1 + random.Next(4); f++)
            {
                data[start + random.Next(200)] = (byte)random.Next(256);
            }

            ReadAndDecode(data, $"{relative} stream trial {trial}");
        }
    }

    private static void ReadAndDecode(byte[] data, string name)
    {
        try
        {
            var file = DicomReader.Parse(data, name);
            if (file.Dataset.Contains(DicomTags.PixelData))
            {
                DicomPixelDecoder.DecodeFrame(file);
            }
        }
        catch (InvalidInputException)
        {
            // the expected outcome for a damaged file
        }
        catch (Exception e)
        {
            Assert.Fail($"{name}: {e.GetType().Name}: {e.Message}\n{e.StackTrace}");
        }
    }
}
