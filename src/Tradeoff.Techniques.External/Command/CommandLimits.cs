using Tradeoff.Core.Studies;

namespace Tradeoff.Techniques.External.Command;

/// <summary>
/// The limits a command runs under: a time for each call (the fit, and each batch of predictions), after which its
/// whole process tree is killed, and an address-space limit set with the shell's <c>ulimit -v</c> before the program
/// starts (a process limit the kernel enforces; the program gets no more rights than Tradeoff has).
/// </summary>
internal sealed record CommandLimits(TimeSpan Time, long MemoryBytes)
{
    public static readonly TimeSpan DefaultTime = TimeSpan.FromMinutes(10);

    public const long DefaultMemoryBytes = 4_000_000_000;

    public static CommandLimits Of(BroughtSpec spec) => new(spec.TimeLimit ?? DefaultTime, spec.MemoryLimitBytes ?? DefaultMemoryBytes);
}
