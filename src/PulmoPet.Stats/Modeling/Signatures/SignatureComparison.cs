using PulmoPet.Stats.Regression;
using PulmoPet.Stats.Roc;

namespace PulmoPet.Stats.Modeling.Signatures;

/// <summary>One signature's out-of-fold score per lesion and its AUC with the DeLong CI.</summary>
public sealed record Signature(string Name, double[] Scores, DeLong.AucEstimate Auc);

/// <summary>Paired DeLong test of two signatures on the same lesions.</summary>
public sealed record SignaturePair(string A, string B, DeLong.PairedTest Test);

public sealed record SignatureComparisonResult(IReadOnlyList<Signature> Signatures, IReadOnlyList<SignaturePair> Pairs);

/// <summary>
/// Clinical, radiomics and combined signatures for one class against the rest, as in PET/CT signature studies (e.g.
/// the EGFR-mutation nomograms): the clinical signature is a logistic regression on clinical variables; the radiomics
/// signature is the radiomics model's out-of-fold probability; the combined signature is a logistic regression on the
/// clinical variables plus the logit of that probability. Both regressions are fitted out-of-fold on the same
/// patient-grouped folds (stacking on out-of-fold radiomics scores), so every score is a held-out prediction; the
/// three AUCs are compared pairwise by the paired DeLong test (pROC <c>roc.test(paired = TRUE)</c>). A fold whose
/// maximum-likelihood fit does not exist (complete separation) is fitted with a small ridge penalty instead.
/// </summary>
public static class SignatureComparison
{
    public const string Clinical = "clinical";
    public const string Radiomics = "radiomics";
    public const string Combined = "combined";
    public const double SeparationRidgeLambda = 1e-3;
    private const double ScoreClip = 1e-6;

    /// <param name="positive">Whether each lesion belongs to the class of interest.</param>
    /// <param name="clinical">Clinical variables per lesion (numeric, no missing values).</param>
    /// <param name="clinicalNames">Their names.</param>
    /// <param name="radiomicsScore">Out-of-fold probability of the class from the radiomics model.</param>
    /// <param name="foldIds">Patient-grouped fold of each lesion (the radiomics model's CV folds).</param>
    public static SignatureComparisonResult Run(
        IReadOnlyList<bool> positive, IReadOnlyList<double[]> clinical, IReadOnlyList<string> clinicalNames, IReadOnlyList<double> radiomicsScore, IReadOnlyList<int> foldIds)
    {
        ArgumentNullException.ThrowIfNull(positive);
        ArgumentNullException.ThrowIfNull(clinical);
        ArgumentNullException.ThrowIfNull(clinicalNames);
        ArgumentNullException.ThrowIfNull(radiomicsScore);
        var logit = radiomicsScore.Select(p => Math.Log(Math.Clamp(p, ScoreClip, 1 - ScoreClip) / (1 - Math.Clamp(p, ScoreClip, 1 - ScoreClip)))).ToArray();
        var combinedRows = clinical.Select((r, i) => r.Append(logit[i]).ToArray()).ToArray();
        var clinicalScores = OutOfFold(clinical, positive, clinicalNames, foldIds);
        var combinedScores = OutOfFold(combinedRows, positive, [.. clinicalNames, "radiomics_logit"], foldIds);
        var signatures = new[]
        {
            new Signature(Clinical, clinicalScores, DeLong.Estimate(clinicalScores, positive)),
            new Signature(Radiomics, radiomicsScore.ToArray(), DeLong.Estimate(radiomicsScore, positive)),
            new Signature(Combined, combinedScores, DeLong.Estimate(combinedScores, positive)),
        };
        var pairs = new List<SignaturePair>();
        for (int a = 0; a < signatures.Length; a++)
        {
            for (int b = a + 1; b < signatures.Length; b++)
            {
                pairs.Add(new SignaturePair(signatures[a].Name, signatures[b].Name, DeLong.Paired(signatures[a].Scores, signatures[b].Scores, positive)));
            }
        }

        return new SignatureComparisonResult(signatures, pairs);
    }

    /// <summary>Logistic-regression probabilities of each lesion from a fit on the other folds.</summary>
    public static double[] OutOfFold(IReadOnlyList<double[]> x, IReadOnlyList<bool> y, IReadOnlyList<string> names, IReadOnlyList<int> foldIds)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        ArgumentNullException.ThrowIfNull(foldIds);
        var scores = new double[x.Count];
        foreach (int fold in foldIds.Distinct())
        {
            var train = Enumerable.Range(0, x.Count).Where(i => foldIds[i] != fold).ToArray();
            var trainX = train.Select(i => x[i]).ToArray();
            var trainY = train.Select(i => y[i]).ToArray();
            var test = Enumerable.Range(0, x.Count).Where(i => foldIds[i] == fold).ToArray();
            LogisticModel? model = null;
            try
            {
                model = LogisticRegression.Fit(trainX, trainY, names);
            }
            catch (Exception e) when (e is ArithmeticException or ArgumentException or InvalidOperationException)
            {
                // Complete separation can make the IRLS information matrix singular; handled below.
            }

            if (model is { Converged: true } && test.All(i => double.IsFinite(model.Predict(x[i]))))
            {
                foreach (int i in test) scores[i] = model.Predict(x[i]);
                continue;
            }

            // Complete separation (R's glm: "fitted probabilities numerically 0 or 1"): the maximum-likelihood fit
            // does not exist, so this fold uses a slightly ridge-penalised fit (glmnet alpha = 0, λ = 10⁻³) instead.
            var ridge = ElasticNetLogistic.Path(trainX, trainY, alpha: 0, lambdas: [SeparationRidgeLambda])[0];
            foreach (int i in test) scores[i] = 1 / (1 + Math.Exp(-ridge.LinearPredictor(x[i])));
        }

        return scores;
    }
}
