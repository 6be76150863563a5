using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using Tradeoff.Cli.Infrastructure;

namespace Tradeoff.Cli.Commands;

/// <summary>Options of <c>tradeoff run</c>.</summary>
internal sealed class RunSettings : CommonSettings
{
    [CommandArgument(0, "[study]")]
    [Description("A study file (YAML). Or give --data for an ad hoc run with every default.")]
    public string? Study { get; init; }

    [CommandOption("--data <FILE>")]
    [Description("Data for an ad hoc run: CSV, TSV, ARFF, IDX, or fashion-mnist.")]
    public string? Data { get; init; }

    [CommandOption("--target <COLUMN>")]
    [Description("The target column of an ad hoc run (default: the last column).")]
    public string? Target { get; init; }

    [CommandOption("--techniques <IDS>")]
    [Description("Comma-separated technique ids of an ad hoc run (default: all).")]
    public string? Techniques { get; init; }

    [CommandOption("--json <PATH>")]
    [Description("Write the results document (JSON) to this path.")]
    public string? Json { get; init; }

    [CommandOption("--report <DIR>")]
    [Description("Write report.html, report.md with its SVG plots, results.json and model-card.md into this folder.")]
    public string? Report { get; init; }

    [CommandOption("--quick")]
    [Description("A first look: 3 folds and fewer latency samples.")]
    public bool Quick { get; init; }

    [CommandOption("--store <PATH>")]
    [Description("The run store: a SQLite file (PATH or sqlite:PATH). Default: .tradeoff/tradeoff.db beside the study file, or in the current folder.")]
    public string? Store { get; init; }

    [CommandOption("--resume")]
    [Description("Continue the latest unfinished run of this study: measure only what is missing.")]
    public bool Resume { get; init; }

    [CommandOption("--keep-models")]
    [Description("Keep every final model in the store, so that tradeoff explain RUN TECHNIQUE prints the very model the run measured.")]
    public bool KeepModels { get; init; }

    [CommandOption("--fresh")]
    [Description("Measure everything again instead of reusing an identical earlier run's measurements.")]
    public bool Fresh { get; init; }

    [CommandOption("--details")]
    [Description("Print every table (each quality group, tuning, verdicts, frontier, ranking, scales) instead of the leaderboard that fits the terminal.")]
    public bool Details { get; init; }

    [CommandOption("--quiet")]
    [Description("Print only the decision (and errors): no progress, no tables.")]
    public bool Quiet { get; init; }

    [CommandOption("--distributed")]
    [Description("Measure the techniques on the workers of a team store (tradeoff worker --store postgres://...), one job per technique instance; needs a study file and --store postgres://... (docs/DISTRIBUTED.md).")]
    public bool Distributed { get; init; }

    [CommandOption("--plan")]
    [Description("Print the measurement plan (per technique, each stage with its fits and estimated time, and a total, from fits timed now) and exit without measuring.")]
    public bool Plan { get; init; }

    [CommandOption("--time-budget <DURATION>")]
    [Description("The time the whole run may take (30s, 10m, 2h), shared among the techniques: past its share a technique's remaining probes are skipped, and once it is spent the techniques left are not measured; the run says what it cut.")]
    public string? TimeBudget { get; init; }

    /// <summary>The --time-budget as a duration, or null.</summary>
    public TimeSpan? TimeBudgetSpan => Core.Studies.Durations.TryParse(TimeBudget, out var budget) ? budget : null;

    public override ValidationResult Validate()
    {
        if (TimeBudget is not null && TimeBudgetSpan is null)
        {
            return ValidationResult.Error($"--time-budget {TimeBudget}: expected a positive duration such as {Core.Studies.Durations.Examples}");
        }

        if (Study is null == Data is null)
        {
            return ValidationResult.Error("give either a study file or --data FILE, not both and not neither");
        }

        if (Study is not null && (Target is not null || Techniques is not null))
        {
            return ValidationResult.Error("--target and --techniques are for ad hoc runs; a study file sets them itself");
        }

        if (Quiet && Details)
        {
            return ValidationResult.Error("--quiet prints only the decision and --details every table: give one of them");
        }

        if (Distributed && (Study is null || !Tradeoff.Store.Postgres.PostgresRunStore.Names(Store)))
        {
            return ValidationResult.Error("--distributed measures a study file on the workers of a team store: give STUDY and --store postgres://USER@HOST[:PORT]/DATABASE");
        }

        if (Distributed && TimeBudget is not null)
        {
            return ValidationResult.Error("--time-budget shares one machine's time among the techniques; a distributed run measures them on several: give one of them");
        }

        if (Plan && (Resume || Json is not null || Report is not null || KeepModels || Distributed))
        {
            return ValidationResult.Error("--plan measures nothing: --resume, --json, --report, --keep-models and --distributed do not go with it");
        }

        if (Resume && Fresh)
        {
            return ValidationResult.Error("--resume continues a run and --fresh starts anew: give one of them");
        }

        return ValidationResult.Success();
    }

    /// <summary>The technique ids of --techniques.</summary>
    public IReadOnlyList<string> TechniqueIds() =>
        Techniques?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
}
