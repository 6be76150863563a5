using System.Diagnostics;
using static TorchSharp.torch;

namespace Tradeoff.Benchmarks;

/// <summary>
/// What one row through libtorch itself costs (784-300-100-10, no_grad, one preallocated input tensor whose data is
/// overwritten): the alternative the neural network's managed prediction was chosen over.
/// </summary>
internal static class TorchForwardLatency
{
    public static double[] Measure(float[] rows, int width, int warmUp, int samples)
    {
        using var scope = NewDisposeScope();
        var network = nn.Sequential(
            nn.Linear(width, 300), nn.ReLU(), nn.Linear(300, 100), nn.ReLU(), nn.Linear(100, 10), nn.Softmax(1));
        var input = zeros(1, width);
        var output = new float[10];
        var rowCount = rows.Length / width;
        var latencies = new double[samples];
        using var noGrad = no_grad();
        for (var i = 0; i < warmUp + samples; i++)
        {
            var row = rows.AsSpan((i % rowCount) * width, width);
            var start = Stopwatch.GetTimestamp();
            using (var step = NewDisposeScope())
            {
                using (var writer = input.data<float>())
                {
                    writer.CopyFrom(row, 0, 0);
                }

                using var reader = network.forward(input).data<float>();
                reader.CopyTo(output, 0, 0);
            }

            if (i >= warmUp)
            {
                latencies[i - warmUp] = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
            }
        }

        Array.Sort(latencies);
        return latencies;
    }
}
