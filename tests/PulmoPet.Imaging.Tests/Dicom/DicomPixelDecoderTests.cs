using PulmoPet.Imaging.Dicom;
using PulmoPet.Imaging.Dicom.Pixels;

namespace PulmoPet.Imaging.Tests.Dicom;

/// <summary>
/// Decoded stored values against expected_values.json ("cornerstone-wado-image-loader", "pydicom-debian",
/// "pydicom-data" blocks: md5_stored_le, stored_min/max/sum computed with pydicom 2.3.1 + GDCM).
/// </summary>
public sealed class DicomPixelDecoderTests
{
    private const string Cornerstone = "cornerstone-wado-image-loader";

    public static TheoryData<string> LosslessCtEncodings => new()
    {
        "CTImage.dcm",
        "CTImage.dcm_LittleEndianImplicitTransferSyntax_1.2.840.10008.1.2.dcm",
        "CTImage.dcm_LittleEndianExplicitTransferSyntax_1.2.840.10008.1.2.1.dcm",
        "CTImage.dcm_BigEndianExplicitTransferSyntax_1.2.840.10008.1.2.2.dcm",
        "CTImage.dcm_DeflatedExplicitVRLittleEndianTransferSyntax_1.2.840.10008.1.2.1.99.dcm",
        "CTImage.dcm_RLELosslessTransferSyntax_1.2.840.10008.1.2.5.dcm",
        "CTImage.dcm_JPEGProcess14TransferSyntax_1.2.840.10008.1.2.4.57.dcm",
        "CTImage.dcm_JPEGProcess14SV1TransferSyntax_1.2.840.10008.1.2.4.70.dcm",
    };

    [Theory]
    [MemberData(nameof(LosslessCtEncodings))]
    public void Lossless_ct_encodings_decode_to_the_reference_pixels(string name)
    {
        var file = DicomReader.ReadFile(DicomReferenceData.Real($"{Cornerstone}/testImages/{name}"));
        var values = DicomPixelDecoder.DecodeFrame(file);

        // expected_values.json["cornerstone-wado-image-loader"]["CTImage.dcm"]: the reference decode of every lossless variant.
        var expected = DicomReferenceData.ExpectedValue(Cornerstone, "CTImage.dcm");
        Assert.Equal(512 * 512, values.Length);
        Assert.Equal(expected.GetProperty("stored_min").GetDouble(), values.Min());
        Assert.Equal(expected.GetProperty("stored_max").GetDouble(), values.Max());
        Assert.Equal(expected.GetProperty("stored_sum").GetDouble(), values.Sum());
        Assert.Equal(expected.GetProperty("md5_stored_le").GetString(), PixelChecks.Md5OfInt16(values));
    }

    public static TheoryData<string, string> UndecodableEncodings => new()
    {
        { "CTImage.dcm_JPEGLSLosslessTransferSyntax_1.2.840.10008.1.2.4.80.dcm", "1.2.840.10008.1.2.4.80" },
        { "CTImage.dcm_JPEG2000LosslessOnlyTransferSyntax_1.2.840.10008.1.2.4.90.dcm", "1.2.840.10008.1.2.4.90" },
        { "CTImage.dcm_JPEGLSLossyTransferSyntax_1.2.840.10008.1.2.4.81.dcm", "1.2.840.10008.1.2.4.81" },
        { "CTImage.dcm_JPEG2000TransferSyntax_1.2.840.10008.1.2.4.91.dcm", "1.2.840.10008.1.2.4.91" },
        { "CTImage.dcm_JPEGProcess2_4TransferSyntax_1.2.840.10008.1.2.4.51.dcm", "1.2.840.10008.1.2.4.51" },
        { "CTImage.dcm_JPEGProcess1TransferSyntax_1.2.840.10008.1.2.4.50.dcm", "1.2.840.10008.1.2.4.50" },
        { "CTImage.dcm_JPEGProcess6_8TransferSyntax_1.2.840.10008.1.2.4.53.dcm", "1.2.840.10008.1.2.4.53" },
        { "CTImage.dcm_JPEGProcess10_12TransferSyntax_1.2.840.10008.1.2.4.55.dcm", "1.2.840.10008.1.2.4.55" },
    };

    [Theory]
    [MemberData(nameof(UndecodableEncodings))]
    public void Undecodable_syntaxes_fail_naming_the_syntax_and_the_file(string name, string uid)
    {
        string path = DicomReferenceData.Real($"{Cornerstone}/testImages/{name}");
        var file = DicomReader.ReadFile(path);

        // The README: JPEG-LS, JPEG 2000 and lossy JPEG are outside PulmoPet's decoders; retired 4.53/4.55 "should fail cleanly".
        var error = Assert.Throws<DicomFormatException>(() => DicomPixelDecoder.DecodeFrame(file));
        Assert.Contains(uid, error.Message, StringComparison.Ordinal);
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<InvalidInputException>(error);
    }

    public static TheoryData<string> PydicomUndecodableFiles => new()
    {
        "pydicom-debian/test_files/MR_small_jpeg_ls_lossless.dcm",
        "pydicom-debian/test_files/MR_small_jp2klossless.dcm",
        "pydicom-debian/test_files/JPGExtended.dcm",
        "pydicom-debian/test_files/JPEG2000.dcm",
        "pydicom-data/data/693_J2KR.dcm",
    };

