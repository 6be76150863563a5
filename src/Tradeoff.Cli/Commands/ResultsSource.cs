using System.Text;
using Tradeoff.Cli.Infrastructure;
using Tradeoff.Cli.Storage;
using Tradeoff.Core;
using Tradeoff.Runs;
using Tradeoff.Runs.Json;

namespace Tradeoff.Cli.Commands;

/// <summary>
/// Where <c>report</c> and <c>explain</c> get a finished run from: a results JSON file, or a run of the store by id
/// (<c>r0003</c>, <c>3</c>, <c>latest</c>), whose results document was kept when it finished.
/// </summary>
internal static class ResultsSource
{
    /// <summary>True when <paramref name="results"/> names a results document rather than a run of the store.</summary>
    public static bool IsFile(string results) => File.Exists(results) || results.EndsWith(".json", StringComparison.OrdinalIgnoreCase);

    public static ResultsDocument Load(string results, StoreOptions store, CliServices services) => Load(results, store, services, out _);

    /// <summary>The document of <paramref name="results"/>; <paramref name="runId"/> is the store's id of the run, null for a file.</summary>
    public static ResultsDocument Load(string results, StoreOptions store, CliServices services, out string? runId)
    {
        runId = null;
        if (IsFile(results))
        {
            return ResultsFile.Load(results);
        }

        using var runs = store.Open(services);
        var id = runs.ResolveRunId(results);
        runId = id;
        var run = runs.LoadRun(id) ?? throw new InputException($"{runs.Location}: run '{results}' not found.");
        if (run.DocumentJson is null)
        {
            throw new InputException($"{runs.Location}: run {id} has no results yet ({run.Status.ToString().ToLowerInvariant()}); resume it with tradeoff run STUDY --resume.");
        }

        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(run.DocumentJson));
        return ResultsJson.Read(stream);
    }
}
