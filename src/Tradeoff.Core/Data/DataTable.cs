namespace Tradeoff.Core.Data;

/// <summary>
/// What a loader reads: named, typed columns of equal length, before a target is chosen.
/// </summary>
public sealed class DataTable
{
    /// <summary>Creates a table; every column must have the same length.</summary>
    public DataTable(string source, IReadOnlyList<Column> columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        Source = source;
        Columns = columns;
        RowCount = columns.Count == 0 ? 0 : columns[0].Length;
        foreach (var column in columns)
        {
            if (column.Length != RowCount)
            {
                throw new ArgumentException($"Column '{column.Name}' has {column.Length} rows, expected {RowCount}.", nameof(columns));
            }
        }
    }

    /// <summary>The file (or named data set) the table came from, as the user named it.</summary>
    public string Source { get; }

    /// <summary>The columns in file order.</summary>
    public IReadOnlyList<Column> Columns { get; }

    /// <summary>The number of rows.</summary>
    public int RowCount { get; }

    /// <summary>The index of the column named <paramref name="name"/> (ordinal match), or -1.</summary>
    public int IndexOf(string name)
    {
        for (var i = 0; i < Columns.Count; i++)
        {
            if (string.Equals(Columns[i].Name, name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
