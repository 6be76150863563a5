using Tradeoff.Core.Data;
using Tradeoff.Core.Qualities;
using Tradeoff.Core.Techniques;
using Tradeoff.Measurement.Protocol;

namespace Tradeoff.Measurement.Probes;

/// <summary>
/// Builds the held-out parts of protocol II. Cross-validation: the first <see cref="MaxParts"/> folds of the
/// first repeat, the very folds (and fit seeds) accuracy is scored on, so the clean figures beside each
/// perturbed one equal fold scores of accuracy; leave-one-out: a stratified 3-fold split instead (one-row
/// test parts perturb nothing useful); a test set: one part, all training rows against the test set, whose model is
/// the run's final model (the same technique, rows and seed: a second fit would repeat it) for a technique measured as given.
/// A technique tuned under cross-validation fits each part with the configuration a search on that part's training
/// rows chose: the run's choice was made with every training row, the part's held-out rows among them.
/// </summary>
internal static class HeldOutParts
{
    /// <summary>Three parts bound the cost (each probe refits per part) while still giving a spread.</summary>
    public const int MaxParts = 3;

    /// <summary>
    /// The parts, their fits made by <paramref name="fits"/>: side by side (untimed, without a fit record's figures)
    /// only when the engine found that nothing reads their time or memory and the technique is not tuned.
    /// </summary>
    public static List<HeldOutPart> Build(TechniqueRun run, FitRunner runner, ConcurrentFits fits)
    {
        var seed = run.Protocol.Spec.Seed;
        if (run.Test is not null)
        {
            return [run.AccuracyTechnique is null && run.Model is { } final && run.FinalFit is { } fit
                ? Final(run, final, fit, Seeds.Derive(seed, 4))
                : Make(run, runner, fits, 0, run.Train, run.Test, Seeds.Derive(seed, 4))];
        }

        var fold = Folds(run);
        var splits = new List<(Dataset Train, Dataset Test)>();
        for (var f = 0; f < Count(run.Protocol, run.Train.RowCount); f++)
        {
            var train = new List<int>();
            var test = new List<int>();
            for (var r = 0; r < fold.Length; r++)
            {
                (fold[r] == f ? test : train).Add(r);
            }

            splits.Add((run.Train.Subset([.. train]), run.Train.Subset([.. test])));
        }

        return [.. fits.Run(splits.Count, f =>
        {
            run.Budget.Check();
            return Make(run, runner, fits, f, splits[f].Train, splits[f].Test, Seeds.Derive(seed, 2, 0, f));
        })];
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

        var used = Count(run.Protocol, run.Train.RowCount);
        var text = run.Protocol.Kind == ValidationKind.LeaveOneOut
            ? $"{QualityFormat.Count(used)} folds of a stratified 3-fold split (leave-one-out parts are one row)"
            : $"the first {QualityFormat.Count(used)} of the {QualityFormat.Count(run.Protocol.Folds)} cross-validation folds of the first repeat";
        if (parts.All(p => p.Choice is null))
        {
            return text;
        }

        var choices = parts.Select(p => string.Join(", ", p.Choice!.Select(s => $"{s.Key}={s.Value}"))).ToList();
        var named = choices.Distinct(StringComparer.Ordinal).Count() == 1
            ? $"all {QualityFormat.Count(choices.Count)}: {choices[0]}"
            : string.Join("; ", choices.Select((c, i) => $"part {QualityFormat.Count(i + 1)}: {c}"));
        return $"{text}, each fitted with the configuration a search on its own training rows chose ({named})";
    }

    /// <summary>The fold of each training row: the first repeat's, or for leave-one-out a stratified 3-fold split.</summary>
    private static int[] Folds(TechniqueRun run)
    {
        var seed = Seeds.Derive(run.Protocol.Spec.Seed, 1, 0);
        return run.Protocol.Kind == ValidationKind.LeaveOneOut
            ? Splitter.Assign(run.Train, Count(run.Protocol, run.Train.RowCount), run.Train.Task.IsClassification(), seed)
            : Splitter.Assign(run.Train, run.Protocol.Folds, run.Protocol.Stratified, seed);
    }

    // The final fit is the part's fit: same technique, all training rows, the part's seed (FinalFit uses Derive(seed, 4)).
    private static HeldOutPart Final(TechniqueRun run, IModel model, FitRecord fit, int fitSeed) => new()
    {
        Index = 0,
        Train = run.Train,
        Test = run.Test!,
        FitSeed = fitSeed,
        Technique = run.Technique,
        Model = model,
        Fit = fit,
        Outputs = AccuracyProbe.Predict(model, run.Test!),
        OwnsModel = false,
    };

    private static HeldOutPart Make(TechniqueRun run, FitRunner runner, ConcurrentFits fits, int index, Dataset train, Dataset test, int fitSeed)
    {
        // No procedure with a test set: the part is all training rows, the very rows the run's search used, so its choice stands.
        (IReadOnlyDictionary<string, string>? Choice, ITechnique Technique) own = run.AccuracyTechnique is { } tuned
            ? tuned.ForPart(train, fitSeed, run.Budget.Token)
            : (null, run.Technique);
        var (model, record) = fits.Width > 1
            ? (fits.Fit(own.Technique, train, fitSeed, run.Budget.Token), new FitRecord { WallSeconds = double.NaN, CpuSeconds = double.NaN, Rows = train.RowCount })
            : runner.Fit(own.Technique, train, fitSeed, run.Budget.Token, detailed: true);
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
