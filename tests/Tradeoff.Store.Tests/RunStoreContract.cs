using Microsoft.Extensions.Time.Testing;
using Tradeoff.Core;

namespace Tradeoff.Store.Tests;

/// <summary>
/// What every store promises, whatever keeps it: a store implementation's test class inherits this and says how to
/// open one store (the same store each time) and how to damage it.
/// </summary>
public abstract partial class RunStoreContract : IDisposable
{
    /// <summary>The clock the store stamps finish times and heartbeats with.</summary>
    protected FakeTimeProvider Clock { get; } = new(StoreSamples.Start);

    /// <summary>Opens this test's store (creating it the first time) with <see cref="Clock"/>.</summary>
    protected abstract IRunStore Open();

    /// <summary>Damages the closed store in its middle, where its records are, not only at its start.</summary>
    protected abstract void DamageTheMiddle();

    public abstract void Dispose();

    [Fact]
    public void Should_number_runs_and_list_them_oldest_first_When_runs_are_started()
    {
        using var store = Open();

        var first = store.StartRun(StoreSamples.Run());
        var second = store.StartRun(StoreSamples.Run("Fraud"));

        Assert.Equal(["r0001", "r0002"], [first, second]);
        Assert.Equal(["Credit scoring", "Fraud"], store.ListRuns().Select(r => r.StudyName));
    }

    [Fact]
    public void Should_keep_a_run_running_When_its_owner_is_alive()
    {
        // Given a run started by this process
        using var store = Open();
        var run = store.StartRun(StoreSamples.Run());

        // When it is listed and loaded, then it is running and owned by this process
        Assert.Equal(RunStatus.Running, Assert.Single(store.ListRuns()).Status);
        var loaded = store.LoadRun(run)!;
        Assert.Equal(RunStatus.Running, loaded.Status);
        Assert.Equal(RunOwner.Current, loaded.Owner);
        Assert.Equal(Clock.GetUtcNow(), loaded.HeartbeatAt);
    }

    [Fact]
    public void Should_show_a_run_as_interrupted_When_its_owner_process_is_gone()
    {
        // Given a run whose owner was a process of this host that no longer runs (same id, another start time)
        using var store = Open();
        var run = store.StartRun(StoreSamples.Run(), Gone());

        // When it is listed and loaded, then it shows as interrupted: it was killed
        Assert.Equal(RunStatus.Interrupted, Assert.Single(store.ListRuns()).Status);
        Assert.Equal(RunStatus.Interrupted, store.LoadRun(run)!.Status);
    }

    [Fact]
    public void Should_show_a_run_of_another_host_as_interrupted_When_its_heartbeat_is_stale()
    {
        // Given a run owned by a process on another host, whose heartbeat then stops
        using var store = Open();
        var run = store.StartRun(StoreSamples.Run(), new RunOwner(1, "another-host", StoreSamples.Start));
        Clock.Advance(RunOwner.StaleAfter - TimeSpan.FromSeconds(1));
        var beating = store.LoadRun(run)!.Status;

        // When the heartbeat grows older than the limit
        Clock.Advance(TimeSpan.FromSeconds(2));
        var stale = store.LoadRun(run)!.Status;
        store.Heartbeat(run);
        var again = store.LoadRun(run)!.Status;

        // Then the run is interrupted while silent, and running once it beats again
        Assert.Equal(RunStatus.Running, beating);
        Assert.Equal(RunStatus.Interrupted, stale);
        Assert.Equal(RunStatus.Running, again);
    }

    [Fact]
    public void Should_refuse_a_second_resume_When_the_run_is_being_measured()
    {
        // Given a run whose owner is alive
        using var store = Open();
        var run = store.StartRun(StoreSamples.Run());

        // When another process tries to resume it
        var error = Assert.Throws<InputException>(() => store.ResumeRun(run, new RunOwner(2, "another-host", StoreSamples.Start)));

        // Then it is refused, naming the run and its owner, and the owner keeps it
        Assert.Contains($"run {run} is being measured by {RunOwner.Current}", error.Message, StringComparison.Ordinal);
        Assert.Equal(RunOwner.Current, store.LoadRun(run)!.Owner);
    }

    [Fact]
    public void Should_take_the_run_over_When_a_killed_run_is_resumed()
    {
        // Given a killed run
        using var store = Open();
        var run = store.StartRun(StoreSamples.Run(), Gone());
        Clock.Advance(TimeSpan.FromMinutes(5));

        // When this process resumes it
        store.ResumeRun(run, RunOwner.Current);

        // Then it is running again under this process, with a fresh heartbeat
        var resumed = store.LoadRun(run)!;
        Assert.Equal(RunStatus.Running, resumed.Status);
        Assert.Equal(RunOwner.Current, resumed.Owner);
        Assert.Equal(Clock.GetUtcNow(), resumed.HeartbeatAt);
        Assert.Null(resumed.FinishedAt);
    }

    [Fact]
    public void Should_mark_the_run_failed_and_keep_its_document_When_it_fails_after_finishing()
    {
        // Given a finished run (its outputs are written after this)
        using var store = Open();
        var run = store.StartRun(StoreSamples.Run());
        store.FinishRun(run, RunStatus.Finished, "{}", "tree");

        // When writing an output fails
        store.FinishRun(run, RunStatus.Failed, documentJson: null);

        // Then it is failed, not running or finished, and what it measured stays
        var failed = store.LoadRun(run)!;
        Assert.Equal(RunStatus.Failed, failed.Status);
        Assert.Equal("{}", failed.DocumentJson);
        Assert.Equal(RunStatus.Failed, Assert.Single(store.ListRuns()).Status);
    }

    [Fact]
    public void Should_fail_with_one_line_naming_the_store_and_another_place_When_its_pages_are_damaged()
    {
        // Given a store with many runs, damaged in the middle
        string location;
        using (var store = Open())
        {
            location = store.Location;
            for (var i = 0; i < 40; i++)
            {
                var run = store.StartRun(StoreSamples.Run("Study " + i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                store.SaveTechnique(run, StoreSamples.Technique("tree", i));
                store.SaveTechnique(run, StoreSamples.Technique("forest", i));
            }
        }

        DamageTheMiddle();

        // When it is opened and read
        var error = Assert.Throws<InputException>(() =>
        {
            using var store = Open();
            _ = store.ListRuns().Select(r => store.LoadRun(r.Id)).ToList();
        });

        // Then one line names it, says it is damaged and where to keep runs instead
        Assert.StartsWith(location + ":", error.Message, StringComparison.Ordinal);
        Assert.Contains("damaged", error.Message, StringComparison.Ordinal);
        Assert.Contains("--store", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    /// <summary>A process of this host that no longer runs: this process's id with a start time a day earlier.</summary>
    private static RunOwner Gone() => RunOwner.Current with { ProcessStartedAt = RunOwner.Current.ProcessStartedAt.AddDays(-1) };
}
