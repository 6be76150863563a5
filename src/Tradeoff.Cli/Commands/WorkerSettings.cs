using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using Tradeoff.Cli.Infrastructure;

namespace Tradeoff.Cli.Commands;

/// <summary>Options of <c>tradeoff worker</c>.</summary>
internal sealed class WorkerSettings : CommonSettings
{
    [CommandOption("--store <LOCATION>")]
    [Description("The team store whose jobs this worker measures: postgres://USER@HOST[:PORT]/DATABASE (docs/DISTRIBUTED.md).")]
    public string? Store { get; init; }

    [CommandOption("--concurrency <N>")]
    [Description("How many jobs to measure at once (default 1: timed qualities measured side by side disturb each other).")]
    public int Concurrency { get; init; } = 1;

    [CommandOption("--invisibility-timeout <DURATION>")]
    [Description("How long a job of a worker that died (killed, machine lost) waits before another worker takes it (default 2m).")]
    public string InvisibilityTimeout { get; init; } = "2m";

    [CommandOption("--machine-class <NAME>")]
    [Description("The machine class whose jobs this worker takes (the studies' protocol.machine-class); default: derived from this machine's CPU model and core count.")]
    public string? MachineClass { get; init; }

    /// <summary>The --invisibility-timeout as a duration, or null.</summary>
    public TimeSpan? InvisibilityTimeoutSpan => Core.Studies.Durations.TryParse(InvisibilityTimeout, out var timeout) ? timeout : null;

    public override ValidationResult Validate()
    {
        if (Store is null)
        {
            return ValidationResult.Error("--store: give the team store whose jobs to measure, postgres://USER@HOST[:PORT]/DATABASE");
        }

        if (!Tradeoff.Store.Postgres.PostgresRunStore.Names(Store))
        {
            return ValidationResult.Error($"--store {Store}: workers share a team store; give postgres://USER@HOST[:PORT]/DATABASE");
        }

        if (Concurrency < 1)
        {
            return ValidationResult.Error($"--concurrency {Concurrency}: expected a whole number of 1 or more");
        }

        if (MachineClass is not null && !Core.Studies.MachineClass.IsValid(MachineClass))
        {
            return ValidationResult.Error($"--machine-class {MachineClass}: expected a kebab-case name such as {Core.Studies.MachineClass.Example} (at most {Core.Studies.MachineClass.MaxLength} characters)");
        }

        return InvisibilityTimeoutSpan is null
            ? ValidationResult.Error($"--invisibility-timeout {InvisibilityTimeout}: expected a positive duration such as {Core.Studies.Durations.Examples}")
            : ValidationResult.Success();
    }
}
