using Spectre.Console;
using Spectre.Console.Cli;
using Tradeoff.Cli.Infrastructure;
using Tradeoff.Cli.Init;
using Tradeoff.Core;
using Tradeoff.Core.Studies;
using Tradeoff.Runs;
using Tradeoff.Selection.Constraints;

namespace Tradeoff.Cli.Commands;

/// <summary>
/// <c>tradeoff init</c>: writes a commented study from the lecture's questions, asked in a terminal (no --template)
/// or answered by a template and the data file's columns. The study is checked as a run would read it before it
/// is written, and an existing file is never replaced.
/// </summary>
internal sealed class InitCommand(CliServices services) : Command<InitSettings>
{
    public override int Execute(CommandContext context, InitSettings settings, CancellationToken cancellationToken)
    {
        var output = Path.GetFullPath(settings.Out);
        if (File.Exists(output) || Directory.Exists(output))
        {
            throw new InputException($"--out {settings.Out}: already exists; tradeoff init never replaces a file (give another --out or remove it)");
        }

        new OutputTargets().File("--out", settings.Out);
        var interactive = settings.Template is null && services.Interactive && services.Out.Profile.Capabilities.Interactive;
        if (!interactive && settings.Data is null)
        {
            throw new InputException("give --data FILE: the study needs its data (run tradeoff init in a terminal, without --template, to be asked instead)");
        }

        var folder = Path.GetDirectoryName(output)!;
        var answers = settings.Template is { } name ? StudyTemplates.Load(name) : new StudyAnswers();
        var guess = settings.Data is { } data ? DataGuess.Read(data, settings.Target) : null;
        if (guess is not null)
        {
            answers = WithData(answers, StudyData(settings.Data!, folder), guess);
        }

        if (interactive)
        {
            (answers, guess) = new StudyInterview(services.Out, folder).Ask(answers, guess);
        }

        var text = StudyWriter.Write(answers, guess?.Classes ?? 0);
        Check(text, output);
        using (var file = new FileStream(output, FileMode.CreateNew, FileAccess.Write))
        using (var writer = new StreamWriter(file))
        {
            writer.Write(text);
        }

        var guessed = answers.Data.ProtectedGuessed && answers.Data.Protected.Count > 0
            ? $"; protected attributes guessed from the column names ({string.Join(", ", answers.Data.Protected)}): check them"
            : string.Empty;
        services.Out.MarkupLine($"wrote [bold]{Markup.Escape(settings.Out)}[/]{Markup.Escape(guessed)}");
        services.Out.MarkupLine($"run it with: [bold]tradeoff run {Markup.Escape(settings.Out)}[/] (add --quick for a first look)");
        return TradeoffApp.Ok;
    }

    /// <summary>The answers with the data file's roles: its path from the study's folder, target, task, rows and guessed protected attributes.</summary>
    public static StudyAnswers WithData(StudyAnswers answers, string train, DataGuess guess) => answers with
    {
        Model = answers.Model with { Task = guess.Task },
        Data = answers.Data with
        {
            Train = train,
            Target = guess.Target,
            Protected = [.. guess.Protected],
            ProtectedGuessed = true,
            FileRows = guess.Rows,
        },
    };

    /// <summary>
    /// <paramref name="data"/> as the study in <paramref name="folder"/> names it: relative to the folder, which it must
    /// lie under, since a study reads no file outside its own folder (<see cref="Study.ResolvePath"/>).
    /// </summary>
    /// <exception cref="InputException">The file lies outside the folder.</exception>
    public static string StudyData(string data, string folder)
    {
        if (Core.Data.Loading.DataLoader.IsFashionMnist(data))
        {
            return data;
        }

        var relative = Path.GetRelativePath(folder, Path.GetFullPath(data));
        if (relative == ".." || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) || Path.IsPathRooted(relative))
        {
            throw new InputException($"--data {data}: lies outside the study's folder ({folder}); a study reads only files under its own folder, so write the study above the data (--out)");
        }

        return relative.Replace(Path.DirectorySeparatorChar, '/');
    }

    // Every answer went through one writer; a study it writes that a run would refuse is a bug, found here rather than by the user's run.
    private void Check(string text, string output)
    {
        try
        {
            var study = StudyReader.Parse(text, output, StudyFiles.Context(services.Catalog));
            ConstraintParser.ParseAll(study.Constraints, output);
        }
        catch (InputException e)
        {
            throw new InvalidOperationException("the study tradeoff init wrote does not read back: " + e.Message, e);
        }
    }
}
