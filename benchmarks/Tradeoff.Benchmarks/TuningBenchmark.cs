using System.Diagnostics;
using System.Globalization;
using Tradeoff.Core;
using Tradeoff.Core.Data;
using Tradeoff.Core.Data.Loading;
using Tradeoff.Core.Studies;
using Tradeoff.Measurement;
using Tradeoff.Techniques;
using Tradeoff.Techniques.MLNet;
using Tradeoff.Techniques.Torch;

namespace Tradeoff.Benchmarks;

/// <summary>
/// Issue 9's target: tuning 20 trials per technique on credit-g (1,000 rows) within 5 minutes on 2 cores. Every
/// learning technique for binary classification is tuned (random or cost-frugal order, 3-fold inner
/// cross-validation) and scored by 10-fold nested cross-validation, the run's full tuning cost; the other
/// qualities are left out so that the figure is the tuning's. benchmarks/sklearn_tuning.py is the peer.
/// </summary>
internal sealed class TuningBenchmark : IBenchmark
{
    public string Name => "tuning";

    public string Description => "tune every technique on credit-g, 10-fold nested CV: [trials=20] [random|cost-frugal] [ARFF=examples/credit-scoring/credit-g.arff] [technique,...]";

    public int Run(string[] args)
    {
        NativeLibraries.Configure();
        var trials = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 20;
        var strategy = args.Length > 1 && args[1] == "cost-frugal" ? TuningStrategy.CostFrugal : TuningStrategy.Random;
        var path = args.Length > 2 ? args[2] : "examples/credit-scoring/credit-g.arff";
        var only = args.Length > 3 ? args[3].Split(',') : null;
        var data = DatasetBuilder.Build(DataLoader.Load(path), "class", positive: "bad");
        var tuning = new TuningSpec { Trials = trials, Strategy = strategy };
        var protocol = new ProtocolSpec { Folds = 10, Seed = 42, Qualities = ["accuracy", "auc"], Tuning = tuning };
        var engine = new MeasurementEngine(protocol, TimeProvider.System);
        var descriptors = OwnTechniques.All.Concat(MLNetTechniques.All).Concat(TorchTechniques.All)
            .Where(d => !d.Search.IsEmpty && d.Capabilities.Tasks.Contains(TaskKind.BinaryClassification) && (only is null || only.Contains(d.Id)))
            .ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{data.RowCount} rows, {trials} trials, {strategy}, 10-fold nested CV, 3 inner folds, {Environment.ProcessorCount} cores, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC"));
        Console.WriteLine("technique              trials  search s  nested s  total s  nested acc  chosen");
        var total = Stopwatch.StartNew();
        foreach (var descriptor in descriptors)
        {
            var watch = Stopwatch.StartNew();
            var result = engine.MeasureTuned(descriptor.Id, descriptor, new Dictionary<string, string>(), "accuracy", null, data, null, CancellationToken.None);
            var t = result.Tuning!;
            var accuracy = result.Qualities.TryGetValue("accuracy", out var a) && a.IsAvailable ? a.Value.ToString("0.000", CultureInfo.InvariantCulture) : result.Message ?? "n/a";
            var chosen = t.Chosen is { } index ? string.Join(",", t.Trials.Single(x => x.Index == index).Settings.Select(p => p.Key + "=" + p.Value)) : "-";
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{descriptor.Id,-22} {t.Trials.Count,6} {t.SearchSeconds,9:0.0} {t.NestedSeconds,9:0.0} {watch.Elapsed.TotalSeconds,8:0.0}  {accuracy,10}  {chosen}"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"total {total.Elapsed.TotalSeconds:0.0} s for {descriptors.Count} techniques"));
        return 0;
    }
}
