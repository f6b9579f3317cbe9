using System.Globalization;
using PulmoPet.Imaging;
using PulmoPet.Stats.Csv;
using PulmoPet.Stats.Descriptive;

namespace PulmoPet.Stats.Survival;

/// <summary>Kaplan–Meier curve and median survival of one group.</summary>
public sealed record SurvivalGroup(string Name, KaplanMeier Curve, double Median, double MedianLower, double MedianUpper);

/// <summary>Result of <see cref="SurvivalAnalysis.Run"/>.</summary>
public sealed record SurvivalResult(
    string Source,
    SurvivalOptions Options,
    IReadOnlyList<SurvivalGroup> Groups,
    LogRankResult? LogRank,
    CoxModel? Cox,
    int RowsUsed,
    int RowsLeftOut)
{
    /// <summary>The resolved <see cref="SurvivalOptions.Cut"/> where the groups come from <see cref="SurvivalOptions.ScoreColumn"/>.</summary>
    public double ScoreCut { get; init; } = double.NaN;

    /// <summary>Rows left out of the Cox model for a missing covariate.</summary>
    public int CoxRowsLeftOut { get; init; }

    /// <summary>Harrell's C of the Cox model's linear predictor (R: <c>coxph(...)$concordance</c>).</summary>
    public ConcordanceResult? CoxConcordance { get; init; }
}

/// <summary>
/// Survival analysis of a table: Kaplan–Meier per group (Greenwood, log CI, median with CI), log-rank test
/// (survdiff) and a Cox model (Efron ties) on the group (dummy-coded against the first group) or the continuous
/// score, plus any further covariates. Event: 1 = event, 0 = censored. Rows with a missing time, event or
/// group are left out and counted.
/// </summary>
public static class SurvivalAnalysis
{
    public static SurvivalResult Run(CsvTable table, SurvivalOptions options)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(options);
        if (options.GroupColumn is not null && options.ScoreColumn is not null)
        {
            throw new InvalidInputException("Give either a group column or a score column, not both.");
        }

        int timeColumn = table.ColumnIndex(options.TimeColumn);
        int eventColumn = table.ColumnIndex(options.EventColumn);
        int groupColumn = options.GroupColumn is null ? -1 : table.ColumnIndex(options.GroupColumn);
        int scoreColumn = options.ScoreColumn is null ? -1 : table.ColumnIndex(options.ScoreColumn);
        var covariateColumns = options.Covariates.Select(table.ColumnIndex).ToArray();

        var rows = new List<int>();
        var time = new List<double>();
        var events = new List<bool>();
        var labels = new List<string>();
        var scores = new List<double>();
        for (int r = 0; r < table.Count; r++)
        {
            double? t = table.Number(r, timeColumn);
            double? e = table.Number(r, eventColumn);
            string? label = groupColumn >= 0 && !CsvTable.IsMissing(table.Cell(r, groupColumn)) ? table.Cell(r, groupColumn) : null;
            double? score = scoreColumn >= 0 ? table.Number(r, scoreColumn) : null;
            if (t is null || e is null || (groupColumn >= 0 && label is null) || (scoreColumn >= 0 && score is null))
            {
                continue;
            }

            if (t < 0)
            {
                throw new InvalidInputException(
                    $"'{table.Source}' row {table.RowNumbers[r]}, column '{options.TimeColumn}': time {t.Value.ToString(CultureInfo.InvariantCulture)} is negative.");
            }

            if (e != 0 && e != 1)
            {
                throw new InvalidInputException(
                    $"'{table.Source}' row {table.RowNumbers[r]}, column '{options.EventColumn}': '{table.Cell(r, eventColumn)}' is not 1 (event) or 0 (censored).");
            }

            rows.Add(r);
            time.Add(t.Value);
            events.Add(e == 1);
            labels.Add(label ?? "all");
            scores.Add(score ?? double.NaN);
        }

        if (rows.Count == 0)
        {
            throw new InvalidInputException($"'{table.Source}' has no rows with both '{options.TimeColumn}' and '{options.EventColumn}'.");
        }

        double cut = double.NaN;
        if (scoreColumn >= 0)
        {
            cut = options.Cut.Resolve(scores);
            for (int i = 0; i < labels.Count; i++)
            {
                labels[i] = scores[i] > cut ? "high" : "low";
            }
        }

