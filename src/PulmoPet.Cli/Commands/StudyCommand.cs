using System.CommandLine;

namespace PulmoPet.Cli.Commands;

/// <summary><c>pulmopet study</c>: cohort workspaces — init, run (resumable, sharded), table, report (docs/study.md).</summary>
public static class StudyCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("study", "Cohort studies: a workspace from a case manifest, resumable and shardable runs, cohort tables and an offline HTML report.");
        command.Subcommands.Add(StudyInitCommand.Create(context));
        command.Subcommands.Add(StudyRunCommand.Create(context));
        command.Subcommands.Add(StudyTableCommand.Create(context));
        command.Subcommands.Add(StudyReportCommand.Create(context));
        return command;
    }
}
