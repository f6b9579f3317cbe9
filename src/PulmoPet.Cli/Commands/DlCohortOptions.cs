using System.CommandLine;
using PulmoPet.Deep.Data;
using PulmoPet.Imaging;

namespace PulmoPet.Cli.Commands;

/// <summary>
/// The cohort options of the dl commands: <c>--cohort</c> (a phantom cohort folder or a manifest CSV) and a
/// centre list (<c>--train-centers</c> when training, <c>--test-centers</c> when applying a model), so a
/// model trained on some centres can be validated externally on another.
/// </summary>
internal sealed class DlCohortOptions
{
    public DlCohortOptions(string centersName, string centersDescription)
    {
        Centers = new Option<string?>(centersName) { Description = centersDescription };
    }

    public Option<string?> Cohort { get; } = new("--cohort")
    {
        Description = "Cohort to read: the output folder of 'pulmopet phantom' (clinical.csv and one folder per case) or a manifest CSV "
            + "with columns case_id, pet, ct and optionally lungs, lesions, class, center (paths relative to the CSV).",
    };

    public Option<string?> Centers { get; }

    public static DlCohortOptions ForTraining() => new("--train-centers",
        "Comma-separated centres of --cohort to train and validate on (default: all); leave the test centres out for external validation.");

    public static DlCohortOptions ForTesting() => new("--test-centers",
        "Comma-separated centres of --cohort to apply the model to (default: all).");

    public void AddTo(Command command)
    {
        command.Options.Add(Cohort);
        command.Options.Add(Centers);
    }

    /// <summary>The cases of the chosen centres, or null when no <c>--cohort</c> was given.</summary>
    public IReadOnlyList<CohortCase>? Read(ParseResult parse)
    {
        string? path = parse.GetValue(Cohort);
        if (path is null)
        {
            if (parse.GetValue(Centers) is not null)
            {
                throw new InvalidInputException($"{Centers.Name} selects centres of a --cohort; give --cohort too.");
            }

            return null;
        }

        return CohortManifest.OfCenters(CohortManifest.Read(path), CohortManifest.ParseCenters(parse.GetValue(Centers)), path);
    }

    /// <summary>
    /// The training and validation patients of <c>--cohort</c> (null without it): <c>--validation</c> patients held
    /// out of the training centres (stratified by class), the rest for training, at most <c>--patients</c> of
    /// them when that option is given.
    /// </summary>
    public (IReadOnlyList<CohortCase> Training, IReadOnlyList<CohortCase> Validation)? ReadSplit(ParseResult parse, DlTrainingOptions shared)
    {
        var cases = Read(parse);
        if (cases is null)
        {
            return null;
        }

        var (training, validation) = CohortSplit.HoldOut(cases, parse.GetValue(shared.Validation));
        if (parse.GetResult(shared.Patients) is { Implicit: false })
        {
            int limit = parse.GetValue(shared.Patients);
            if (limit < 1)
            {
                throw new InvalidInputException("--patients must be at least 1.");
            }

            training = training.Take(limit).ToList();
        }

        return (training, validation);
    }
}
