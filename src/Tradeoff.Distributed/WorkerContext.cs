using Tradeoff.Core.Techniques;
using Tradeoff.Measurement;
using Tradeoff.Measurement.Isolation;

namespace Tradeoff.Distributed;

/// <summary>What a worker measures with: the team store, this build's techniques, the clock and the machine's environment.</summary>
/// <param name="Location">The team store's location.</param>
/// <param name="Catalog">The techniques of this build.</param>
/// <param name="Time">The clock of measurements.</param>
/// <param name="Environment">Captures this machine's environment for every job.</param>
/// <param name="Isolation">Where a technique under a time or memory limit fits apart (the CLI's child process), or null.</param>
/// <param name="Say">Writes a line where the worker says what it does (the error output).</param>
internal sealed record WorkerContext(string Location, TechniqueCatalog Catalog, TimeProvider Time, EnvironmentProbe Environment, Func<IFitIsolation?> Isolation, Action<string> Say)
{
    /// <summary>The folder of the worker's copies of studies and data.</summary>
    public string FilesFolder { get; init; } = WorkerFiles.DefaultFolder;

    /// <summary>The runtime the deployment qualities time the shipped model in, as a local run's (null: not available).</summary>
    public Measurement.Deployment.IDeploymentRuntime? Deployment { get; init; }
}
