using Tradeoff.Core.Data;
using Tradeoff.Core.Techniques;

namespace Tradeoff.Techniques.Trees;

/// <summary>
/// The project's own random forest (Breiman 2001) on the decision tree's code: each tree grows on a bootstrap
/// sample with a random feature subset per node; the forest averages their class probabilities (or values).
/// The data are binned once and shared; trees grow in parallel, each seeded from the fit's seed plus its index,
/// so the forest is the same whatever the thread count.
/// </summary>
internal sealed class RandomForestTechnique : TechniqueBase
{
    public const string TechniqueId = "random-forest";
    private const int FormatVersion = 1;
    private static readonly TreeSettings Declared = new(maxFeaturesDefault: "sqrt");
    private static readonly SettingDeclaration<int> TreeCount = SettingDeclaration.Int("n-trees", 100, "trees in the forest", min: 1, max: 100_000);
    private static readonly SettingDeclaration<bool> Bootstrap = SettingDeclaration.Bool("bootstrap", true, "grow each tree on a bootstrap sample (false: on all rows)");
    private readonly TreeOptions _options;
    private readonly int _treeCount;
    private readonly bool _bootstrap;

    public RandomForestTechnique()
        : this(Declared.Read(TechniqueSettings.Defaults(TechniqueId)), TreeCount.DefaultValue, Bootstrap.DefaultValue)
    {
    }

    public RandomForestTechnique(TreeOptions options, int treeCount, bool bootstrap)
        : base(Descriptor)
    {
        _options = options;
        _treeCount = treeCount;
        _bootstrap = bootstrap;
    }

    public static TechniqueDescriptor Descriptor { get; } = new()
    {
        Id = TechniqueId,
        Family = TechniqueFamily.Ensembles,
        Summary = "random forest of CART trees on bootstrap samples with random feature subsets; out-of-bag accuracy",
        Capabilities = new TechniqueCapabilities
        {
            Tasks = TaskSets.All,
            HandlesMissing = true,
            HandlesCategorical = true,
            ThreadIndependent = true,
        },
        Settings = [TreeCount, Bootstrap, .. Declared.All],
        Search = new SearchSpace(
        [
            TreeCount.Searched(10, 300, cost: 1, log: true),
            Declared.MaxFeatures.SearchedAmong(["log2", "sqrt", "0.25", "0.5"], cost: 1),
            TreeSettings.MinRowsPerLeaf.Searched(1, 32, cost: -1, log: true),
            TreeSettings.MaxDepth.Searched(4, 40, cost: 1, log: true),
        ]),
        Create = settings => new RandomForestTechnique(Declared.Read(settings), TreeCount.Read(settings), Bootstrap.Read(settings)),
    };

    protected override IModel FitCore(Dataset training, FitContext context)
    {
        var n = training.RowCount;
        var (data, criterion, table) = TreeFitStart.Of(training, _options, context, TechniqueId);
        var trees = new FlatTree[_treeCount];
        var inBag = new bool[_treeCount][];
        var importance = new double[_treeCount][];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(context.Threads, 1), CancellationToken = context.CancellationToken };
        // Each worker grows its trees in one scratch of its own (see GrowthScratch), made once.
        Parallel.For(0, _treeCount, parallel, () => new GrowthScratch(n, training.FeatureCount), (t, _, scratch) =>
        {
            var random = new Random(unchecked(context.Seed + t));
            var weights = scratch.Weights;
            if (_bootstrap)
            {
                Array.Clear(weights);
                for (var i = 0; i < n; i++)
                {
                    weights[random.Next(n)]++;
                }
            }
            else
            {
                Array.Fill(weights, 1.0);
            }

            var count = 0;
            for (var r = 0; r < n; r++)
            {
                if (weights[r] > 0)
                {
                    scratch.Rows[count++] = r;
                }
            }

            var grower = new TreeGrower(data, _options, criterion, table, threads: 1, context.CancellationToken);
            trees[t] = grower.Grow(scratch, count, random);
            importance[t] = grower.Importance;
            inBag[t] = Array.ConvertAll(weights, w => w > 0);
            return scratch;
        }, scratch => scratch.Dispose());

        var oob = _bootstrap ? OutOfBag.Score(training, trees, inBag, parallel) : (Accuracy: double.NaN, Rmse: double.NaN);
        return new RandomForestModel(TreeSchema.Of(training), trees, criterion, Normalize(importance), oob.Accuracy, oob.Rmse);
    }

    public override IModel Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var reader = new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        var (criterion, schema) = TreeModelHeader.Read(reader, TechniqueId, FormatVersion);
        var accuracy = reader.ReadDouble();
        var rmse = reader.ReadDouble();
        var importance = reader.ReadDoubles();

        var trees = new FlatTree[reader.ReadInt32()];
        for (var t = 0; t < trees.Length; t++)
        {
            trees[t] = FlatTree.Read(reader);
        }

        return new RandomForestModel(schema, trees, criterion, importance, accuracy, rmse);
    }

    /// <summary>Writes a model in the format <see cref="Load"/> reads.</summary>
    internal static void Save(RandomForestModel model, Stream stream)
    {
        using var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        TreeModelHeader.Write(writer, TechniqueId, FormatVersion, model.Criterion, model.Schema);
        writer.Write(model.OutOfBagAccuracy);
        writer.Write(model.OutOfBagRmse);
        writer.WriteDoubles(model.Importance);

        writer.Write(model.Trees.Count);
        foreach (var tree in model.Trees)
        {
            tree.Write(writer);
        }
    }

    // Mean decrease in impurity per feature, summed over trees and scaled to sum to 1.
    private static double[] Normalize(double[][] perTree)
    {
        var total = new double[perTree[0].Length];
        foreach (var tree in perTree)
        {
            for (var f = 0; f < total.Length; f++)
            {
                total[f] += tree[f];
            }
        }

        var sum = total.Sum();
        return sum > 0 ? total.Select(v => v / sum).ToArray() : total;
    }
}
