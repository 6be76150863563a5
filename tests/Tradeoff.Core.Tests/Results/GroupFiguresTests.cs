using Tradeoff.Core.Results;

namespace Tradeoff.Core.Tests.Results;

public sealed class GroupFiguresTests
{
    [Fact]
    public void Should_write_the_keys_of_the_results_contract_When_a_group_is_added()
    {
        // Given a group of a binary task with no negative row, so without a false-positive rate
        var details = new Dictionary<string, double>(StringComparer.Ordinal);

        // When its figures are added
        new GroupFigures("age < 25", 40, 0.75, 0.5, 0.8, null).AddTo(details);

        // Then the keys are GROUP and the figure's name, in that order, the absent rate left out
        Assert.Equal(["age < 25 size", "age < 25 accuracy", "age < 25 selection-rate", "age < 25 tpr"], details.Keys);
        Assert.Equal([40, 0.75, 0.5, 0.8], details.Values);
    }

    [Fact]
    public void Should_read_back_every_group_in_order_When_their_figures_were_added()
    {
        // Given a multiclass group (no positive class) and a binary one
        var details = new Dictionary<string, double>(StringComparer.Ordinal);
        GroupFigures[] groups = [new("male", 60, 0.7, null, null, null), new("female", 30, 0.6, 0.4, 0.5, 0.25)];
        foreach (var group in groups)
        {
            group.AddTo(details);
        }

        // When read back
        var read = GroupFigures.ReadAll(details);

        // Then they are the same figures
        Assert.Equal(groups, read);
    }

    [Fact]
    public void Should_read_no_group_When_the_details_are_not_per_group()
    {
        // Given the details of the largest gap over attributes: one figure per attribute
        var details = new Dictionary<string, double>(StringComparer.Ordinal) { ["age"] = 0.1, ["sex"] = 0.2 };

        // When read, Then there is no group
        Assert.Empty(GroupFigures.ReadAll(details));
    }
}
