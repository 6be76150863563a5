namespace Tradeoff.Core.Data.Loading;

/// <summary>One declared attribute of an ARFF file and the values read so far.</summary>
internal sealed class ArffAttribute
{
    public ArffAttribute(string name, NominalLevels? levels)
    {
        Name = name;
        Levels = levels;
    }

    public string Name { get; }

    /// <summary>The declared levels of a nominal attribute; null for a numeric one.</summary>
    public NominalLevels? Levels { get; }

    public List<float> Values { get; } = [];

    public Column ToColumn() => Levels is null
        ? new Column(Name, ColumnKind.Numeric, [.. Values])
        : new Column(Name, ColumnKind.Nominal, [.. Values], Levels.Levels);
}
