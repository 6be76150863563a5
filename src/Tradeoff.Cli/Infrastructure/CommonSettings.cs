using System.ComponentModel;
using Spectre.Console.Cli;

namespace Tradeoff.Cli.Infrastructure;

/// <summary>Options every command takes: the settings of each command derive from this.</summary>
internal class CommonSettings : CommandSettings
{
    /// <summary>The option's name, also read from the raw arguments: an error in parsing comes before any settings exist.</summary>
    public const string VerboseOption = "--verbose";

    [CommandOption(VerboseOption)]
    [Description("Show stack traces of errors.")]
    public bool Verbose { get; init; }
}
