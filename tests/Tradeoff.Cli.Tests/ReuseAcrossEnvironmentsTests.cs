using System.Text.Json;
using System.Text.RegularExpressions;
using Tradeoff.Core.Results;
using Tradeoff.Core.Studies;
using Tradeoff.Measurement;
using Tradeoff.Store;
using Tradeoff.Testing;

namespace Tradeoff.Cli.Tests;

/// <summary>
/// Stored measurements are reused only in an environment with the same fingerprint, and every technique says which run
/// measured it and in which environment (the weather study, run on injected machines rather than this one).
/// </summary>
public sealed class ReuseAcrossEnvironmentsTests : IDisposable
{
    private static readonly EnvironmentInfo Tiered = TestMachine.Environment();
    private static readonly EnvironmentInfo NotTiered = TestMachine.Environment(("DOTNET_TieredCompilation", "0"));

    // The fingerprints a run of the weather study captures on them: their settings and every core per fit.
    private static readonly string TieredPrint = Fingerprint(Tiered);
    private static readonly string NotTieredPrint = Fingerprint(NotTiered);
    private static readonly string[] Techniques = ["baseline", "one-rule", "decision-tree", "naive-bayes", "logistic-regression"];
    private readonly string _folder = Directory.CreateTempSubdirectory("tradeoff-reuse-").FullName;

    private string Store => Path.Combine(_folder, "runs.db");

    private string Json => Path.Combine(_folder, "results.json");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Should_measure_again_and_say_why_When_the_second_run_has_another_runtime_setting()
    {
        // Given the study run once with tiered compilation on, when it runs again with DOTNET_TieredCompilation=0
        var again = RunTwice(Tiered, NotTiered);

        // Then it measured every technique again, said why once, and stamped each with its own run and environment
        Assert.Single(Lines(again.ErrorOutput, "not reused: the stored run r0001 was measured with DOTNET_TieredCompilation unset (now 0); measuring again"));
        Assert.DoesNotContain("taken from the store", again.ErrorOutput, StringComparison.Ordinal);
        var stored = Load("r0002");
        Assert.Equal(Techniques, stored.Techniques.Select(t => t.Name));
        Assert.All(stored.Techniques, t => Assert.Equal(("r0002", NotTieredPrint), (t.MeasuredIn!.RunId, t.MeasuredIn.EnvironmentFingerprint)));
        Assert.All(MeasuredIn(), m => Assert.Equal("r0002", m.GetProperty("runId").GetString()));
    }

