using System.CommandLine;
using PulmoPet.Study.Reporting;
using PulmoPet.Study.Running;
using PulmoPet.Study.Workspace;

namespace PulmoPet.Cli.Commands;

/// <summary><c>pulmopet study report DIR</c>: DIR/report/report.html, one self-contained offline HTML file.</summary>
public static class StudyReportCommand
{
    public static Command Create(CliContext context)
    {
        var defaults = new StudyReportOptions();
        var directory = new Argument<DirectoryInfo>("dir") { Description = "Workspace folder." };
        var label = new Option<string>("--label-column") { Description = "Cases column with each case's group (group comparison, ROC, Kaplan–Meier strata).", DefaultValueFactory = _ => defaults.LabelColumn };
        var score = new Option<string>("--score-column") { Description = "Numeric cases column scored in the ROC when the label has two groups.", DefaultValueFactory = _ => defaults.ScoreColumn };
        var positive = new Option<string?>("--positive") { Description = "Label value counted as positive in the ROC (default: the second label in sorted order)." };
        var time = new Option<string>("--time-column") { Description = "Follow-up time column for Kaplan–Meier.", DefaultValueFactory = _ => defaults.TimeColumn };
        var eventColumn = new Option<string>("--event-column") { Description = "Event column for Kaplan–Meier (1 = event, 0 = censored).", DefaultValueFactory = _ => defaults.EventColumn };
        var command = new Command("report", "Write DIR/report/report.html: cohort summary, lesion inventory, group comparison, ROC and Kaplan–Meier figures, and a MIP and lesion slices per patient (offline, self-contained).");
        command.Arguments.Add(directory);
        foreach (var option in new Option[] { label, score, positive, time, eventColumn }) command.Options.Add(option);
        command.SetAction(parse => ErrorReporter.Guard(context.Error, () =>
        {
            var workspace = StudyWorkspace.Open(parse.GetValue(directory)!.FullName);
            var report = new StudyReport(workspace, new StudyReportOptions
            {
                LabelColumn = parse.GetValue(label)!,
                ScoreColumn = parse.GetValue(score)!,
                PositiveLabel = parse.GetValue(positive),
                TimeColumn = parse.GetValue(time)!,
                EventColumn = parse.GetValue(eventColumn)!,
            });
            CaseError.WriteCohortErrors(workspace);
            string path = report.Write();
            context.Output.WriteLine($"wrote {path}");
            return ErrorReporter.Success;
        }));
        return command;
    }
}
