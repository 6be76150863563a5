using System.Text.RegularExpressions;
using Tradeoff.Core.Data;
using Tradeoff.Core.Results;
using Tradeoff.Core.Studies;
using Tradeoff.Measurement.Protocol;
using Tradeoff.Measurement.Tests.Fakes;

namespace Tradeoff.Measurement.Tests.Tuning;

/// <summary>Protocol II of a tuned technique: each held-out part uses a configuration chosen without its held-out rows.</summary>
public sealed partial class PartChoiceTests
{
    /// <summary>One label-flipping refit per part, so that the refits are the parts' own.</summary>
    private static readonly RepetitionSpec OneDraw = new(1, 1, 0.01);

    private static readonly Dictionary<string, string> NoSettings = [];

    public static TheoryData<string> Protocols() => new("k-fold with accuracy", "k-fold without accuracy, fairness refitting", "leave-one-out");

    [Theory]
    [MemberData(nameof(Protocols))]
    public void No_protocol_II_fit_uses_a_configuration_chosen_by_a_search_that_saw_its_held_out_rows(string protocolName)
    {
        // Given a technique that logs every instance's configuration and every fit's rows, beside each search trial's start
        var timeline = new Timeline();
        var (protocol, data) = Setup(protocolName);
        var engine = new FakeMachine().Engine(protocol, timeline, [new ProtectedAttribute("x", [])]);

        // When it is tuned and measured on protocol II's qualities
        var result = engine.MeasureTuned("recording", RecordingTechnique.Descriptor([], null, timeline), NoSettings, "accuracy", null, data, null, CancellationToken.None);

        // Then every fit from the held-out parts on was made with a configuration whose search saw only rows of a
        // training part that also holds the fit's rows, never that part's held-out rows
        Assert.Equal(TechniqueStatus.Measured, result.Status);
        var log = Read(timeline);
        Assert.Equal(data.RowCount, log.SearchRows["tuning"].Count);
        var splits = TrainingParts(protocol, data);
        var checkedFits = 0;
        foreach (var fit in log.ProtocolTwoFits)
        {
            var search = log.ChosenBy[fit.Instance];
            var seen = log.SearchRows[search];
            Assert.True(
                splits.Any(train => train.IsSupersetOf(fit.Rows) && train.IsSupersetOf(seen)),
                $"a protocol II fit on {fit.Rows.Length} rows used the configuration chosen by '{search}', which saw {seen.Count} rows: more than any one training part holding the fit's rows");
            checkedFits++;
        }

        Assert.True(checkedFits >= 9, $"{checkedFits} protocol II fits checked");
        Assert.Equal(3, result.Tuning!.PartChoices.Count);
    }

