using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Tradeoff.Selection.Tests;

/// <summary>
/// FsCheck properties of "a ranking never depends on a candidate that cannot win" (docs/SELECTION.md, "What holds").
/// Each case is drawn from a seed FsCheck gives (2 to 10 candidates, 1 to 4 objectives, grid values so that ties and
/// overlapping intervals are common); Replay fixes FsCheck's own seed so that every run checks the same cases.
/// </summary>
public sealed class BystanderProperties
{
    // P1: with exact figures, a candidate the selection reports as dominated changes neither anybody else's place on
    // the frontier nor the recommendation, whether it is added or removed.
    [Property(MaxTest = 400, Replay = "(20270,2027)")]
    public void Adding_or_removing_a_dominated_candidate_changes_nothing_with_exact_figures(int seed)
    {
        var (grid, rows, input, random) = Draw(seed, noisy: false);

        // A copy of one candidate made worse on one objective or more: dominated, by it or by what dominates it.
        var basis = rows[random.Next(rows.Count)];
        var steps = basis.Steps.Select(s => s - random.Next(3)).ToArray();
        steps[0] -= steps.SequenceEqual(basis.Steps) ? 1 : 0;
        var before = Selector.Select(input);
        var after = Selector.Select(input with { Candidates = [.. input.Candidates, grid.Candidate("extra", steps)] });
        Assert.True(after.DominatedBy.ContainsKey("extra"));
        AssertSamePlaces(before, after);

        foreach (var dominated in before.DominatedBy.Keys)
        {
            AssertSamePlaces(Selector.Select(input with { Candidates = input.Candidates.Where(c => c.Id != dominated).ToList() }), before);
        }
    }

    // P2 (adding): with intervals, a candidate that ends off the frontier changes neither anybody else's place on the
    // frontier nor the recommendation.
    [Property(MaxTest = 400, MaxRejected = 4000, Replay = "(20271,2027)")]
    public Property Adding_a_candidate_that_ends_off_the_frontier_changes_nothing(int seed)
    {
        var (grid, rows, input, random) = Draw(seed, noisy: true);
        var extra = grid.Draw(random, noisy: true);
        var after = Selector.Select(input with { Candidates = [.. input.Candidates, grid.Candidate("extra", extra.Steps, extra.HalfWidths, extra.Interpretable)] });
        return Prop.When(after.DominatedBy.ContainsKey("extra"), () => AssertSamePlaces(Selector.Select(input), after));
    }

    // P2 (removing): with intervals, a candidate worse beyond the noise on every objective than another is off the
    // frontier (unless a dominance cycle runs through both: docs/SELECTION.md, "What holds") and then changes neither
    // anybody else's place on the frontier nor the recommendation.
    [Property(MaxTest = 400, MaxRejected = 4000, Replay = "(20272,2027)")]
    public Property Removing_a_candidate_worse_beyond_the_noise_everywhere_changes_nothing(int seed)
    {
        var (grid, rows, input, random) = Draw(seed, noisy: true);

        // A copy of one candidate moved down by more than both intervals on every objective.
        var index = random.Next(rows.Count);
        var halfWidths = Enumerable.Range(0, grid.Count).Select(_ => random.Next(3)).ToArray();
        var steps = rows[index].Steps.Select((s, k) => s - (2 * (rows[index].HalfWidths![k] + halfWidths[k])) - 1 - random.Next(2)).ToArray();
        var worse = grid.Candidate("worse", steps, halfWidths);
        var better = input.Candidates[index];
        var everywhere = grid.Used.All(q => Noise.Better(Cost(better, q), Cost(worse, q), better.MarginAgainst(worse, q)));
        var with = Selector.Select(input with { Candidates = [.. input.Candidates, worse] });
        var onCycle = with.Notes.Any(n => n.Contains("in a cycle", StringComparison.Ordinal) && n.Contains("worse", StringComparison.Ordinal));
        return Prop.When(everywhere && !onCycle, () =>
        {
            Assert.True(with.DominatedBy.ContainsKey("worse"));
            AssertSamePlaces(Selector.Select(input), with);
        });
    }

    // P3: a candidate's utility, and its noise, do not depend on the other candidates.
    [Property(MaxTest = 200, Replay = "(20273,2027)")]
    public void A_candidates_utility_does_not_depend_on_the_others(int seed)
    {
        var (_, _, input, _) = Draw(seed, noisy: true);
        var alone = Selector.Select(input with { Candidates = input.Candidates.Take(1).ToList() }).Ranking.Single();

        var there = Selector.Select(input).Ranking.Single(r => r.Candidate == alone.Candidate);

        Assert.Equal((alone.Utility, alone.UtilityHalfWidth), (there.Utility, there.UtilityHalfWidth));
    }

    private static (Grid Grid, List<Grid.Row> Rows, SelectionInput Input, Random Random) Draw(int seed, bool noisy)
    {
        var random = new Random(seed);
        var grid = Grid.Draw(random);
        var rows = grid.Rows(random, random.Next(2, 11), noisy);
        var input = new SelectionInput
        {
            Candidates = grid.Candidates(rows),
            Weights = grid.Weights(random),
            Options = new SelectionOptions { SensitivitySamples = 0, WinningSearchSamples = 0 },
        };
        return (grid, rows, input, random);
    }

    // The candidates both selections share keep their place on the frontier, and the recommendation stays.
    private static void AssertSamePlaces(SelectionResult fewer, SelectionResult more)
    {
        Assert.Equal(fewer.Recommended?.Candidate, more.Recommended?.Candidate);
        Assert.Equal(fewer.Frontier, more.Frontier.Where(fewer.Survivors.Contains));
    }

    private static double Cost(Candidate candidate, string quality) =>
        QualityResolver.Cost(candidate.ValueOf(quality), Core.Qualities.QualityCatalog.Find(quality)!.Direction);
}
