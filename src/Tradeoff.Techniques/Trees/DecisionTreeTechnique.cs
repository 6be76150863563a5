using Tradeoff.Core.Data;
using Tradeoff.Core.Techniques;

namespace Tradeoff.Techniques.Trees;

/// <summary>
/// The project's own CART: binary splits chosen by Gini, entropy (information gain) or variance on histograms of
/// binned features, nominal features split on their levels, missing values sent down the larger branch, class
/// probabilities at the leaves; a classification tree is then pruned as C4.5 (Weka's J48) prunes by default. Its
/// models render themselves as IF-THEN rules and as an indented tree.
/// </summary>
internal sealed class DecisionTreeTechnique : TechniqueBase
{
    public const string TechniqueId = "decision-tree";
    private const int FormatVersion = 1;
    private static readonly TreeSettings Declared = new(maxFeaturesDefault: "all");
    private readonly TreeOptions _options;
    private readonly TreePruning _pruning;

    public DecisionTreeTechnique()
        : this(Declared.Read(TechniqueSettings.Defaults(TechniqueId)), TreePruning.Read(TechniqueSettings.Defaults(TechniqueId)))
    {
    }

    public DecisionTreeTechnique(TreeOptions options, TreePruning? pruning = null)
        : base(Descriptor)
    {
        _options = options;
        _pruning = pruning ?? new TreePruning();
    }

    public static TechniqueDescriptor Descriptor { get; } = new()
    {
        Id = TechniqueId,
        Family = TechniqueFamily.Trees,
        Summary = "CART decision tree (Gini or entropy, variance for regression), pruned as C4.5, that prints IF-THEN rules",
        Capabilities = new TechniqueCapabilities
        {
            Tasks = TaskSets.All,
            Interpretable = true,
            HandlesMissing = true,
            HandlesCategorical = true,
            ThreadIndependent = true,
        },
        Settings = [.. Declared.All, .. TreePruning.All],
        Search = new SearchSpace(
        [
            TreeSettings.MaxDepth.Searched(1, 30, cost: 1, log: true),
            TreeSettings.MinRowsPerLeaf.Searched(1, 64, cost: -1, log: true),
            TreeSettings.Criterion.Searched() with { Tasks = TaskSets.Classification },
        ]),
        Create = settings => new DecisionTreeTechnique(Declared.Read(settings), TreePruning.Read(settings)),
    };

    protected override IModel FitCore(Dataset training, FitContext context)
    {
        var (data, criterion, table) = TreeFitStart.Of(training, _options, context, TechniqueId);
        var grower = new TreeGrower(data, _options, criterion, table, context.Threads, context.CancellationToken);
        using var scratch = new GrowthScratch(training.RowCount, training.FeatureCount);
        for (var r = 0; r < training.RowCount; r++)
        {
            scratch.Rows[r] = r;
        }

        Array.Fill(scratch.Weights, 1.0);
        var tree = grower.Grow(scratch, training.RowCount, new Random(context.Seed), _pruning);
        return new DecisionTreeModel(TreeSchema.Of(training), tree, criterion);
    }

    public override IModel Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var reader = new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        var (criterion, schema) = TreeModelHeader.Read(reader, TechniqueId, FormatVersion);
        return new DecisionTreeModel(schema, FlatTree.Read(reader), criterion);
    }

    /// <summary>Writes a model in the format <see cref="Load"/> reads.</summary>
    internal static void Save(DecisionTreeModel model, Stream stream)
    {
        using var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        TreeModelHeader.Write(writer, TechniqueId, FormatVersion, model.Criterion, model.Schema);
        model.Tree.Write(writer);
    }
}
