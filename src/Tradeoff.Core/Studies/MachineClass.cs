using System.Globalization;
using System.Text.RegularExpressions;

namespace Tradeoff.Core.Studies;

/// <summary>
/// A machine class: a kebab-case name for machines whose timings compare (the same CPU model and core count). A
/// distributed study measures every timed quality on workers of one class (<c>protocol.machine-class</c>); a worker
/// says its class (<c>tradeoff worker --machine-class</c>) or takes the one derived from its CPU.
/// </summary>
public static partial class MachineClass
{
    /// <summary>The longest name: a Hangfire queue is named after it.</summary>
    public const int MaxLength = 60;

    /// <summary>An example for messages.</summary>
    public const string Example = "xeon-8370c-2-cores";

    /// <summary>Whether <paramref name="name"/> is a machine class: lower-case letters and digits in words joined by '-'.</summary>
    public static bool IsValid(string? name) => name is { Length: > 0 and <= MaxLength } && Name().IsMatch(name);

    /// <summary>
    /// The class of a machine with CPU model <paramref name="cpu"/> and <paramref name="cores"/> logical cores:
    /// <c>Intel(R) Xeon(R) Platinum 8370C CPU @ 2.80GHz</c> with 2 cores reads <c>intel-xeon-platinum-8370c-cpu-2-80ghz-2-cores</c>.
    /// </summary>
    public static string Of(string cpu, int cores)
    {
        ArgumentNullException.ThrowIfNull(cpu);
        var model = Marks().Replace(cpu.ToLowerInvariant(), "");
        model = NotAlphanumeric().Replace(model, "-").Trim('-');
        var suffix = string.Create(CultureInfo.InvariantCulture, $"{cores}-cores");
        model = model.Length == 0 ? "unknown-cpu" : model;
        // Long model names are cut so that the class stays a short queue name.
        var room = MaxLength - suffix.Length - 1;
        if (model.Length > room)
        {
            model = model[..room].TrimEnd('-');
        }

        return model + "-" + suffix;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Name();

    [GeneratedRegex(@"\((r|tm|c)\)")]
    private static partial Regex Marks();

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NotAlphanumeric();
}
