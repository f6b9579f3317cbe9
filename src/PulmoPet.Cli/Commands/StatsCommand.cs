using System.CommandLine;

namespace PulmoPet.Cli.Commands;

/// <summary><c>pulmopet stats</c>: statistics on tables (group comparison, correlation, survival).</summary>
public static class StatsCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("stats", "Statistics on CSV tables: group comparison, correlation, survival.");
        command.Subcommands.Add(StatsCompareCommand.Create(context));
        command.Subcommands.Add(StatsCorrelateCommand.Create(context));
        command.Subcommands.Add(StatsSurvivalCommand.Create(context));
        return command;
    }
}
