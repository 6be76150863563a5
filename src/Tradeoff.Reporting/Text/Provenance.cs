using System.Globalization;
using Tradeoff.Core.Results;

namespace Tradeoff.Reporting.Text;

/// <summary>Where a technique's measurements come from, in words: shared by the console, Markdown and HTML outputs.</summary>
public static class Provenance
{
    /// <summary>The heading above the lines of <see cref="MeasuredBefore"/>.</summary>
    public const string Heading = "Measured before this run started (taken from the store):";

    /// <summary>
    /// The techniques of a run measured before it started: taken from the store, from another run or, after a resume,
    /// from the same run before it stopped. A run measures after its environment's start time.
    /// </summary>
    public static IReadOnlyList<TechniqueResult> MeasuredBefore(IEnumerable<TechniqueResult> techniques, EnvironmentInfo environment)
    {
        ArgumentNullException.ThrowIfNull(techniques);
        ArgumentNullException.ThrowIfNull(environment);
        return techniques.Where(t => t.MeasuredIn is { } measured && measured.At < environment.StartedAt).ToList();
    }

    /// <summary>
    /// One line for <paramref name="technique"/>: <c>decision-tree: measured by run r0001 at 2026-12-04 23:03:14Z, in this
    /// run's environment (3fa2c1d0e9b8a7f6)</c>; empty when it has no provenance.
    /// </summary>
    public static string Line(TechniqueResult technique, EnvironmentInfo environment)
    {
        ArgumentNullException.ThrowIfNull(technique);
        ArgumentNullException.ThrowIfNull(environment);
        if (technique.MeasuredIn is not { } measured)
        {
            return string.Empty;
        }

        var run = measured.RunId is null ? "a run not kept in a store" : "run " + measured.RunId;
        var where = measured.EnvironmentFingerprint == environment.Fingerprint ? "this run's environment" : "another environment";
        return $"{technique.Name}: measured by {run} at {measured.At.ToString("u", CultureInfo.InvariantCulture)}, in {where} ({measured.EnvironmentFingerprint})";
    }
}
