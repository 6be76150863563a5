namespace Tradeoff.Core.Data;

/// <summary>
/// One column of a data set, stored as one contiguous <see cref="float"/> array: a numeric value, or for a
/// nominal column the index of its level. A missing value is <see cref="float.NaN"/> in both kinds.
/// </summary>
/// <remarks>
/// One representation for both kinds means a row is always a <c>ReadOnlySpan&lt;float&gt;</c>: techniques and
/// measurement never box or branch on the column type on the hot path. A column may also be a row selection of
/// another (<see cref="SelectRows"/>, what <see cref="Dataset.Subset"/> makes): its values are copied out the first time
/// <see cref="Values"/> is read, and <see cref="CopyTo"/> reads them without that copy, so a fit that only reads
/// its rows once (the shared featurization, tree binning) never holds a second copy of them (a bootstrap resample
/// of Fashion-MNIST is 188 MB). A computed column (<see cref="Computed"/>) is the same for values that a function
/// writes from another column's.
/// </remarks>
public sealed class Column
{
    private static readonly string[] NoLevels = [];
    private readonly Column? _source;
    private readonly int[]? _rows;
    private readonly Action<Span<float>>? _produce;
    private float[]? _values;

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
        _values = values;
        Length = values.Length;
        Levels = kind == ColumnKind.Nominal ? levels! : NoLevels;
    }

    private Column(Column source, int[] rows)
    {
        Name = source.Name;
        Kind = source.Kind;
        Levels = source.Levels;
        _source = source;
        _rows = rows;
        Length = rows.Length;
    }

    private Column(string name, ColumnKind kind, int length, Action<Span<float>> produce, IReadOnlyList<string> levels)
    {
        Name = name;
        Kind = kind;
        Levels = levels;
        Length = length;
        _produce = produce;
    }

    /// <summary>The column's name as the file gives it.</summary>
    public string Name { get; }

    /// <summary>Numeric or nominal.</summary>
    public ColumnKind Kind { get; }

    /// <summary>For a nominal column its levels in declaration order; empty for a numeric one.</summary>
    public IReadOnlyList<string> Levels { get; }

    /// <summary>The values, one per row; NaN marks a missing value. A row selection copies its rows out on the first read.</summary>
    public float[] Values => _values ?? LazyInitializer.EnsureInitialized(ref _values, () =>
    {
        var values = new float[Length];
        CopyTo(values);
        return values;
    });

    /// <summary>The number of rows.</summary>
    public int Length { get; }

    /// <summary>
    /// True when the column holds its values in an array of its own: always for a column made from values, for a
    /// row selection or a computed column only once <see cref="Values"/> was read.
    /// </summary>
    public bool HoldsValues => _values is not null;

    /// <summary>True when this column is nominal.</summary>
    public bool IsNominal => Kind == ColumnKind.Nominal;

    /// <summary>The same column restricted to <paramref name="rows"/>, in that order.</summary>
    public Column Gather(ReadOnlySpan<int> rows)
    {
        var values = new float[rows.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            values[i] = ValueAt(rows[i]);
        }

        return new Column(Name, Kind, values, Levels);
    }

    /// <summary>
    /// A column of <paramref name="length"/> rows whose values <paramref name="produce"/> writes when they are read
    /// (into a reader's buffer, or once into the column's own array when <see cref="Values"/> is read): the shared
    /// featurization's output, which a reader that lays the rows out its own way (the network's row-major copy)
    /// reads without a featurized copy of the data beside its own. <paramref name="produce"/> must write the same
    /// values every time.
    /// </summary>
    public static Column Computed(string name, ColumnKind kind, int length, Action<Span<float>> produce, IReadOnlyList<string>? levels = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(produce);
        if (kind == ColumnKind.Nominal && levels is null)
        {
            throw new ArgumentException("A nominal column needs its levels.", nameof(levels));
        }

        return new Column(name, kind, length, produce, kind == ColumnKind.Nominal ? levels! : NoLevels);
    }

    /// <summary>
    /// The same column restricted to <paramref name="rows"/> (taken, not copied; rows may repeat), without copying
    /// the values until <see cref="Values"/> is read. A selection from a row selection reads the first column's rows directly.
    /// </summary>
    public Column SelectRows(int[] rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (_rows is null)
        {
            return new Column(this, rows);
        }

        var composed = new int[rows.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            composed[i] = _rows[rows[i]];
        }

        return new Column(_source!, composed);
    }

    /// <summary>The value of one row, read through a row selection without copying the rest (a computed column computes them all once).</summary>
    public float ValueAt(int row) => _values is { } values ? values[row] : _rows is { } rows ? _source!.Values[rows[row]] : Values[row];

    /// <summary>
    /// The values, not copied when the column holds them (its own array, which must not be written); a row
    /// selection's rows read into <paramref name="buffer"/> (at least <see cref="Length"/> long) otherwise.
    /// </summary>
    public float[] ValuesIn(float[] buffer)
    {
        if (_values is { } values)
        {
            return values;
        }

        CopyTo(buffer);
        return buffer;
    }

    /// <summary>Copies the values, one per row, into <paramref name="destination"/> (at least <see cref="Length"/> long).</summary>
    public void CopyTo(Span<float> destination)
    {
        if (_values is { } values)
        {
            values.CopyTo(destination);
            return;
        }

        if (_produce is { } produce)
        {
            produce(destination[..Length]);
            return;
        }

        var source = _source!.Values;
        var rows = _rows!;
        for (var i = 0; i < rows.Length; i++)
        {
            destination[i] = source[rows[i]];
        }
    }

    /// <summary>The text of one value: the number in invariant culture, the level, or <c>?</c> when missing.</summary>
    public string Format(int row)
    {
        var v = ValueAt(row);
        if (float.IsNaN(v))
        {
            return "?";
        }

        return IsNominal ? Levels[(int)v] : v.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
    }
}
