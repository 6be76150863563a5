using System.Reflection;
using System.Text.RegularExpressions;
using Spectre.Console.Cli;
using Tradeoff.Core;

namespace Tradeoff.Cli.Infrastructure;

/// <summary>
/// Adds a "did you mean" to Spectre's strict-parsing errors: Spectre says <c>Unknown option 'frsh'.</c> without naming
/// the option meant, so the command's own options (read from its settings type's <see cref="CommandOptionAttribute"/>s,
/// the same declarations that make its help) are searched for the nearest one.
/// </summary>
internal static partial class OptionHints
{
    /// <summary>The message of <paramref name="error"/>, with the nearest option of the command named in <paramref name="args"/>.</summary>
    public static string Explain(CommandParseException error, IReadOnlyList<string> args, IReadOnlyDictionary<string, Type> settingsByCommand)
    {
        var unmatched = UnmatchedArgument().Match(error.Message);
        if (unmatched.Success)
        {
            return $"unexpected argument '{unmatched.Groups["value"].Value}' (see tradeoff {(args.Count > 0 ? args[0] + " " : string.Empty)}--help)";
        }

        var unknown = UnknownOption().Match(error.Message);
        if (!unknown.Success)
        {
            return error.Message;
        }

        var written = (unknown.Groups["name"].Value.Length == 1 ? "-" : "--") + unknown.Groups["name"].Value;
        var options = args.Count > 0 && settingsByCommand.TryGetValue(args[0], out var settings) ? Options(settings) : [];
        return $"unknown option '{written}'{Suggestions.DidYouMean(written, options.Select(o => "--" + o))}";
    }

    /// <summary>The long names of every option of <paramref name="settings"/> (and of the settings it derives from).</summary>
    public static IReadOnlyList<string> Options(Type settings) =>
        [.. settings.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .SelectMany(p => p.GetCustomAttribute<CommandOptionAttribute>()?.LongNames ?? [])];

    [GeneratedRegex("^Could not match '(?<value>[^']*)' with an argument", RegexOptions.CultureInvariant)]
    private static partial Regex UnmatchedArgument();

    [GeneratedRegex("^Unknown option '(?<name>[^']*)'", RegexOptions.CultureInvariant)]
    private static partial Regex UnknownOption();
}
