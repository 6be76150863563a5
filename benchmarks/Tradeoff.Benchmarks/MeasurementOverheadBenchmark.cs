using System.Diagnostics;
using System.Globalization;
using Tradeoff.Core.Data;
using Tradeoff.Core.Features;
using Tradeoff.Core.Studies;
using Tradeoff.Core.Techniques;
using Tradeoff.Measurement;
using Tradeoff.Techniques;

namespace Tradeoff.Benchmarks;

/// <summary>
/// What the measurement protocol itself costs: every quality of the engine (protocols I and II, fairness on one
/// nominal and one numeric attribute, scale projected to a stated volume) for N instances of the baseline
/// (whose own fits and predictions are nearly free) on a synthetic set shaped like credit-g (1,000 rows,
/// 7 numeric and 13 nominal features, 700/300 classes). The cost of real techniques comes on top.
/// </summary>
internal sealed class MeasurementOverheadBenchmark : IBenchmark
{
    public string Name => "measurement-overhead";

    public string Description => "protocol cost of all engine qualities (protocols I and II) for N baseline instances on a credit-g-shaped set: [N=9] [rows=1000]";

    /// <summary>The stages of protocol II, summed apart so its extra cost shows.</summary>
    private static readonly HashSet<string> ProtocolTwo = new(StringComparer.Ordinal)
    {
        "interpretability", "held-out-fits", "importance", "robustness", "stability", "fairness", "privacy", "data-needs", "scale", "incremental",
    };

    public int Run(string[] args)
    {
        var instances = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 9;
        var rows = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1000;
        var data = CreditShaped(rows, seed: 1);
        var descriptor = OwnTechniques.All.Single(d => d.Id == "baseline");
        var engine = new MeasurementEngine(new ProtocolSpec(), TimeProvider.System, null, [new ProtectedAttribute("c0", []), new ProtectedAttribute("n0", [50])], new ScaleSpec(1_000_000, 5_000_000));
        var total = Stopwatch.StartNew();
        var stages = new SortedDictionary<string, double>(StringComparer.Ordinal);
        for (var i = 0; i < instances; i++)
        {
            var technique = FeaturizedTechnique.Wrap(descriptor.Create(TechniqueSettings.Defaults("baseline")));
            var watch = Stopwatch.StartNew();
            var result = engine.Measure("baseline-" + i.ToString(CultureInfo.InvariantCulture), technique, new Dictionary<string, string>(), data, null, CancellationToken.None);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{result.Name,-12} {result.Status,-9} {watch.Elapsed.TotalSeconds,7:0.000} s  p99 {result.Qualities["latency.p99"].Value,6:0.0} us ({result.Qualities["latency.p99"].SampleCount} samples)"));
            foreach (var (stage, seconds) in result.MeasurementSeconds)
            {
                stages[stage] = stages.GetValueOrDefault(stage) + seconds;
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"total {total.Elapsed.TotalSeconds:0.000} s for {instances} instances on {rows} rows, {Environment.ProcessorCount} cores"));
        foreach (var (stage, seconds) in stages)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {(ProtocolTwo.Contains(stage) ? "II" : "I"),-2} {stage,-20} {seconds,7:0.000} s"));
        }

        var two = stages.Where(s => ProtocolTwo.Contains(s.Key)).Sum(s => s.Value);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"protocol I {stages.Values.Sum() - two:0.000} s, protocol II {two:0.000} s"));

        return 0;
    }

    private static Dataset CreditShaped(int rows, int seed)
    {
        var random = new Random(seed);
        var features = new List<Column>();
        for (var f = 0; f < 7; f++)
        {
            var values = new float[rows];
            for (var r = 0; r < rows; r++)
            {
                values[r] = (float)(random.NextDouble() * 100);
            }

            features.Add(new Column("n" + f.ToString(CultureInfo.InvariantCulture), ColumnKind.Numeric, values));
        }

        for (var f = 0; f < 13; f++)
        {
            var levels = Enumerable.Range(0, 4).Select(l => "l" + l.ToString(CultureInfo.InvariantCulture)).ToArray();
            var values = new float[rows];
            for (var r = 0; r < rows; r++)
            {
                values[r] = random.Next(levels.Length);
            }

            features.Add(new Column("c" + f.ToString(CultureInfo.InvariantCulture), ColumnKind.Nominal, values, levels));
        }

        var target = new float[rows];
        for (var r = 0; r < rows; r++)
        {
            target[r] = r % 10 < 3 ? 1 : 0;
        }

        return new Dataset("credit-shaped", features, new Column("class", ColumnKind.Nominal, target, ["good", "bad"]), TaskKind.BinaryClassification, 1);
    }
}
