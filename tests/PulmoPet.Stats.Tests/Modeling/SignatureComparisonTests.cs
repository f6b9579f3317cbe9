using PulmoPet.Stats.Modeling.Signatures;

namespace PulmoPet.Stats.Tests.Modeling;

public sealed class SignatureComparisonTests
{
    /// <summary>
    /// R 4 with pROC 1.18, for i = 0…59: y = i %% 4 == 0; x1 = ((13i) %% 17)/4; x2 = ((7i) %% 11)/3;
    /// p = ((29i %% 23) + 1 + 10·y)/40; fold = i %% 3; out-of-fold glm(y ~ ., family = binomial) on (x1, x2) and on
    /// (x1, x2, log(p/(1 − p))); roc(y, s, direction = "&lt;"); auc, ci.auc(method = "delong"),
    /// roc.test(method = "delong", paired = TRUE)$p.value (script in the comment of each number's line).
    /// </summary>
    [Fact]
    public void SignaturesMatchGlmAndPRoc()
    {
        var i = Enumerable.Range(0, 60).ToArray();
        var y = i.Select(v => v % 4 == 0).ToArray();
        var clinical = i.Select(v => new[] { (v * 13 % 17) / 4.0, (v * 7 % 11) / 3.0 }).ToArray();
        var p = i.Select(v => (v * 29 % 23 + 1 + (v % 4 == 0 ? 10 : 0)) / 40.0).ToArray();
        var folds = i.Select(v => v % 3).ToArray();

        var result = SignatureComparison.Run(y, clinical, ["x1", "x2"], p, folds);

        // print(cl[1:3]) = 0.367121750124270 0.189554550726512 0.235037572585346
        Approx.Equal(0.367121750124270, result.Signatures[0].Scores[0], 1e-9);
        Approx.Equal(0.189554550726512, result.Signatures[0].Scores[1], 1e-9);
        Approx.Equal(0.235037572585346, result.Signatures[0].Scores[2], 1e-9);

        // auc: 0.539259259259259 0.710370370370370 0.702222222222222
        Approx.Equal(0.539259259259259, result.Signatures[0].Auc.Auc, 1e-12);
        Approx.Equal(0.710370370370370, result.Signatures[1].Auc.Auc, 1e-12);
        Approx.Equal(0.702222222222222, result.Signatures[2].Auc.Auc, 1e-12);

        // ci.auc(clinical): 0.367854591069–0.71066392745
        Approx.Equal(0.367854591069, result.Signatures[0].Auc.Lower, 1e-9);
        Approx.Equal(0.71066392745, result.Signatures[0].Auc.Upper, 1e-9);

        // roc.test p: clinical–radiomics 0.203760138249151, clinical–combined 0.165296681797037, radiomics–combined 0.833271249609604
        Assert.Equal(("clinical", "radiomics"), (result.Pairs[0].A, result.Pairs[0].B));
        Approx.Equal(0.203760138249151, result.Pairs[0].Test.PValue, 1e-9);
        Approx.Equal(0.165296681797037, result.Pairs[1].Test.PValue, 1e-9);
        Approx.Equal(0.833271249609604, result.Pairs[2].Test.PValue, 1e-9);
    }
}
