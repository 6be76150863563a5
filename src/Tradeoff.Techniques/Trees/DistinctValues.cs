namespace Tradeoff.Techniques.Trees;

/// <summary>
/// A tiny open-addressing set of float values that gives up past a limit, then maps each value to its rank.
/// Binning runs over every value of the data (47 million for Fashion-MNIST); HashSet and a binary search per value
/// cost several times more than this L1-resident table with a repeat-the-last-value shortcut.
/// </summary>
internal sealed class DistinctValues
{
    private readonly uint[] _keys;
    private readonly bool[] _used;
    private readonly byte[] _ranks;
    private readonly int _shift;
    private readonly int _limit;

    private DistinctValues(int limit)
    {
        var capacity = 1024;
        _keys = new uint[capacity];
        _used = new bool[capacity];
        _ranks = new byte[capacity];
        _shift = 32 - 10;
        _limit = limit;
    }

    /// <summary>The sorted distinct values of <paramref name="values"/> (NaN excluded), or null when there are more than <paramref name="limit"/> (at most 256).</summary>
    public static DistinctValues? Of(float[] values, int limit, out float[] sorted)
    {
        var set = new DistinctValues(limit);
        var found = new List<float>(limit);
        var last = float.NaN;
        foreach (var v in values)
        {
            if (v == last || float.IsNaN(v))
            {
                continue;
            }

            last = v;
            if (set.Insert(v) && found.Count == limit)
            {
                sorted = [];
                return null;
            }
            else if (set.Count > found.Count)
            {
                found.Add(v == 0 ? 0f : v);
            }
        }

        sorted = [.. found];
        Array.Sort(sorted);
        for (var i = 0; i < sorted.Length; i++)
        {
            set._ranks[set.Find(sorted[i])] = (byte)i;
        }

        return set;
    }

    private int Count { get; set; }

    /// <summary>The rank (bin) of a value that was in the data.</summary>
    public byte RankOf(float value) => _ranks[Find(value)];

    // Returns true when the value is new.
    private bool Insert(float value)
    {
        var at = Find(value);
        if (_used[at])
        {
            return false;
        }

        if (Count == _limit)
        {
            return true;
        }

        _used[at] = true;
        _keys[at] = Key(value);
        Count++;
        return true;
    }

    private int Find(float value)
    {
        var key = Key(value);
        var mask = _keys.Length - 1;
        var at = (int)((key * 0x9E3779B1u) >> _shift);
        while (_used[at] && _keys[at] != key)
        {
            at = (at + 1) & mask;
        }

        return at;
    }

    // -0 and +0 are one value.
    private static uint Key(float value) => BitConverter.SingleToUInt32Bits(value == 0 ? 0f : value);
}
