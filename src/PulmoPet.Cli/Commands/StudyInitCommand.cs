using System.CommandLine;
using PulmoPet.Imaging;
using PulmoPet.Study.Workspace;

namespace PulmoPet.Cli.Commands;

/// <summary>
/// <c>pulmopet study init DIR --manifest cases.csv [--pseudonymize --salt-file F] [--params P.yaml]</c>: validates the
/// manifest (one error line per bad row) and creates the workspace.
/// </summary>
public static class StudyInitCommand
{
    public static Command Create(CliContext context)
    {
        var directory = new Argument<DirectoryInfo>("dir") { Description = "Workspace folder to create." };
        var manifest = new Option<FileInfo>("--manifest") { Description = "CSV: case_id, pet, ct (DICOM folders or image files), optional mask (lung labels) and rtstruct, then clinical/label/follow-up columns.", Required = true };
        var pseudonymize = new Option<bool>("--pseudonymize") { Description = "Replace every case_id by a salted hash (c + 16 hex digits); needs --salt-file." };
        var saltFile = new Option<FileInfo?>("--salt-file") { Description = "Secret salt for --pseudonymize, kept outside the workspace; created with 32 random bytes when missing." };
        var parameters = new Option<FileInfo?>("--params") { Description = "PyRadiomics parameter file (YAML) copied into the workspace as params.yaml for the features step." };
        var command = new Command("init", "Create a study workspace from a case manifest, checking every row (ids, columns, paths).");
        command.Arguments.Add(directory);
        foreach (var option in new Option[] { manifest, pseudonymize, saltFile, parameters }) command.Options.Add(option);
        command.SetAction(parse => ErrorReporter.Guard(context.Error, () =>
        {
            string? salt = parse.GetValue(saltFile)?.FullName;
            bool pseudo = parse.GetValue(pseudonymize);
            if (pseudo != (salt is not null))
            {
                throw new InvalidInputException(pseudo ? "--pseudonymize needs --salt-file with the secret salt (kept outside the workspace)." : "--salt-file is only used with --pseudonymize.");
            }

            try
            {
                var workspace = StudyWorkspace.Create(parse.GetValue(directory)!.FullName, parse.GetValue(manifest)!.FullName, salt, parse.GetValue(parameters)?.FullName);
                int cases = workspace.ReadManifest().Cases.Count;
                context.Output.WriteLine($"created study workspace {workspace.Directory} with {cases} case(s){(pseudo ? " (pseudonymised case ids)" : "")}");
                return ErrorReporter.Success;
            }
            catch (ManifestException e)
            {
                foreach (string problem in e.Problems) context.Error.WriteLine($"pulmopet: error: {problem}");
                return ErrorReporter.UserError;
            }
        }));
        return command;
    }
}
