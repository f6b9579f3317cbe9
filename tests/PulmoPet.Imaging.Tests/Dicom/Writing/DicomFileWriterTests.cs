using System.Buffers.Binary;
using System.Text;
using PulmoPet.Imaging.Dicom;
using PulmoPet.Imaging.Dicom.Writing;

namespace PulmoPet.Imaging.Tests.Dicom.Writing;

public sealed class DicomFileWriterTests
{
    private static DicomDataset Sample() => new DicomDatasetBuilder()
        .Add(DicomTags.SpecificCharacterSet, DicomVr.CS, DicomDatasetBuilder.Utf8CharacterSet)
        .Add(DicomTags.SopClassUid, DicomVr.UI, "1.2.840.10008.5.1.4.1.1.2") // 25 characters: odd, NUL-padded
        .Add(DicomTags.SopInstanceUid, DicomVr.UI, "2.25.1")
        .Add(DicomTags.Modality, DicomVr.CS, "CT")
        .Add(DicomTags.PatientName, DicomVr.PN, "Müller^Jörg") // UTF-8, 13 bytes: odd, SPACE-padded
        .AddDecimals(DicomTags.PixelSpacing, 0.5, 0.75)
        .AddUInt16(DicomTags.Rows, 2)
        .AddSequence(DicomTags.RadiopharmaceuticalInformationSequence, item => item.AddDecimals(DicomTags.RadionuclideTotalDose, 3.7e8))
        .AddBytes(DicomTags.PixelData, DicomVr.OW, [1, 0, 2, 0])
        .Build();

    [Fact]
    public void Part10_layout_follows_PS3_10_section_7_1()
    {
        byte[] file = DicomFileWriter.Encode(Sample());

        Assert.All(file[..128], b => Assert.Equal(0, b)); // 128-byte preamble, zeros when unused
        Assert.Equal("DICM"u8.ToArray(), file[128..132]);
        // (0002,0000) UL, length 4, then the group length: explicit VR little endian (PS3.10 7.1).
        Assert.Equal(new byte[] { 0x02, 0x00, 0x00, 0x00, (byte)'U', (byte)'L', 4, 0 }, file[132..140]);
        uint groupLength = BinaryPrimitives.ReadUInt32LittleEndian(file.AsSpan(140));
        int afterMeta = 144 + (int)groupLength;
        Assert.Equal(0x0008, BinaryPrimitives.ReadUInt16LittleEndian(file.AsSpan(afterMeta))); // the data set starts right after the group
        // (0002,0001) OB: 2 reserved bytes, 32-bit length 2, value 00 01.
        Assert.Equal(new byte[] { 0x02, 0x00, 0x01, 0x00, (byte)'O', (byte)'B', 0, 0, 2, 0, 0, 0, 0x00, 0x01 }, file[144..158]);
    }

    [Fact]
    public void Values_are_padded_to_even_length_with_the_VR_padding_byte()
    {
        byte[] file = DicomFileWriter.Encode(Sample());

        // SOP Class UID (0008,0016): 25 characters + NUL = 26 (PS3.5 6.2 UI).
        int uid = Find(file, [0x08, 0x00, 0x16, 0x00, (byte)'U', (byte)'I']);
        Assert.Equal(26, BinaryPrimitives.ReadUInt16LittleEndian(file.AsSpan(uid + 6)));
        Assert.Equal(0, file[uid + 8 + 25]);
        // Patient Name: "Müller^Jörg" is 13 UTF-8 bytes + SPACE.
        int name = Find(file, [0x10, 0x00, 0x10, 0x00, (byte)'P', (byte)'N']);
        Assert.Equal(14, BinaryPrimitives.ReadUInt16LittleEndian(file.AsSpan(name + 6)));
        Assert.Equal((byte)' ', file[name + 8 + 13]);
        Assert.Equal("Müller^Jörg", Encoding.UTF8.GetString(file, name + 8, 13));
        // DS "0.5\0.75" is 8 characters: even, unpadded.
        int spacing = Find(file, [0x28, 0x00, 0x30, 0x00, (byte)'D', (byte)'S']);
        Assert.Equal("0.5\\0.75", Encoding.ASCII.GetString(file, spacing + 8, BinaryPrimitives.ReadUInt16LittleEndian(file.AsSpan(spacing + 6))));
    }

