namespace Tradeoff.Core.Data;

/// <summary>The type of a column.</summary>
public enum ColumnKind
{
    /// <summary>Real numbers.</summary>
    Numeric,

    /// <summary>One of a fixed list of levels, stored as the level's index.</summary>
    Nominal,
}
