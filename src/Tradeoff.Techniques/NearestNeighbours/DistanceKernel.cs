using System.Numerics;
using System.Runtime.InteropServices;

namespace Tradeoff.Techniques.NearestNeighbours;

/// <summary>
/// Squared Euclidean distances with SIMD, eight pairs at a time. Written by hand rather than calling
/// TensorPrimitives.Distance per pair: that runs one pair per call on a single accumulator, so every step waits
/// for the previous fused multiply-add and reloads both vectors; eight pairs that share one vector (a query
/// against eight stored rows, or a stored row against eight queries) load it once and keep eight independent
/// accumulators busy. Measured on 784 features: four times faster than one TensorPrimitives.Distance call per
/// pair when eight cached queries share a stored row (batch prediction); the same speed when eight stored rows
/// share a query (single-row prediction), which memory bandwidth bounds either way (docs/BENCHMARKS.md).
/// </summary>
/// <remarks>
/// Every pair is summed in the same order whichever method computes it (lane-wise fused multiply-add over the
/// vector part, lanes summed, then the scalar tail), so single-row and batch prediction see identical distances.
/// </remarks>
internal static class DistanceKernel
{
    /// <summary>Pairs per call of <see cref="SquaredDistances8"/>.</summary>
    public const int Group = 8;

    /// <summary>
    /// The squared distance between <paramref name="shared"/> and each of the eight vectors that start at
    /// 0, <paramref name="stride"/>, ..., 7 x <paramref name="stride"/> in <paramref name="others"/>.
    /// </summary>
    public static void SquaredDistances8(ReadOnlySpan<float> shared, ReadOnlySpan<float> others, int stride, Span<float> result)
    {
        var width = shared.Length;
        if (others.Length < (7L * stride) + width || result.Length < Group)
        {
            throw new ArgumentOutOfRangeException(nameof(others), "Eight vectors of the shared width are needed.");
        }

        ref var s = ref MemoryMarshal.GetReference(shared);
        ref var o = ref MemoryMarshal.GetReference(others);
        var (o1, o2, o3, o4, o5, o6, o7) = ((nuint)stride, (nuint)(2 * stride), (nuint)(3 * stride), (nuint)(4 * stride), (nuint)(5 * stride), (nuint)(6 * stride), (nuint)(7 * stride));
        Vector<float> a0 = default, a1 = default, a2 = default, a3 = default, a4 = default, a5 = default, a6 = default, a7 = default;
        var step = Vector<float>.Count;
        var j = 0;
        for (; j <= width - step; j += step)
        {
            var at = (nuint)j;
            var v = Vector.LoadUnsafe(ref s, at);
            a0 = Accumulate(Vector.LoadUnsafe(ref o, at) - v, a0);
            a1 = Accumulate(Vector.LoadUnsafe(ref o, at + o1) - v, a1);
            a2 = Accumulate(Vector.LoadUnsafe(ref o, at + o2) - v, a2);
            a3 = Accumulate(Vector.LoadUnsafe(ref o, at + o3) - v, a3);
            a4 = Accumulate(Vector.LoadUnsafe(ref o, at + o4) - v, a4);
            a5 = Accumulate(Vector.LoadUnsafe(ref o, at + o5) - v, a5);
            a6 = Accumulate(Vector.LoadUnsafe(ref o, at + o6) - v, a6);
            a7 = Accumulate(Vector.LoadUnsafe(ref o, at + o7) - v, a7);
        }

        result[0] = Vector.Sum(a0) + Tail(shared, others, j);
        result[1] = Vector.Sum(a1) + Tail(shared, others[stride..], j);
        result[2] = Vector.Sum(a2) + Tail(shared, others[(2 * stride)..], j);
        result[3] = Vector.Sum(a3) + Tail(shared, others[(3 * stride)..], j);
        result[4] = Vector.Sum(a4) + Tail(shared, others[(4 * stride)..], j);
        result[5] = Vector.Sum(a5) + Tail(shared, others[(5 * stride)..], j);
        result[6] = Vector.Sum(a6) + Tail(shared, others[(6 * stride)..], j);
        result[7] = Vector.Sum(a7) + Tail(shared, others[(7 * stride)..], j);
    }

    /// <summary>The squared distance between <paramref name="shared"/> and the vector at the start of <paramref name="other"/>.</summary>
    public static float SquaredDistance(ReadOnlySpan<float> shared, ReadOnlySpan<float> other)
    {
        var width = shared.Length;
        if (other.Length < width)
        {
            throw new ArgumentOutOfRangeException(nameof(other), "A vector of the shared width is needed.");
        }

        ref var s = ref MemoryMarshal.GetReference(shared);
        ref var o = ref MemoryMarshal.GetReference(other);
        Vector<float> a = default;
        var step = Vector<float>.Count;
        var j = 0;
        for (; j <= width - step; j += step)
        {
            a = Accumulate(Vector.LoadUnsafe(ref o, (nuint)j) - Vector.LoadUnsafe(ref s, (nuint)j), a);
        }

        return Vector.Sum(a) + Tail(shared, other, j);
    }

    private static Vector<float> Accumulate(Vector<float> difference, Vector<float> sum) =>
        Vector.FusedMultiplyAdd(difference, difference, sum);

    private static float Tail(ReadOnlySpan<float> shared, ReadOnlySpan<float> other, int from)
    {
        var sum = 0f;
        for (var j = from; j < shared.Length; j++)
        {
            var d = other[j] - shared[j];
            sum = MathF.FusedMultiplyAdd(d, d, sum);
        }

        return sum;
    }
}
