namespace Tradeoff.Core.Results;

/// <summary>One field of the environment fingerprint in which two environments differ.</summary>
/// <param name="Name">The field (<c>CPU</c>) or setting (<c>DOTNET_TieredCompilation</c>).</param>
/// <param name="Then">Its value in the earlier environment; null when the setting was not set there.</param>
/// <param name="Now">Its value in the later environment; null when the setting is not set there.</param>
public sealed record EnvironmentDifference(string Name, string? Then, string? Now)
{
    /// <summary>The difference in words: <c>DOTNET_TieredCompilation=0 (now unset)</c>.</summary>
    public override string ToString() => $"{Show(Then)} (now {(Now is null ? "unset" : Now)})";

    private string Show(string? value) => value is null ? Name + " unset" : Name + "=" + value;
}
