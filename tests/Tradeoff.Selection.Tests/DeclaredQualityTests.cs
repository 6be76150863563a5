using Tradeoff.Core.Qualities;
using Tradeoff.Core.Results;
using Tradeoff.Core.Studies;
using Tradeoff.Selection.Constraints;

namespace Tradeoff.Selection.Tests;

public sealed class DeclaredQualityTests
{
    private static readonly DeclaredQuality Effort = new("engineering-effort", OrderedScale.Unit(["low", "medium", "high"]), Direction.LowerIsBetter, "effort to build and keep", ["low", "medium", "high"]);
    private static readonly DeclaredQuality Licence = new("licence-cost", "USD", Direction.LowerIsBetter, "yearly licence", []);
    private static readonly IReadOnlyList<DeclaredQuality> Declared = [Effort, Licence];

    private static Candidate Candidate(string id, double accuracy, double halfWidth, string effort, string licence) => new(
        id,
        id,
        new Dictionary<string, QualityValue>(StringComparer.Ordinal)
        {
            ["accuracy"] = Make.Value("accuracy", accuracy, accuracy - halfWidth, accuracy + halfWidth),
            [Effort.Id] = Effort.Value(effort),
            [Licence.Id] = Licence.Value(licence),
        },
        new HashSet<string>());

    [Fact]
    public void A_constraint_on_a_declared_level_eliminates_with_the_levels_named()
    {
        // Given a constraint that names a level of a declared ordered scale.
        var constraint = ConstraintParser.Parse(new ConstraintSpec("engineering-effort <= medium", 3, 5), "study.yaml", Declared);

        // When the candidates are selected.
        var result = Selector.Select(new SelectionInput
        {
            Candidates = [Candidate("tree", 0.8, 0, "low", "0"), Candidate("network", 0.9, 0, "high", "0")],
            Constraints = [constraint],
            Objectives = ["accuracy"],
            Declared = Declared,
        });

        // Then the one above the level goes before measuring (a declared value is known then), its reason in levels.
        var eliminated = Assert.Single(result.Eliminated);
        Assert.Equal(("network", EliminationStage.BeforeMeasuring), (eliminated.Candidate, eliminated.Stage));
        Assert.Equal("not trained: engineering-effort <= medium: high is above the limit medium", Assert.Single(eliminated.Reasons));
        Assert.Equal(Outcome.Fail, Assert.Single(eliminated.Verdicts).Outcome);
        Assert.Equal(["tree"], result.Survivors);
        Assert.Equal("engineering-effort <= medium", constraint.ToString());
    }

    [Fact]
    public void A_constraint_on_a_declared_value_eliminates_before_measuring_when_nothing_is_measured_yet()
    {
        // Given candidates that carry only their declared values, as before any training.
        static Candidate Declaring(string id, string effort) =>
            new(id, id, new Dictionary<string, QualityValue> { [Effort.Id] = Effort.Value(effort) }, new HashSet<string>());
        var constraints = ConstraintParser.ParseAll([new ConstraintSpec("engineering-effort <= medium"), new ConstraintSpec("accuracy >= 0.8")], "study.yaml", Declared);

        // When eliminated before measuring.
        var eliminated = PreElimination.Eliminate([Declaring("tree", "low"), Declaring("network", "high")], constraints);

        // Then the declared constraint decides now, and the measured one waits for its measurement.
        var only = Assert.Single(eliminated);
        Assert.Equal(("network", EliminationStage.BeforeMeasuring), (only.Candidate, only.Stage));
        Assert.Equal("not trained: engineering-effort <= medium: high is above the limit medium", Assert.Single(only.Reasons));
    }

    [Fact]
    public void A_constraint_naming_no_level_of_the_scale_is_refused_at_its_character()
    {
        var error = Assert.Throws<Core.FileFormatException>(() => ConstraintParser.Parse(new ConstraintSpec("engineering-effort <= meduim", 3, 5), "study.yaml", Declared));

        Assert.Equal("study.yaml:3:27: constraint 'engineering-effort <= meduim': 'meduim' at character 23 is not a level of engineering-effort; its levels: low, medium, high", error.Message);
    }

    [Fact]
    public void A_declared_weight_changes_the_utility_exactly_as_by_hand()
    {
        // Given accuracy on a scale from chance 0.5 to 1 and a licence cost whose scale spans the declared 0 to 1000 dollars.
        var cheap = Candidate("cheap", 0.80, 0.02, "low", "0");
        var costly = Candidate("costly", 0.90, 0.02, "low", "1000");
        SelectionInput Input(Dictionary<string, double> weights) => new()
        {
            Candidates = [cheap, costly],
            Weights = weights,
            Chance = new Dictionary<string, double> { ["accuracy"] = 0.5 },
            Declared = Declared,
        };

        // When ranked on accuracy alone, then on accuracy and the declared licence cost, half each.
        var accuracyOnly = Selector.Select(Input(new() { ["accuracy"] = 1 }));
        var withLicence = Selector.Select(Input(new() { ["accuracy"] = 0.5, ["licence-cost"] = 0.5 }));

        // Then the costly one wins on accuracy, and loses once the licence counts:
        // cheap 0.5 x (0.8 - 0.5) / 0.5 + 0.5 x 1 = 0.8, costly 0.5 x (0.9 - 0.5) / 0.5 + 0.5 x 0 = 0.4.
        Assert.Equal("costly", accuracyOnly.Recommended!.Candidate);
        Assert.Equal("cheap", withLicence.Recommended!.Candidate);
        var utilities = withLicence.Ranking.ToDictionary(r => r.Candidate);
        Assert.Equal(0.8, utilities["cheap"].Utility!.Value, 12);
        Assert.Equal(0.4, utilities["costly"].Utility!.Value, 12);

        // The declared value adds no noise: the half-width is accuracy's alone, 0.5 x 0.02 / 0.5.
        Assert.Equal(0.02, utilities["cheap"].UtilityHalfWidth!.Value, 12);
        var scale = withLicence.Scales.Single(s => s.Quality == "licence-cost");
        Assert.Equal((ScaleKind.Linear, 1000.0, 0.0, ScaleSource.Declared), (scale.Kind, scale.Worst, scale.Best, scale.Source));
    }

    [Fact]
    public void A_declared_objective_decides_dominance_exactly_where_a_measured_one_is_within_the_noise()
    {
        // Given accuracies within each other's noise and efforts one level apart, declared and so exact.
        var simple = Candidate("simple", 0.80, 0.05, "low", "0");
        var complex = Candidate("complex", 0.82, 0.05, "medium", "0");

        // When the frontier is over accuracy and the declared effort.
        var result = Selector.Select(new SelectionInput { Candidates = [simple, complex], Objectives = ["accuracy", "engineering-effort"], Declared = Declared });

        // Then the lower effort dominates: better beyond the noise on one objective, worse beyond it on none.
        Assert.Equal(["simple"], result.Frontier);
        Assert.Equal("simple", result.DominatedBy["complex"]);
        Assert.Equal(["accuracy", "engineering-effort"], result.Objectives);
    }

    [Fact]
    public void An_objective_naming_a_declared_quality_the_input_does_not_declare_is_unknown()
    {
        var error = Assert.Throws<Core.InputException>(() => Selector.Select(new SelectionInput { Candidates = [Candidate("a", 0.8, 0, "low", "0")], Objectives = ["engineering-effort"] }));

        Assert.StartsWith("unknown quality 'engineering-effort' in the objectives", error.Message, StringComparison.Ordinal);
    }
}