    [Theory]
    [MemberData(nameof(PydicomUndecodableFiles))]
    public void Pydicom_files_in_undecodable_syntaxes_read_their_headers_and_fail_clearly_on_pixels(string relative)
    {
        string path = DicomReferenceData.Real(relative);
        var file = DicomReader.ReadFile(path);

        Assert.True(file.TransferSyntax.Encapsulated);
        var error = Assert.Throws<DicomFormatException>(() => DicomPixelDecoder.DecodeFrame(file));
        Assert.Contains(file.TransferSyntax.Uid, error.Message, StringComparison.Ordinal);
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string, string> PydicomFiles => new()
    {
        { "pydicom-debian", "test_files/MR_small.dcm" },
        { "pydicom-debian", "test_files/MR_small_implicit.dcm" },
        { "pydicom-debian", "test_files/MR_small_bigendian.dcm" },
        { "pydicom-debian", "test_files/MR_small_expb.dcm" },
        { "pydicom-debian", "test_files/MR_small_RLE.dcm" },
        { "pydicom-debian", "test_files/CT_small.dcm" },
        { "pydicom-debian", "test_files/dicomdirtests/77654033/CT2/17106" },
        { "pydicom-data", "data/693_UNCR.dcm" },
    };

    [Theory]
    [MemberData(nameof(PydicomFiles))]
    public void Pydicom_test_files_decode_to_their_recorded_checksums(string source, string relative)
    {
        var file = DicomReader.ReadFile(DicomReferenceData.Real($"{source}/{relative}"));
        var values = DicomPixelDecoder.DecodeFrame(file);

        string key = relative[(relative.IndexOf('/', StringComparison.Ordinal) + 1)..];
        var expected = DicomReferenceData.ExpectedValue(source, key);
        Assert.Equal(expected.GetProperty("stored_min").GetDouble(), values.Min());
        Assert.Equal(expected.GetProperty("stored_max").GetDouble(), values.Max());
        Assert.Equal(expected.GetProperty("stored_sum").GetDouble(), values.Sum());
        Assert.Equal(expected.GetProperty("md5_stored_le").GetString(), PixelChecks.Md5OfInt16(values));
    }

    [Fact]
    public void Jpeg_lossless_nm_image_decodes_to_the_recorded_sum()
    {
        // expected_values.json["pydicom-data"]["JPEG-LL.dcm"]: NEMA NM1_JPLL, 1024×256, transfer syntax 1.2.4.70.
        var file = DicomReader.ReadFile(DicomReferenceData.Real("pydicom-data/data/JPEG-LL.dcm"));
        var values = DicomPixelDecoder.DecodeFrame(file);
        var expected = DicomReferenceData.ExpectedValue("pydicom-data", "JPEG-LL.dcm");

        Assert.Equal(1024 * 256, values.Length);
        Assert.Equal(expected.GetProperty("stored_min").GetDouble(), values.Min());
        Assert.Equal(expected.GetProperty("stored_max").GetDouble(), values.Max());
        Assert.Equal(expected.GetProperty("stored_sum").GetDouble(), values.Sum());
        Assert.Equal(expected.GetProperty("md5_stored_le").GetString(), PixelChecks.Md5OfUInt16(values));
    }

    [Fact]
    public void Multi_frame_enhanced_ct_decodes_every_frame()
    {
        // expected_values.json["pydicom-data"]["eCT_Supplemental.dcm"]: 2 frames of 512×512 uint16.
        var file = DicomReader.ReadFile(DicomReferenceData.Real("pydicom-data/data/eCT_Supplemental.dcm"));
        var all = new List<double>();
        all.AddRange(DicomPixelDecoder.DecodeFrame(file, 0));
        all.AddRange(DicomPixelDecoder.DecodeFrame(file, 1));
        var expected = DicomReferenceData.ExpectedValue("pydicom-data", "eCT_Supplemental.dcm");

        Assert.Equal(expected.GetProperty("stored_min").GetDouble(), all.Min());
        Assert.Equal(expected.GetProperty("stored_max").GetDouble(), all.Max());
        Assert.Equal(expected.GetProperty("stored_sum").GetDouble(), all.Sum());
        Assert.Equal(expected.GetProperty("md5_stored_le").GetString(), PixelChecks.Md5OfUInt16(all.ToArray()));
    }

    [Fact]
    public void Truncated_pixel_data_is_reported_with_file_and_offset()
    {
        // README: MR_truncated.dcm has 8130 bytes of pixel data instead of 8192 and "must raise an error, not crash".
        // Its length field still says 8192, so the reader already refuses it, at the Pixel Data element's offset.
        string path = DicomReferenceData.Real("pydicom-debian/test_files/MR_truncated.dcm");

        var error = Assert.Throws<DicomFormatException>(() => DicomPixelDecoder.DecodeFrame(DicomReader.ReadFile(path)));
        Assert.Contains("(7FE0,0010)", error.Message, StringComparison.Ordinal);
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("8130", error.Message, StringComparison.Ordinal);
        Assert.Contains("8192", error.Message, StringComparison.Ordinal);
    }
}
