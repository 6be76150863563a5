using Tradeoff.Core.Techniques;
using Tradeoff.Techniques;
using Tradeoff.Techniques.MLNet;
using Tradeoff.Techniques.Torch;

namespace Tradeoff.Cli;

/// <summary>The catalog of every technique this build ships, in the order the lecture presents them.</summary>
internal static class TechniqueCatalogs
{
    private static readonly string[] Order =
    [
        "baseline", "one-rule", "decision-tree", "random-forest", "gradient-boosting",
        "logistic-regression", "linear-regression", "naive-bayes", "k-nearest-neighbours", "neural-network",
    ];

    /// <summary>Every technique, from the project's own, the ML.NET adapters and the TorchSharp adapter.</summary>
    public static TechniqueCatalog Default { get; } = new(
        OwnTechniques.All.Concat(MLNetTechniques.All).Concat(TorchTechniques.All)
            .OrderBy(d => Array.IndexOf(Order, d.Id) is var i && i < 0 ? int.MaxValue : i));
}
