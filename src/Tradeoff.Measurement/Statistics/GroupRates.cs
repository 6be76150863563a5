namespace Tradeoff.Measurement.Statistics;

/// <summary>
/// Per-group counts of predictions against truth over some rows (a list of row indices, with repeats for a
/// bootstrap resample), and the rates and gaps of Fairlearn's MetricFrame: accuracy, selection rate (share
/// predicted positive), TPR and FPR per group; the gap of a rate is its largest minus its smallest value over
/// the groups where it is defined.
/// </summary>
internal sealed class GroupRates
{
    private readonly int[] _size;
    private readonly int[] _correct;
    private readonly int[] _selected;
    private readonly int[] _positives;
    private readonly int[] _truePositives;
    private readonly int[] _negatives;
    private readonly int[] _falsePositives;

    /// <param name="groupCount">How many groups there are.</param>
    /// <param name="groups">Group of each row, -1 for none.</param>
    /// <param name="truth">True class of each row.</param>
    /// <param name="predicted">Predicted class of each row.</param>
    /// <param name="positive">The positive class, or -1 when there is none (multiclass).</param>
    /// <param name="rows">The rows counted, repeats allowed.</param>
    public GroupRates(int groupCount, int[] groups, int[] truth, int[] predicted, int positive, ReadOnlySpan<int> rows)
    {
        _size = new int[groupCount];
        _correct = new int[groupCount];
        _selected = new int[groupCount];
        _positives = new int[groupCount];
        _truePositives = new int[groupCount];
        _negatives = new int[groupCount];
        _falsePositives = new int[groupCount];
        foreach (var r in rows)
        {
            var g = groups[r];
            if (g < 0)
            {
                continue;
            }

            _size[g]++;
            _correct[g] += truth[r] == predicted[r] ? 1 : 0;
            var predictedPositive = predicted[r] == positive;
            _selected[g] += predictedPositive ? 1 : 0;
            if (truth[r] == positive)
            {
                _positives[g]++;
                _truePositives[g] += predictedPositive ? 1 : 0;
            }
            else
            {
                _negatives[g]++;
                _falsePositives[g] += predictedPositive ? 1 : 0;
            }
        }
    }

    public int Size(int g) => _size[g];

    public double Accuracy(int g) => Rate(_correct[g], _size[g]);

    public double SelectionRate(int g) => Rate(_selected[g], _size[g]);

    public double TruePositiveRate(int g) => Rate(_truePositives[g], _positives[g]);

    public double FalsePositiveRate(int g) => Rate(_falsePositives[g], _negatives[g]);

    public double AccuracyGap => Gap(Accuracy);

    public double DemographicParity => Gap(SelectionRate);

    /// <summary>The larger of the TPR gap and the FPR gap (Fairlearn's equalized_odds_difference).</summary>
    public double EqualizedOdds => Math.Max(Gap(TruePositiveRate), Gap(FalsePositiveRate));

    private double Gap(Func<int, double> rate)
    {
        var values = Enumerable.Range(0, _size.Length).Select(rate).Where(v => !double.IsNaN(v)).ToList();
        return values.Count == 0 ? double.NaN : values.Max() - values.Min();
    }

    private static double Rate(int count, int of) => of == 0 ? double.NaN : count / (double)of;
}
