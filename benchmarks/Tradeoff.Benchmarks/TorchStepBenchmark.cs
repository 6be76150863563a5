using System.Diagnostics;
using System.Globalization;
using Tradeoff.Core;
using Tradeoff.Techniques.Torch;
using static TorchSharp.torch;

namespace Tradeoff.Benchmarks;

/// <summary>
/// One training step of the lecture's 784-300-100-10 network (batch 128, random inputs) split into its parts: forward
/// and backward, zeroing the gradients, and the Adam update, ours (<c>AdamOptimizer</c>, one pass over each parameter)
/// against TorchSharp's <c>optim.Adam</c> (eight libtorch calls per parameter) in the same process, alternately.
/// </summary>
internal sealed class TorchStepBenchmark : IBenchmark
{
    private const int Steps = 400;

    public string Name => "torch-step";

    public string Description => "a step of the 784-300-100-10 network in parts, our Adam against TorchSharp's [--threads N] [--rounds N]";

    public int Run(string[] args)
    {
        var threads = TorchBenchmark.Option(args, "--threads", 2);
        var rounds = TorchBenchmark.Option(args, "--rounds", 3);
        NativeLibraries.Configure();
        TorchRuntime.Prepare(threads);
        using var scope = NewDisposeScope();
        // Each optimizer trains its own copy of the network, so neither's moments share the cache with the other's.
        TorchSharp.Modules.Linear[] Network() => [nn.Linear(784, 300), nn.Linear(300, 100), nn.Linear(100, 10)];
        var ourLayers = Network();
        var theirLayers = Network();
        var ours = new AdamOptimizer(ourLayers.SelectMany(l => l.parameters()), 0.001);
        using var theirs = optim.Adam(theirLayers.SelectMany(l => l.parameters()), 0.001);
        var x = randn(128, 784);
        var y = randint(0, 10, [128]);
        (double Forward, double Zero, double Update) Time(Action zero, Action step, TorchSharp.Modules.Linear[] layers)
        {
            // Warm-up for 0.5 s at least: five times the runtime's call-counting delay before tier-up.
            var warm = Stopwatch.StartNew();
            while (warm.Elapsed < TimeSpan.FromSeconds(0.5))
            {
                Step(zero, step, x, y, layers);
            }

            var sums = (Forward: 0.0, Zero: 0.0, Update: 0.0);
            for (var i = 0; i < Steps; i++)
            {
                var (f, z, u) = Step(zero, step, x, y, layers);
                sums = (sums.Forward + f, sums.Zero + z, sums.Update + u);
            }

            return (sums.Forward / Steps, sums.Zero / Steps, sums.Update / Steps);
        }

        for (var round = 1; round <= rounds; round++)
        {
            foreach (var (name, zero, step, layers) in new (string, Action, Action, TorchSharp.Modules.Linear[])[] { ("ours", ours.ZeroGrad, ours.Step, ourLayers), ("TorchSharp's", theirs.zero_grad, () => theirs.step(), theirLayers) })
            {
                var (f, z, u) = Time(zero, step, layers);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"round {round}, {name} Adam: per step forward + backward {f:F3} ms, zero gradients {z:F3} ms, Adam update {u:F3} ms ({Steps} steps, {threads} threads)"));
            }
        }

        return 0;
    }

    private static (double Forward, double Zero, double Update) Step(Action zero, Action step, Tensor x, Tensor y, TorchSharp.Modules.Linear[] layers)
    {
        using var scope = NewDisposeScope();
        var start = Stopwatch.GetTimestamp();
        var h = nn.functional.relu(layers[0].forward(x));
        h = nn.functional.relu(layers[1].forward(h));
        var loss = nn.functional.cross_entropy(layers[2].forward(h), y);
        var forward = Stopwatch.GetTimestamp();
        zero();
        var zeroed = Stopwatch.GetTimestamp();
        loss.backward();
        var backward = Stopwatch.GetTimestamp();
        step();
        var end = Stopwatch.GetTimestamp();
        return (
            Stopwatch.GetElapsedTime(start, forward).TotalMilliseconds + Stopwatch.GetElapsedTime(zeroed, backward).TotalMilliseconds,
            Stopwatch.GetElapsedTime(forward, zeroed).TotalMilliseconds,
            Stopwatch.GetElapsedTime(backward, end).TotalMilliseconds);
    }
}
