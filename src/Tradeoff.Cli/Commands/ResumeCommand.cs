namespace Tradeoff.Cli.Commands;

/// <summary>
/// The command that continues an interrupted run: the one the user typed, with every option that decides where the
/// run is kept and what it writes (--store above all: without it the resume looks in the default store and finds
/// nothing), and --resume.
/// </summary>
internal static class ResumeCommand
{
    /// <summary>The full <c>tradeoff run ... --resume</c> for <paramref name="settings"/>.</summary>
    public static string For(RunSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var words = new List<string> { "tradeoff", "run" };
        if (settings.Study is not null)
        {
            words.Add(settings.Study);
        }

        Option(words, "--data", settings.Data);
        Option(words, "--target", settings.Target);
        Option(words, "--techniques", settings.Techniques);
        Flag(words, "--quick", settings.Quick);
        Option(words, "--store", settings.Store);
        Flag(words, "--keep-models", settings.KeepModels);
        Flag(words, "--distributed", settings.Distributed);
        Option(words, "--json", settings.Json);
        Option(words, "--report", settings.Report);
        Option(words, "--time-budget", settings.TimeBudget);
        words.Add("--resume");
        return string.Join(' ', words.Select(Quoted));
    }

    private static void Option(List<string> words, string name, string? value)
    {
        if (value is not null)
        {
            words.Add(name);
            words.Add(value);
        }
    }

    private static void Flag(List<string> words, string name, bool on)
    {
        if (on)
        {
            words.Add(name);
        }
    }

    // A POSIX shell word: quoted when it holds anything but plain path characters.
    private static string Quoted(string word) =>
        word.Length > 0 && word.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '/' or ',' or '=' or ':')
            ? word
            : "'" + word.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
