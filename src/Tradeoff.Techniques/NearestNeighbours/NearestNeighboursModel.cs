using Tradeoff.Core.Techniques;

namespace Tradeoff.Techniques.NearestNeighbours;

/// <summary>
/// The stored training rows (row-major floats) and their targets. A prediction computes the squared Euclidean
/// distance to every stored row with SIMD (<see cref="DistanceKernel"/>), keeps the k nearest in a bounded heap,
/// and votes (classification: weighted vote shares) or averages (regression).
/// </summary>
internal sealed partial class NearestNeighboursModel : IModel
{
    // Queries per block in batch prediction: a block's rows stay in the L2 cache while every stored row streams
    // past them once, instead of the whole stored matrix streaming once per query.
    private const int QueryBlock = 64;

    private readonly float[] _rows;
    private readonly float[] _targets;
    private readonly int _classes;

    // Reused by single-row Predict: a model is not used from two threads at once.
    private readonly NeighbourHeap _heap;
    private readonly float[] _group = new float[DistanceKernel.Group];

    public NearestNeighboursModel(float[] rows, float[] targets, int width, int classes, NeighbourSettings settings)
    {
        _rows = rows;
        _targets = targets;
        Width = width;
        _classes = classes;
        Settings = settings;
        _heap = new NeighbourHeap(Math.Min(settings.K, targets.Length));
    }

    /// <summary>Features per row.</summary>
    public int Width { get; }

    /// <summary>Stored rows.</summary>
    public int RowCount => _targets.Length;

    /// <summary>The class count, or 0 for regression.</summary>
    public int ClassCount => _classes;

    public NeighbourSettings Settings { get; }

    public int OutputLength => _classes == 0 ? 1 : _classes;

    /// <summary>Every stored row's features and its target: rows x (features + 1).</summary>
    public long ParameterCount => _rows.LongLength + _targets.LongLength;

    /// <summary>The stored rows, row-major.</summary>
    public ReadOnlySpan<float> Rows => _rows;

    /// <summary>The stored targets (class index or value).</summary>
    public ReadOnlySpan<float> Targets => _targets;

    public void Predict(ReadOnlySpan<float> features, Span<float> output)
    {
        var query = features[..Width];
        var count = _targets.Length;
        _heap.Clear();
        var i = 0;
        for (; i + DistanceKernel.Group <= count; i += DistanceKernel.Group)
        {
            DistanceKernel.SquaredDistances8(query, _rows.AsSpan(i * Width), Width, _group);
            for (var k = 0; k < DistanceKernel.Group; k++)
            {
                _heap.Offer(_group[k], i + k);
            }
        }

        for (; i < count; i++)
        {
            _heap.Offer(DistanceKernel.SquaredDistance(query, _rows.AsSpan(i * Width, Width)), i);
        }

        Combine(_heap, output);
    }

    public void PredictBatch(ReadOnlySpan<float> rows, int rowCount, Span<float> output)
    {
        if (rowCount == 0)
        {
            return;
        }

        // Parallel.For cannot capture spans: the batch is copied once, which is small next to the distance work.
        var queries = rows[..(rowCount * Width)].ToArray();
        var results = new float[rowCount * OutputLength];
        var blocks = (rowCount + QueryBlock - 1) / QueryBlock;
        var options = new ParallelOptions { MaxDegreeOfParallelism = Settings.Threads };
        Parallel.For(0, blocks, options, block => PredictBlock(queries, block * QueryBlock, Math.Min(rowCount, (block + 1) * QueryBlock), results));
        results.CopyTo(output);
    }

    public void Dispose()
    {
    }

    private void PredictBlock(float[] queries, int first, int end, float[] results)
    {
        var heaps = new NeighbourHeap[end - first];
        for (var q = 0; q < heaps.Length; q++)
        {
            heaps[q] = new NeighbourHeap(Math.Min(Settings.K, _targets.Length));
        }

        Span<float> group = stackalloc float[DistanceKernel.Group];
        var block = queries.AsSpan(first * Width, heaps.Length * Width);
        for (var i = 0; i < _targets.Length; i++)
        {
            var stored = _rows.AsSpan(i * Width, Width);
            var q = 0;
            for (; q + DistanceKernel.Group <= heaps.Length; q += DistanceKernel.Group)
            {
                DistanceKernel.SquaredDistances8(stored, block[(q * Width)..], Width, group);
                for (var k = 0; k < DistanceKernel.Group; k++)
                {
                    heaps[q + k].Offer(group[k], i);
                }
            }

            for (; q < heaps.Length; q++)
            {
                heaps[q].Offer(DistanceKernel.SquaredDistance(stored, block[(q * Width)..]), i);
            }
        }

        for (var q = 0; q < heaps.Length; q++)
        {
            Combine(heaps[q], results.AsSpan((first + q) * OutputLength, OutputLength));
        }
    }

    // The heap holds squared distances (same order, no square root per stored row); weights take the root.
    private void Combine(NeighbourHeap heap, Span<float> output)
    {
        var distances = heap.Distances;
        var neighbours = heap.Rows;
        // With distance weighting, rows at distance 0 decide alone (scikit-learn does the same) rather than dividing by 0.
        var exact = Settings.Weighting == NeighbourWeighting.Distance && distances.Contains(0f);
        output.Clear();
        var total = 0.0;
        var sum = 0.0;
        for (var n = 0; n < neighbours.Length; n++)
        {
            var weight = Settings.Weighting == NeighbourWeighting.Uniform ? 1.0 : exact ? (distances[n] == 0f ? 1.0 : 0.0) : 1.0 / Math.Sqrt(distances[n]);
            total += weight;
            var target = _targets[neighbours[n]];
            if (_classes == 0)
            {
                sum += weight * target;
            }
            else
            {
                output[(int)target] += (float)weight;
            }
        }

        if (_classes == 0)
        {
            output[0] = (float)(sum / total);
            return;
        }

        for (var c = 0; c < output.Length; c++)
        {
            output[c] = (float)(output[c] / total);
        }
    }
}
