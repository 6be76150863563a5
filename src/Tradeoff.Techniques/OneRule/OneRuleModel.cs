using Tradeoff.Core.Techniques;

namespace Tradeoff.Techniques.OneRule;

/// <summary>
/// One attribute's rule set: a branch per level or interval, plus a branch for a missing value. A branch
/// predicts the Laplace-smoothed class distribution of its training rows, (count + 1) / (rows + classes), so
/// its arg-max is the branch's majority class (ties to the lower class index, as Weka) and no class gets
/// probability 0. A branch without training rows (a level never seen, or a missing value when none was seen)
/// predicts the smoothed class distribution of all training rows, where Weka would predict the first class.
/// </summary>
internal sealed partial class OneRuleModel : IModel, IExplainableModel
{
    private readonly RuleCandidate _rule;
    private readonly int _classCount;

    // (branches + 1) x classes, row-major; the last row is the missing branch.
    private readonly float[] _probabilities;
    private readonly int[] _predicted;

    public OneRuleModel(RuleCandidate rule, RuleSchema schema, int[] classCounts)
    {
        _rule = rule;
        Schema = schema;
        ClassCounts = classCounts;
        _classCount = classCounts.Length;
        var branches = rule.BranchCounts.Length;
        _probabilities = new float[(branches + 1) * _classCount];
        _predicted = new int[branches + 1];
        for (var b = 0; b <= branches; b++)
        {
            var counts = b < branches ? rule.BranchCounts[b] : rule.MissingCounts;
            if (counts.Sum() == 0)
            {
                counts = classCounts;
            }

            _predicted[b] = RuleBuilder.Majority(counts);
            var total = counts.Sum();
            for (var c = 0; c < _classCount; c++)
            {
                _probabilities[(b * _classCount) + c] = (counts[c] + 1f) / (total + _classCount);
            }
        }
    }

    /// <summary>Names of the chosen attribute, its levels and the classes.</summary>
    public RuleSchema Schema { get; }

    /// <summary>Class counts of all training rows.</summary>
    public int[] ClassCounts { get; }

    /// <summary>The index of the chosen attribute among the features.</summary>
    public int Feature => _rule.Feature;

    /// <summary>Training rows the rule set classifies correctly.</summary>
    public int Correct => _rule.Correct;

    /// <summary>Branches including the missing branch when training rows had missing values.</summary>
    public int RuleCount => _rule.BranchCounts.Length + (HasMissingBranch ? 1 : 0);

    public int OutputLength => _classCount;

    /// <summary>The chosen attribute and its interval boundaries (for a writer of the model in another form).</summary>
    internal RuleCandidate Rule => _rule;

    /// <summary>Each branch's class distribution, row-major, the missing branch last.</summary>
    internal IReadOnlyList<float> BranchProbabilities => _probabilities;

    /// <summary>
    /// The chosen attribute (1), the interval boundaries, and the class distribution of every branch, the missing
    /// branch included (prediction reads it for a missing value). The branch's majority class is derived from its
    /// distribution and not counted again.
    /// </summary>
    public long ParameterCount => 1 + _rule.Breakpoints.Length + _probabilities.Length;

    public IReadOnlyDictionary<string, double> Complexity => new Dictionary<string, double>(StringComparer.Ordinal)
    {
        ["rules"] = RuleCount,
    };

    private bool HasMissingBranch => _rule.MissingCounts.Sum() > 0;

    public void Predict(ReadOnlySpan<float> features, Span<float> output)
    {
        var branch = Branch(features[_rule.Feature]);
        _probabilities.AsSpan(branch * _classCount, _classCount).CopyTo(output);
    }

    public void Dispose()
    {
    }

    private int Branch(float value)
    {
        if (float.IsNaN(value))
        {
            return _rule.BranchCounts.Length;
        }

        if (Schema.IsNominal)
        {
            var level = (int)value;
            // A level index outside the schema cannot come from the featurizer; treat it like a missing value.
            return level >= 0 && level < _rule.BranchCounts.Length ? level : _rule.BranchCounts.Length;
        }

        var breakpoints = _rule.Breakpoints;
        var branch = 0;
        while (branch < breakpoints.Length && value >= breakpoints[branch])
        {
            branch++;
        }

        return branch;
    }
}
