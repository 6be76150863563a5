using Microsoft.Extensions.Time.Testing;
using Tradeoff.Core;
using Tradeoff.Core.Results;
using Tradeoff.Core.Studies;
using Tradeoff.Store;
using Tradeoff.Testing;

namespace Tradeoff.Runs.Tests;

/// <summary>The run journal keeps a run in its store as it happens: start, every technique, heartbeat, resume, finish or failure.</summary>
public sealed class RunJournalTests : IDisposable
{
    private static readonly EnvironmentInfo Machine = TestMachine.Environment();
    private static readonly Study Study = new() { Name = "Weather", Text = "name: Weather\n", Data = new DataSpec { Train = "weather.csv", Target = "play" } };
    private static readonly StudyData Data = new(ToyData.Binary(), null, new Dictionary<string, string> { ["train"] = "weather.csv" });

    private readonly string _folder = Directory.CreateTempSubdirectory("tradeoff-journal-").FullName;
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 5, 2, 0, 0, TimeSpan.Zero));
    private readonly RecordingObserver _observer = new();

    private string StorePath => Path.Combine(_folder, "runs.db");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Should_start_the_run_and_commit_each_technique_When_the_run_measures()
    {
        // Given a journal over a new store
        using var journal = Journal(StoreMode.Reuse);

        // When the data are loaded and a technique is finished
        journal.DataLoaded(Data, Machine, 1);
        journal.TechniqueFinished(Measured("tree"));

        // Then the store holds the running run with the technique, and the observer heard both
        var run = Load(journal.RunId!);
        Assert.Equal("r0001", run.Id);
        Assert.Equal(RunStatus.Running, run.Status);
        Assert.Equal(["tree"], run.Techniques.Select(t => t.Name));
        Assert.Equal(["data", "finish tree"], _observer.Heard);
    }

    [Fact]
    public void Should_beat_in_the_store_until_it_finishes_When_the_run_measures()
    {
        // Given a run being measured
        using var journal = Journal(StoreMode.Reuse);
        journal.DataLoaded(Data, Machine, 1);

        // When a heartbeat interval passes, then the store has a fresh heartbeat
        _clock.Advance(RunOwner.HeartbeatInterval);
        var beat = _clock.GetUtcNow();
        Assert.Equal(beat, Load(journal.RunId!).HeartbeatAt);

        // And once the run finished, it beats no more
        journal.Finish(Outcome());
        _clock.Advance(RunOwner.HeartbeatInterval * 3);
        Assert.Equal(beat, Load(journal.RunId!).HeartbeatAt);
    }

    [Fact]
    public void Should_continue_the_killed_run_with_what_it_measured_When_resumed()
    {
        // Given a run of the study killed after one technique (its owner process is gone)
        var killed = StartElsewhere(RunOwner.Current with { ProcessStartedAt = RunOwner.Current.ProcessStartedAt.AddDays(-1) });

        // When the study is resumed
        using var journal = Journal(StoreMode.Resume);
        journal.DataLoaded(Data, Machine, 2);

        // Then the same run continues, owned by this process, and the measured technique is taken from it
        Assert.Equal(killed, journal.RunId);
        Assert.Equal("r0001", journal.Find("tree")!.MeasuredIn!.RunId);
        Assert.Null(journal.Find("forest"));
        Assert.Equal(1, journal.Reused);
        var run = Load(killed);
        Assert.Equal(RunStatus.Running, run.Status);
        Assert.Equal(RunOwner.Current, run.Owner);
    }

    [Fact]
    public void Should_refuse_to_resume_When_another_process_measures_the_run()
    {
        // Given a run of the study whose owner is alive (this very process, as far as the store can tell)
        var live = StartElsewhere(RunOwner.Current);

        // When the study is resumed, then it is refused with the run and its owner named
        using var journal = Journal(StoreMode.Resume);
        var error = Assert.Throws<InputException>(() => journal.DataLoaded(Data, Machine, 2));
        Assert.Contains($"run {live} is being measured by {RunOwner.Current}", error.Message, StringComparison.Ordinal);
        Assert.Empty(_observer.Heard);
    }

    [Fact]
    public void Should_keep_the_document_then_mark_the_run_failed_When_an_output_fails_after_the_measuring()
    {
        // Given a run that finished its measuring
        using var journal = Journal(StoreMode.Reuse);
        journal.DataLoaded(Data, Machine, 1);
        journal.Finish(Outcome());
        Assert.Equal(RunStatus.Finished, Load(journal.RunId!).Status);

        // When writing its outputs fails
        journal.Fail();

        // Then the store marks it failed, its results document kept
        var run = Load(journal.RunId!);
        Assert.Equal(RunStatus.Failed, run.Status);
        Assert.Contains("\"schemaVersion\": 1", run.DocumentJson, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_say_there_is_nothing_to_resume_When_no_run_of_the_study_is_unfinished()
    {
        using var journal = Journal(StoreMode.Resume);

        var error = Assert.Throws<InputException>(() => journal.DataLoaded(Data, Machine, 1));

        Assert.Contains("nothing to resume", error.Message, StringComparison.Ordinal);
    }

    private RunJournal Journal(StoreMode mode) => new(() => RunStores.Open(StorePath, _clock), Study, mode, _observer, _clock);

    /// <summary>Runs the study in a journal until its first technique is stored, then hands the run to <paramref name="owner"/>.</summary>
    private string StartElsewhere(RunOwner owner)
    {
        string runId;
        using (var first = new RunJournal(() => RunStores.Open(StorePath, _clock), Study, StoreMode.Fresh, new RecordingObserver(), _clock))
        {
            first.DataLoaded(Data, Machine, 2);
            first.TechniqueFinished(Measured("tree"));
            runId = first.RunId!;
        }

        using var store = RunStores.Open(StorePath, _clock);
        store.FinishRun(runId, RunStatus.Interrupted, documentJson: null);
        store.ResumeRun(runId, owner);
        return runId;
    }

    private StoredRun Load(string runId)
    {
        using var store = RunStores.Open(StorePath, _clock);
        return store.LoadRun(runId)!;
    }

    private TechniqueResult Measured(string name) => new()
    {
        Name = name,
        TechniqueId = "decision-tree",
        MeasuredIn = new MeasuredIn { RunId = "r0001", At = _clock.GetUtcNow(), EnvironmentFingerprint = Machine.Fingerprint },
    };

    private static RunOutcome Outcome() => new(
        new RunResult
        {
            Study = new StudySummary { Name = Study.Name, Train = "weather.csv", Target = "play", Task = "binary-classification", Protocol = "5-fold" },
            Environment = Machine,
        },
        Selection: null,
        Interrupted: false);
}
