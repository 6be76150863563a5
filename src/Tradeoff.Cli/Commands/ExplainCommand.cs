using System.ComponentModel;
using Spectre.Console.Cli;
using Tradeoff.Cli.Infrastructure;
using Tradeoff.Reporting.Console;

namespace Tradeoff.Cli.Commands;

/// <summary><c>tradeoff explain RESULTS TECHNIQUE</c>: what a finished run holds for one technique.</summary>
internal sealed class ExplainCommand(CliServices services) : Command<ExplainCommand.Settings>
{
    /// <summary>Options of <c>tradeoff explain</c>.</summary>
    internal sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<results>")]
        [Description("A results document (results.json) written by tradeoff run --json or --report.")]
        public string Results { get; init; } = string.Empty;

        [CommandArgument(1, "<technique>")]
        [Description("The technique's name in the run (or its technique id when unique).")]
        public string Technique { get; init; } = string.Empty;

        [CommandOption("--verbose")]
        [Description("Show stack traces of errors.")]
        public bool Verbose { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var document = ResultsSource.Load(settings.Results);
        ExplainView.Render(services.Out, document, settings.Technique);
        return TradeoffApp.Ok;
    }
}
