using System.Diagnostics;
using System.Text.Json;
using Tradeoff.Testing;

namespace Tradeoff.Cli.Tests;

/// <summary>
/// The processes of a distributed-run test on one team store (<see cref="TestPostgres"/>): workers and coordinators in
/// child processes, each read as it speaks, all killed at the end; the study they run in a folder of its own.
/// </summary>
internal sealed class DistributedCluster(TestPostgres database) : IDisposable
{
    /// <summary>The techniques of the study, in its order.</summary>
    public static readonly string[] Techniques = ["baseline", "naive-bayes", "decision-tree"];

    // What is not timed: scores, counts and flags of protocol I and II, and the saved model's size.
    private static readonly HashSet<string> UntimedUnits = new(["fraction", "nats", "count", "flag", "rows", "target"], StringComparer.Ordinal);

    private readonly List<Process> _children = [];

    public string Folder { get; } = Directory.CreateTempSubdirectory("tradeoff-distributed-").FullName;

    public string Location => database.Location;

    /// <summary>Writes the study (breast cancer, <see cref="Techniques"/>, 3 folds) with <paramref name="protocol"/> added to its protocol; returns its path.</summary>
    public string WriteStudy(string protocol = "")
    {
        File.Copy(Path.Combine(Paths.Root, "tests", "data", "breast-cancer.arff"), Path.Combine(Folder, "breast-cancer.arff"), overwrite: true);
        return WriteStudyText($$"""
            name: Distributed
            data: { train: breast-cancer.arff, target: Class }
            techniques: [{{string.Join(", ", Techniques)}}]
            protocol: { folds: 3, seed: 7, latency-samples: 200{{protocol}} }
            """);
    }

    /// <summary>Writes a study of <paramref name="text"/> into the folder, where it reads its files; returns its path.</summary>
    public string WriteStudyText(string text)
    {
        var study = Path.Combine(Folder, "study.yaml");
        File.WriteAllText(study, text);
        return study;
    }

    /// <summary>Starts a worker on the store with <paramref name="options"/>, once it says it takes jobs.</summary>
    public async Task<ChildLines> StartWorkerAsync(string[] options, IReadOnlyDictionary<string, string>? environment = null)
    {
        var worker = Start(["worker", "--store", Location, .. options], environment);
        await worker.WaitForAsync(line => line.Contains("measuring the jobs of", StringComparison.Ordinal));
        return worker;
    }

    /// <summary>Starts <c>tradeoff</c> with <paramref name="args"/> in a child process.</summary>
    public ChildLines Start(string[] args, IReadOnlyDictionary<string, string>? environment = null)
    {
        var process = ChildRun.Start(args, environment);
        _children.Add(process);
        return new ChildLines(process);
    }

    /// <summary>The name a worker gives itself (HOST:PID), as a coordinator names it.</summary>
    public static string NameOf(ChildLines worker) => $"{Environment.MachineName}:{worker.Process.Id}";

    /// <summary>The techniques a worker said it began measuring, in order.</summary>
    public static IReadOnlyList<string> Measuring(ChildLines worker) =>
        worker.Lines.Where(line => line.StartsWith("worker: measuring ", StringComparison.Ordinal))
            .Select(line => line["worker: measuring ".Length..line.IndexOf(" of run", StringComparison.Ordinal)])
            .ToList();

    /// <summary>Runs the study on this machine alone, with a store of its own; returns its results document.</summary>
    public async Task<string> LocalRunAsync(string study)
    {
        var local = Path.Combine(Folder, "local.json");
        var alone = CliHarness.Run("run", study, "--store", Path.Combine(Folder, "local.db"), "--json", local, "--quiet");
        Assert.True(alone.ExitCode == 0, alone.ErrorOutput);
        return await File.ReadAllTextAsync(local);
    }

    /// <summary>Every quality that is not timed is equal, value by value, in the two results documents.</summary>
    public static void AssertSameUntimedQualities(string localJson, string distributedJson)
    {
        using var local = JsonDocument.Parse(localJson);
        using var distributed = JsonDocument.Parse(distributedJson);
        var remote = distributed.RootElement.GetProperty("techniques").EnumerateArray().ToDictionary(t => t.GetProperty("id").GetString()!);
        var compared = 0;
        foreach (var technique in local.RootElement.GetProperty("techniques").EnumerateArray())
        {
            var name = technique.GetProperty("id").GetString()!;
            var theirs = remote[name].GetProperty("qualities");
            foreach (var quality in technique.GetProperty("qualities").EnumerateObject().Where(q => Untimed(q.Name, q.Value)))
            {
                Assert.True(theirs.TryGetProperty(quality.Name, out var other), $"{name}: {quality.Name} is missing from the distributed run");
                Assert.Equal(Figures(quality.Value), Figures(other));
                compared++;
            }
        }

        // Protocol I and II of two or three techniques: far more than the scores alone.
        Assert.True(compared > 60, $"only {compared} qualities compared");
    }

    public void Dispose()
    {
        // A failed assertion leaves no worker behind.
        foreach (var child in _children)
        {
            if (!child.HasExited)
            {
                child.Kill(entireProcessTree: true);
                child.WaitForExit();
            }

            child.Dispose();
        }

        Directory.Delete(Folder, recursive: true);
    }

    private static bool Untimed(string id, JsonElement quality) =>
        id == "model-size" || UntimedUnits.Contains(quality.GetProperty("unit").GetString()!);

    // Everything of a value but the timings some details carry (an incremental update's seconds).
    private static string Figures(JsonElement quality) => string.Join("\n", quality.EnumerateObject().SelectMany(p => p.Name == "details"
        ? p.Value.EnumerateObject().Where(d => !d.Name.Contains("seconds", StringComparison.Ordinal)).Select(d => $"details.{d.Name}={d.Value.GetRawText()}")
        : [$"{p.Name}={p.Value.GetRawText()}"]));
}
