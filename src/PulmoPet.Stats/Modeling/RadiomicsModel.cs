using PulmoPet.Imaging;
using PulmoPet.Stats.Modeling.Models;
using PulmoPet.Stats.Modeling.Preprocessing;
using PulmoPet.Stats.Modeling.Selection;

namespace PulmoPet.Stats.Modeling;

/// <summary>
/// A trained radiomics classifier: the selected features with their training-set imputation and z-score parameters,
/// and the fitted classifier. <see cref="Train"/> runs, on the training rows only: near-constant removal, median
/// imputation and z-scoring, removal of one of each |Spearman ρ| &gt; 0.9 pair (keeping the larger Kruskal–Wallis H),
/// selection capped at ⌊0.10 × training lesions⌋, optional nested tuning, and the classifier fit.
/// </summary>
public sealed class RadiomicsModel
{
    public RadiomicsModel(
        IReadOnlyList<string> classes,
        FeatureScaling scaling,
        ClassifierSettings settings,
        IProbabilisticClassifier classifier,
        PreprocessingReport preprocessing,
        SelectionReport selection,
        string trainingSha256,
        int seed)
    {
        Classes = classes;
        Scaling = scaling;
        Settings = settings;
        Classifier = classifier;
        Preprocessing = preprocessing;
        Selection = selection;
        TrainingSha256 = trainingSha256;
        Seed = seed;
    }

    public IReadOnlyList<string> Classes { get; }

    /// <summary>The selected features (in this order) and their training parameters.</summary>
    public FeatureScaling Scaling { get; }

    public IReadOnlyList<string> Features => Scaling.Names;

    /// <summary>The hyper-parameters used (after tuning).</summary>
    public ClassifierSettings Settings { get; }

    public IProbabilisticClassifier Classifier { get; }

    public PreprocessingReport Preprocessing { get; }

    public SelectionReport Selection { get; }

    public string TrainingSha256 { get; }

    public int Seed { get; }

    public static RadiomicsModel Train(LabeledFeatureSet data, ModelingOptions options)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(options);
        int n = data.Count;
        var counts = data.ClassCounts();
        if (counts.Any(c => c < 2))
        {
            string missing = string.Join(", ", data.Classes.Where((_, k) => counts[k] < 2));
            throw new InvalidInputException($"The training set has fewer than 2 lesions of class {missing}; every class needs at least 2.");
        }

        if (FeatureCap.Maximum(n) < 1)
        {
            throw new InvalidInputException($"The training set has {n} lesions; the 10% cap allows no feature below 10 lesions.");
        }

        // 1–2. Near-constant features out; imputation and z-scores from the training rows.
        var keep = options.NearConstant.Keep(data.Rows, data.FeatureNames.Count);
        var nearConstant = data.FeatureNames.Where((_, j) => !keep.Contains(j)).ToArray();
        if (keep.Length == 0)
        {
            throw new InvalidInputException("Every feature is constant or nearly so on the training lesions.");
        }

        var scaling = FeatureScaling.Fit(data.Rows, keep, data.FeatureNames);
        var z = data.Rows.Select(r => scaling.Apply(keep.Select(j => r[j]).ToArray())).ToArray();

        // 3. Redundant pairs: keep the feature that separates the classes better.
        var relevance = UnivariateRelevance.Compute(z, data.Labels, data.ClassCount, UnivariateTest.KruskalWallis);
        var (candidates, correlated) = options.Correlation.Apply(z, scaling.Names, relevance);

        // 4. Selection under the hard cap.
        int cap = FeatureCap.Maximum(n);
        int count = FeatureCap.Allowed(n, candidates.Length, options.FeatureCount);
        var classWeights = options.BalancedClassWeights ? ClassWeights.Balanced(data.Labels, data.ClassCount) : Enumerable.Repeat(1.0, data.ClassCount).ToArray();
        var candidateRows = z.Select(r => candidates.Select(j => r[j]).ToArray()).ToArray();
        var picked = FeatureSelection.Select(
            options.Selector, candidateRows, data.Labels, data.Classes, ClassWeights.PerObservation(data.Labels, classWeights), count);
        var selected = picked.Select(j => candidates[j]).ToArray();
        if (selected.Length > cap)
        {
            throw new InvalidOperationException($"Selection returned {selected.Length} features above the cap of {cap}.");
        }

        var finalScaling = new FeatureScaling(
            selected.Select(j => scaling.Names[j]).ToArray(),
            selected.Select(j => scaling.Medians[j]).ToArray(),
            selected.Select(j => scaling.Means[j]).ToArray(),
            selected.Select(j => scaling.StandardDeviations[j]).ToArray());
        var x = z.Select(r => selected.Select(j => r[j]).ToArray()).ToArray();

        // 5. Hyper-parameters (nested: the inner folds see only these training rows), then the fit.
        var settings = options.Tune ? HyperParameterTuning.Choose(data, options, selected.Length) : options.Classifier;
        var classifier = settings.Fit(x, data.Labels, data.Classes, classWeights, data.Groups, options.Seed, options.Threads);
        return new RadiomicsModel(
            data.Classes,
            finalScaling,
            settings,
            classifier,
            new PreprocessingReport(data.FeatureNames.Count, nearConstant, correlated, candidates.Length),
            new SelectionReport(options.Selector.Name(), n, cap, options.FeatureCount, candidates.Length, finalScaling.Names),
            data.Sha256(),
            options.Seed);
    }

    /// <summary>Class probabilities of one lesion whose raw values are given in <see cref="Features"/> order.</summary>
    public double[] Probabilities(IReadOnlyList<double> rawFeatures) => Classifier.Probabilities(Scaling.Apply(rawFeatures));

    /// <summary>
    /// The columns of <paramref name="featureNames"/> holding this model's features, in <see cref="Features"/> order;
    /// a missing one is an error naming every missing column.
    /// </summary>
    public int[] ColumnsIn(IReadOnlyList<string> featureNames, string source)
    {
        ArgumentNullException.ThrowIfNull(featureNames);
        var index = featureNames.Select((name, j) => (name, j)).ToDictionary(p => p.name, p => p.j, StringComparer.Ordinal);
        var missing = Features.Where(f => !index.ContainsKey(f)).ToArray();
        if (missing.Length > 0)
        {
            throw new InvalidInputException($"'{source}' lacks {missing.Length} feature column(s) the model needs: {string.Join(", ", missing)}.");
        }

        return Features.Select(f => index[f]).ToArray();
    }

    /// <summary>Probabilities of every row of a table with (at least) the model's feature columns.</summary>
    public double[][] Predict(IReadOnlyList<double[]> rows, IReadOnlyList<string> featureNames, string source)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var columns = ColumnsIn(featureNames, source);
        return rows.Select(r => Probabilities(columns.Select(j => r[j]).ToArray())).ToArray();
    }
}