    [Fact]
    public void Sequence_has_defined_lengths_that_add_up()
    {
        byte[] file = DicomFileWriter.Encode(Sample());

        int sq = Find(file, [0x54, 0x00, 0x16, 0x00, (byte)'S', (byte)'Q', 0, 0]);
        uint sequenceLength = BinaryPrimitives.ReadUInt32LittleEndian(file.AsSpan(sq + 8));
        // Item (FFFE,E000) with its length; the item holds one DS element of 8 + len("370000000") + pad = 18 bytes.
        Assert.Equal(0xFFFE, BinaryPrimitives.ReadUInt16LittleEndian(file.AsSpan(sq + 12)));
        Assert.Equal(0xE000, BinaryPrimitives.ReadUInt16LittleEndian(file.AsSpan(sq + 14)));
        Assert.Equal(18u, BinaryPrimitives.ReadUInt32LittleEndian(file.AsSpan(sq + 16)));
        Assert.Equal(8u + 18u, sequenceLength);
        Assert.Equal("370000000 ", Encoding.ASCII.GetString(file, sq + 20 + 8, 10));
    }

    [Fact]
    public void Written_file_reads_back_with_the_reader()
    {
        using var temp = new TempDirectory();
        string path = temp.File("x.dcm");
        DicomFileWriter.Write(path, Sample());

        var read = DicomReader.ReadFile(path);

        Assert.Equal(TransferSyntax.ExplicitVrLittleEndian, read.TransferSyntax);
        Assert.Equal("1.2.840.10008.5.1.4.1.1.2", read.Meta.GetString(DicomTags.MediaStorageSopClassUid));
        Assert.Equal("Müller^Jörg", read.Dataset.GetString(DicomTags.PatientName));
        Assert.Equal([0.5, 0.75], read.Dataset.GetDoubles(DicomTags.PixelSpacing));
        Assert.Equal(3.7e8, read.Dataset.GetSequence(DicomTags.RadiopharmaceuticalInformationSequence).Single().GetDouble(DicomTags.RadionuclideTotalDose));
        Assert.Equal(new byte[] { 1, 0, 2, 0 }, read.Dataset[DicomTags.PixelData]!.Value.ToArray());
        Assert.Equal(["x.dcm"], temp.FileNames()); // no temporary file left behind
    }

    [Theory]
    [InlineData(DicomVr.CS, "THIS_IS_SEVENTEEN")]
    [InlineData(DicomVr.SH, "seventeen chars!!")]
    [InlineData(DicomVr.DS, "12345678901234567")]
    [InlineData(DicomVr.UI, "1.2.3.4.5.6.7.8.9.10.11.12.13.14.15.16.17.18.19.20.21.22.23.24.25.2")]
    public void Values_longer_than_the_VR_allows_are_refused(DicomVr vr, string value)
    {
        Assert.Throws<ArgumentException>(() => new DicomDatasetBuilder().Add(new DicomTag(0x0009, 0x1000), vr, value));
    }

    [Fact]
    public void Non_ascii_in_a_VR_outside_the_character_set_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new DicomDatasetBuilder().Add(DicomTags.Modality, DicomVr.CS, "ÇT"));
    }

    [Fact]
    public void Non_ascii_text_needs_the_utf8_character_set()
    {
        var dataset = new DicomDatasetBuilder()
            .Add(DicomTags.SopClassUid, DicomVr.UI, "1.2")
            .Add(DicomTags.SopInstanceUid, DicomVr.UI, "2.25.1")
            .AddSequence(DicomTags.RadiopharmaceuticalInformationSequence, item => item.Add(DicomTags.Radiopharmaceutical, DicomVr.LO, "Flúor"))
            .Build();
        Assert.Throws<ArgumentException>(() => DicomFileWriter.Encode(dataset));
    }

    [Fact]
    public void A_data_set_without_SOP_UIDs_cannot_become_a_file()
    {
        var dataset = new DicomDatasetBuilder().Add(DicomTags.Modality, DicomVr.CS, "CT").Build();
        Assert.Throws<ArgumentException>(() => DicomFileWriter.Encode(dataset));
    }

    private static int Find(byte[] data, byte[] pattern)
    {
        int at = data.AsSpan().IndexOf(pattern);
        Assert.True(at >= 0, $"pattern {Convert.ToHexString(pattern)} not found");
        return at;
    }
}
