namespace Tradeoff.Core.Data.Loading;

/// <summary>The levels of one nominal column, in order of first appearance, looked up without allocating.</summary>
internal sealed class NominalLevels
{
    // Codes are stored as float; beyond 2^24 consecutive integers are no longer exact.
    public const int MaxLevels = 1 << 24;

    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly List<string> _levels = [];

    public NominalLevels()
    {
        _lookup = _index.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public IReadOnlyList<string> Levels => _levels;

    public int Count => _levels.Count;

    public bool TryGet(ReadOnlySpan<char> text, out int code) => _lookup.TryGetValue(text, out code);

    /// <summary>The code of <paramref name="text"/>, adding it as a new level when unseen; -1 when full.</summary>
    public int GetOrAdd(ReadOnlySpan<char> text)
    {
        if (_lookup.TryGetValue(text, out var code))
        {
            return code;
        }

        if (_levels.Count == MaxLevels)
        {
            return -1;
        }

        var level = text.ToString();
        code = _levels.Count;
        _index.Add(level, code);
        _levels.Add(level);
        return code;
    }
}
