using Tradeoff.Core.Data;
using Tradeoff.Core.Studies;
using Tradeoff.Core.Techniques;
using Tradeoff.Measurement.Protocol;

namespace Tradeoff.Measurement;

/// <summary>
/// The model the protocol measures as "the final fit": the technique fitted on all training rows with the seed and
/// thread count the engine uses for it, so that <c>tradeoff explain</c> shows exactly the model a run measured.
/// </summary>
public static class FinalModel
{
    /// <summary>Fits <paramref name="technique"/> (already behind the shared featurization) as the engine's final fit does.</summary>
    public static IModel Fit(ITechnique technique, Dataset train, ProtocolSpec protocol, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(technique);
        ArgumentNullException.ThrowIfNull(protocol);
        var context = new FitContext
        {
            Seed = Seeds.Derive(protocol.Seed, 4),
            Threads = protocol.Threads > 0 ? protocol.Threads : Environment.ProcessorCount,
            CancellationToken = cancellationToken,
        };
        return technique.Fit(train, context);
    }
}
