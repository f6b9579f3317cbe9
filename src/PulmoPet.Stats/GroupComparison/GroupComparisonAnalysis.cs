using System.Globalization;
using PulmoPet.Imaging;
using PulmoPet.Stats.Csv;
using PulmoPet.Stats.Descriptive;

namespace PulmoPet.Stats.GroupComparison;

/// <summary>
/// Compares every variable of a table across the groups of one column ("Table 1" of a paper).
/// <list type="bullet">
/// <item>Categorical: Pearson χ² without continuity correction (SPSS "Pearson Chi-Square" row), or Fisher's
/// exact test (Freeman–Halton for r × c) when the total n is below 40 or more than 20% of the cells have an
/// expected count below 5 (Cochran 1954).</item>
/// <item>Continuous, two groups: Levene's test (median-centred by default, as R car::leveneTest); Student's t
/// when it does not reject at α = 0.05, Welch's t when it does; both are reported. Mann–Whitney U alongside.</item>
/// <item>Continuous, three or more groups: one-way ANOVA, or Welch's ANOVA when Levene's test rejects at α; Kruskal–Wallis
/// (tie-corrected) alongside.</item>
/// </list>
/// Types not given are inferred: a column whose values are all numbers with more than
/// <see cref="GroupComparisonOptions.DefaultMaximumCategoricalLevels"/> distinct values is continuous,
/// any other column categorical; identifier columns (<c>id</c>, <c>*_id</c>) are not analysed.
/// Missing values (empty, NA, NaN, ".") are left out per variable; rows without a group are left out.
/// </summary>
public static class GroupComparisonAnalysis
{
    public static GroupComparisonResult Run(CsvTable table, GroupComparisonOptions options)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(options);
        int groupColumn = table.ColumnIndex(options.GroupColumn);

        var rowGroup = new string?[table.Count];
        for (int r = 0; r < table.Count; r++)
        {
            string g = table.Cell(r, groupColumn);
            rowGroup[r] = CsvTable.IsMissing(g) ? null : g;
        }

        var groups = LevelOrder.Sort(rowGroup.OfType<string>());
        if (groups.Count < 2)
        {
            throw new InvalidInputException(
                $"'{table.Source}' column '{options.GroupColumn}' has {groups.Count} group(s); at least two are needed to compare.");
        }

        var groupIndex = groups.Select((g, i) => (g, i)).ToDictionary(p => p.g, p => p.i, StringComparer.Ordinal);
        var sizes = new int[groups.Count];
        foreach (var g in rowGroup.OfType<string>())
        {
            sizes[groupIndex[g]]++;
        }

        for (int i = 0; i < groups.Count; i++)
        {
            if (sizes[i] == 1)
            {
                int row = Array.FindIndex(rowGroup, g => g == groups[i]);
                throw new InvalidInputException(
                    $"'{table.Source}' column '{options.GroupColumn}': group '{groups[i]}' has only one member (row {table.RowNumbers[row]}); every group needs at least two.");
            }
        }

        var variables = new List<VariableComparison>();
        foreach (var (name, type) in SelectVariables(table, options))
        {
            int column = table.ColumnIndex(name);
            variables.Add(type == VariableType.Continuous
                ? CompareContinuous(table, column, rowGroup, groupIndex, groups, options)
                : CompareCategorical(table, column, rowGroup, groupIndex, groups));
        }

