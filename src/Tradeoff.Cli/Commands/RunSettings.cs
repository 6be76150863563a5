using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Tradeoff.Cli.Commands;

/// <summary>Options of <c>tradeoff run</c>.</summary>
internal sealed class RunSettings : CommandSettings
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

    [CommandOption("--quick")]
    [Description("A first look: 3 folds and fewer latency samples.")]
    public bool Quick { get; init; }

    [CommandOption("--verbose")]
    [Description("Show stack traces of errors.")]
    public bool Verbose { get; init; }

    public override ValidationResult Validate()
    {
        if (Study is null == Data is null)
        {
            return ValidationResult.Error("give either a study file or --data FILE, not both and not neither");
        }

        if (Study is not null && (Target is not null || Techniques is not null))
        {
            return ValidationResult.Error("--target and --techniques are for ad hoc runs; a study file sets them itself");
        }

        return ValidationResult.Success();
    }

    /// <summary>The technique ids of --techniques.</summary>
    public IReadOnlyList<string> TechniqueIds() =>
        Techniques?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
}
