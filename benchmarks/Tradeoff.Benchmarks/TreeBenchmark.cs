using System.Diagnostics;
using System.Globalization;
using Tradeoff.Core.Data;
using Tradeoff.Core.Techniques;
using Tradeoff.Techniques.Trees;

namespace Tradeoff.Benchmarks;

/// <summary>
/// decision-tree (entropy, depth 10) and random-forest (100 trees) on Fashion-MNIST: test accuracy, training time,
/// single-row latency. Peer: benchmarks/sklearn_trees.py, run in the same session.
/// </summary>
internal sealed class TreeBenchmark : IBenchmark
{
    private const string DefaultDirectory = "/usr/share/datasets/fashion-mnist";

    // The throughput probe's batch.
    private const int Batch = 1000;

    // Five times the runtime's call-counting delay before tier-up.
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(0.5);

    public string Name => "trees";

    public string Description => "decision-tree and random-forest on Fashion-MNIST [dir] [threads] [all|tree|tree-pruned|forest|bins] [trees in the forest, 100]";

    public int Run(string[] args)
    {
        var directory = args.Length > 0 ? args[0] : DefaultDirectory;
        var threads = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : Environment.ProcessorCount;
        var (train, test) = FashionMnistFiles.Load(directory);
        if (args.Length > 2 && args[2] == "bins")
        {
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            _ = BinnedData.Create(train, 256, threads, CancellationToken.None);
            var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"binning: {clock.Elapsed.TotalSeconds:0.00} s (CPU {cpuSeconds:0.00} s)"));
            return 0;
        }

        Console.WriteLine($"Fashion-MNIST: {train.RowCount} train, {test.RowCount} test rows, {train.FeatureCount} features, {threads} threads");
        var only = args.Length > 2 ? args[2] : "all";
        // Unpruned, as scikit-learn's DecisionTreeClassifier and Xiao et al.'s Table 3, the peers of this figure;
        // tree-pruned measures the technique's default pruning (C4.5's) beside it.
        var tree = new TreeOptions { Criterion = SplitCriterion.Entropy, MaxDepth = 10 };
        if (only is "all" or "tree")
        {
            Measure("decision-tree (entropy, depth 10)", new DecisionTreeTechnique(tree, new TreePruning { Enabled = false }), train, test, threads);
        }

        if (only is "tree-pruned")
        {
            Measure("decision-tree (entropy, depth 10, pruned as C4.5)", new DecisionTreeTechnique(tree), train, test, threads);
        }

        if (only is "all" or "forest")
        {
            var trees = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 100;
            // Fewer trees make a quick profile of the same per-tree work; 100 is the technique's default and the peer's.
            var forest = trees == 100 ? new RandomForestTechnique() : new RandomForestTechnique(new TreeOptions { MaxFeatures = "sqrt" }, trees, bootstrap: true);
            Measure($"random-forest ({trees} trees)", forest, train, test, threads);
        }
        return 0;
    }

    private static void Measure(string label, ITechnique technique, Dataset train, Dataset test, int threads)
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        using var model = technique.Fit(train, new FitContext { Seed = 42, Threads = threads });
        var trainSeconds = clock.Elapsed.TotalSeconds;
        var trainCpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        var rows = test.ToRowMajor();
        var width = test.FeatureCount;
        var output = new float[model.OutputLength];
        var right = 0;
        for (var r = 0; r < test.RowCount; r++)
        {
            model.Predict(rows.AsSpan(r * width, width), output);
            right += ArgMax(output) == (int)test.Target.Values[r] ? 1 : 0;
        }

        var latencies = Latencies(model, rows, width, test.RowCount);
        var (oneByOne, batched) = BatchRates(model, rows, width, test.RowCount);
        var extra = model switch
        {
            DecisionTreeModel tree => $"leaves {tree.LeafCount}, depth {tree.Depth}",
            RandomForestModel forest => $"out-of-bag accuracy {forest.OutOfBagAccuracy:0.0000}, mean depth {forest.Complexity["mean-depth"]:0.#}",
            _ => string.Empty,
        };
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{label}: accuracy {right / (double)test.RowCount:0.0000}, train {trainSeconds:0.00} s (CPU {trainCpuSeconds:0.00} s), latency p50 {latencies[latencies.Length / 2]:0.00} us, p99 {latencies[latencies.Length * 99 / 100]:0.00} us, batches of {Batch} rows {batched:0} rows/s (row by row {oneByOne:0} rows/s), parameters {model.ParameterCount}, {extra}"));
    }

    // Single-row, single-stream latency: warm-up, then 2000 timed calls cycling the test rows.
    private static double[] Latencies(IModel model, float[] rows, int width, int count)
    {
        var output = new float[model.OutputLength];
        for (var i = 0; i < 2000; i++)
        {
            model.Predict(rows.AsSpan(i % count * width, width), output);
        }

        var samples = new double[2000];
        for (var i = 0; i < samples.Length; i++)
        {
            var row = rows.AsSpan((i * 7919) % count * width, width);
            var start = Stopwatch.GetTimestamp();
            model.Predict(row, output);
            samples[i] = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
        }

        Array.Sort(samples);
        return samples;
    }

    // Rows per second predicting the test rows in batches of Batch, by the model's PredictBatch and by Predict row by
    // row: the median of 5 passes after passes of warm-up for at least WarmUp, so the timed code has tiered up (.NET
    // counts calls for about 100 ms before it compiles them optimized; the tree's 10 batches take 2 ms a pass, and 2
    // passes of warm-up timed its tier-0 code: 1.2 million rows/s against 4.3). The probes' Scoring.Predict and
    // throughput call PredictBatch.
    private static (double OneByOne, double Batched) BatchRates(IModel model, float[] rows, int width, int count)
    {
        var output = new float[count * model.OutputLength];
        double Pass(bool batched)
        {
            var start = Stopwatch.GetTimestamp();
            for (var first = 0; first < count; first += Batch)
            {
                var n = Math.Min(Batch, count - first);
                var slice = rows.AsSpan(first * width, n * width);
                var outputs = output.AsSpan(first * model.OutputLength, n * model.OutputLength);
                if (batched)
                {
                    model.PredictBatch(slice, n, outputs);
                }
                else
                {
                    for (var r = 0; r < n; r++)
                    {
                        model.Predict(slice.Slice(r * width, width), outputs.Slice(r * model.OutputLength, model.OutputLength));
                    }
                }
            }

            return count / Stopwatch.GetElapsedTime(start).TotalSeconds;
        }

        double Rate(bool batched)
        {
            var warmUp = Stopwatch.StartNew();
            for (var pass = 0; pass < 2 || warmUp.Elapsed < WarmUp; pass++)
            {
                Pass(batched);
            }

            return Enumerable.Range(0, 5).Select(_ => Pass(batched)).Order().ElementAt(2);
        }

        return (Rate(batched: false), Rate(batched: true));
    }

    private static int ArgMax(float[] values)
    {
        var best = 0;
        for (var i = 1; i < values.Length; i++)
        {
            best = values[i] > values[best] ? i : best;
        }

        return best;
    }

}
