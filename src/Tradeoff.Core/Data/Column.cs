namespace Tradeoff.Core.Data;

/// <summary>
/// One column of a data set, stored as one contiguous <see cref="float"/> array: a numeric value, or for a
/// nominal column the index of its level. A missing value is <see cref="float.NaN"/> in both kinds.
/// </summary>
/// <remarks>
/// One representation for both kinds means a row is always a <c>ReadOnlySpan&lt;float&gt;</c>: techniques and
/// measurement never box or branch on the column type on the hot path.
/// </remarks>
public sealed class Column
{
    private static readonly string[] NoLevels = [];

    /// <summary>Creates a column over <paramref name="values"/> (not copied).</summary>
    public Column(string name, ColumnKind kind, float[] values, IReadOnlyList<string>? levels = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(values);
        if (kind == ColumnKind.Nominal && levels is null)
        {
            throw new ArgumentException("A nominal column needs its levels.", nameof(levels));
        }

        Name = name;
        Kind = kind;
        Values = values;
        Levels = kind == ColumnKind.Nominal ? levels! : NoLevels;
    }

    /// <summary>The column's name as the file gives it.</summary>
    public string Name { get; }

    /// <summary>Numeric or nominal.</summary>
    public ColumnKind Kind { get; }

    /// <summary>For a nominal column its levels in declaration order; empty for a numeric one.</summary>
    public IReadOnlyList<string> Levels { get; }

    /// <summary>The values, one per row; NaN marks a missing value.</summary>
    public float[] Values { get; }

    /// <summary>The number of rows.</summary>
    public int Length => Values.Length;

    /// <summary>True when this column is nominal.</summary>
    public bool IsNominal => Kind == ColumnKind.Nominal;

    /// <summary>The same column restricted to <paramref name="rows"/>, in that order.</summary>
    public Column Gather(ReadOnlySpan<int> rows)
    {
        var values = new float[rows.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            values[i] = Values[rows[i]];
        }

        return new Column(Name, Kind, values, Levels);
    }

    /// <summary>The text of one value: the number in invariant culture, the level, or <c>?</c> when missing.</summary>
    public string Format(int row)
    {
        var v = Values[row];
        if (float.IsNaN(v))
        {
            return "?";
        }

        return IsNominal ? Levels[(int)v] : v.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
    }
}
