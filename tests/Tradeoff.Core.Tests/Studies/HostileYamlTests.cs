using System.Diagnostics;

namespace Tradeoff.Core.Tests.Studies;

/// <summary>A study written to harm the reader is refused or read as plain text, quickly and in little memory (issue 16).</summary>
public sealed class HostileYamlTests
{
    [Fact]
    public void Should_refuse_a_billion_laughs_study_at_once_without_expanding_its_aliases()
    {
        // Given nine levels of aliases, 9^9 (387 million) strings if expanded, as the technique list
        var levels = string.Concat(Enumerable.Range(0, 8).Select(i =>
            $"l{i + 1}: &l{i + 1} [{string.Join(',', Enumerable.Repeat(i == 0 ? "\"lol\"" : $"*l{i}", 9))}]\n"));
        var yaml = "name: s\ndata: { train: a.csv }\n" + levels + "techniques: *l8\n";
        var clock = Stopwatch.StartNew();

        // When it is read, then it is refused with places, in well under a second
        var problems = StudyFixture.Problems(yaml);
        Assert.Contains(problems, p => p.Contains("unknown key 'l1'", StringComparison.Ordinal));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
    }

    [Fact]
    public void Should_read_a_type_tag_as_plain_text_and_never_act_on_it()
    {
        // Given a name tagged as a Python object that would run a command in a loader that honours tags
        var study = StudyFixture.Parse("name: !!python/object:os.system \"echo hi\"\ndata: { train: !<tag:yaml.org,2002:str> a.csv }\n");

        // Then the tag is ignored: the values are the plain strings
        Assert.Equal("echo hi", study.Name);
        Assert.Equal("a.csv", study.Data.Train);
    }
}
