namespace Tradeoff.Techniques.NearestNeighbours;

/// <summary>
/// The k nearest rows seen so far: a bounded max-heap on (distance, row index), so the farthest is on top and a
/// closer row replaces it in O(log k). Rows are offered in index order, so on equal distances the earlier row
/// stays: the result is exactly the k smallest (distance, index) pairs, whatever the order of the work.
/// </summary>
internal sealed class NeighbourHeap
{
    private readonly float[] _distances;
    private readonly int[] _rows;

    public NeighbourHeap(int capacity)
    {
        _distances = new float[capacity];
        _rows = new int[capacity];
    }

    public int Count { get; private set; }

    public ReadOnlySpan<float> Distances => _distances.AsSpan(0, Count);

    public ReadOnlySpan<int> Rows => _rows.AsSpan(0, Count);

    public void Clear() => Count = 0;

    /// <summary>Offers row <paramref name="row"/>, which must be larger than every row offered since <see cref="Clear"/>.</summary>
    public void Offer(float distance, int row)
    {
        if (Count < _distances.Length)
        {
            var i = Count++;
            _distances[i] = distance;
            _rows[i] = row;
            SiftUp(i);
        }
        else if (distance < _distances[0])
        {
            _distances[0] = distance;
            _rows[0] = row;
            SiftDown(0);
        }
    }

    private bool Above(int a, int b) =>
        _distances[a] > _distances[b] || (_distances[a] == _distances[b] && _rows[a] > _rows[b]);

    private void SiftUp(int i)
    {
        while (i > 0)
        {
            var parent = (i - 1) / 2;
            if (!Above(i, parent))
            {
                return;
            }

            Swap(i, parent);
            i = parent;
        }
    }

    private void SiftDown(int i)
    {
        while (true)
        {
            var largest = i;
            var left = (2 * i) + 1;
            var right = left + 1;
            if (left < Count && Above(left, largest))
            {
                largest = left;
            }

            if (right < Count && Above(right, largest))
            {
                largest = right;
            }

            if (largest == i)
            {
                return;
            }

            Swap(i, largest);
            i = largest;
        }
    }

    private void Swap(int a, int b)
    {
        (_distances[a], _distances[b]) = (_distances[b], _distances[a]);
        (_rows[a], _rows[b]) = (_rows[b], _rows[a]);
    }
}
