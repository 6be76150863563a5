using Tradeoff.Core.Data;
using Tradeoff.Measurement.Protocol;

namespace Tradeoff.Measurement.Probes;

/// <summary>
/// Builds the held-out parts of protocol II. Cross-validation: the first <see cref="MaxParts"/> folds of the
/// first repeat, the very folds (and fit seeds) accuracy is scored on, so the clean figures beside each
/// perturbed one equal fold scores of accuracy; leave-one-out: a stratified 3-fold split instead (one-row
/// test parts perturb nothing useful); a test set: one part, all training rows against the test set.
/// </summary>
internal static class HeldOutParts
{
    /// <summary>Three parts bound the cost (each probe refits per part) while still giving a spread.</summary>
    public const int MaxParts = 3;

    public static List<HeldOutPart> Build(TechniqueRun run, FitRunner runner)
    {
        var seed = run.Protocol.Spec.Seed;
        var parts = new List<HeldOutPart>();
        if (run.Test is not null)
        {
            parts.Add(Make(run, runner, 0, run.Train, run.Test, Seeds.Derive(seed, 4)));
            return parts;
        }

        var (fold, folds) = Folds(run);
        for (var f = 0; f < Math.Min(MaxParts, folds); f++)
        {
            run.Budget.Check();
            var train = new List<int>();
            var test = new List<int>();
            for (var r = 0; r < fold.Length; r++)
            {
                (fold[r] == f ? test : train).Add(r);
            }

            parts.Add(Make(run, runner, f, run.Train.Subset([.. train]), run.Train.Subset([.. test]), Seeds.Derive(seed, 2, 0, f)));
        }

        return parts;
    }

    /// <summary>The parts in words, for protocol lines.</summary>
    public static string Describe(TechniqueRun run)
    {
        if (run.Test is not null)
        {
            return "model fitted on all training rows, scored on the test set";
        }

        var (_, folds) = Folds(run);
        var used = Math.Min(MaxParts, folds);
        return run.Protocol.Kind == ValidationKind.LeaveOneOut
            ? $"{Invariant.Count(used)} folds of a stratified 3-fold split (leave-one-out parts are one row)"
            : $"the first {Invariant.Count(used)} of the {Invariant.Count(folds)} cross-validation folds of the first repeat";
    }

    private static (int[] Fold, int Folds) Folds(TechniqueRun run)
    {
        var seed = Seeds.Derive(run.Protocol.Spec.Seed, 1, 0);
        if (run.Protocol.Kind == ValidationKind.LeaveOneOut)
        {
            var folds = Math.Min(MaxParts, run.Train.RowCount);
            return (Splitter.Assign(run.Train, folds, run.Train.Task.IsClassification(), seed), folds);
        }

        return (Splitter.Assign(run.Train, run.Protocol.Folds, run.Protocol.Stratified, seed), run.Protocol.Folds);
    }

    private static HeldOutPart Make(TechniqueRun run, FitRunner runner, int index, Dataset train, Dataset test, int fitSeed)
    {
        var (model, record) = runner.Fit(run.Technique, train, fitSeed, run.Budget.Token, detailed: true);
        return new HeldOutPart { Index = index, Train = train, Test = test, FitSeed = fitSeed, Model = model, Fit = record, Outputs = AccuracyProbe.Predict(model, test) };
    }
}
