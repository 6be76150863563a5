using Tradeoff.Cli.Storage;

namespace Tradeoff.Cli.Tests;

/// <summary>
/// Without --store, the store commands find the store a user means (the study's, searching up from the current
/// folder, else the last one used) and say which; report writes into a new folder; show prints the decision;
/// compare shows what changed. Every test has its own folder and user state: never the real user's.
/// </summary>
public sealed class StoreLocationTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("tradeoff-locate-").FullName;

    private string State => Path.Combine(_folder, "state");

    [Fact]
    public void Should_take_the_state_folder_from_XDG_STATE_HOME_else_HOME()
    {
        Assert.Equal("/x/state/tradeoff", UserState.Folder(v => v switch { "XDG_STATE_HOME" => "/x/state", "HOME" => "/home/u", _ => null }));
        Assert.Equal("/home/u/.local/state/tradeoff", UserState.Folder(v => v == "HOME" ? "/home/u" : null));
        Assert.Equal("/home/u/.local/state/tradeoff", UserState.Folder(v => v switch { "XDG_STATE_HOME" => "relative", "HOME" => "/home/u", _ => null }));
        Assert.Null(UserState.Folder(_ => null));
    }

    [Fact]
    public void Should_find_the_studys_store_searching_up_from_the_current_folder_and_say_so()
    {
        // Given a study run with its default store, beside it
        var study = CopyWeather("study");
        Assert.Equal(0, CliHarness.RunIn(250, _folder, null, "run", study, "--quiet").ExitCode);
        var below = Directory.CreateDirectory(Path.Combine(_folder, "study", "notes", "drafts")).FullName;

        // When runs is typed in a folder below the study's, with no --store and nothing remembered
        var runs = CliHarness.RunIn(250, below, null, "runs");

        // Then it reads the study's store and says which
        Assert.True(runs.ExitCode == 0, runs.ErrorOutput);
        Assert.Contains("r0001", runs.Output, StringComparison.Ordinal);
        var store = Path.Combine(_folder, "study", ".tradeoff", "tradeoff.db");
        Assert.Contains($"store: {store} (found above the current folder)", runs.ErrorOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_use_the_last_store_used_When_no_study_store_is_above_the_current_folder()
    {
        // Given a run whose store was remembered, and an unrelated folder
        var study = CopyWeather("study");
        Assert.Equal(0, CliHarness.RunIn(250, _folder, State, "run", study, "--quiet").ExitCode);
        var elsewhere = Directory.CreateDirectory(Path.Combine(_folder, "elsewhere")).FullName;

        // When runs is typed there
        var runs = CliHarness.RunIn(250, elsewhere, State, "runs");

        // Then the last store used is read, and said to be
        Assert.True(runs.ExitCode == 0, runs.ErrorOutput);
        Assert.Contains("r0001", runs.Output, StringComparison.Ordinal);
        Assert.Contains("(the last store used; --store chooses another)", runs.ErrorOutput, StringComparison.Ordinal);
        Assert.Equal(Path.Combine(_folder, "study", ".tradeoff", "tradeoff.db"), File.ReadAllText(Path.Combine(State, "last-store")).Trim());
    }

    [Fact]
    public void Should_say_there_is_no_store_When_none_is_above_and_none_remembered()
    {
        var runs = CliHarness.RunIn(250, _folder, State, "runs");

        Assert.Equal(2, runs.ExitCode);
        Assert.Contains("no run store here", runs.ErrorOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_write_a_report_into_a_new_folder_named_after_the_run_and_never_into_an_existing_one()
    {
        // Given a stored run, and a folder report-r0001 already there with a file of its own
        var study = CopyWeather("study");
        Assert.Equal(0, CliHarness.RunIn(250, _folder, State, "run", study, "--quiet").ExitCode);
        var first = CliHarness.RunIn(250, _folder, State, "report", "r1", "--format", "md");
        File.WriteAllText(Path.Combine(_folder, "report-r0001", "report.md"), "edited by hand");

        // When the run is reported again without --out
        var second = CliHarness.RunIn(250, _folder, State, "report", "r1", "--format", "md");

        // Then the first went to report-r0001, the second to report-r0001-2, and the edited file is untouched
        Assert.True(first.ExitCode == 0, first.ErrorOutput);
        Assert.True(second.ExitCode == 0, second.ErrorOutput);
        Assert.Equal("edited by hand", File.ReadAllText(Path.Combine(_folder, "report-r0001", "report.md")));
        Assert.Contains("Play outside?", File.ReadAllText(Path.Combine(_folder, "report-r0001-2", "report.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_show_the_whole_decision_of_a_stored_run()
    {
        var study = CopyWeather("study");
        Assert.Equal(0, CliHarness.RunIn(250, _folder, State, "run", study, "--quiet").ExitCode);

        var show = CliHarness.RunIn(250, _folder, State, "show", "latest");

        Assert.True(show.ExitCode == 0, show.ErrorOutput);
        foreach (var part in new[] { "utility", "◆", "Recommended:", "  - ", "Sensitivity:" })
        {
            Assert.Contains(part, show.Output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Should_compare_only_the_changed_qualities_unless_all_are_asked_for()
    {
        // Given the same study measured twice
        var study = CopyWeather("study");
        Assert.Equal(0, CliHarness.RunIn(250, _folder, State, "run", study, "--quiet").ExitCode);
        Assert.Equal(0, CliHarness.RunIn(250, _folder, State, "run", study, "--quiet", "--fresh").ExitCode);

        // When compared by default and with --all
        var changed = CliHarness.RunIn(250, _folder, State, "compare", "r1", "r2");
        var all = CliHarness.RunIn(250, _folder, State, "compare", "r1", "r2", "--all");

        // Then the default hides the unchanged (deterministic qualities such as accuracy) and says how many; --all shows them
        Assert.True(changed.ExitCode == 0, changed.ErrorOutput);
        Assert.Matches(@"\d+ unchanged \(not significantly different, or the same value where no test applies\) not shown; --all shows every one", changed.Output);
        Assert.DoesNotMatch(@"│\s*accuracy\s*│", changed.Output);
        Assert.Matches(@"│\s*accuracy\s*│", all.Output);
        Assert.DoesNotContain("unchanged", all.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("NaN", changed.Output + all.Output, StringComparison.Ordinal);
    }

    private string CopyWeather(string name)
    {
        var folder = Directory.CreateDirectory(Path.Combine(_folder, name)).FullName;
        foreach (var file in Directory.GetFiles(Paths.Examples("weather")).Where(f => !f.EndsWith(".md", StringComparison.Ordinal)))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        return Path.Combine(folder, "study.yaml");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
