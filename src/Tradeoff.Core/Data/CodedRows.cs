namespace Tradeoff.Core.Data;

/// <summary>
/// A data set's feature values laid out row by row, for learners that read rows (the network's mini-batches, ML.NET's
/// row cursors), in a quarter of the memory where the data allows: a feature with at most <see cref="MaxCodes"/>
/// distinct values (pixels, one-hot indicators, small counts: every feature of Fashion-MNIST) keeps a one-byte code
/// per row into its own table of values, any other feature its float32 values. A row decodes to the very floats it
/// was made from, bit for bit, so a learner is unchanged: on Fashion-MNIST the rows take 47 MB instead of 188 MB
/// (<see cref="Dataset.ToRowMajor"/>), and a computed column is read without being kept (its array would be another
/// 188 MB, held for as long as the featurized copy is shared). Written here because no library at hand lays rows out
/// this way: dictionary encodings (Arrow's, Parquet's) code a column at a time where a learner gathers rows, and
/// libtorch's quantized tensors round, where this is exact.
/// </summary>
public sealed class CodedRows
{
    /// <summary>Distinct values a feature may have to be coded in one byte.</summary>
    public const int MaxCodes = 256;

    private readonly byte[] _codes;
    private readonly float[] _plain;
    private readonly float[] _tables;
    private readonly int[] _codedPositions;
    private readonly int[] _plainPositions;

    private CodedRows(int rows, int width, byte[] codes, float[] plain, float[] tables, int[] codedPositions, int[] plainPositions)
    {
        Rows = rows;
        Width = width;
        _codes = codes;
        _plain = plain;
        _tables = tables;
        _codedPositions = codedPositions;
        _plainPositions = plainPositions;
    }

    public int Rows { get; }

    public int Width { get; }

    /// <summary>Features kept as one-byte codes.</summary>
    public int CodedFeatures => _codedPositions.Length;

    /// <summary>True when every value is finite (no NaN, no infinity).</summary>
    public bool AllFinite { get; private init; }

    /// <summary>What the rows take: the codes, the plain values and the coded features' tables.</summary>
    public long Bytes => _codes.LongLength + (_plain.LongLength * sizeof(float)) + (_tables.LongLength * sizeof(float));

    /// <summary>
    /// Lays out the feature values of <paramref name="data"/>, each column read into one buffer once per pass (two
    /// passes: which features can be coded, then the rows), so a computed column keeps no array; a feature is coded
    /// when it has at most <paramref name="maxCodes"/> distinct values (0 keeps every feature plain).
    /// </summary>
    public static CodedRows From(Dataset data, int maxCodes = MaxCodes)
    {
        ArgumentNullException.ThrowIfNull(data);
        var allFinite = true;
        var rows = data.RowCount;
        var width = data.FeatureCount;
        var buffer = new float[rows];
        var codes = new ValueCodes[width];
        var coded = new List<int>();
        var plain = new List<int>();
        for (var f = 0; f < width; f++)
        {
            var values = data.Features[f].ValuesIn(buffer).AsSpan(0, rows);
            allFinite = allFinite && Finite(values);
            codes[f] = new ValueCodes(maxCodes);
            (codes[f].TryAddAll(values) ? coded : plain).Add(f);
        }

        var codedRows = new CodedRows(rows, width, new byte[(long)rows * coded.Count], new float[(long)rows * plain.Count], new float[coded.Count * MaxCodes], [.. coded], [.. plain])
        {
            AllFinite = allFinite,
        };
        codedRows.Fill(data, codes, buffer);
        return codedRows;
    }

    /// <summary>Writes row <paramref name="row"/>'s <see cref="Width"/> values to <paramref name="destination"/>.</summary>
    public void CopyRow(int row, Span<float> destination)
    {
        var codes = _codes.AsSpan(row * _codedPositions.Length, _codedPositions.Length);
        for (var c = 0; c < codes.Length; c++)
        {
            destination[_codedPositions[c]] = _tables[(c * MaxCodes) + codes[c]];
        }

        var plain = _plain.AsSpan(row * _plainPositions.Length, _plainPositions.Length);
        for (var p = 0; p < plain.Length; p++)
        {
            destination[_plainPositions[p]] = plain[p];
        }
    }

    /// <summary>Writes the given rows, one after another, to <paramref name="destination"/> (rows x <see cref="Width"/>).</summary>
    public void CopyRows(ReadOnlySpan<long> rows, Span<float> destination)
    {
        for (var i = 0; i < rows.Length; i++)
        {
            CopyRow((int)rows[i], destination.Slice(i * Width, Width));
        }
    }

    private void Fill(Dataset data, ValueCodes[] codes, float[] buffer)
    {
        for (var c = 0; c < _codedPositions.Length; c++)
        {
            var feature = _codedPositions[c];
            var values = data.Features[feature].ValuesIn(buffer);
            codes[feature].Table.CopyTo(_tables.AsSpan(c * MaxCodes));
            for (var r = 0; r < Rows; r++)
            {
                _codes[((long)r * _codedPositions.Length) + c] = codes[feature].CodeOf(values[r]);
            }
        }

        for (var p = 0; p < _plainPositions.Length; p++)
        {
            var values = data.Features[_plainPositions[p]].ValuesIn(buffer);
            for (var r = 0; r < Rows; r++)
            {
                _plain[((long)r * _plainPositions.Length) + p] = values[r];
            }
        }
    }

    private static bool Finite(ReadOnlySpan<float> values)
    {
        foreach (var v in values)
        {
            if (!float.IsFinite(v))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// One feature's distinct values and their codes, in the order first seen: an open-addressing table keyed by the
    /// value's bits (so 0 and -0 stay apart, and a NaN decodes with its payload), twice as many slots as codes.
    /// </summary>
    private sealed class ValueCodes(int maxCodes)
    {
        private const int Slots = MaxCodes * 2;
        private readonly uint[] _keys = new uint[Slots];
        private readonly short[] _codes = InitialCodes();
        private readonly List<float> _table = [];

        public List<float> Table => _table;

        public bool TryAddAll(ReadOnlySpan<float> values)
        {
            foreach (var v in values)
            {
                if (Find(v, add: true) < 0)
                {
                    return false;
                }
            }

            return true;
        }

        public byte CodeOf(float value) => (byte)Find(value, add: false);

        private int Find(float value, bool add)
        {
            var bits = BitConverter.SingleToUInt32Bits(value);
            var slot = (int)((bits * 2654435769u) >> 23);
            while (true)
            {
                var code = _codes[slot];
                if (code < 0)
                {
                    if (!add || _table.Count >= maxCodes)
                    {
                        return -1;
                    }

                    _keys[slot] = bits;
                    _codes[slot] = (short)_table.Count;
                    _table.Add(value);
                    return _codes[slot];
                }

                if (_keys[slot] == bits)
                {
                    return code;
                }

                slot = (slot + 1) & (Slots - 1);
            }
        }

        private static short[] InitialCodes()
        {
            var codes = new short[Slots];
            Array.Fill(codes, (short)-1);
            return codes;
        }
    }
}