    [Fact]
    public void Each_part_s_probes_use_that_part_s_own_choice()
    {
        // Given 8 trials, so the parts' searches can choose differently from the run's search on all rows
        var timeline = new Timeline();
        var data = TuningData.Overlapping(60);
        var protocol = new ProtocolSpec { Folds = 3, Qualities = ["robustness.label-noise"], Tuning = new TuningSpec { Trials = 8, InnerFolds = 2 } , LabelNoiseRepetition = OneDraw };

        // When the technique is tuned and its robustness to flipped labels measured
        var result = new FakeMachine().Engine(protocol, timeline).MeasureTuned("recording", RecordingTechnique.Descriptor([], null, timeline), NoSettings, "accuracy", null, data, null, CancellationToken.None);

        // Then the label-noise refit of part p has part p's chosen shift, and some part chose other than the run
        var tuning = result.Tuning!;
        var log = Read(timeline);
        var refits = log.FitsIn("robustness").Select(f => log.Shift[f.Instance]).ToList();
        var chosen = tuning.PartChoices.Select(c => double.Parse(c["shift"], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(3, refits.Count);
        Assert.Equal(chosen, refits);
        var run = tuning.Trials.Single(t => t.Index == tuning.Chosen).Settings;
        Assert.Contains(tuning.PartChoices, c => c["shift"] != run["shift"]);
        Assert.All(tuning.PartChoices, c => Assert.Contains($"shift={c["shift"]}", result.Qualities["robustness.label-noise"].Protocol, StringComparison.Ordinal));
    }

    [Fact]
    public void The_parts_of_k_fold_cross_validation_take_their_folds_nested_choices_without_searching_again()
    {
        // Given 3 folds whose first 3 are protocol II's parts, with accuracy nested
        var timeline = new Timeline();
        var protocol = new ProtocolSpec { Folds = 3, Qualities = ["accuracy", "robustness.label-noise"], Tuning = new TuningSpec { Trials = 4, InnerFolds = 2 } };

        // When the technique is tuned and measured
        var result = new FakeMachine().Engine(protocol, timeline).MeasureTuned("recording", RecordingTechnique.Descriptor([], null, timeline), NoSettings, "accuracy", null, TuningData.Overlapping(60), null, CancellationToken.None);

        // Then each part's choice is its fold's, and no search ran for a part
        var tuning = result.Tuning!;
        Assert.Equal(tuning.NestedChoices, tuning.PartChoices);
        Assert.DoesNotContain(timeline.Events, e => e is StageStarted { Label: var label } && label.StartsWith("part search", StringComparison.Ordinal));
        Assert.EndsWith("never the run's choice, which its held-out rows helped make", tuning.Evaluation, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_part_s_search_has_its_share_of_the_budget_When_no_fold_was_searched()
    {
        // Given fits of 1 to 8 fake seconds, protocol II alone on 3 folds (the search on all rows and one per part:
        // 4 searches), and a budget of 40 s: 10 s per search
        var machine = new FakeMachine();
        var protocol = new ProtocolSpec { Folds = 3, Qualities = ["robustness.label-noise"], Tuning = new TuningSpec { Trials = 20, InnerFolds = 2 } };

        // When the technique is tuned
        var result = machine.Engine(protocol).MeasureTuned("recording", RecordingTechnique.Descriptor([], machine), NoSettings, "accuracy", TimeSpan.FromSeconds(40), TuningData.Overlapping(), null, CancellationToken.None);

        // Then the search on all rows started its last trial within its 10 s, each part searched, and the whole
        // tuning overran the budget by at most one trial (2 fits of at most 8 s) per search
        var tuning = result.Tuning!;
        Assert.True(tuning.BudgetReached);
        Assert.True(tuning.Trials.Take(tuning.Trials.Count - 1).Sum(t => t.Seconds) < 10);
        Assert.Equal(3, tuning.PartChoices.Count);
        Assert.Empty(tuning.NestedChoices);
        Assert.InRange(tuning.SearchSeconds + tuning.NestedSeconds, 4, 40 + (4 * 16));
    }

    [Fact]
    public void The_one_part_of_a_test_set_keeps_the_run_s_choice()
    {
        // Given a test set apart from the training rows, which the run's search alone used
        var timeline = new Timeline();
        var all = TuningData.Overlapping(80);
        var train = all.Subset([.. Enumerable.Range(0, 60)]);
        var test = all.Subset([.. Enumerable.Range(60, 20)]);
        var protocol = new ProtocolSpec { Qualities = ["accuracy", "robustness.label-noise"], Tuning = new TuningSpec { Trials = 4, InnerFolds = 2 } , LabelNoiseRepetition = OneDraw };

        // When the technique is tuned and measured
        var result = new FakeMachine().Engine(protocol, timeline).MeasureTuned("recording", RecordingTechnique.Descriptor([], null, timeline), NoSettings, "accuracy", null, train, test, CancellationToken.None);

        // Then the part (all training rows against the test set) refits with the run's choice, and no fit saw a test row
        var tuning = result.Tuning!;
        var log = Read(timeline);
        var run = double.Parse(tuning.Trials.Single(t => t.Index == tuning.Chosen).Settings["shift"], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Empty(tuning.PartChoices);
        Assert.Equal(run, log.Shift[Assert.Single(log.FitsIn("robustness")).Instance]);
        Assert.All(log.Fits, f => Assert.All(f.Fit.Rows, id => Assert.InRange(id, 0, 59)));
        Assert.EndsWith("so it keeps the run's choice", tuning.Evaluation, StringComparison.Ordinal);
    }

    private static (ProtocolSpec Protocol, Dataset Data) Setup(string name)
    {
        var tuning = new TuningSpec { Trials = 3, InnerFolds = 2 };
        string[] probes = ["robustness.label-noise", "stability.accuracy-spread", "stability.bootstrap-spread", "data-needs", "incremental", "privacy"];
        return name switch
        {
            "k-fold with accuracy" => (new ProtocolSpec { Folds = 3, Qualities = ["accuracy", .. probes], Tuning = tuning }, TuningData.Overlapping(60)),
            "k-fold without accuracy, fairness refitting" => (new ProtocolSpec { Folds = 3, Qualities = [.. probes, "fairness"], Tuning = tuning }, TuningData.Overlapping(60)),
            _ => (new ProtocolSpec { LeaveOneOut = true, Qualities = ["accuracy", .. probes], Tuning = tuning }, TuningData.Overlapping(24)),
        };
    }

    /// <summary>The training rows of every split a protocol II fit may belong to: the first repeat's folds, and leave-one-out's 3-fold parts.</summary>
    private static List<HashSet<int>> TrainingParts(ProtocolSpec protocol, Dataset data)
    {
        var resolved = ResolvedProtocol.Resolve(protocol, data, null);
        var parts = Splitter.Splits(data, resolved).Where(s => s.Repeat == 0).Select(s => s.Train.ToHashSet()).ToList();
        if (resolved.Kind == ValidationKind.LeaveOneOut)
        {
            var fold = Splitter.Assign(data, 3, stratified: true, Seeds.Derive(protocol.Seed, 1, 0));
            parts.AddRange(Enumerable.Range(0, 3).Select(f => Enumerable.Range(0, data.RowCount).Where(r => fold[r] != f).ToHashSet()));
        }

        return parts;
    }

    /// <summary>
    /// Reads the timeline: a search's rows are those of every fit made during its trials; an instance was chosen by
    /// the search whose trial last started before it was created; protocol II's fits are those from the
    /// held-out-fits stage on.
    /// </summary>
    private static TimelineLog Read(Timeline timeline)
    {
        var log = new TimelineLog();
        string? label = null;
        string? search = null;
        var protocolTwo = false;
        foreach (var e in timeline.Events)
        {
            switch (e)
            {
                case StageStarted started:
                    label = started.Label;
                    var trial = Trial().Match(label);
                    search = trial.Success ? trial.Groups[1].Value : search;
                    protocolTwo |= label == "held-out-fits";
                    break;
                case InstanceCreated created:
                    log.ChosenBy[created.Instance] = search ?? "none";
                    log.Shift[created.Instance] = created.Shift;
                    break;
                case InstanceFitted fitted:
                    if (label is not null && Trial().IsMatch(label))
                    {
                        (log.SearchRows.TryGetValue(search!, out var rows) ? rows : log.SearchRows[search!] = []).UnionWith(fitted.Rows);
                    }

                    log.Fits.Add((label ?? "", fitted));
                    if (protocolTwo)
                    {
                        log.ProtocolTwoFits.Add(fitted);
                    }

                    break;
            }
        }

        return log;
    }

    [GeneratedRegex(@"^(.*) \d+/\d+$")]
    private static partial Regex Trial();

    private sealed class TimelineLog
    {
        public Dictionary<string, HashSet<int>> SearchRows { get; } = new(StringComparer.Ordinal);

        public Dictionary<int, string> ChosenBy { get; } = [];

        public Dictionary<int, double> Shift { get; } = [];

        public List<(string Label, InstanceFitted Fit)> Fits { get; } = [];

        public List<InstanceFitted> ProtocolTwoFits { get; } = [];

        public IEnumerable<InstanceFitted> FitsIn(string stage) => Fits.Where(f => f.Label == stage).Select(f => f.Fit);
    }
}
