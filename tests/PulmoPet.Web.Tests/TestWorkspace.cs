using PulmoPet.Imaging;
using PulmoPet.Imaging.Io;
using PulmoPet.Pet.Lesions;
using PulmoPet.Pet.Reporting;

namespace PulmoPet.Web.Tests;

/// <summary>
/// A small study workspace (workspace-layout.md) made the way `study run` makes one: PET in SUV on a 4 mm grid,
/// CT in HU on its own 2 mm grid, and the lesion files written by the real lesion pipeline (lung mask given).
/// The lesions are uniform spheres centred on PET voxel centres, so their centroids are the sphere centres
/// exactly (the voxelised sphere is symmetric about its centre voxel) and their SUVmax is the sphere's SUV.
/// </summary>
internal sealed class TestWorkspace : IDisposable
{
    public const string CaseId = "P001";

    /// <summary>A header text standing in for a DICOM identifier a converter might have left in a NIfTI descrip.</summary>
    public const string IdentifyingDescription = "DOE^JANE 19450101";

    /// <summary>The lesion spheres: LPS centre (mm), radius (mm), SUV. Lesion 1 in the right lung (x &lt; 0), lesion 2 in the left.</summary>
    public static readonly (Vector3D CentreMm, double RadiusMm, float Suv)[] Spheres =
    [
        (new Vector3D(-42, 10, 14), 10, 8f),
        (new Vector3D(38, -6, -18), 8, 5f),
    ];

    private static readonly ImageGeometry PetGrid = new(new Size3(48, 40, 32), new Vector3D(4, 4, 4), new Vector3D(-94, -78, -62));
    private static readonly ImageGeometry CtGrid = new(new Size3(96, 80, 64), new Vector3D(2, 2, 2), new Vector3D(-95, -79, -63));

    private readonly TempDirectory _directory = new();

    public TestWorkspace()
    {
        Root = Path.Combine(_directory.Path, "study");
        CaseFolder = Path.Combine(Root, "cases", CaseId);
        Directory.CreateDirectory(CaseFolder);
        File.WriteAllText(Path.Combine(Root, "study.json"), """{"format":"pulmopet-study","version":1}""");
        File.WriteAllText(Path.Combine(Root, "manifest.csv"), "case_id,pet,ct,patient_name\nP001,pet,ct,DOE^JANE\n");

        var pet = Image(PetGrid, (world, inLung) => inLung ? 0.5f : 1.5f, (suv, _) => suv);
        var ct = Image(CtGrid, (world, inLung) => inLung ? -820f : 40f, (_, _) => 30f);
        var lungs = Lungs(PetGrid);
        var inventory = LesionAnalyzer.Analyze(pet, null, lungs);
        LesionReportWriter.Write(CaseFolder, CaseId, pet, inventory);
        var identifying = new ImageWriteOptions { Description = IdentifyingDescription };
        ImageFile.Write(pet, Path.Combine(CaseFolder, "pet.nii.gz"), identifying);
        ImageFile.Write(ct.ConvertTo<short>(), Path.Combine(CaseFolder, "ct.nii.gz"), identifying);
        LesionCount = inventory.LesionCount;
        Pet = pet;
    }

    /// <summary>The workspace folder (DIR).</summary>
    public string Root { get; }

    public string CaseFolder { get; }

    /// <summary>A folder beside the workspace, outside it: what traversal attempts try to reach.</summary>
    public string Outside => _directory.Path;

    public int LesionCount { get; }

    public Volume<float> Pet { get; }

    public void Dispose() => _directory.Dispose();

    private static Volume<byte> Lungs(ImageGeometry grid)
    {
        var lungs = new Volume<byte>(grid);
        for (int z = 0; z < grid.Size.Z; z++)
        {
            for (int y = 0; y < grid.Size.Y; y++)
            {
                for (int x = 0; x < grid.Size.X; x++)
                {
                    lungs[x, y, z] = LungOf(grid.IndexToWorld(x, y, z));
                }
            }
        }

        return lungs;
    }

    /// <summary>Two box lungs either side of a 24 mm mediastinum: 1 right (x &lt; 0, LPS), 2 left.</summary>
    private static byte LungOf(Vector3D world)
    {
        bool inBox = Math.Abs(world.Y) < 60 && Math.Abs(world.Z) < 50 && Math.Abs(world.X) is > 12 and < 82;
        return !inBox ? (byte)0 : world.X < 0 ? (byte)1 : (byte)2;
    }

    private static Volume<float> Image(ImageGeometry grid, Func<Vector3D, bool, float> tissue, Func<float, int, float> lesion)
    {
        var image = new Volume<float>(grid);
        for (int z = 0; z < grid.Size.Z; z++)
        {
            for (int y = 0; y < grid.Size.Y; y++)
            {
                for (int x = 0; x < grid.Size.X; x++)
                {
                    Vector3D world = grid.IndexToWorld(x, y, z);
                    float value = tissue(world, LungOf(world) != 0);
                    for (int i = 0; i < Spheres.Length; i++)
                    {
                        if ((world - Spheres[i].CentreMm).Length <= Spheres[i].RadiusMm)
                        {
                            value = lesion(Spheres[i].Suv, i);
                        }
                    }

                    image[x, y, z] = value;
                }
            }
        }

        return image;
    }
}
