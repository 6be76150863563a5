namespace Tradeoff.Core.Data;

/// <summary>Turns a loaded <see cref="DataTable"/> into a <see cref="Dataset"/> by choosing its target.</summary>
public static partial class DatasetBuilder
{
    /// <summary>
    /// Splits <paramref name="table"/> into features and the target named <paramref name="target"/> (the last
    /// column when null). A nominal target gives classification; a numeric one regression, unless
    /// <paramref name="task"/> says classification, in which case its distinct values become the classes.
    /// Rows whose target is missing are dropped, since they can neither train nor test a model.
    /// </summary>
    /// <exception cref="InputException">The target is absent or has a single class.</exception>
    public static Dataset Build(DataTable table, string? target = null, TaskKind? task = null, string? positive = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        if (table.Columns.Count < 2)
        {
            throw new InputException($"{table.Source}: needs at least one feature and a target; it has {table.Columns.Count} column(s).");
        }

        var targetIndex = target is null ? table.Columns.Count - 1 : table.IndexOf(target);
        if (targetIndex < 0)
        {
            var names = string.Join(", ", table.Columns.Select(c => c.Name));
            throw new InputException($"{table.Source}: target column '{target}' is absent; the columns are: {names}.");
        }

        var targetColumn = table.Columns[targetIndex];
        if (task is TaskKind.BinaryClassification or TaskKind.MulticlassClassification && !targetColumn.IsNominal)
        {
            targetColumn = ToNominal(targetColumn);
        }
        else if (task is TaskKind.Regression && targetColumn.IsNominal)
        {
            throw new InputException($"{table.Source}: target '{targetColumn.Name}' is nominal and cannot be used for regression.");
        }

        var keep = RowsWithTarget(targetColumn);
        var dropped = keep is null ? 0 : targetColumn.Length - keep.Length;
        var features = table.Columns.Where((_, i) => i != targetIndex).ToList();
        if (keep is not null)
        {
            features = features.Select(c => c.Gather(keep)).ToList();
            targetColumn = targetColumn.Gather(keep);
        }

        if (targetColumn.Length == 0)
        {
            throw new InputException($"{table.Source}: no rows with a value for the target '{targetColumn.Name}'.");
        }

        if (!targetColumn.IsNominal)
        {
            return new Dataset(table.Source, features, targetColumn, TaskKind.Regression) { RowsWithoutTarget = dropped };
        }

        targetColumn = DropUnusedLevels(targetColumn);
        var classes = targetColumn.Levels.Count;
        if (classes < 2)
        {
            throw new InputException($"{table.Source}: target '{targetColumn.Name}' has a single class ('{targetColumn.Levels[0]}'); there is nothing to learn.");
        }

        var kind = classes == 2 ? TaskKind.BinaryClassification : TaskKind.MulticlassClassification;
        var positiveIndex = kind == TaskKind.BinaryClassification ? PositiveIndex(table.Source, targetColumn, positive) : -1;
        return new Dataset(table.Source, features, targetColumn, kind, positiveIndex) { RowsWithoutTarget = dropped };
    }

    private static int[]? RowsWithTarget(Column target)
    {
        var values = target.Values;
        var missing = 0;
        foreach (var v in values)
        {
            if (float.IsNaN(v))
            {
                missing++;
            }
        }

        if (missing == 0)
        {
            return null;
        }

        var keep = new int[values.Length - missing];
        var k = 0;
        for (var i = 0; i < values.Length; i++)
        {
            if (!float.IsNaN(values[i]))
            {
                keep[k++] = i;
            }
        }

        return keep;
    }

    // The positive class is the one the study names; otherwise the rarer class, which is the class of
    // interest in nearly every binary problem (fraud, default, disease).
    private static int PositiveIndex(string source, Column target, string? positive)
    {
        if (positive is not null)
        {
            for (var i = 0; i < target.Levels.Count; i++)
            {
                if (string.Equals(target.Levels[i], positive, StringComparison.Ordinal))
                {
                    return i;
                }
            }

            throw new InputException($"{source}: positive class '{positive}' is not a class of '{target.Name}' ({string.Join(", ", target.Levels)}).");
        }

        var ones = 0;
        foreach (var v in target.Values)
        {
            ones += v == 1f ? 1 : 0;
        }

        return ones * 2 <= target.Length ? 1 : 0;
    }

    private static Column DropUnusedLevels(Column target)
    {
        var counts = new int[target.Levels.Count];
        foreach (var v in target.Values)
        {
            counts[(int)v]++;
        }

        if (Array.TrueForAll(counts, c => c > 0))
        {
            return target;
        }

        var map = new int[counts.Length];
        var levels = new List<string>();
        for (var i = 0; i < counts.Length; i++)
        {
            map[i] = counts[i] > 0 ? levels.Count : -1;
            if (counts[i] > 0)
            {
                levels.Add(target.Levels[i]);
            }
        }

        var values = new float[target.Length];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = map[(int)target.Values[i]];
        }

        return new Column(target.Name, ColumnKind.Nominal, values, levels);
    }

    private static Column ToNominal(Column numeric)
    {
        var distinct = numeric.Values.Where(v => !float.IsNaN(v)).Distinct().Order().ToArray();
        var index = new Dictionary<float, int>();
        for (var i = 0; i < distinct.Length; i++)
        {
            index[distinct[i]] = i;
        }

        var values = new float[numeric.Length];
        for (var i = 0; i < values.Length; i++)
        {
            var v = numeric.Values[i];
            values[i] = float.IsNaN(v) ? float.NaN : index[v];
        }

        var levels = distinct.Select(d => d.ToString("R", System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        return new Column(numeric.Name, ColumnKind.Nominal, values, levels);
    }
}
