using System.Globalization;

namespace Tradeoff.Core.Data;

public static partial class DatasetBuilder
{
    /// <summary>
    /// Builds a test set with the schema of <paramref name="train"/>: columns matched by name, nominal values
    /// mapped to the training levels by text. A feature level never seen in training becomes missing (the model
    /// cannot know it); a class never seen in training is an error, since no model could predict it.
    /// </summary>
    public static Dataset BuildTest(Dataset train, DataTable test)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(test);
        var features = new Column[train.FeatureCount];
        for (var f = 0; f < features.Length; f++)
        {
            features[f] = Align(train.Features[f], Find(test, train.Features[f].Name), test.Source, isTarget: false);
        }

        var target = Align(train.Target, Find(test, train.Target.Name), test.Source, isTarget: true);
        var keep = RowsWithTarget(target);
        var dropped = keep is null ? 0 : target.Length - keep.Length;
        if (keep is not null)
        {
            features = features.Select(c => c.Gather(keep)).ToArray();
            target = target.Gather(keep);
        }

        return new Dataset(test.Source, features, target, train.Task, train.PositiveClass) { RowsWithoutTarget = dropped };
    }

    /// <summary>
    /// The feature columns of <paramref name="table"/> laid out as <paramref name="train"/>'s features (by name, nominal
    /// values mapped to the training levels as <see cref="BuildTest"/> does); the target need not be there.
    /// </summary>
    /// <exception cref="InputException">A feature is absent, or numeric in training but not in <paramref name="table"/>.</exception>
    public static Column[] BuildFeatures(IReadOnlyList<Column> train, DataTable table)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(table);
        return train.Select(c => Align(c, Find(table, c.Name), table.Source, isTarget: false)).ToArray();
    }

    private static Column Find(DataTable table, string name)
    {
        var index = table.IndexOf(name);
        return index >= 0
            ? table.Columns[index]
            : throw new InputException($"{table.Source}: column '{name}' of the training data is absent from the test data.");
    }

    private static Column Align(Column reference, Column column, string source, bool isTarget)
    {
        if (!reference.IsNominal)
        {
            if (column.IsNominal)
            {
                throw new InputException($"{source}: column '{column.Name}' is numeric in the training data but not in the test data.");
            }

            return column;
        }

        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < reference.Levels.Count; i++)
        {
            index[reference.Levels[i]] = i;
        }

        var values = new float[column.Length];
        for (var r = 0; r < values.Length; r++)
        {
            var v = column.Values[r];
            if (float.IsNaN(v))
            {
                values[r] = float.NaN;
                continue;
            }

            var text = column.IsNominal ? column.Levels[(int)v] : v.ToString("R", CultureInfo.InvariantCulture);
            if (index.TryGetValue(text, out var code))
            {
                values[r] = code;
            }
            else if (isTarget)
            {
                throw new InputException($"{source}: row {r + 1} has class '{text}' of '{column.Name}', which the training data does not have.");
            }
            else
            {
                values[r] = float.NaN;
            }
        }

        return new Column(reference.Name, ColumnKind.Nominal, values, reference.Levels);
    }
}
