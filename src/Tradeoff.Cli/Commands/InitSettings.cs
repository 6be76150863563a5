using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using Tradeoff.Cli.Infrastructure;

namespace Tradeoff.Cli.Commands;

/// <summary>Options of <c>tradeoff init</c>.</summary>
internal sealed class InitSettings : CommonSettings
{
    [CommandOption("--template <NAME>")]
    [Description("Start from a scenario of the lecture: credit-scoring, medical-risk, fraud-detection, transcription-service, lane-detection, phone-app. No questions are asked.")]
    public string? Template { get; init; }

    [CommandOption("--data <FILE>")]
    [Description("The data file (CSV, TSV, ARFF): its columns give the target and the protected attributes, its rows how much data there is.")]
    public string? Data { get; init; }

    [CommandOption("--target <COLUMN>")]
    [Description("The column to predict (default: the last column).")]
    public string? Target { get; init; }

    [CommandOption("--out <FILE>")]
    [Description("Where to write the study (default: study.yaml). An existing file is never replaced.")]
    public string Out { get; init; } = "study.yaml";

    public override ValidationResult Validate() =>
        Target is not null && Data is null
            ? ValidationResult.Error("--target names a column of --data FILE; give --data too")
            : ValidationResult.Success();
}
