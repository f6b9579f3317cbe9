using System.CommandLine;
using PulmoPet.Imaging;
using PulmoPet.Stats.Modeling;
using PulmoPet.Stats.Modeling.Models;
using PulmoPet.Stats.Modeling.Selection;

namespace PulmoPet.Cli.Commands;

/// <summary>Options shared by <c>model train</c> and <c>model cv</c>: the tables, their columns and the pipeline.</summary>
internal sealed class ModelOptions
{
    public Option<string> Features { get; } = new("--features") { Description = "Feature CSV (one row per lesion, as pulmopet features writes it).", Required = true };

    public Option<string?> Labels { get; } = new("--labels") { Description = "CSV with the labels (and patient/centre columns), joined on --id-column; default: the features file." };

    public Option<string> LabelColumn { get; } = new("--label-column") { Description = "Column holding the class.", DefaultValueFactory = _ => "class" };

    public Option<string> IdColumn { get; } = new("--id-column") { Description = "Column joining the two tables.", DefaultValueFactory = _ => FeatureTableColumns.DefaultIdColumn };

    public Option<string?> GroupColumn { get; } = new("--group-column") { Description = "Patient column: lesions of one patient never straddle training and test." };

    public Option<string?> CenterColumn { get; } = new("--center-column") { Description = "Centre column (for --test-centers)." };

    public Option<string?> Exclude { get; } = new("--exclude") { Description = "Comma-separated columns of the features file that are not features (image, mask and label always are)." };

    public Option<string> Model { get; } = new Option<string>("--model") { Description = "Classifier: lasso, elasticnet, rf, svm or gbm.", DefaultValueFactory = _ => "rf" }.AcceptOnly("lasso", "elasticnet", "rf", "svm", "gbm");

    public Option<string> Selector { get; } = new Option<string>("--selector") { Description = "Feature selection: mrmr, lasso, anova or kruskal.", DefaultValueFactory = _ => "mrmr" }.AcceptOnly("mrmr", "lasso", "anova", "kruskal");

    public Option<int?> FeatureCount { get; } = new("--n-features") { Description = "Features to select (never more than floor(0.10 x training lesions), the default)." };

    public Option<double> Correlation { get; } = new("--max-correlation") { Description = "Drop one of each pair with |Spearman rho| above this.", DefaultValueFactory = _ => 0.9 };

    public Option<bool> Tune { get; } = new("--tune") { Description = "Tune hyper-parameters by an inner patient-grouped CV (nested inside any outer split)." };

    public Option<bool> NoClassWeights { get; } = new("--no-class-weights") { Description = "Weight every lesion 1 instead of balancing the classes." };

    public Option<int> Seed { get; } = new("--seed") { Description = "Random seed (the results do not depend on --threads).", DefaultValueFactory = _ => 1 };

    public Option<int> Threads { get; } = new("--threads") { Description = "Threads (0 = all cores).", DefaultValueFactory = _ => 0 };

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { Features, Labels, LabelColumn, IdColumn, GroupColumn, CenterColumn, Exclude, Model, Selector, FeatureCount, Correlation, Tune, NoClassWeights, Seed, Threads })
        {
            command.Options.Add(option);
        }
    }

    public LabeledFeatureSet ReadData(ParseResult parse)
    {
        string features = StatsOptions.RequireExistingFile(parse.GetValue(Features)!, "--features");
        string? labels = parse.GetValue(Labels);
        if (labels is not null) StatsOptions.RequireExistingFile(labels, "--labels");
        var columns = new FeatureTableColumns
        {
            IdColumn = parse.GetValue(IdColumn)!,
            LabelColumn = parse.GetValue(LabelColumn)!,
            GroupColumn = parse.GetValue(GroupColumn),
            CenterColumn = parse.GetValue(CenterColumn),
            Exclude = [.. FeatureTableColumns.DefaultExclude, .. StatsOptions.SplitList(parse.GetValue(Exclude))],
        };
        return FeatureTableReader.ReadLabeled(features, labels, columns);
    }

    public ModelingOptions Pipeline(ParseResult parse)
    {
        double correlation = parse.GetValue(Correlation);
        if (!(correlation > 0 && correlation <= 1)) throw new InvalidInputException("--max-correlation must be in (0, 1].");
        if (parse.GetValue(FeatureCount) is < 1) throw new InvalidInputException("--n-features must be at least 1.");
        return new ModelingOptions
        {
            Classifier = new ClassifierSettings { Kind = ClassifierKinds.Parse(parse.GetValue(Model)!) },
            Selector = FeatureSelection.Parse(parse.GetValue(Selector)!),
            FeatureCount = parse.GetValue(FeatureCount),
            Correlation = new PulmoPet.Stats.Modeling.Preprocessing.CorrelationFilter { Threshold = correlation },
            Tune = parse.GetValue(Tune),
            BalancedClassWeights = !parse.GetValue(NoClassWeights),
            Seed = parse.GetValue(Seed),
            Threads = parse.GetValue(Threads),
        };
    }
}

internal static class OptionExtensions
{
    public static Option<string> AcceptOnly(this Option<string> option, params string[] values)
    {
        option.AcceptOnlyFromAmong(values);
        return option;
    }
}
