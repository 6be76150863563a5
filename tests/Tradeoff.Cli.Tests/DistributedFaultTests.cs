using Hangfire;
using Hangfire.Common;
using Hangfire.States;
using Tradeoff.Distributed;
using Tradeoff.Testing;

namespace Tradeoff.Cli.Tests;

/// <summary>The faults of distributed runs that a test can show apart: a job refused for a reason of its own, a store out of reach, bad options.</summary>
public sealed class DistributedFaultTests : IClassFixture<TestPostgres>
{
    private readonly TestPostgres _database;

    public DistributedFaultTests(TestPostgres database) => _database = database;

    [Fact]
    public async Task Should_fail_once_with_its_message_When_a_job_comes_from_another_Tradeoff_build()
    {
        // Given a job of another build in the queue
        var storage = JobEngine.Storage(_database.Location, TimeSpan.FromSeconds(5));
        var order = new MeasureOrder("r0001", "baseline", "0000", [], Quick: true, KeepModels: false, ToolVersion: "0.0.0-elsewhere");
        var job = new BackgroundJobClient(storage).Create(Job.FromExpression<MeasureJob>(j => j.Measure(order, CancellationToken.None)), new EnqueuedState(JobEngine.QueueOf("fault-test")));

        // When a worker takes it
        using var worker = ChildRun.Start(["worker", "--store", _database.Location, "--invisibility-timeout", "5s", "--machine-class", "fault-test"]);
        _ = worker.StandardOutput.ReadToEndAsync();
        _ = worker.StandardError.ReadToEndAsync();
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            string? state;
            do
            {
                await Task.Delay(250, timeout.Token);
                using var connection = storage.GetConnection();
                state = connection.GetStateData(job)?.Name;
            }
            while (state != FailedState.StateName && state != ScheduledState.StateName);

            // Then it failed at once, saying why, and is not scheduled to be tried again
            using var after = storage.GetConnection();
            var failed = after.GetStateData(job);
            Assert.Equal(FailedState.StateName, failed.Name);
            Assert.Contains("the job was made by Tradeoff 0.0.0-elsewhere and this worker is Tradeoff", failed.Data["ExceptionMessage"], StringComparison.Ordinal);
            Assert.Null(after.GetJobParameter(job, "RetryCount"));
        }
        finally
        {
            worker.Kill(entireProcessTree: true);
        }
    }

    [Fact]
    public async Task Should_try_again_with_a_growing_pause_and_say_so_When_a_worker_cannot_reach_the_store()
    {
        // Given a store location where no server listens (port 1 of this machine)
        string[] worker = ["worker", "--store", "postgres://tradeoff@127.0.0.1:1/tradeoff"];
        var said = new List<string>();

        // When a worker starts, and is stopped after its second attempt
        var (_, _) = await ChildRun.UntilAsync(worker, line => Said(said, line) >= 2, p => p.Kill(entireProcessTree: true));

        // Then it said so each time, pausing longer the second time
        Assert.Contains("cannot reach the store", said[0], StringComparison.Ordinal);
        Assert.EndsWith("trying again in 1 s", said[0], StringComparison.Ordinal);
        Assert.EndsWith("trying again in 2 s", said[1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("run", "--distributed", "--store", "sqlite:runs.db")]
    [InlineData("worker", "--store", "runs.db")]
    [InlineData("worker")]
    [InlineData("worker", "--store", "postgres://tradeoff@db/tradeoff", "--concurrency", "0")]
    [InlineData("worker", "--store", "postgres://tradeoff@db/tradeoff", "--invisibility-timeout", "soon")]
    [InlineData("worker", "--store", "postgres://tradeoff@db/tradeoff", "--machine-class", "Big_Iron")]
    public void Should_refuse_in_one_line_before_any_work_When_the_options_of_a_distributed_run_are_wrong(params string[] args)
    {
        // Given options a distributed run cannot work with (a study file where one is needed)
        var line = args[0] == "run" ? ["run", Paths.Examples("weather/study.yaml"), .. args[1..]] : args;

        // When they are given
        var result = CliHarness.Run(line);

        // Then one line says what is wrong, exit 2
        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.ErrorOutput.Trim().Split('\n'));
    }

    [Fact]
    public void Should_refuse_in_one_line_before_any_work_When_a_distributed_study_brings_a_command()
    {
        // Given a study with brought models: a command (whose program and files are unknown) and an ONNX file
        var study = Paths.Examples("bring-your-own/study.yaml");

        // When it is run distributed on a store no server answers for
        var result = CliHarness.Run("run", study, "--store", "postgres://tradeoff@127.0.0.1:1/tradeoff", "--distributed");

        // Then one line names the study, the command's line and its name, before the store is reached
        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.ErrorOutput.Trim().Split('\n'));
        Assert.Contains("study.yaml:16: --distributed cannot send a brought command's program and the files it reads to the workers (sklearn-gb)", line, StringComparison.Ordinal);
    }

    private static int Said(List<string> said, string line)
    {
        if (line.StartsWith("worker: cannot reach the store", StringComparison.Ordinal))
        {
            said.Add(line.Trim());
        }

        return said.Count;
    }
}
