using Tradeoff.Core;
using Tradeoff.Core.Data;
using Tradeoff.Core.Techniques;

namespace Tradeoff.Techniques.OneRule;

/// <summary>
/// Holte's OneR as Weka ships it: a rule set on each attribute (a branch per nominal level, or per interval of a
/// discretized numeric attribute, plus a branch for missing values), keeping the one with the fewest training
/// errors; the first attribute wins a tie. The simplest interpretable technique, and a baseline in Weka.
/// </summary>
internal sealed class OneRuleTechnique : TechniqueBase
{
    public const string TechniqueId = "one-rule";
    private static readonly SettingDeclaration<int> MinBucketSizeSetting = SettingDeclaration.Int(
        "min-bucket-size", 6, "rows of the majority class an interval of a numeric attribute needs before a new one starts (Weka's -B)", min: 1);

    /// <summary>Creates the technique; a setting not given takes its declared default.</summary>
    public OneRuleTechnique(int? minBucketSize = null)
        : base(Descriptor)
    {
        MinBucketSize = minBucketSize ?? MinBucketSizeSetting.DefaultValue;
    }

    public static TechniqueDescriptor Descriptor { get; } = new()
    {
        Id = TechniqueId,
        Family = TechniqueFamily.Rules,
        Summary = "Holte's OneR: IF-THEN rules on the single attribute with the fewest training errors",
        Capabilities = new TechniqueCapabilities
        {
            Tasks = TaskSets.Classification,
            Interpretable = true,
            Incremental = false,
            HandlesMissing = true,
            HandlesCategorical = true,
            ThreadIndependent = true,
        },
        Settings = [MinBucketSizeSetting],
        Search = new SearchSpace([MinBucketSizeSetting.Searched(1, 60, log: true)]),
        Create = settings => new OneRuleTechnique(MinBucketSizeSetting.Read(settings)),
    };

    /// <summary>Rows of the majority class an interval needs before a new interval may start.</summary>
    public int MinBucketSize { get; }

    protected override IModel FitCore(Dataset training, FitContext context)
    {
        if (training.FeatureCount == 0)
        {
            throw new InputException($"{training.Source}: technique '{TechniqueId}' needs at least one feature.");
        }

        var labels = training.ClassIndices();
        var classCount = training.ClassCount;
        RuleCandidate? best = null;
        var bestCorrect = -1;
        for (var f = 0; f < training.FeatureCount; f++)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var column = training.Features[f];
            var candidate = column.IsNominal
                ? RuleBuilder.Nominal(f, column, labels, classCount)
                : RuleBuilder.Numeric(f, column, labels, classCount, MinBucketSize);
            var correct = candidate.Correct;
            // Strictly more: on a tie the earlier attribute stays, as in Weka.
            if (correct > bestCorrect)
            {
                best = candidate;
                bestCorrect = correct;
            }
        }

        var chosen = training.Features[best!.Feature];
        var schema = new RuleSchema(chosen.Name, chosen.IsNominal, chosen.Levels, training.Target.Levels);
        var classCounts = new int[classCount];
        foreach (var label in labels)
        {
            classCounts[label]++;
        }

        return new OneRuleModel(best, schema, classCounts);
    }

    public override IModel Load(Stream stream) => OneRuleModel.Read(stream);
}
