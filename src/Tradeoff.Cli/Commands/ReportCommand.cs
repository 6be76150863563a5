using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using Tradeoff.Cli.Infrastructure;
using Tradeoff.Cli.Storage;
using Tradeoff.Reporting;

namespace Tradeoff.Cli.Commands;

/// <summary><c>tradeoff report RESULTS --format html|md|json [--out PATH]</c>: re-renders a finished run without measuring.</summary>
internal sealed class ReportCommand(CliServices services) : Command<ReportCommand.Settings>
{
    /// <summary>Options of <c>tradeoff report</c>.</summary>
    internal sealed class Settings : StoreOptions
    {
        private static readonly string[] Formats = ["html", "md", "json"];

        [CommandArgument(0, "<results>")]
        [Description("A results document (results.json) written by tradeoff run --json or --report, or a run of the store (r0003, 3, latest).")]
        public string Results { get; init; } = string.Empty;

        [CommandOption("--format <FORMAT>")]
        [Description("html (one self-contained page), md (Markdown with SVG plots beside it) or json.")]
        [DefaultValue("html")]
        public string Format { get; init; } = "html";

        [CommandOption("--out <PATH>")]
        [Description("Where to write (default: report.html, report.md or results.json in the current folder).")]
        public string? Out { get; init; }

        [CommandOption("--verbose")]
        [Description("Show stack traces of errors.")]
        public bool Verbose { get; init; }

        public override ValidationResult Validate() =>
            Formats.Contains(Format, StringComparer.Ordinal)
                ? ValidationResult.Success()
                : ValidationResult.Error($"--format {Format}: use html, md or json{Core.Suggestions.DidYouMean(Format, Formats)}");

        public string OutPath() => Out ?? Format switch
        {
            "md" => ReportWriter.MarkdownFile,
            "json" => ReportWriter.JsonFile,
            _ => ReportWriter.HtmlFile,
        };
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var path = settings.OutPath();
        var targets = new OutputTargets();
        if (File.Exists(settings.Results))
        {
            targets.Input(settings.Results, "the results being reported");
        }

        targets.Store(settings.StorePath()).File("--out", path);
        var document = ResultsSource.Load(settings.Results, settings, services.Time);
        var written = settings.Format switch
        {
            "md" => ReportWriter.WriteMarkdown(document, path),
            "json" => [ReportWriter.WriteJson(document, path)],
            _ => (IReadOnlyList<string>)[ReportWriter.WriteHtml(document, path)],
        };
        services.Error.MarkupLine($"written: [bold]{Markup.Escape(string.Join(", ", written))}[/]");
        return TradeoffApp.Ok;
    }
}
