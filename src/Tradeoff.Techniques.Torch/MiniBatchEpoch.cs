using static TorchSharp.torch;

namespace Tradeoff.Techniques.Torch;

/// <summary>One pass over the training rows in mini-batches, one optimizer step each: the epoch of a libtorch trainer.</summary>
internal static class MiniBatchEpoch
{
    /// <summary>The inputs of a batch of rows, as a tensor made in the caller's dispose scope.</summary>
    public delegate Tensor Inputs(ReadOnlySpan<long> rows);

    /// <summary>
    /// Steps <paramref name="optimizer"/> on <paramref name="rows"/>, in their order, <paramref name="batchSize"/> rows at
    /// a time: <paramref name="x"/> gives a batch's inputs, <paramref name="y"/> holds every row's target, and
    /// <paramref name="loss"/> gives a batch's loss from its inputs and targets. Returns the mean loss per row; checks
    /// <paramref name="cancellation"/> before every batch.
    /// </summary>
    public static double Run(
        AdamOptimizer optimizer, Inputs x, Tensor y, long[] rows, int batchSize, Func<Tensor, Tensor, Tensor> loss, CancellationToken cancellation)
    {
        using var order = tensor(rows);
        var total = 0.0;
        for (var start = 0; start < rows.Length; start += batchSize)
        {
            cancellation.ThrowIfCancellationRequested();
            using var batch = NewDisposeScope();
            var length = Math.Min(batchSize, rows.Length - start);
            var index = order.narrow(0, start, length);
            var value = loss(x(rows.AsSpan(start, length)), y.index_select(0, index));
            optimizer.ZeroGrad();
            value.backward();
            optimizer.Step();
            total += value.item<float>() * (double)length;
        }

        return total / Math.Max(1, rows.Length);
    }
}
