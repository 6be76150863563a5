using Tradeoff.Core.Techniques;

namespace Tradeoff.Measurement.Deployment;

/// <summary>A model as shipped (<see cref="Model"/>, the file's <see cref="Bytes"/>), or why it cannot be (<see cref="WhyNot"/>).</summary>
public sealed class DeployedModel : IDisposable
{
    private DeployedModel(IModel? model, long bytes, string? whyNot)
    {
        Model = model;
        Bytes = bytes;
        WhyNot = whyNot;
    }

    /// <summary>The shipped model behind <see cref="IModel"/>, or null when it cannot be shipped.</summary>
    public IModel? Model { get; }

    /// <summary>The size of the shipped file.</summary>
    public long Bytes { get; }

    /// <summary>Why the model cannot be shipped in the runtime, or null.</summary>
    public string? WhyNot { get; }

    public static DeployedModel Of(IModel model, long bytes) => new(model ?? throw new ArgumentNullException(nameof(model)), bytes, null);

    public static DeployedModel Refused(string why) => new(null, 0, why);

    public void Dispose() => Model?.Dispose();
}
