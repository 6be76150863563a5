using System.Diagnostics;
using System.Globalization;
using Tradeoff.Core.Data;
using Tradeoff.Core.Features;
using Tradeoff.Core.Techniques;
using Tradeoff.Techniques;

namespace Tradeoff.Benchmarks;

/// <summary>
/// naive-bayes (Gaussian) and k-nearest-neighbours (k = 5) on Fashion-MNIST, behind the shared featurization as
/// the protocol runs them: test accuracy, training time, single-row latency, batch prediction time.
/// Arguments: <c>[nb|knn|all] [knn-latency-calls]</c>.
/// </summary>
internal sealed class OwnModelsBenchmark : IBenchmark
{
    private const int Threads = 2;

    public string Name => "own-models";

    public string Description => "naive-bayes and k-nearest-neighbours (k=5) on Fashion-MNIST: accuracy, fit time, latency";

    public int Run(string[] args)
    {
        var which = args.Length > 0 ? args[0] : "all";
        var knnCalls = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 200;
        var watch = Stopwatch.StartNew();
        var train = FashionMnistFiles.Load(test: false);
        var test = FashionMnistFiles.Load(test: true);
        Print($"loaded Fashion-MNIST: {train.RowCount} x {train.FeatureCount} train, {test.RowCount} test in {watch.Elapsed.TotalSeconds:F1} s; {Environment.ProcessorCount} cores, {Threads} threads");
        var testRows = test.ToRowMajor();
        if (which is "all" or "nb")
        {
            Measure("naive-bayes", Create("naive-bayes"), train, test, testRows, latencyCalls: 10_000);
        }

        if (which is "all" or "knn")
        {
            Measure("k-nearest-neighbours (k=5)", Create("k-nearest-neighbours", ("k", "5")), train, test, testRows, latencyCalls: knnCalls);
        }

        return 0;
    }

    private static ITechnique Create(string id, params (string Key, string Value)[] settings) =>
        OwnTechniques.All.Single(d => d.Id == id).CreateChecked(new TechniqueSettings(id, settings.ToDictionary(s => s.Key, s => s.Value, StringComparer.Ordinal)));

    private static void Measure(string name, ITechnique technique, Dataset train, Dataset test, float[] testRows, int latencyCalls)
    {
        var wrapped = FeaturizedTechnique.Wrap(technique);
        var context = new FitContext { Seed = 42, Threads = Threads };
        // One untimed fit first so the JIT is warm, as the protocol's median over several fits would be.
        wrapped.Fit(train.Subset(Enumerable.Range(0, 1000).ToArray()), context).Dispose();
        var cpu = CpuTime();
        var watch = Stopwatch.StartNew();
        using var model = wrapped.Fit(train, context);
        var fit = watch.Elapsed;
        var fitCpu = CpuTime() - cpu;
        watch.Restart();
        var featurizer = Featurizer.Fit(train, FeaturizationPlan.For(technique.Capabilities));
        var featurizerFit = watch.Elapsed;
        var featurized = featurizer.Transform(train);
        var transform = watch.Elapsed - featurizerFit;
        watch.Restart();
        technique.Fit(featurized, context).Dispose();
        var innerFit = watch.Elapsed;

        var output = new float[test.RowCount * model.OutputLength];
        // A small batch first, so that the timed batch runs tiered-up code.
        model.PredictBatch(testRows.AsSpan(0, 200 * test.FeatureCount), 200, output);
        cpu = CpuTime();
        watch.Restart();
        model.PredictBatch(testRows, test.RowCount, output);
        var batch = watch.Elapsed;
        var batchCpu = CpuTime() - cpu;
        var accuracy = Accuracy(output, test);

        var (p50, p90, p99, bytesPerCall) = Latency(model, test, testRows, latencyCalls);
        Print($"{name}: test accuracy {accuracy:F4}; fit {fit.TotalSeconds:F3} s wall, {fitCpu.TotalSeconds:F3} s CPU (featurization included); {model.ParameterCount} parameters");
        Print($"  of which: featurizer fit {featurizerFit.TotalSeconds:F3} s, transform {transform.TotalSeconds:F3} s, technique fit {innerFit.TotalSeconds:F3} s (measured apart)");
        Print($"  batch of {test.RowCount} rows: {batch.TotalSeconds:F3} s wall, {batchCpu.TotalSeconds:F3} s CPU ({test.RowCount / batch.TotalSeconds:F0} rows/s)");
        Print($"  single row: p50 {p50:F1} us, p90 {p90:F1} us, p99 {p99:F1} us over {latencyCalls} calls, {bytesPerCall:F1} bytes allocated per call");
    }

    // Warm-up, then one Stopwatch reading per call, cycling through the test rows.
    private static (double P50, double P90, double P99, double BytesPerCall) Latency(IModel model, Dataset test, float[] testRows, int calls)
    {
        var width = test.FeatureCount;
        var output = new float[model.OutputLength];
        for (var i = 0; i < Math.Min(calls, 100); i++)
        {
            model.Predict(testRows.AsSpan(i % test.RowCount * width, width), output);
        }

        var samples = new double[calls];
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < calls; i++)
        {
            var row = testRows.AsSpan((i + 100) % test.RowCount * width, width);
            var start = Stopwatch.GetTimestamp();
            model.Predict(row, output);
            samples[i] = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
        }

        var bytes = (GC.GetAllocatedBytesForCurrentThread() - allocated) / (double)calls;
        Array.Sort(samples);
        return (Percentile(samples, 0.5), Percentile(samples, 0.9), Percentile(samples, 0.99), bytes);
    }

    private static TimeSpan CpuTime()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    private static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Floor(p * sorted.Length))];

    private static double Accuracy(float[] output, Dataset test)
    {
        var k = test.ClassCount;
        var right = 0;
        for (var r = 0; r < test.RowCount; r++)
        {
            var scores = output.AsSpan(r * k, k);
            var best = 0;
            for (var c = 1; c < k; c++)
            {
                if (scores[c] > scores[best])
                {
                    best = c;
                }
            }

            right += best == (int)test.Target.Values[r] ? 1 : 0;
        }

        return right / (double)test.RowCount;
    }

    private static void Print(FormattableString line) => Console.WriteLine(line.ToString(CultureInfo.InvariantCulture));
}
