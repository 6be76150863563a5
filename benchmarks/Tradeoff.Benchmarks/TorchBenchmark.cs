using System.Diagnostics;
using System.Globalization;
using Tradeoff.Core.Data;
using Tradeoff.Core.Features;
using Tradeoff.Core.Techniques;
using Tradeoff.Techniques.Torch;

namespace Tradeoff.Benchmarks;

/// <summary>
/// The lecture's 784-300-100-10 network on Fashion-MNIST (60,000 train / 10,000 test, pixels / 255), through the
/// shared featurization as a run uses it: test accuracy after the epochs, time per epoch, single-row latency.
/// Peer: benchmarks/sklearn_mlp.py (scikit-learn's MLPClassifier((300, 100))) on the same files.
/// </summary>
internal sealed class TorchBenchmark : IBenchmark
{
    public string Name => "torch";

    public string Description => "neural-network 784-300-100-10 on Fashion-MNIST: accuracy, time per epoch, latency [--epochs N] [--threads N] [--batch N] [--hidden A,B]";

    public int Run(string[] args)
    {
        var epochs = Option(args, "--epochs", 15);
        var threads = Option(args, "--threads", 2);
        var batchSize = Option(args, "--batch", 128);
        var at = Array.IndexOf(args, "--hidden");
        var hidden = at >= 0 && at + 1 < args.Length ? args[at + 1] : "300,100";
        var descriptor = TorchTechniques.All.Single(d => d.Id == "neural-network");
        if (descriptor.CheckAvailability() is { } reason)
        {
            Console.WriteLine("neural-network unavailable: " + reason);
            return 1;
        }

        var load = Stopwatch.StartNew();
        var (train, test) = FashionMnistFiles.Load();
        Console.WriteLine(Invariant($"loaded {train.RowCount} train / {test.RowCount} test rows, {train.FeatureCount} features in {load.Elapsed.TotalSeconds:F1} s"));

        var settings = new TechniqueSettings("neural-network", new Dictionary<string, string>
        {
            ["hidden"] = "[" + hidden + "]",
            ["epochs"] = epochs.ToString(CultureInfo.InvariantCulture),
            ["batch-size"] = batchSize.ToString(CultureInfo.InvariantCulture),
            ["learning-rate"] = "0.001",
        });
        // The featurization (standardizing 784 columns) is timed alone, so that the epochs' share of the fit is known.
        var featurizeCpuBefore = Environment.CpuUsage.TotalTime;
        var featurize = Stopwatch.StartNew();
        _ = Featurizer.Fit(train, FeaturizationPlan.For(descriptor.Capabilities)).Transform(train);
        featurize.Stop();
        var featurizeCpu = Environment.CpuUsage.TotalTime - featurizeCpuBefore;

        var technique = FeaturizedTechnique.Wrap(descriptor.CreateChecked(settings));
        var cpuBefore = Environment.CpuUsage.TotalTime;
        var fit = Stopwatch.StartNew();
        using var model = technique.Fit(train, new FitContext { Seed = 42, Threads = threads });
        fit.Stop();
        var cpu = Environment.CpuUsage.TotalTime - cpuBefore;
        var training = fit.Elapsed - featurize.Elapsed;
        Console.WriteLine(Invariant($"fit: {fit.Elapsed.TotalSeconds:F1} s = featurization {featurize.Elapsed.TotalSeconds:F1} s + training {training.TotalSeconds:F1} s"));
        Console.WriteLine(Invariant($"training: {epochs} epochs, {training.TotalSeconds / epochs:F2} s per epoch (threads {threads}, hidden {hidden}, batch {batchSize}, Adam 0.001; includes copying rows to tensors)"));
        Console.WriteLine(Invariant($"CPU time (user + system, all threads): fit {cpu.TotalSeconds:F1} s, featurization {featurizeCpu.TotalSeconds:F1} s, training {(cpu - featurizeCpu).TotalSeconds / epochs:F2} s per epoch"));
        Console.WriteLine(Invariant($"parameters: {model.ParameterCount}"));

        var testRows = test.ToRowMajor();
        var passes = new double[3];
        var passesCpu = new double[3];
        var accuracy = 0.0;
        for (var pass = 0; pass < passes.Length; pass++)
        {
            var batchCpu = Environment.CpuUsage.TotalTime;
            var batch = Stopwatch.StartNew();
            accuracy = Accuracy(model, test, testRows);
            passes[pass] = batch.Elapsed.TotalMilliseconds;
            passesCpu[pass] = (Environment.CpuUsage.TotalTime - batchCpu).TotalMilliseconds;
        }

        Console.WriteLine(Invariant($"test accuracy: {accuracy:F4}"));
        Console.WriteLine(Invariant($"batch prediction of {test.RowCount} rows: {passes[0]:F0} ms cold (JIT tiering), median of 3 passes {passes.Order().ElementAt(1):F0} ms wall, {passesCpu.Order().ElementAt(1):F0} ms CPU"));

        var latencies = Latencies(model, test, testRows, warmUp: 2_000, samples: 20_000);
        Console.WriteLine(Invariant($"single-row latency: p50 {latencies[latencies.Length / 2]:F1} us, p90 {latencies[latencies.Length * 9 / 10]:F1} us, p99 {latencies[latencies.Length * 99 / 100]:F1} us (20,000 calls, cycling test rows, raw rows through the featurizer)"));
        var native = TorchForwardLatency.Measure(testRows, test.FeatureCount, warmUp: 2_000, samples: 20_000);
        Console.WriteLine(Invariant($"for comparison, one row through libtorch (no_grad, preallocated input): p50 {native[native.Length / 2]:F1} us, p99 {native[native.Length * 99 / 100]:F1} us"));
        using var saved = new MemoryStream();
        model.Save(saved);
        Console.WriteLine(Invariant($"model size: {saved.Length} bytes"));
        return 0;
    }

    private static double Accuracy(IModel model, Dataset test, float[] rows)
    {
        var output = new float[test.RowCount * model.OutputLength];
        model.PredictBatch(rows, test.RowCount, output);
        var right = 0;
        for (var r = 0; r < test.RowCount; r++)
        {
            var scores = output.AsSpan(r * model.OutputLength, model.OutputLength);
            right += scores.IndexOf(System.Numerics.Tensors.TensorPrimitives.Max(scores)) == (int)test.Target.Values[r] ? 1 : 0;
        }

        return right / (double)test.RowCount;
    }

    private static double[] Latencies(IModel model, Dataset test, float[] rows, int warmUp, int samples)
    {
        var width = test.FeatureCount;
        var output = new float[model.OutputLength];
        for (var i = 0; i < warmUp; i++)
        {
            model.Predict(rows.AsSpan((i % test.RowCount) * width, width), output);
        }

        var latencies = new double[samples];
        for (var i = 0; i < samples; i++)
        {
            var row = rows.AsSpan((i % test.RowCount) * width, width);
            var start = Stopwatch.GetTimestamp();
            model.Predict(row, output);
            latencies[i] = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
        }

        Array.Sort(latencies);
        return latencies;
    }

    internal static int Option(string[] args, string name, int defaultValue)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : defaultValue;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
