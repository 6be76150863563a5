using System.ComponentModel;
using System.Globalization;
using System.Text;
using Spectre.Console;
using Spectre.Console.Cli;
using Tradeoff.Cli.Infrastructure;
using Tradeoff.Cli.Storage;
using Tradeoff.Core.Results;
using Tradeoff.Reporting.Console;
using Tradeoff.Reporting.Text;
using Tradeoff.Runs.Json;

namespace Tradeoff.Cli.Commands;

/// <summary>
/// <c>tradeoff show RUN</c>: one stored run: its study and environment, then the decision as <c>tradeoff run</c>
/// printed it, from the results document kept with the run (the leaderboard, every elimination with its reasons,
/// the frontier, the ranking with utilities, the recommendation's reasons, the sensitivity); <c>--details</c> for
/// every table.
/// </summary>
internal sealed class ShowCommand(CliServices services) : Command<ShowCommand.Settings>
{
    /// <summary>Options of <c>tradeoff show</c>.</summary>
    internal sealed class Settings : StoreOptions
    {
        [CommandArgument(0, "<run>")]
        [Description("A run id (r0003, r3, 3), a unique prefix, or latest.")]
        public string Run { get; init; } = "latest";

        [CommandOption("--details")]
        [Description("Print every table (each quality group, tuning, verdicts, frontier, ranking, scales) instead of the leaderboard.")]
        public bool Details { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        using var store = settings.Open(services);
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

        if (run.DocumentJson is not null)
        {
            // A finished run kept its results document: the decision exactly as the run printed it.
            using var stream = new MemoryStream(Encoding.UTF8.GetBytes(run.DocumentJson));
            OutcomeView.Render(services.Out, DocumentOutcome.Of(ResultsJson.Read(stream)), settings.Details);
        }
        else
        {
            // An unfinished run has no decision yet: what it measured so far.
            services.Out.MarkupLine($"[yellow]no decision yet[/]: the run is {Markup.Escape(run.Status.ToString().ToLowerInvariant())}; what it measured so far:");
            QualityTable.Render(services.Out, run.Techniques, recommended: run.Recommended);
        }

        // Which run and environment measured each technique taken from elsewhere: what show is asked about a stored run.
        foreach (var technique in run.Techniques.Where(t => t.MeasuredIn is { } m && (m.RunId != run.Id || m.EnvironmentFingerprint != e.Fingerprint)))
        {
            services.Out.MarkupLine($"[dim]{Markup.Escape(Provenance.Line(technique, e))}[/]");
        }

        return TradeoffApp.Ok;
    }
}
