using System.ComponentModel;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;
using Tradeoff.Cli.Infrastructure;
using Tradeoff.Cli.Storage;
using Tradeoff.Core.Results;
using Tradeoff.Reporting.Console;
using Tradeoff.Reporting.Text;

namespace Tradeoff.Cli.Commands;

/// <summary><c>tradeoff show RUN</c>: one stored run: its study, environment and every technique's qualities.</summary>
internal sealed class ShowCommand(CliServices services) : Command<ShowCommand.Settings>
{
    /// <summary>Options of <c>tradeoff show</c>.</summary>
    internal sealed class Settings : StoreOptions
    {
        [CommandArgument(0, "<run>")]
        [Description("A run id (r0003, r3, 3), a unique prefix, or latest.")]
        public string Run { get; init; } = "latest";
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        using var store = settings.Open(services.Time);
        var id = store.ResolveRunId(settings.Run);
        var run = store.LoadRun(id) ?? throw new Core.InputException($"{store.Location}: run '{settings.Run}' not found.");
        var e = run.Record.Environment;
        services.Out.MarkupLine($"[bold]{Markup.Escape(run.Id)}[/]: {Markup.Escape(run.Record.StudyName)}, {Markup.Escape(run.Status.ToString().ToLowerInvariant())}, started {run.Record.StartedAt.ToString("u", CultureInfo.InvariantCulture)}");
        services.Out.MarkupLine($"[dim]{Markup.Escape(e.Cpu)}, {e.Cores.ToString(CultureInfo.InvariantCulture)} cores, {Markup.Escape(e.Os)}, {Markup.Escape(e.Runtime)}, {Markup.Escape(e.Configuration)}, Tradeoff {Markup.Escape(run.Record.ToolVersion)}; environment {e.Fingerprint}[/]");
        foreach (var (fingerprint, other) in run.Environments.Where(p => p.Key != e.Fingerprint))
        {
            var differences = string.Join(", ", EnvironmentFingerprint.Differences(e, other));
            services.Out.MarkupLine($"[yellow]resumed in environment {fingerprint}: {Markup.Escape(differences)}[/]");
        }

        foreach (var table in QualityTable.BuildAll(run.Techniques, recommended: run.Recommended))
        {
            services.Out.Write(table);
        }

        foreach (var technique in run.Techniques.Where(t => t.MeasuredIn is { } m && (m.RunId != run.Id || m.EnvironmentFingerprint != e.Fingerprint)))
        {
            services.Out.MarkupLine($"[dim]{Markup.Escape(Provenance.Line(technique, e))}[/]");
        }

        TuningView.Render(services.Out, run.Techniques);
        if (run.Recommended is not null)
        {
            services.Out.MarkupLine($"[bold green]Recommended: {Markup.Escape(run.Recommended)}[/]");
        }

        return TradeoffApp.Ok;
    }
}
