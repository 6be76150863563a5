using System.Buffers.Binary;
using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
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

    public string Name => "trees";

    public string Description => "decision-tree and random-forest on Fashion-MNIST [dir] [threads] [all|tree|forest|bins]";

    public int Run(string[] args)
    {
        var directory = args.Length > 0 ? args[0] : DefaultDirectory;
        var threads = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : Environment.ProcessorCount;
        var train = Load(directory, "train");
        var test = Load(directory, "t10k");
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
        if (only is "all" or "tree")
        {
            Measure("decision-tree (entropy, depth 10)", new DecisionTreeTechnique(new TreeOptions { Criterion = SplitCriterion.Entropy, MaxDepth = 10 }), train, test, threads);
        }

        if (only is "all" or "forest")
        {
            Measure("random-forest (100 trees)", new RandomForestTechnique(), train, test, threads);
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
        var extra = model switch
        {
            DecisionTreeModel tree => $"leaves {tree.LeafCount}, depth {tree.Depth}",
            RandomForestModel forest => $"out-of-bag accuracy {forest.OutOfBagAccuracy:0.0000}, mean depth {forest.Complexity["mean-depth"]:0.#}",
            _ => string.Empty,
        };
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{label}: accuracy {right / (double)test.RowCount:0.0000}, train {trainSeconds:0.00} s (CPU {trainCpuSeconds:0.00} s), latency p50 {latencies[latencies.Length / 2]:0.00} us, p99 {latencies[latencies.Length * 99 / 100]:0.00} us, parameters {model.ParameterCount}, {extra}"));
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

    private static int ArgMax(float[] values)
    {
        var best = 0;
        for (var i = 1; i < values.Length; i++)
        {
            best = values[i] > values[best] ? i : best;
        }

        return best;
    }

    // A private IDX reader (the shared loader is another helper's work): big-endian header, then unsigned bytes.
    private static Dataset Load(string directory, string prefix)
    {
        var images = ReadIdx(Path.Combine(directory, prefix + "-images-idx3-ubyte.gz"), out var dims);
        var labels = ReadIdx(Path.Combine(directory, prefix + "-labels-idx1-ubyte.gz"), out _);
        var n = dims[0];
        var width = dims[1] * dims[2];
        var columns = new Column[width];
        for (var f = 0; f < width; f++)
        {
            var values = new float[n];
            for (var r = 0; r < n; r++)
            {
                values[r] = images[(r * width) + f] / 255f;
            }

            columns[f] = new Column("pixel" + (f + 1).ToString(CultureInfo.InvariantCulture), ColumnKind.Numeric, values);
        }

        var classes = new[] { "T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot" };
        var target = new Column("label", ColumnKind.Nominal, Array.ConvertAll(labels, b => (float)b), classes);
        return new Dataset(prefix, columns, target, TaskKind.MulticlassClassification);
    }

    private static byte[] ReadIdx(string path, out int[] dims)
    {
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var memory = new MemoryStream();
        gzip.CopyTo(memory);
        var bytes = memory.ToArray();
        var rank = bytes[3];
        dims = new int[rank];
        for (var i = 0; i < rank; i++)
        {
            dims[i] = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(4 + (4 * i)));
        }

        return bytes[(4 + (4 * rank))..];
    }
}
