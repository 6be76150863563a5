using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using Tradeoff.Cli.Infrastructure;
using Tradeoff.Cli.Storage;
using Tradeoff.Reporting;
using Tradeoff.Reporting.Formats;

namespace Tradeoff.Cli.Commands;

/// <summary><c>tradeoff report RESULTS --format html|md|json|model-card [--out PATH]</c>: re-renders a finished run without measuring.</summary>
internal sealed class ReportCommand(CliServices services) : Command<ReportCommand.Settings>
{
    /// <summary>Options of <c>tradeoff report</c>.</summary>
    internal sealed class Settings : StoreOptions
    {
        [CommandArgument(0, "<results>")]
        [Description("A results document (results.json) written by tradeoff run --json or --report, or a run of the store (r0003, 3, latest).")]
        public string Results { get; init; } = string.Empty;

        [CommandOption("--format <FORMAT>")]
        [Description("html (one self-contained page), md (Markdown with SVG plots beside it), json (the results document) or model-card.")]
        [DefaultValue("html")]
        public string Format { get; init; } = "html";

        [CommandOption("--out <PATH>")]
        [Description("Where to write (default: a new folder named after the run, ./report-r0003/, holding the format's file: report.html, report.md, results.json or model-card.md).")]
        public string? Out { get; init; }

        public override ValidationResult Validate() =>
            ReportFormats.Find(Format) is not null
                ? ValidationResult.Success()
                : ValidationResult.Error($"--format {Format}: use {string.Join(", ", ReportFormats.Ids)}{Core.Suggestions.DidYouMean(Format, ReportFormats.Ids)}");

        /// <summary>The format named by <see cref="Format"/>, which validation has found.</summary>
        public IReportFormat ReportFormat() => ReportFormats.Find(Format)!;
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var targets = new OutputTargets();
        if (File.Exists(settings.Results))
        {
            targets.Input(settings.Results, "the results being reported");
        }

        var store = ResultsSource.IsFile(settings.Results) ? null : settings.Choose(services).Location;
        if (store is not null)
        {
            targets.Store(store);
        }

        if (settings.Out is not null)
        {
            targets.File("--out", settings.Out);
        }

        var document = ResultsSource.Load(settings.Results, settings, services, out var runId);
        var path = settings.Out ?? Path.Combine(ReportFolder.New(services.WorkingFolder, runId ?? Path.GetFileNameWithoutExtension(settings.Results)), settings.ReportFormat().FileName);
        var written = ReportWriter.Write(settings.ReportFormat(), document, path);
        services.Error.MarkupLine($"written: [bold]{Markup.Escape(string.Join(", ", written))}[/]");
        return TradeoffApp.Ok;
    }
}
