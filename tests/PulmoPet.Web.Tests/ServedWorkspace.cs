using PulmoPet.Web.Workspace;

namespace PulmoPet.Web.Tests;

/// <summary>
/// The test workspace served on a free loopback port, with the traps a traversal attempt would aim at: a secret
/// file and a NIfTI beside the workspace, a case folder that is a link out of it, a case whose files are links
/// out of it, a case whose file links to another case (inside: allowed), and a folder whose name is not a case id.
/// </summary>
public sealed class ServedWorkspace : IAsyncLifetime
{
    public const string Secret = "TOP-SECRET-OUTSIDE-THE-WORKSPACE";

    internal TestWorkspace Workspace { get; } = new();

    public ViewerServer Server { get; private set; } = null!;

    public string CasesFolder => Path.Combine(Workspace.Root, "cases");

    public async Task InitializeAsync()
    {
        string outside = Workspace.Outside;
        File.WriteAllText(Path.Combine(outside, "secret.txt"), Secret);
        File.WriteAllText(Path.Combine(outside, "lesions.csv"), $"lesion_id,side\n1,{Secret}\n");
        File.Copy(Path.Combine(Workspace.CaseFolder, "pet.nii.gz"), Path.Combine(outside, "pet.nii.gz"));

        Directory.CreateSymbolicLink(Path.Combine(CasesFolder, "escape"), outside);
        string linkedOut = Directory.CreateDirectory(Path.Combine(CasesFolder, "P002")).FullName;
        File.CreateSymbolicLink(Path.Combine(linkedOut, "pet.nii.gz"), Path.Combine(outside, "pet.nii.gz"));
        File.CreateSymbolicLink(Path.Combine(linkedOut, "lesions.csv"), Path.Combine(outside, "lesions.csv"));
        string linkedIn = Directory.CreateDirectory(Path.Combine(CasesFolder, "P003")).FullName;
        File.CreateSymbolicLink(Path.Combine(linkedIn, "pet.nii.gz"), Path.Combine("..", TestWorkspace.CaseId, "pet.nii.gz"));
        Directory.CreateDirectory(Path.Combine(CasesFolder, "not a case id"));
        File.WriteAllText(Path.Combine(CasesFolder, "not a case id", "lesions.csv"), "lesion_id\n1\n");

        Server = await ViewerServer.StartAsync(StudyWorkspace.Open(Workspace.Root), 0);
    }

    public async Task DisposeAsync()
    {
        await Server.DisposeAsync();
        Workspace.Dispose();
    }
}
