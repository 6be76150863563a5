namespace Tradeoff.Core.Techniques;

/// <summary>
/// A model a study brings (docs/BRING-YOUR-OWN.md): what measurement must say differently of it than of a built-in
/// technique's model, whose size is its Save and whose predictions run in this process.
/// </summary>
public interface IBroughtModel : IModel
{
    /// <summary>The bytes that are shipped: the ONNX file's size, or the files the command wrote in its model folder.</summary>
    long StoredBytes { get; }

    /// <summary>What <see cref="StoredBytes"/> counts, for the protocol line (<c>size of the ONNX file models/net.onnx</c>).</summary>
    string StoredWhat { get; }

    /// <summary>
    /// How predictions travel, stated beside latency and throughput when they do not run in this process
    /// (<c>includes process communication: ...</c>); null when they do.
    /// </summary>
    string? PredictionPath { get; }
}
