using Tradeoff.Core.Data;
using Tradeoff.Measurement.Statistics;

namespace Tradeoff.Measurement.Protocol;

/// <summary>
/// Cuts the training data into the folds of a <see cref="ResolvedProtocol"/>. The assignment depends only on
/// the study's seed, the repeat and the target, never on the technique: every technique is scored on the
/// same folds, which the paired comparison needs.
/// </summary>
internal static class Splitter
{
    public static IReadOnlyList<Split> Splits(Dataset train, ResolvedProtocol protocol)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(protocol);
        var splits = new List<Split>(protocol.Folds * protocol.Repeats);
        for (var repeat = 0; repeat < protocol.Repeats; repeat++)
        {
            var fold = protocol.Kind == ValidationKind.LeaveOneOut
                ? Metrics.AllRows(train.RowCount)
                : Assign(train, protocol.Folds, protocol.Stratified, Seeds.Derive(protocol.Spec.Seed, 1, repeat));
            splits.AddRange(ToSplits(fold, protocol.Folds, repeat));
        }

        return splits;
    }

    /// <summary>
    /// The fold of each row. Rows are shuffled with the seed; when stratified they are then grouped by class
    /// (keeping the shuffled order within a class) and dealt to folds in turn, the turn running on across
    /// classes, so each fold gets its share of every class to within one row and fold sizes differ by at most one.
    /// </summary>
    public static int[] Assign(Dataset train, int folds, bool stratified, int seed)
    {
        var n = train.RowCount;
        var order = Metrics.AllRows(n);
        new Random(seed).Shuffle(order);
        if (stratified)
        {
            var labels = train.ClassIndices();
            order = [.. order.OrderBy(r => labels[r])];
        }

        var fold = new int[n];
        for (var i = 0; i < n; i++)
        {
            fold[order[i]] = i % folds;
        }

        return fold;
    }

    private static IEnumerable<Split> ToSplits(int[] fold, int folds, int repeat)
    {
        for (var f = 0; f < folds; f++)
        {
            var test = new List<int>();
            var train = new List<int>();
            for (var r = 0; r < fold.Length; r++)
            {
                (fold[r] == f ? test : train).Add(r);
            }

            yield return new Split(repeat, f, [.. train], [.. test]);
        }
    }
}
