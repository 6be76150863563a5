using Tradeoff.Core.Techniques;

namespace Tradeoff.Techniques.Torch;

/// <summary>The techniques built on TorchSharp (libtorch): registering one is its line here.</summary>
public static class TorchTechniques
{
    /// <summary>
    /// Their descriptors. Each one's <see cref="TechniqueDescriptor.CheckAvailability"/> loads libtorch once, lazily,
    /// and returns why it cannot run when the native library does not load, so a run lists it as unavailable and
    /// goes on.
    /// </summary>
    public static IReadOnlyList<TechniqueDescriptor> All { get; } =
    [
        NeuralNetworkTechnique.Descriptor,
        ConvolutionalNetworkTechnique.Descriptor,
    ];
}
