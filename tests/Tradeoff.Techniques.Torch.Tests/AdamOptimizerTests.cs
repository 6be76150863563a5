using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Tradeoff.Techniques.Torch.Tests;

public sealed class AdamOptimizerTests
{
    [Fact]
    public void It_gives_the_weights_TorchSharps_Adam_gives_bit_for_bit()
    {
        // Given one small regression problem trained twice from the same weights
        var ours = Train((parameters, step) =>
        {
            using var adam = new AdamOptimizer(parameters, 0.01);
            step(adam.ZeroGrad, adam.Step);
        });
        var theirs = Train((parameters, step) =>
        {
            using var adam = optim.Adam(parameters, 0.01);
            step(adam.zero_grad, () => adam.step());
        });

        // Then every weight is the same float after 40 steps
        Assert.Equal(theirs, ours);
    }

    [Fact]
    public void Every_number_reaches_libtorch_intact_while_another_thread_collects_garbage()
    {
        // Given the steps of one run on a quiet process
        const int Steps = 30000;
        var quiet = Steps_with_a_collector(Steps, collect: false);

        // When the same steps run while another thread collects garbage and runs finalizers without pause (a number
        // made on the fly for libtorch can then be freed mid-call: TorchSharp's own Adam failed here 4 times in 4, with
        // c10::Scalar's check "Expected false to be true")
        var busy = Steps_with_a_collector(Steps, collect: true);

        // Then the weights are the same
        Assert.Equal(quiet, busy);
    }

    private static float[] Steps_with_a_collector(int steps, bool collect)
    {
        TorchRuntime.Prepare(1);
        using var stop = new CancellationTokenSource();
        var collector = new Thread(() =>
        {
            while (collect && !stop.IsCancellationRequested)
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
            }
        });
        collector.Start();
        try
        {
            using var scope = NewDisposeScope();
            using var weights = new Parameter(linspace(-1, 1, 16));
            using var adam = new AdamOptimizer([weights], 0.01);
            for (var i = 0; i < steps; i++)
            {
                using var batch = NewDisposeScope();
                adam.ZeroGrad();
                (weights * weights).sum().backward();
                adam.Step();
            }

            return weights.data<float>().ToArray();
        }
        finally
        {
            stop.Cancel();
            collector.Join();
        }
    }

    private static float[] Train(Action<IEnumerable<Parameter>, Action<Action, Action>> optimize)
    {
        TorchRuntime.Prepare(1);
        using var scope = NewDisposeScope();
        var random = new Random(3);
        var x = tensor(Enumerable.Range(0, 64 * 3).Select(_ => (float)random.NextDouble()).ToArray(), [64, 3]);
        var y = tensor(Enumerable.Range(0, 64).Select(_ => (float)random.NextDouble()).ToArray(), [64, 1]);
        using var layer = nn.Linear(3, 1);
        using (no_grad())
        {
            layer.weight!.copy_(tensor(new[] { 0.1f, -0.2f, 0.3f }, [1, 3]));
            layer.bias!.copy_(tensor(new[] { 0.05f }));
        }

        optimize(layer.parameters(), (zeroGrad, step) =>
        {
            for (var i = 0; i < 40; i++)
            {
                using var batch = NewDisposeScope();
                zeroGrad();
                nn.functional.mse_loss(layer.forward(x), y).backward();
                step();
            }
        });
        return [.. layer.weight!.data<float>().ToArray(), .. layer.bias!.data<float>().ToArray()];
    }
}
