using Tradeoff.Core.Studies;
using Tradeoff.Core.Techniques;

namespace Tradeoff.Core.Tests.Studies;

/// <summary>A validation context with three made-up techniques, and helpers to read studies from text.</summary>
internal static class StudyFixture
{
    public const string FileName = "study.yaml";

    private static readonly Dictionary<string, IReadOnlyList<SettingDeclaration>> Techniques = new(StringComparer.Ordinal)
    {
        ["baseline"] = [],
        ["decision-tree"] =
        [
            SettingDeclaration.Int("max-depth", 0, "deepest level", min: 0),
            SettingDeclaration.Choice("criterion", "entropy", "split measure", "entropy", "gini"),
        ],
        ["neural-network"] = [SettingDeclaration.IntList("hidden", [100], "neurons per hidden layer")],
    };

    public static StudyValidationContext Context { get; } = new(Techniques.Keys, id => Techniques.GetValueOrDefault(id));

    public static Study Parse(string yaml) => StudyReader.Parse(yaml, FileName, Context);

    /// <summary>The problems a study gives, each <c>line:column: problem</c> without the file name.</summary>
    public static IReadOnlyList<string> Problems(string yaml)
    {
        var error = Assert.Throws<StudyException>(() => Parse(yaml));
        Assert.All(error.Problems, p => Assert.Equal(FileName, p.File));
        Assert.Equal(string.Join('\n', error.Problems.Select(p => p.Message)), error.Message);
        return [.. error.Problems.Select(p => $"{p.Line}:{p.Column}: {p.Problem}")];
    }

    /// <summary>The single problem a study gives.</summary>
    public static string Problem(string yaml) => Assert.Single(Problems(yaml));
}
