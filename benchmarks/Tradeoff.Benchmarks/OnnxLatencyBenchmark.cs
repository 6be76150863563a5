using Tradeoff.Core.Data;
using Tradeoff.Core.Data.Loading;
using Tradeoff.Core.Features;
using Tradeoff.Core.Qualities;
using Tradeoff.Core.Studies;
using Tradeoff.Core.Techniques;
using Tradeoff.Export;
using Tradeoff.Measurement.Probes;
using Tradeoff.Techniques;
using Tradeoff.Techniques.MLNet;
using Tradeoff.Techniques.Torch;

namespace Tradeoff.Benchmarks;

/// <summary>
/// Single-row latency of each exportable technique on credit-g or Fashion-MNIST, in process and in ONNX Runtime, both
/// timed by the engine's own latency probe (steady state, docs/PROTOCOL.md): the ONNX model is called as an
/// application would call it, one row's raw columns as named tensors per call, on one thread.
/// </summary>
/// <remarks>
/// credit-g: fitted on all its rows, timed on them. Fashion-MNIST: fitted on the first <c>--fit-rows</c> training
/// images (all 60,000 take minutes per technique), timed on the 10,000 test images, one row of 784 pixels a call.
/// </remarks>
internal sealed class OnnxLatencyBenchmark : IBenchmark
{
    public string Name => "onnx-latency";

    public string Description =>
        "in-process vs ONNX Runtime single-row latency per technique; args: [DATA.arff (target 'class'; default credit-g) | fashion-mnist [--fit-rows N (default 5000)]]";

    public int Run(string[] args)
    {
        var path = "examples/credit-scoring/credit-g.arff";
        var fitRows = 5000;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--fit-rows" && i + 1 < args.Length)
            {
                fitRows = int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture);
            }
            else if (args[i].StartsWith('-'))
            {
                Console.Error.WriteLine($"onnx-latency: unknown option '{args[i]}'");
                return 2;
            }
            else
            {
                path = args[i];
            }
        }

        var (train, timed) = Data(path, fitRows);
        var name = Path.GetFileNameWithoutExtension(path);
        Console.WriteLine($"{name}: fitted on {train.RowCount} rows, timed on {timed.RowCount} rows of {train.FeatureCount} features, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
        var catalog = TechniqueCatalog.Compose(OwnTechniques.All, MLNetTechniques.All, TorchTechniques.All);
        var protocol = new ProtocolSpec();
        var plan = new LatencyPlan(protocol.LatencySamples, protocol.LatencyTimeCap, protocol.LatencyHardCap, protocol.WarmUp);
        var context = new ProbeContext { Time = TimeProvider.System, Cpu = new ProcessCpuClock(), Memory = new ProcResidentMemory(), Jit = new RuntimeJitCounter() };
        var rows = timed.ToRowMajor();
        Console.WriteLine("| technique | in-process p50 | in-process p99 | ONNX Runtime p50 | ONNX Runtime p99 | ONNX file |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        foreach (var id in new[] { "baseline", "one-rule", "decision-tree", "random-forest", "gradient-boosting", "logistic-regression", "naive-bayes", "neural-network" })
        {
            var technique = FeaturizedTechnique.Wrap(catalog.Get(id).CreateChecked(new TechniqueSettings(id)));
            using var model = (FeaturizedModel)technique.Fit(train, new FitContext { Seed = 42 });
            var bytes = OnnxExport.Write(model, new ExportSchema(id, id, train.Task, train.Target.Name, train.Target.Levels, model.Featurizer));
            using var onnx = new OnnxRowModel(bytes, model.Featurizer.Steps, model.OutputLength, model.ParameterCount);
            var own = Percentiles(LatencyProbe.Measure(model, rows, train.FeatureCount, plan, context, CancellationToken.None), name);
            var runtime = Percentiles(LatencyProbe.Measure(onnx, rows, train.FeatureCount, plan, context, CancellationToken.None), name);
            Console.WriteLine($"| {id} | {own.P50} | {own.P99} | {runtime.P50} | {runtime.P99} | {QualityFormat.Value(bytes.Length, "B")} |");
        }

        return 0;
    }

    /// <summary>The rows to fit on and the rows to time.</summary>
    private static (Dataset Train, Dataset Timed) Data(string path, int fitRows)
    {
        if (path == "fashion-mnist")
        {
            var (train, test) = FashionMnistFiles.Load();
            return (fitRows < train.RowCount ? train.Subset(Enumerable.Range(0, fitRows).ToArray()) : train, test);
        }

        var all = DatasetBuilder.Build(DataLoader.Load(path), "class");
        return (all, all);
    }

    private static (string P50, string P99) Percentiles(LatencyResult latency, string data)
    {
        var values = LatencyQualities.From(latency, $"{data} rows").ToDictionary(p => p.Id, p => QualityFormat.Format(p.Value));
        return (values[QualityIds.LatencyP50], values[QualityIds.LatencyP99]);
    }
}
