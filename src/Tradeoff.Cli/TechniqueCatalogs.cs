using Tradeoff.Core.Techniques;
using Tradeoff.Techniques;
using Tradeoff.Techniques.External;
using Tradeoff.Techniques.MLNet;
using Tradeoff.Techniques.Torch;

namespace Tradeoff.Cli;

/// <summary>The catalog of every technique this build ships, composed from each technique project's registrations.</summary>
internal static class TechniqueCatalogs
{
    /// <summary>
    /// Every technique, from the project's own, the ML.NET adapters and the TorchSharp adapter, ordered by family; the
    /// models a study brings (ONNX files, commands) become techniques through Tradeoff.Techniques.External.
    /// </summary>
    public static TechniqueCatalog Default { get; } = new(TechniqueCatalog.Compose(OwnTechniques.All, MLNetTechniques.All, TorchTechniques.All).All) { Brought = ExternalTechniques.For };
}
