using System.Globalization;
using Tradeoff.Core;
using Tradeoff.Core.Data;
using Tradeoff.Core.Studies;

namespace Tradeoff.Measurement.Protocol;

/// <summary>
/// A <see cref="ProtocolSpec"/> with its defaults applied to one data set: the folds and repeats actually used,
/// the latency sample count, and the warnings the choice raised.
/// </summary>
internal sealed record ResolvedProtocol
{
    /// <summary>Above this many rows the default is 5 folds instead of 10: each fit is costly and 5 folds already leave large test parts.</summary>
    public const int LargeDataRows = 50_000;

    public required ProtocolSpec Spec { get; init; }

    public required ValidationKind Kind { get; init; }

    public int Folds { get; init; }

    public int Repeats { get; init; } = 1;

    public bool Stratified { get; init; }

    public int LatencySamples { get; init; }

    public IReadOnlyList<string> Warnings { get; init; } = [];

    public static ResolvedProtocol Resolve(ProtocolSpec spec, Dataset train, Dataset? test)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(train);
        var latency = spec.Quick ? Math.Min(200, spec.LatencySamples) : spec.LatencySamples;
        if (test is not null)
        {
            return new ResolvedProtocol { Spec = spec, Kind = ValidationKind.TestSet, LatencySamples = latency };
        }

        var rows = train.RowCount;
        if (rows < 2)
        {
            throw new InputException($"{train.Source}: cross-validation needs at least 2 rows; it has {rows}.");
        }

        var warnings = new List<string>();
        var stratified = train.Task.IsClassification();
        if (spec.LeaveOneOut)
        {
            return new ResolvedProtocol { Spec = spec, Kind = ValidationKind.LeaveOneOut, Folds = rows, Stratified = false, LatencySamples = latency };
        }

        var folds = spec.Quick ? 3 : spec.Folds > 0 ? spec.Folds : rows > LargeDataRows ? 5 : 10;
        if (folds < 2)
        {
            throw new InputException($"protocol: folds is {folds.ToString(CultureInfo.InvariantCulture)}; cross-validation needs at least 2.");
        }

        if (folds > rows)
        {
            warnings.Add($"{folds.ToString(CultureInfo.InvariantCulture)} folds asked for {rows.ToString(CultureInfo.InvariantCulture)} rows: using {rows.ToString(CultureInfo.InvariantCulture)} folds.");
            folds = rows;
        }

        if (stratified)
        {
            warnings.AddRange(SmallClassWarnings(train, folds));
        }

        var repeats = spec.Quick ? 1 : Math.Max(1, spec.Repeats);
        return new ResolvedProtocol { Spec = spec, Kind = ValidationKind.KFold, Folds = folds, Repeats = repeats, Stratified = stratified, LatencySamples = latency, Warnings = warnings };
    }

    // A class with fewer rows than folds cannot appear in every test part: the folds still partition the
    // rows, but some test parts lack the class and their per-class scores (AUC, F1) are less reliable.
    private static IEnumerable<string> SmallClassWarnings(Dataset train, int folds)
    {
        var counts = new int[train.ClassCount];
        foreach (var label in train.ClassIndices())
        {
            counts[label]++;
        }

        for (var c = 0; c < counts.Length; c++)
        {
            if (counts[c] < folds)
            {
                yield return $"class '{train.Target.Levels[c]}' has {counts[c].ToString(CultureInfo.InvariantCulture)} rows, fewer than the {folds.ToString(CultureInfo.InvariantCulture)} folds: some test parts lack it.";
            }
        }
    }
}
