using Tradeoff.Core.Qualities;
using Tradeoff.Core.Studies;

namespace Tradeoff.Core.Tests.Studies;

public sealed class StudyReaderDeclaredTests
{
    private const string Head = "name: s\ndata: { train: a.csv }\n";

    private const string Declared =
        "declared:\n" +
        "  engineering-effort: { scale: [low, medium, high], better: lower, description: effort to build and keep it }\n" +
        "  licence-cost: { unit: USD, better: lower, description: yearly licence }\n";

    private const string Techniques =
        "techniques:\n" +
        "  - { id: baseline, declared: { engineering-effort: low, licence-cost: 0 } }\n" +
        "  - { id: neural-network, declared: { engineering-effort: high, licence-cost: 1200 } }\n";

    [Fact]
    public void Should_read_each_declared_quality_and_each_techniques_values()
    {
        var study = StudyFixture.Parse(Head + Declared + Techniques + "constraints: ['engineering-effort <= medium']\nweights: { licence-cost: 1 }\n");

        var effort = study.Declared[0];
        Assert.Equal(("engineering-effort", "levels:low<medium<high", Direction.LowerIsBetter), (effort.Id, effort.Descriptor.Unit, effort.Direction));
        Assert.Equal(["low", "medium", "high"], effort.Levels);
        Assert.Equal(("licence-cost", "USD", "yearly licence"), (study.Declared[1].Id, study.Declared[1].Unit, study.Declared[1].Description));
        Assert.Equal("high", study.Techniques[1].Declared["engineering-effort"]);
        var values = study.DeclaredOf("neural-network");
        Assert.Equal(2, values["engineering-effort"].Value);
        Assert.Equal(1200, values["licence-cost"].Value);
        Assert.All(values.Values, v => Assert.True(v.Declared is not null && v.Lower is null && v.Upper is null && v.Std is null));
        Assert.Equal("$1,200 (declared)", QualityFormat.Format(values["licence-cost"]));
        Assert.Equal("high (declared)", QualityFormat.Format(values["engineering-effort"]));
    }

    [Fact]
    public void Should_let_scales_set_the_range_of_a_numeric_declared_quality()
    {
        var study = StudyFixture.Parse(Head + Declared + Techniques + "scales: { licence-cost: [0, 5000] }\n");

        Assert.Equal(new QualityScaleSpec(0, 5000), study.QualityScales["licence-cost"]);
    }

    [Fact]
    public void Should_need_no_value_for_a_declared_quality_nothing_uses()
    {
        var study = StudyFixture.Parse(Head + Declared + "techniques: [baseline]\n");

        Assert.Empty(study.DeclaredOf("baseline"));
    }

    [Theory]
    [InlineData(
        "techniques:\n  - { id: baseline, declared: { enginering-effort: low } }\n",
        "7:33: technique 'baseline': unknown declared quality 'enginering-effort'; did you mean 'engineering-effort'?")]
    [InlineData(
        "techniques:\n  - { id: baseline, declared: { engineering-effort: huge } }\n",
        "7:53: technique 'baseline': declared quality 'engineering-effort' is 'huge'; expected one of low, medium, high")]
    [InlineData(
        "techniques:\n  - { id: baseline, declared: { licence-cost: free } }\n",
        "7:47: technique 'baseline': declared quality 'licence-cost' is 'free'; expected a finite number in USD")]
    [InlineData(
        "techniques:\n  - { id: baseline, declared: { engineering-effort: low } }\n  - neural-network\nconstraints: ['engineering-effort <= medium']\n",
        "8:5: technique 'neural-network' has no value for declared quality 'engineering-effort', which the constraint on line 9 uses; add declared: { engineering-effort: ... } to its entry")]
    [InlineData(
        "techniques:\n  - { id: baseline, declared: { licence-cost: 0 } }\n  - { id: neural-network }\nweights: { licence-cost: 1 }\n",
        "8:5: technique 'neural-network' has no value for declared quality 'licence-cost', which 'weights' uses; add declared: { licence-cost: ... } to its entry")]
    [InlineData(
        "techniques: all\nobjectives: [accuracy, engineering-effort]\n",
        "7:24: declared quality 'engineering-effort' is used by 'objectives', but 'techniques: all' states no values; list the techniques, each with declared: { engineering-effort: ... }")]
    [InlineData(
        "protocol: { qualities: [accuracy, licence-cost] }\n",
        "6:35: 'licence-cost' is a declared quality: the study states its values, so protocol.qualities cannot name it")]
    [InlineData(
        "scales: { engineering-effort: [0, 2] }\n",
        "6:11: declared quality 'engineering-effort' takes its scale from its levels (low, medium, high); remove it from scales")]
    public void Should_point_at_the_place_When_a_declared_value_is_wrong(string yaml, string problem)
    {
        Assert.Equal(problem, StudyFixture.Problem(Head + Declared + yaml));
    }

    [Theory]
    [InlineData("  accuracy: { unit: fraction, better: higher, description: d }\n", "4:3: declared quality 'accuracy' clashes with the measured quality of that id; give it another id")]
    [InlineData("  interpretable: { scale: [no, yes], better: higher, description: d }\n", "4:3: declared quality 'interpretable' clashes with the capability of that id; give it another id")]
    [InlineData("  team-skills: { scale: [low, high], unit: count, better: higher, description: d }\n", "4:16: declared quality 'team-skills' needs either 'scale: [LOW, ..., HIGH]' (an ordered scale) or 'unit: UNIT' (numbers), not both")]
    [InlineData("  team-skills: { scale: [low], better: higher, description: d }\n", "4:25: 'declared.team-skills.scale' must list at least two different levels (words without '<'), lowest first, such as [low, medium, high]")]
    [InlineData("  team-skills: { scale: [low, high], better: more, description: d }\n", "4:46: 'declared.team-skills.better' is 'more'; expected higher or lower")]
    [InlineData("  team-skills: { scale: [low, high], better: higher }\n", "4:16: missing 'declared.team-skills.description'")]
    [InlineData("  Team_Skills: { scale: [low, high], better: higher, description: d }\n", "4:3: declared quality 'Team_Skills' must be a kebab-case id such as engineering-effort")]
    public void Should_point_at_the_place_When_a_declared_quality_is_defined_wrong(string definition, string problem)
    {
        Assert.Equal(problem, StudyFixture.Problem(Head + "declared:\n" + definition));
    }

    [Fact]
    public void Should_say_the_section_defines_none_When_a_technique_declares_without_it()
    {
        Assert.Equal(
            "4:33: technique 'baseline': unknown declared quality 'licence-cost'; the study's 'declared' section defines none",
            StudyFixture.Problem(Head + "techniques:\n  - { id: baseline, declared: { licence-cost: 0 } }\n"));
    }
}
