using System.CommandLine;
using System.Globalization;
using PulmoPet.Deep.Training;
using PulmoPet.Imaging;
using Spectre.Console;

namespace PulmoPet.Cli.Commands;

/// <summary>The options every <c>pulmopet dl train-*</c> command shares: output, phantom patients, seed, epochs, learning rate, device.</summary>
internal sealed class DlTrainingOptions
{
    public DlTrainingOptions(string patientsDescription, int defaultPatients, int defaultValidation, int defaultSteps)
    {
        Patients = new Option<int>("--patients") { Description = patientsDescription, DefaultValueFactory = _ => defaultPatients };
        Validation = new Option<int>("--validation") { Description = "Further phantom patients used for validation.", DefaultValueFactory = _ => defaultValidation };
        Steps = new Option<int>("--steps") { Description = "Training batches per epoch.", DefaultValueFactory = _ => defaultSteps };
    }

    public Option<DirectoryInfo> Output { get; } = new("--out", "-o") { Description = "Model directory to write (model.json, weights.dat, checkpoints/).", Required = true };

    public Option<int> Patients { get; }

    public Option<int> Validation { get; }

    public Option<long> Seed { get; } = new("--seed") { Description = "Seed of the phantom cohort and of training.", DefaultValueFactory = _ => 1 };

    public Option<int> Epochs { get; } = new("--epochs") { Description = "Maximum number of epochs (early stopping after 30 without improvement).", DefaultValueFactory = _ => 100 };

    public Option<int> Steps { get; }

    public Option<double> LearningRate { get; } = new("--lr") { Description = "Adam learning rate.", DefaultValueFactory = _ => 1e-4 };

    public Option<string> Device { get; } = DlCommand.DeviceOption();

    /// <summary>Adds the shared options, then the command's own.</summary>
    public void AddTo(Command command, params Option[] own)
    {
        foreach (var option in new Option[] { Output, Patients, Validation, Seed, Epochs, Steps }.Concat(own).Concat([LearningRate, Device]))
        {
            command.Options.Add(option);
        }
    }

    /// <summary>The numbers of training and validation patients, each at least one.</summary>
    public (int Training, int Validation) ReadPatientCounts(ParseResult parse)
    {
        int training = parse.GetValue(Patients), validation = parse.GetValue(Validation);
        if (training < 1 || validation < 1)
        {
            throw new InvalidInputException("--patients and --validation must each be at least 1.");
        }

        return (training, validation);
    }

    public TrainingOptions ReadTraining(ParseResult parse) => new()
    {
        MaxEpochs = parse.GetValue(Epochs),
        StepsPerEpoch = parse.GetValue(Steps),
        LearningRate = parse.GetValue(LearningRate),
        Seed = parse.GetValue(Seed),
        Device = DlCommand.ParseDevice(parse.GetValue(Device)!).type.ToString().ToLowerInvariant(),
    };

    /// <summary>Runs the settings' own checks, turning their argument errors into user errors.</summary>
    public static void Validate(params Action[] checks)
    {
        try
        {
            foreach (var check in checks)
            {
                check();
            }
        }
        catch (ArgumentException e)
        {
            throw new InvalidInputException(e.Message);
        }
    }

    /// <summary>
    /// The line printed after each epoch; with <paramref name="maxEpochs"/> it ends with the time left to the last
    /// epoch at the mean pace of this run so far (early stopping may end the run sooner).
    /// </summary>
    public static Action<EpochRecord> EpochPrinter(CliContext context, string scoreName, string scoreFormat, int? maxEpochs = null)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        int finished = 0;
        return epoch =>
        {
            finished++;
            string eta = maxEpochs is { } last && epoch.Decision != PlateauDecision.Stop
                ? "  eta " + Duration(clock.Elapsed / finished * Math.Max(0, last - epoch.Epoch - 1))
                : string.Empty;
            context.Console.WriteLine(string.Format(CultureInfo.InvariantCulture,
                "epoch {0,4}  loss {1:F4}  " + scoreName + " {2:" + scoreFormat + "}  lr {3:G3}  {4}{5}",
                epoch.Epoch + 1, epoch.TrainingLoss, epoch.ValidationScore, epoch.LearningRate, epoch.Decision, eta));
        };
    }

    /// <summary>"1h05m", "4m09s" or "12s".</summary>
    public static string Duration(TimeSpan time) => time.TotalHours >= 1
        ? string.Create(CultureInfo.InvariantCulture, $"{(int)time.TotalHours}h{time.Minutes:D2}m")
        : time.TotalMinutes >= 1
            ? string.Create(CultureInfo.InvariantCulture, $"{(int)time.TotalMinutes}m{time.Seconds:D2}s")
            : string.Create(CultureInfo.InvariantCulture, $"{time.Seconds}s");
}
