using Tradeoff.Core.Data;
using Tradeoff.Core.Techniques;

namespace Tradeoff.Measurement.Tests.Fakes;

/// <summary>
/// A majority-class technique whose fit raises the fake resident memory by <paramref name="grow"/> and then
/// holds it until its token is cancelled (or <paramref name="patience"/> passes, when it returns normally):
/// only the memory watchdog's own thread can stop it in time.
/// </summary>
internal sealed class HungryTechnique(FakeMemory memory, long grow, TimeSpan patience) : ITechnique
{
    public bool Cancelled { get; private set; }

    public string Id => "hungry";

    public TechniqueCapabilities Capabilities { get; } = new()
    {
        Tasks = new HashSet<TaskKind> { TaskKind.BinaryClassification, TaskKind.MulticlassClassification, TaskKind.Regression },
        HandlesCategorical = true,
        HandlesMissing = true,
    };

    public IModel Fit(Dataset training, FitContext context)
    {
        memory.Bytes += grow;
        Cancelled = context.CancellationToken.WaitHandle.WaitOne(patience);
        context.CancellationToken.ThrowIfCancellationRequested();
        var prior = MajorityTechnique.Prior(training);
        return new FakeModel(prior.Length, prior.Length, 16, (_, output) => prior.CopyTo(output));
    }

    public IModel Load(Stream stream) => throw new NotSupportedException("A fake model is not loaded.");
}