        return new GroupComparisonResult(table.Source, options.GroupColumn, groups, sizes, variables, options)
        {
            RowsWithoutGroup = rowGroup.Count(g => g is null),
        };
    }

    /// <summary>The variables to analyse with their types, in header order for inferred columns.</summary>
    public static IReadOnlyList<(string Name, VariableType Type)> SelectVariables(CsvTable table, GroupComparisonOptions options)
    {
        var overlap = options.Categorical.Intersect(options.Continuous, StringComparer.Ordinal).FirstOrDefault();
        if (overlap is not null)
        {
            throw new InvalidInputException($"Column '{overlap}' is listed as both categorical and continuous.");
        }

        foreach (var name in options.Categorical.Concat(options.Continuous))
        {
            table.ColumnIndex(name); // a missing column is a user error naming the file
            if (name == options.GroupColumn)
            {
                throw new InvalidInputException($"Column '{name}' is the group column and cannot also be a variable.");
            }
        }

        if (options.Categorical.Count > 0 || options.Continuous.Count > 0)
        {
            // Explicit lists: analyse exactly these, in header order.
            return table.Header
                .Where(h => options.Categorical.Contains(h) || options.Continuous.Contains(h))
                .Select(h => (h, options.Continuous.Contains(h) ? VariableType.Continuous : VariableType.Categorical))
                .ToList();
        }

        var selected = new List<(string, VariableType)>();
        for (int c = 0; c < table.Header.Count; c++)
        {
            string name = table.Header[c];
            if (name == options.GroupColumn || IsIdentifier(name))
            {
                continue;
            }

            var type = InferType(table, c);
            if (type is not null)
            {
                selected.Add((name, type.Value));
            }
        }

        return selected;
    }

    /// <summary>Continuous if every non-missing value is a number and there are more than 5 distinct values.</summary>
    public static VariableType? InferType(CsvTable table, int column)
    {
        var distinct = new HashSet<string>(StringComparer.Ordinal);
        bool numeric = true;
        for (int r = 0; r < table.Count; r++)
        {
            string v = table.Cell(r, column);
            if (CsvTable.IsMissing(v))
            {
                continue;
            }

            distinct.Add(v);
            numeric &= CsvTable.TryParseNumber(v, out _);
        }

        if (distinct.Count == 0)
        {
            return null;
        }

        return numeric && distinct.Count > GroupComparisonOptions.DefaultMaximumCategoricalLevels
            ? VariableType.Continuous
            : VariableType.Categorical;
    }

    private static bool IsIdentifier(string name) =>
        name.Equals("id", StringComparison.OrdinalIgnoreCase) || name.EndsWith("_id", StringComparison.OrdinalIgnoreCase);

    private static VariableComparison CompareContinuous(
        CsvTable table, int column, string?[] rowGroup, Dictionary<string, int> groupIndex, List<string> groups, GroupComparisonOptions options)
    {
        string name = table.Header[column];
        var values = groups.Select(_ => new List<double>()).ToArray();
        var lastRow = new int[groups.Count];
        int missing = 0;
        for (int r = 0; r < table.Count; r++)
        {
            if (rowGroup[r] is not { } g)
            {
                continue;
            }

            double? v = table.Number(r, column);
            if (v is null)
            {
                missing++;
                continue;
            }

            int gi = groupIndex[g];
            values[gi].Add(v.Value);
            lastRow[gi] = table.RowNumbers[r];
        }

        for (int i = 0; i < groups.Count; i++)
        {
            if (values[i].Count < 2)
            {
                string where = values[i].Count == 1 ? $"only one value (row {lastRow[i]})" : "no values";
                throw new InvalidInputException(
                    $"'{table.Source}' column '{name}' has {where} in group '{groups[i]}'; every group needs at least two values.");
            }
        }

        var summaries = values.Select(v => ContinuousSummary.Of(v)).ToArray();
        var n = values.Select(v => v.Count).ToArray();
        var lists = values.Select(v => (IReadOnlyList<double>)v).ToArray();
        var levene = LeveneTest.Compute(lists, options.LeveneCenter);
        string center = options.LeveneCenter == LeveneCenter.Median ? "median-centred" : "mean-centred";

        if (groups.Count == 2)
        {
            var student = StudentTTest.Compute(values[0], values[1]);
            var welch = WelchTTest.Compute(values[0], values[1]);
            var mannWhitney = MannWhitneyUTest.Compute(values[0], values[1]);
            bool unequal = levene.PValue < options.Alpha;
            var parametric = unequal ? welch : student;
            string reason = string.Create(
                CultureInfo.InvariantCulture,
                $"Levene ({center}) {Reports.TextFormat.PEquals(levene.PValue)}, {(unequal ? "below" : "not below")} {options.Alpha}: {(unequal ? "Welch" : "Student")}");
            bool nonparametric = options.ContinuousTests == ContinuousTestFamily.Nonparametric;
            return new VariableComparison(name, VariableType.Continuous, nonparametric ? mannWhitney : parametric)
            {
                Alternative = nonparametric ? parametric : mannWhitney,
                Reason = nonparametric ? "rank test requested" : reason,
                Levene = levene,
                Student = student,
                Welch = welch,
                ContinuousSummaries = summaries,
                N = n,
                Missing = missing,
            };
        }

        var anova = OneWayAnova.Compute(lists);
        var welchAnova = lists.All(l => Summary.Variance(l) > 0) ? WelchAnova.Compute(lists) : null;
        var kruskal = KruskalWallisTest.Compute(lists);
        bool rank = options.ContinuousTests == ContinuousTestFamily.Nonparametric;
        bool heteroscedastic = welchAnova is not null && levene.PValue < options.Alpha;
        var oneWay = heteroscedastic ? welchAnova! : anova;
        string oneWayReason = string.Create(
            CultureInfo.InvariantCulture,
            $"{groups.Count} groups; Levene ({center}) {Reports.TextFormat.PEquals(levene.PValue)}, {(heteroscedastic ? "below" : "not below")} {options.Alpha}: {(heteroscedastic ? "Welch ANOVA" : "ANOVA")}");
        return new VariableComparison(name, VariableType.Continuous, rank ? kruskal : oneWay)
        {
            Alternative = rank ? oneWay : kruskal,
            Reason = rank ? "rank test requested" : oneWayReason,
            Levene = levene,
            Anova = anova,
            WelchAnova = welchAnova,
            ContinuousSummaries = summaries,
            N = n,
            Missing = missing,
        };
    }

    private static VariableComparison CompareCategorical(
        CsvTable table, int column, string?[] rowGroup, Dictionary<string, int> groupIndex, List<string> groups)
    {
        string name = table.Header[column];
        var pairs = new List<(string Level, int Group)>();
        int missing = 0;
        for (int r = 0; r < table.Count; r++)
        {
            if (rowGroup[r] is not { } g)
            {
                continue;
            }

            string v = table.Cell(r, column);
            if (CsvTable.IsMissing(v))
            {
                missing++;
                continue;
            }

            pairs.Add((v, groupIndex[g]));
        }

        var levels = LevelOrder.Sort(pairs.Select(p => p.Level));
        var levelIndex = levels.Select((l, i) => (l, i)).ToDictionary(p => p.l, p => p.i, StringComparer.Ordinal);
        var counts = new int[levels.Count, groups.Count];
        foreach (var (level, group) in pairs)
        {
            counts[levelIndex[level], group]++;
        }

        var n = Enumerable.Range(0, groups.Count).Select(j => Enumerable.Range(0, levels.Count).Sum(i => counts[i, j])).ToArray();
        var result = new VariableComparison(name, VariableType.Categorical, null)
        {
            Levels = levels,
            Counts = counts,
            N = n,
            Missing = missing,
        };

        var contingency = new ContingencyTable(counts).WithoutEmptyMargins();
        if (contingency.Rows < 2 || contingency.Columns < 2)
        {
            return result with { Reason = "only one category or one group with values: no test" };
        }

        double smallFraction = contingency.FractionOfCellsWithExpectedBelow(5);
        bool fisher = contingency.Total < GroupComparisonOptions.DefaultFisherTotalBelow
            || smallFraction > GroupComparisonOptions.DefaultFisherSmallExpectedFraction;
        var chiSquare = ChiSquareTest.Compute(contingency);
        if (!fisher)
        {
            return result with { Primary = chiSquare, Reason = "n ≥ 40 and ≤ 20% of cells with expected count < 5" };
        }

        string why = contingency.Total < GroupComparisonOptions.DefaultFisherTotalBelow
            ? $"total n {contingency.Total} < {GroupComparisonOptions.DefaultFisherTotalBelow}"
            : string.Create(CultureInfo.InvariantCulture, $"{100 * smallFraction:0}% of cells with expected count < 5");
        try
        {
            return result with { Primary = FisherExactTest.Compute(contingency), Alternative = chiSquare, Reason = why };
        }
        catch (FisherExactTest.TooManyTablesException)
        {
            return result with
            {
                Primary = chiSquare,
                Reason = why + ", but the table is too large to enumerate for Fisher's exact test: chi-square reported",
            };
        }
    }
}
