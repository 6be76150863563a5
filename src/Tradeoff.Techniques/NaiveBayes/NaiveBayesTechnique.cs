using Tradeoff.Core.Data;
using Tradeoff.Core.Techniques;

namespace Tradeoff.Techniques.NaiveBayes;

/// <summary>
/// Naive Bayes: Gaussian for numeric features, Laplace-smoothed level counts for nominal ones (ML.NET's
/// NaiveBayes binarizes features and is not this). Incremental by nature: an update adds counts and merges
/// moments, and equals a fit on all rows.
/// </summary>
internal sealed class NaiveBayesTechnique : IncrementalTechniqueBase<NaiveBayesModel>
{
    public const string TechniqueId = "naive-bayes";
    private static readonly SettingDeclaration<double> AlphaSetting =
        SettingDeclaration.Real("alpha", 1.0, "Laplace smoothing added to every level count of a nominal feature (0: none)", min: 0);

    private static readonly SettingDeclaration<double> VarSmoothingSetting = SettingDeclaration.Real(
        "var-smoothing", 1e-9, "fraction of the largest feature variance added to every variance (scikit-learn's var_smoothing)", min: 0);

    /// <summary>Creates the technique; a setting not given takes its declared default.</summary>
    public NaiveBayesTechnique(double? alpha = null, double? varSmoothing = null)
        : base(Descriptor)
    {
        Alpha = alpha ?? AlphaSetting.DefaultValue;
        VarSmoothing = varSmoothing ?? VarSmoothingSetting.DefaultValue;
    }

    public static TechniqueDescriptor Descriptor { get; } = new()
    {
        Id = TechniqueId,
        Family = TechniqueFamily.Probabilistic,
        Summary = "naive Bayes: Gaussian for numeric features, Laplace-smoothed counts for nominal ones; incremental",
        Capabilities = new TechniqueCapabilities
        {
            Tasks = TaskSets.Classification,
            Interpretable = true,
            Incremental = true,
            HandlesMissing = true,
            HandlesCategorical = true,
            ThreadIndependent = true,
        },
        Settings = [AlphaSetting, VarSmoothingSetting],
        Search = new SearchSpace(
        [
            AlphaSetting.Searched(0.01, 10, log: true),
            VarSmoothingSetting.Searched(1e-10, 1, log: true),
        ]),
        Create = settings => new NaiveBayesTechnique(AlphaSetting.Read(settings), VarSmoothingSetting.Read(settings)),
    };

    /// <summary>Laplace smoothing of level counts.</summary>
    public double Alpha { get; }

    /// <summary>The variance floor as a fraction of the largest feature variance.</summary>
    public double VarSmoothing { get; }

    protected override IModel FitCore(Dataset training, FitContext context)
    {
        var statistics = NaiveBayesStatistics.Empty(NaiveBayesSchema.Of(training));
        statistics.Absorb(training, context.Threads, context.CancellationToken);
        return new NaiveBayesModel(statistics, Alpha, VarSmoothing);
    }

    /// <summary>A new model with <paramref name="newRows"/> absorbed; the settings stay those of <paramref name="previous"/>.</summary>
    protected override IModel UpdateCore(NaiveBayesModel previous, Dataset newRows, FitContext context)
    {
        previous.Statistics.Schema.EnsureMatches(newRows);
        var statistics = previous.Statistics.Clone();
        statistics.Absorb(newRows, context.Threads, context.CancellationToken);
        return new NaiveBayesModel(statistics, previous.Alpha, previous.VarSmoothing);
    }

    public override IModel Load(Stream stream) => NaiveBayesModel.Read(stream);
}
