using Tradeoff.Core.Results;
using Tradeoff.Core.Techniques;
using Tradeoff.Measurement;
using Tradeoff.Runs;
using Tradeoff.Store;

namespace Tradeoff.Distributed;

/// <summary>
/// A worker's journal of one job: the run's id for the results' provenance, this machine's environment added to the run,
/// every finished technique (and kept model) committed to the run at once, and a line on the error output per technique.
/// </summary>
internal sealed class WorkerObserver(IRunStore store, MeasureOrder order, Action<string> say) : IRunObserver, IResultCache, IModelKeeper
{
    public string? RunId => order.RunId;

    public void DataLoaded(StudyData data, EnvironmentInfo environment, int techniques) =>
        // Every figure keeps the environment of the machine that measured it; the coordinator's report compares them.
        store.AddEnvironment(order.RunId, environment);

    public void Note(string message) => say($"worker: {order.Technique}: {message}");

    public void TechniqueStarted(string name, int index)
    {
    }

    public void Started(string technique, string quality)
    {
    }

    public void Finished(string technique, string quality, TimeSpan elapsed)
    {
    }

    public void TechniqueFinished(TechniqueResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Status != TechniqueStatus.Interrupted)
        {
            store.SaveTechnique(order.RunId, result);
        }
    }

    // A worker measures what it is sent: what the run took from the store the coordinator took itself.
    public TechniqueResult? Find(string name) => null;

    public EnvironmentInfo? FindEnvironment(string fingerprint) => null;

    public void Keep(string technique, IModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (!order.KeepModels)
        {
            return;
        }

        using var stream = new MemoryStream();
        model.Save(stream);
        store.SaveModel(order.RunId, technique, stream.GetBuffer().AsSpan(0, (int)stream.Length));
    }
}
