using Tradeoff.Core.Data;
using Tradeoff.Core.Techniques;
using Tradeoff.Measurement.Protocol;

namespace Tradeoff.Measurement.Probes;

/// <summary>
/// Builds the held-out parts of protocol II. Cross-validation: the first <see cref="MaxParts"/> folds of the
/// first repeat, the very folds (and fit seeds) accuracy is scored on, so the clean figures beside each
/// perturbed one equal fold scores of accuracy; leave-one-out: a stratified 3-fold split instead (one-row
/// test parts perturb nothing useful); a test set: one part, all training rows against the test set.
/// A technique tuned under cross-validation fits each part with the configuration a search on that part's training
/// rows chose: the run's choice was made with every training row, the part's held-out rows among them.
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

        var (fold, _) = Folds(run);
        for (var f = 0; f < Count(run.Protocol, run.Train.RowCount); f++)
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

    /// <summary>How many parts <see cref="Build"/> makes under <paramref name="protocol"/> for <paramref name="rows"/> training rows.</summary>
    public static int Count(ResolvedProtocol protocol, int rows) => protocol.Kind switch
    {
        ValidationKind.TestSet => 1,
        ValidationKind.LeaveOneOut => Math.Min(MaxParts, rows),
        _ => Math.Min(MaxParts, protocol.Folds),
    };

    /// <summary>The parts in words, for protocol lines, with each part's own configuration when it chose one.</summary>
    public static string Describe(TechniqueRun run, IReadOnlyList<HeldOutPart> parts)
    {
        if (run.Test is not null)
        {
            return "model fitted on all training rows, scored on the test set";
        }

        var (_, folds) = Folds(run);
        var used = Count(run.Protocol, run.Train.RowCount);
        var text = run.Protocol.Kind == ValidationKind.LeaveOneOut
            ? $"{Invariant.Count(used)} folds of a stratified 3-fold split (leave-one-out parts are one row)"
            : $"the first {Invariant.Count(used)} of the {Invariant.Count(folds)} cross-validation folds of the first repeat";
        if (parts.All(p => p.Choice is null))
        {
            return text;
        }

        var choices = parts.Select(p => string.Join(", ", p.Choice!.Select(s => $"{s.Key}={s.Value}"))).ToList();
        var named = choices.Distinct(StringComparer.Ordinal).Count() == 1
            ? $"each chose {choices[0]}"
            : string.Join("; ", choices.Select((c, i) => $"part {Invariant.Count(i + 1)}: {c}"));
        return $"{text}, each fitted with the configuration a search on its own training rows chose ({named})";
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
        // With a test set the part is all training rows, the very rows the run's search used: its choice stands.
        var tuned = run.Test is null ? run.AccuracyTechnique : null;
        (IReadOnlyDictionary<string, string>? Choice, ITechnique Technique) own = tuned is null ? (null, run.Technique) : tuned.ForPart(train, fitSeed, run.Budget.Token);
        var (model, record) = runner.Fit(own.Technique, train, fitSeed, run.Budget.Token, detailed: true);
        return new HeldOutPart
        {
            Index = index,
            Train = train,
            Test = test,
            FitSeed = fitSeed,
            Technique = own.Technique,
            Choice = own.Choice,
            Model = model,
            Fit = record,
            Outputs = AccuracyProbe.Predict(model, test),
        };
    }
}
