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
/// Single-row latency of each exportable technique on credit-g, in process and in ONNX Runtime, both timed by the
/// engine's own latency probe (steady state, docs/PROTOCOL.md): the ONNX model is called as an application would call
/// it, one row's raw columns as named tensors per call, on one thread.
/// </summary>
internal sealed class OnnxLatencyBenchmark : IBenchmark
{
    public string Name => "onnx-latency";

    public string Description => "in-process vs ONNX Runtime single-row latency per technique on credit-g [credit-g.arff]";

    public int Run(string[] args)
    {
        var path = args.Length > 0 ? args[0] : "examples/credit-scoring/credit-g.arff";
        var train = DatasetBuilder.Build(DataLoader.Load(path), "class");
        var catalog = TechniqueCatalog.Compose(OwnTechniques.All, MLNetTechniques.All, TorchTechniques.All);
        var protocol = new ProtocolSpec();
        var plan = new LatencyPlan(protocol.LatencySamples, protocol.LatencyTimeCap, protocol.LatencyHardCap, protocol.WarmUp);
        var context = new ProbeContext { Time = TimeProvider.System, Cpu = new ProcessCpuClock(), Memory = new ProcResidentMemory(), Jit = new RuntimeJitCounter() };
        var rows = train.ToRowMajor();
        Console.WriteLine("| technique | in-process p50 | in-process p99 | ONNX Runtime p50 | ONNX Runtime p99 | ONNX file |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        foreach (var id in new[] { "baseline", "one-rule", "decision-tree", "random-forest", "gradient-boosting", "logistic-regression", "naive-bayes", "neural-network" })
        {
            var technique = FeaturizedTechnique.Wrap(catalog.Get(id).CreateChecked(new TechniqueSettings(id)));
            using var model = (FeaturizedModel)technique.Fit(train, new FitContext { Seed = 42 });
            var bytes = OnnxExport.Write(model, new ExportSchema(id, id, train.Task, train.Target.Name, train.Target.Levels, model.Featurizer));
            using var onnx = new OnnxRowModel(bytes, model.Featurizer.Steps, model.OutputLength, model.ParameterCount);
            var own = Percentiles(LatencyProbe.Measure(model, rows, train.FeatureCount, plan, context, CancellationToken.None));
            var runtime = Percentiles(LatencyProbe.Measure(onnx, rows, train.FeatureCount, plan, context, CancellationToken.None));
            Console.WriteLine($"| {id} | {own.P50} | {own.P99} | {runtime.P50} | {runtime.P99} | {QualityFormat.Value(bytes.Length, "B")} |");
        }

        return 0;
    }

    private static (string P50, string P99) Percentiles(LatencyResult latency)
    {
        var values = LatencyQualities.From(latency, "credit-g rows").ToDictionary(p => p.Id, p => QualityFormat.Format(p.Value));
        return (values[QualityIds.LatencyP50], values[QualityIds.LatencyP99]);
    }
}
