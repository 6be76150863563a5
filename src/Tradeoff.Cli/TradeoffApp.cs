using Spectre.Console;
using Spectre.Console.Cli;
using Tradeoff.Cli.Commands;
using Tradeoff.Cli.Infrastructure;
using Tradeoff.Core;

namespace Tradeoff.Cli;

/// <summary>
/// The command line: arguments in, one library call, rendering out. Exit codes: 0 done, 2 bad usage or bad
/// input (one line naming the file and place), 1 an internal failure (a stack trace only with --verbose),
/// 130 interrupted.
/// </summary>
internal static class TradeoffApp
{
    public const int Ok = 0;
    public const int InternalError = 1;
    public const int InputError = 2;
    public const int Interrupted = 130;

    /// <summary>This build's version (<c>tradeoff --version</c>), as the store and the results record it.</summary>
    public static string Version { get; } = Runs.RunJournal.ToolVersion;

    public static int Run(string[] args, CliServices services, CancellationToken cancellationToken = default)
    {
        Store.Postgres.PostgresRunStore.Register();
        ControlCharacters.Neutralize(services.Out);
        ControlCharacters.Neutralize(services.Error);
        var registrar = new TypeRegistrar();
        registrar.RegisterInstance(typeof(CliServices), services);
        var app = new CommandApp(registrar);
        var settingsByCommand = new Dictionary<string, Type>(StringComparer.Ordinal);
        app.Configure(config =>
        {
            config.SetApplicationName("tradeoff");
            config.SetApplicationVersion(Version);
            config.Settings.Console = services.Out;
            config.PropagateExceptions();
            config.UseStrictParsing();
            Add<RunCommand>(config, settingsByCommand, "run")
                .WithDescription("Measure every technique on a study's data, eliminate, find the frontier and recommend one.")
                .WithExample("run", "examples/credit-scoring/study.yaml")
                .WithExample("run", "--data", "my.csv", "--target", "label");
            Add<ReportCommand>(config, settingsByCommand, "report")
                .WithDescription("Re-render a finished run as HTML, Markdown or JSON without measuring again.")
                .WithExample("report", "out/results.json", "--format", "md", "--out", "out/report.md");
            Add<ExplainCommand>(config, settingsByCommand, "explain")
                .WithDescription("Show what a finished run holds for one technique: its place in the selection, qualities, complexity, importances.")
                .WithExample("explain", "out/results.json", "decision-tree");
            Add<TechniquesCommand>(config, settingsByCommand, "techniques")
                .WithDescription("List the techniques with their capabilities and settings.");
            Add<RunsCommand>(config, settingsByCommand, "runs")
                .WithDescription("List the runs kept in the store.");
            Add<ShowCommand>(config, settingsByCommand, "show")
                .WithDescription("Show one stored run.");
            Add<FitChildCommand>(config, settingsByCommand, "fit-child").IsHidden();
            Add<InitCommand>(config, settingsByCommand, "init")
                .WithDescription("Write a commented study file by asking the lecture's questions, or from a template and a data file.")
                .WithExample("init", "--template", "fraud-detection", "--data", "transactions.csv");
            Add<CompareCommand>(config, settingsByCommand, "compare")
                .WithDescription("Compare two stored runs quality by quality, with significance.");
            Add<ExportCommand>(config, settingsByCommand, "export")
                .WithDescription("Write a run's kept model, or a study's final model, as ONNX (raw columns in) or as Tradeoff's own model file.")
                .WithExample("export", "examples/credit-scoring/study.yaml", "decision-tree", "--out", "model.onnx");
            Add<PredictCommand>(config, settingsByCommand, "predict")
                .WithDescription("Predict the rows of a CSV or ARFF file with an exported model (ONNX or native).")
                .WithExample("predict", "model.onnx", "new-applicants.csv", "--out", "predictions.csv");
            Add<WorkerCommand>(config, settingsByCommand, "worker")
                .WithDescription("Measure the jobs of distributed runs (run --distributed) kept in a team store, until stopped.")
                .WithExample("worker", "--store", "postgres://tradeoff@db.example.org/tradeoff", "--concurrency", "1");
        });

        var verbose = args.Contains(CommonSettings.VerboseOption, StringComparer.Ordinal);
        try
        {
            return app.Run(args, cancellationToken);
        }
        catch (InputException e)
        {
            return Fail(services, InputError, e.Message, e, verbose);
        }
        catch (CommandParseException e)
        {
            return Fail(services, InputError, OptionHints.Explain(e, args, settingsByCommand), e, verbose);
        }
        catch (CommandRuntimeException e)
        {
            return Fail(services, InputError, e.Message, e, verbose);
        }
        catch (OperationCanceledException)
        {
            services.Error.WriteLine("interrupted");
            return Interrupted;
        }
#pragma warning disable CA1031 // The command line's last line of defence: any failure becomes one line and exit code 1.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return Fail(services, InternalError, "internal error: " + e.Message, e, verbose);
        }
    }

    /// <summary>Adds command <paramref name="name"/> and records its settings type, whose options the "did you mean" of an unknown option searches.</summary>
    private static ICommandConfigurator Add<TCommand>(IConfigurator config, Dictionary<string, Type> settingsByCommand, string name)
        where TCommand : class, ICommand
    {
        var settings = typeof(TCommand).BaseType?.GetGenericArguments().SingleOrDefault();
        if (settings is not null)
        {
            settingsByCommand[name] = settings;
        }

        return config.AddCommand<TCommand>(name);
    }

    private static int Fail(CliServices services, int code, string message, Exception exception, bool verbose)
    {
        // One line: a multi-line message (every problem of a study) keeps its lines, each already naming its place.
        services.Error.MarkupLine($"[red]error:[/] {Markup.Escape(message)}");
        if (verbose)
        {
            services.Error.WriteException(exception);
        }

        return code;
    }
}
