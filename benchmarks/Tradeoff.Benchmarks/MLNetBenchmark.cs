using System.Diagnostics;
using System.Globalization;
using Tradeoff.Core;
using Tradeoff.Core.Data;
using Tradeoff.Core.Features;
using Tradeoff.Core.Techniques;
using Tradeoff.Techniques.MLNet;

namespace Tradeoff.Benchmarks;

/// <summary>
/// The ML.NET adapters on Fashion-MNIST as the protocol runs them (behind the shared featurization): test accuracy,
/// training time, single-row latency and allocation. The scikit-learn peers: benchmarks/sklearn_mlnet.py.
/// </summary>
internal sealed class MLNetBenchmark : IBenchmark
{
    private const int WarmUpCalls = 200;
    private const int LatencyCalls = 2000;

    public string Name => "mlnet";

    public string Description => "gradient-boosting and logistic-regression (ML.NET) on Fashion-MNIST; args: [technique ids] [--data DIR] [--rows N] [--set NAME=VALUE ...]";

    public int Run(string[] args)
    {
        NativeLibraries.Configure();
        var directory = FashionMnistFiles.DefaultDirectory;
        var ids = new List<string>();
        var rowLimit = int.MaxValue;
        var settings = new Dictionary<string, string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--data" && i + 1 < args.Length)
            {
                directory = args[++i];
            }
            else if (args[i] == "--rows" && i + 1 < args.Length)
            {
                // A quick check of the benchmark itself on the first N training rows.
                rowLimit = int.Parse(args[++i], CultureInfo.InvariantCulture);
            }
            else if (args[i] == "--set" && i + 1 < args.Length)
            {
                // A setting for every technique measured, e.g. deterministic=false, or iterations=1 to see the cost
                // of everything but the boosting rounds.
                var pair = args[++i].Split('=', 2);
                if (pair.Length != 2)
                {
                    Console.Error.WriteLine($"mlnet: --set '{args[i]}': expected NAME=VALUE");
                    return 2;
                }

                settings[pair[0]] = pair[1];
            }
            else if (args[i].StartsWith('-'))
            {
                Console.Error.WriteLine($"mlnet: unknown option '{args[i]}'");
                return 2;
            }
            else
            {
                ids.Add(args[i]);
            }
        }

        if (ids.Count == 0)
        {
            ids.AddRange(["gradient-boosting", "logistic-regression"]);
        }

        Console.WriteLine($"{Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}, " +
                          $"ML.NET {Version(typeof(Microsoft.ML.MLContext))}, Microsoft.ML.LightGbm {Version(typeof(Microsoft.ML.Trainers.LightGbm.LightGbmBinaryTrainer))}, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
        var loading = Stopwatch.StartNew();
        var (train, test) = FashionMnistFiles.Load(directory);
        if (rowLimit < train.RowCount)
        {
            train = train.Subset(Enumerable.Range(0, rowLimit).ToArray());
        }

        Console.WriteLine($"Fashion-MNIST: {train.RowCount} train, {test.RowCount} test, {train.FeatureCount} features, loaded in {loading.Elapsed.TotalSeconds:F1} s");
        var catalog = new TechniqueCatalog(MLNetTechniques.All);
        foreach (var id in ids)
        {
            Measure(catalog.Get(id), new TechniqueSettings(id, settings), train, test);
        }

        return 0;
    }

    private static void Measure(TechniqueDescriptor descriptor, TechniqueSettings settings, Dataset train, Dataset test)
    {
        var technique = FeaturizedTechnique.Wrap(descriptor.CreateChecked(settings));
        var context = new FitContext { Seed = 42, Threads = Environment.ProcessorCount };
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        using var model = technique.Fit(train, context);
        var trainSeconds = watch.Elapsed.TotalSeconds;
        process.Refresh();
        var trainCpuSeconds = (process.TotalProcessorTime - cpuBefore).TotalSeconds;

        var rows = test.ToRowMajor();
        var width = test.FeatureCount;
        var output = new float[model.OutputLength];
        var right = 0;
        for (var r = 0; r < test.RowCount; r++)
        {
            model.Predict(rows.AsSpan(r * width, width), output);
            right += ArgMax(output) == (int)test.Target.Values[r] ? 1 : 0;
        }

        var (p50, p99, bytesPerCall) = Latency(model, rows, width, test.RowCount);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"tradeoff {descriptor.Id}{Given(settings)}: accuracy {right / (double)test.RowCount:F4}, train {trainSeconds:F1} s (CPU {trainCpuSeconds:F1} s, {context.Threads} threads), " +
            $"latency p50 {p50:F1} us, p99 {p99:F1} us, {bytesPerCall:F0} bytes allocated per call, {model.ParameterCount} parameters"));
    }

    /// <summary>Single-row calls cycling the test rows, after a warm-up; allocation over the same calls.</summary>
    private static (double P50, double P99, double BytesPerCall) Latency(IModel model, float[] rows, int width, int rowCount)
    {
        var output = new float[model.OutputLength];
        for (var i = 0; i < WarmUpCalls; i++)
        {
            model.Predict(rows.AsSpan((i % rowCount) * width, width), output);
        }

        var samples = new double[LatencyCalls];
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < LatencyCalls; i++)
        {
            var start = Stopwatch.GetTimestamp();
            model.Predict(rows.AsSpan((i % rowCount) * width, width), output);
            samples[i] = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
        }

        var bytesPerCall = (GC.GetAllocatedBytesForCurrentThread() - allocated) / (double)LatencyCalls;
        Array.Sort(samples);
        return (samples[LatencyCalls / 2], samples[(int)(LatencyCalls * 0.99)], bytesPerCall);
    }

    private static string Given(TechniqueSettings settings) =>
        settings.Values.Count == 0 ? "" : " (" + string.Join(", ", settings.Values.Select(p => $"{p.Key}={p.Value}")) + ")";

    private static string Version(Type type) =>
        type.Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
            .OfType<System.Reflection.AssemblyInformationalVersionAttribute>().FirstOrDefault()?.InformationalVersion.Split('+')[0] ?? "?";

    private static int ArgMax(ReadOnlySpan<float> values)
    {
        var best = 0;
        for (var c = 1; c < values.Length; c++)
        {
            if (values[c] > values[best])
            {
                best = c;
            }
        }

        return best;
    }
}
