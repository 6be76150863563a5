using System.Reflection;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Tradeoff.Cli.Init;

/// <summary>
/// The lecture's scenarios as <c>tradeoff init</c> templates: one embedded YAML file of answers per scenario
/// (Init/Templates/NAME.yaml), read into <see cref="StudyAnswers"/>; adding a scenario is adding a file.
/// </summary>
internal static class StudyTemplates
{
    private const string Prefix = "templates/";
    private const string Extension = ".yaml";

    private static readonly Assembly Assembly = typeof(StudyTemplates).Assembly;

    /// <summary>The template names (<c>credit-scoring</c>, <c>fraud-detection</c>...), sorted.</summary>
    public static IReadOnlyList<string> Names { get; } =
        [.. Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(Extension, StringComparison.Ordinal))
            .Select(n => n[Prefix.Length..^Extension.Length])
            .Order(StringComparer.Ordinal)];

    /// <summary>The answers of template <paramref name="name"/>.</summary>
    /// <exception cref="Core.InputException">No template has that name.</exception>
    public static StudyAnswers Load(string name)
    {
        using var stream = Assembly.GetManifestResourceStream(Prefix + name + Extension)
            ?? throw new Core.InputException($"--template {name}: no such template{Core.Suggestions.DidYouMean(name, Names)}; templates: {string.Join(", ", Names)}");
        using var reader = new StreamReader(stream);
        var deserializer = new DeserializerBuilder().WithNamingConvention(HyphenatedNamingConvention.Instance).Build();
        return deserializer.Deserialize<StudyAnswers>(reader);
    }
}