    [Fact]
    public void Should_reuse_with_the_original_run_s_provenance_When_the_environment_is_the_same()
    {
        // Given the study run once, when it runs again in the same environment
        var again = RunTwice(NotTiered, NotTiered);

        // Then every technique was taken from r0001 and says so, in the store, the results and on the console
        Assert.Contains("5 technique(s) taken from the store (an identical earlier run in the same environment)", again.ErrorOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("not reused", again.ErrorOutput, StringComparison.Ordinal);
        Assert.All(Load("r0002").Techniques, t => Assert.Equal("r0001", t.MeasuredIn!.RunId));
        Assert.All(MeasuredIn(), m => Assert.Equal(("r0001", NotTieredPrint), (m.GetProperty("runId").GetString(), m.GetProperty("environmentFingerprint").GetString())));
        Assert.Contains("Measured before this run started (taken from the store):", again.Output, StringComparison.Ordinal);
        Assert.Contains($"decision-tree: measured by run r0001 at ", again.Output, StringComparison.Ordinal);
        Assert.Equal(5, Lines(again.Output, $"in this run's environment ({NotTieredPrint})").Count);
    }

    [Fact]
    public void Should_continue_with_provenance_per_technique_and_warn_When_a_run_is_resumed_with_another_runtime_setting()
    {
        // Given a run with tiered compilation on that stopped before its last technique was measured
        var study = Paths.Examples("weather/study.yaml");
        Assert.Equal(0, CliHarness.RunOn(Tiered, "run", study, "--store", Store).ExitCode);
        Interrupt("r0001", "logistic-regression");

        // When it is resumed with DOTNET_TieredCompilation=0
        var report = Path.Combine(_folder, "report");
        var resumed = CliHarness.RunOn(NotTiered, "run", study, "--store", Store, "--resume", "--json", Json, "--report", report);

        // Then the last technique was measured in the new environment, the others kept theirs, and every output warns
        Assert.True(resumed.ExitCode == 0, resumed.ErrorOutput);
        var warning = $"timings of baseline, one-rule, decision-tree, naive-bayes (environment {TieredPrint}) and logistic-regression (environment {NotTieredPrint}) were measured in different environments (differs in: DOTNET_TieredCompilation); compare them with care";
        Assert.Contains("warning: " + warning, Unwrapped(resumed.Output), StringComparison.Ordinal);
        Assert.Contains(warning, File.ReadAllText(Path.Combine(report, "report.md")), StringComparison.Ordinal);
        using var document = JsonDocument.Parse(File.ReadAllText(Json));
        Assert.Contains(warning, document.RootElement.GetProperty("environment").GetProperty("warnings").EnumerateArray().Select(w => w.GetString()));
        Assert.Equal(
            [TieredPrint, TieredPrint, TieredPrint, TieredPrint, NotTieredPrint],
            MeasuredIn().Select(m => m.GetProperty("environmentFingerprint").GetString()));
        var run = Load("r0001");
        Assert.Equal(RunStatus.Finished, run.Status);
        Assert.Equal(new[] { TieredPrint, NotTieredPrint }.Order(StringComparer.Ordinal), run.Environments.Keys.Order(StringComparer.Ordinal));
        Assert.All(run.Techniques, t => Assert.Equal("r0001", t.MeasuredIn!.RunId));

        // And show names the second environment of the run and what differs
        var show = CliHarness.RunOn(NotTiered, "show", "r1", "--store", Store);
        Assert.Contains($"resumed in environment {NotTieredPrint}: DOTNET_TieredCompilation unset (now 0)", show.Output, StringComparison.Ordinal);
        Assert.Contains($"logistic-regression: measured by run r0001 at ", show.Output, StringComparison.Ordinal);
    }

    // The weather study run on the first machine, then again on the second with --json: the second run, which succeeded.
    private CliHarness RunTwice(EnvironmentInfo first, EnvironmentInfo second)
    {
        var study = Paths.Examples("weather/study.yaml");
        Assert.Equal(0, CliHarness.RunOn(first, "run", study, "--store", Store).ExitCode);
        var again = CliHarness.RunOn(second, "run", study, "--details", "--store", Store, "--json", Json);
        Assert.True(again.ExitCode == 0, again.ErrorOutput);
        return again;
    }

    private static string Fingerprint(EnvironmentInfo machine) =>
        new EnvironmentProbe(() => machine).Capture(new ProtocolSpec(), new Dictionary<string, string>(), TimeProvider.System).Fingerprint;

    // The console folds lines at its width; the warning is longer.
    private static string Unwrapped(string text) => Regex.Replace(text, @"\s+", " ");

    private static List<string> Lines(string text, string part) =>
        text.Split('\n').Where(l => l.Contains(part, StringComparison.Ordinal)).ToList();

    // As a run killed before its last technique leaves it: that technique not finished, the run not finished.
    private void Interrupt(string runId, string technique)
    {
        using var store = SqliteRunStore.Open(Store);
        var last = store.LoadRun(runId)!.Techniques.Single(t => t.Name == technique);
        store.SaveTechnique(runId, last with { Status = TechniqueStatus.Interrupted });
        store.FinishRun(runId, RunStatus.Interrupted, documentJson: null);
    }

    private StoredRun Load(string runId)
    {
        using var store = SqliteRunStore.Open(Store);
        return store.LoadRun(runId)!;
    }

    private List<JsonElement> MeasuredIn()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Json));
        return document.RootElement.GetProperty("techniques").EnumerateArray().Select(t => t.GetProperty("measuredIn").Clone()).ToList();
    }
}
