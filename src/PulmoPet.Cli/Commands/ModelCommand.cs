using System.CommandLine;

namespace PulmoPet.Cli.Commands;

/// <summary><c>pulmopet model</c>: radiomics classifiers (train, predict, cv) and the lesion data set of a synthetic cohort.</summary>
public static class ModelCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("model", "Radiomics classifiers: capped feature selection, training, cross-validation, prediction.");
        command.Subcommands.Add(ModelTrainCommand.Create(context));
        command.Subcommands.Add(ModelPredictCommand.Create(context));
        command.Subcommands.Add(ModelCvCommand.Create(context));
        command.Subcommands.Add(ModelSignaturesCommand.Create(context));
        command.Subcommands.Add(ModelDatasetCommand.Create(context));
        return command;
    }
}
