using Tradeoff.Core.Data;
using Tradeoff.Core.Techniques;

namespace Tradeoff.Measurement.Tests.Fakes;

/// <summary>
/// A majority-class technique that "sleeps" on the fake clock: each fit advances it (the first fit by a
/// different amount and with methods compiled, like JIT), each predicted row too, and it raises the fake resident memory while it holds a model (fitted or loaded).
/// </summary>
internal sealed class ClockTechnique(FakeMachine machine, TimeSpan fit, TimeSpan predict, TimeSpan firstFit, TimeSpan cpu, long memory) : ITechnique
{
    public int Fits { get; private set; }

    public bool AllocatePerCall { get; init; }

    public string Id => "clock";

    public TechniqueCapabilities Capabilities { get; } = new()
    {
        Tasks = new HashSet<TaskKind> { TaskKind.BinaryClassification, TaskKind.MulticlassClassification, TaskKind.Regression },
        HandlesCategorical = true,
        HandlesMissing = true,
    };

    public IModel Fit(Dataset training, FitContext context)
    {
        context.CancellationToken.ThrowIfCancellationRequested();
        // The first fit compiles, as a real first fit does, so it is not a fit at steady state.
        machine.Jit.CompiledMethods += Fits == 0 ? 100 : 0;
        machine.Time.Advance(Fits == 0 ? firstFit : fit);
        machine.Cpu.Advance(cpu);
        machine.Memory.Bytes += memory;
        Fits++;
        context.CancellationToken.ThrowIfCancellationRequested();
        var prior = MajorityTechnique.Prior(training);
        return new FakeModel(prior.Length, prior.Length, 64, (_, output) => prior.CopyTo(output), () => machine.Time.Advance(predict)) { AllocatePerCall = AllocatePerCall };
    }

    /// <summary>Loading raises the fake resident memory as a fit does.</summary>
    public IModel Load(Stream stream)
    {
        stream.CopyTo(Stream.Null);
        machine.Memory.Bytes += memory;
        return new FakeModel(1, 1, 64, (_, output) => output[0] = 1);
    }
}