        var groupNames = scoreColumn >= 0
            ? new List<string> { "low", "high" }.Where(labels.Contains).ToList()
            : LevelOrder.Sort(labels);
        if (options.ReferenceGroup is { } reference)
        {
            if (!groupNames.Remove(reference))
            {
                throw new InvalidInputException(
                    $"'{table.Source}' column '{options.GroupColumn ?? options.ScoreColumn}' has no group '{reference}' to use as the reference (groups: {string.Join(", ", groupNames)}).");
            }

            groupNames.Insert(0, reference);
        }

        foreach (var g in groupNames)
        {
            var members = Enumerable.Range(0, labels.Count).Where(i => labels[i] == g).ToArray();
            if (members.Length == 1)
            {
                string column = options.GroupColumn ?? options.ScoreColumn!;
                throw new InvalidInputException(
                    $"'{table.Source}' column '{column}': group '{g}' has only one member (row {table.RowNumbers[rows[members[0]]]}); every group needs at least two.");
            }
        }

        var groups = groupNames.Select(g =>
        {
            var idx = Enumerable.Range(0, labels.Count).Where(i => labels[i] == g).ToArray();
            var km = KaplanMeier.Fit(idx.Select(i => time[i]).ToArray(), idx.Select(i => events[i]).ToArray(), options.ConfidenceLevel, options.ConfidenceInterval);
            var (median, lower, upper) = km.Median();
            return new SurvivalGroup(g, km, median, lower, upper);
        }).ToList();

        var groupIndex = labels.Select(l => groupNames.IndexOf(l)).ToArray();
        LogRankResult? logRank = groupNames.Count >= 2 && events.Any(e => e)
            ? LogRankTest.Compute(time, events, groupIndex, groupNames.Count)
            : null;

        // Cox model: group dummies (or the continuous score) plus covariates, complete cases.
        var names = new List<string>();
        var columns = new List<Func<int, double?>>();
        if (scoreColumn >= 0)
        {
            names.Add(options.ScoreColumn!);
            columns.Add(i => scores[i]);
        }
        else if (groupNames.Count >= 2)
        {
            for (int g = 1; g < groupNames.Count; g++)
            {
                int level = g;
                names.Add($"{options.GroupColumn}={groupNames[g]} (vs {groupNames[0]})");
                columns.Add(i => groupIndex[i] == level ? 1 : 0);
            }
        }

        foreach (var (name, column) in options.Covariates.Zip(covariateColumns))
        {
            names.Add(name);
            columns.Add(i => table.Number(rows[i], column));
        }

        CoxModel? cox = null;
        ConcordanceResult? concordance = null;
        int coxLeftOut = 0;
        if (names.Count > 0 && events.Any(e => e))
        {
            var complete = Enumerable.Range(0, rows.Count).Where(i => columns.All(c => c(i) is not null)).ToArray();
            coxLeftOut = rows.Count - complete.Length;
            var matrix = columns.Select(c => complete.Select(i => c(i)!.Value).ToArray()).ToArray();
            var constant = names.Where((_, j) => matrix[j].Distinct().Count() < 2).FirstOrDefault();
            if (constant is not null)
            {
                throw new InvalidInputException($"'{table.Source}': the Cox covariate '{constant}' is constant, so its hazard ratio is undefined.");
            }

            var coxTime = complete.Select(i => time[i]).ToArray();
            var coxEvents = complete.Select(i => events[i]).ToArray();
            cox = CoxRegression.Fit(coxTime, coxEvents, matrix, names, options.ConfidenceLevel);
            var linearPredictor = Enumerable.Range(0, complete.Length)
                .Select(r => Enumerable.Range(0, names.Count).Sum(j => cox.Coefficients[j].Beta * matrix[j][r]))
                .ToArray();
            concordance = Concordance.Compute(coxTime, coxEvents, linearPredictor);
        }

        return new SurvivalResult(table.Source, options, groups, logRank, cox, rows.Count, table.Count - rows.Count)
        {
            ScoreCut = cut,
            CoxRowsLeftOut = coxLeftOut,
            CoxConcordance = concordance,
        };
    }
}
