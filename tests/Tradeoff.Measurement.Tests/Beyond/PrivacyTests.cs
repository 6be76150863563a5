using Tradeoff.Core.Studies;
using Tradeoff.Measurement.Probes;
using Tradeoff.Measurement.Tests.Fakes;
using Tradeoff.Testing;

namespace Tradeoff.Measurement.Tests.Beyond;

public sealed class PrivacyTests
{
    private static readonly Dictionary<string, string> NoSettings = [];

    [Fact]
    public void A_model_that_does_not_depend_on_its_training_rows_leaks_nothing()
    {
        var result = new FakeMachine().Engine(new ProtocolSpec { Qualities = ["privacy"] })
            .Measure("majority", new MajorityTechnique(), NoSettings, ToyData.Binary(), null, CancellationToken.None);

        Assert.InRange(result.Qualities["privacy.membership-auc"].Value, 0.45, 0.55);
        Assert.InRange(result.Qualities["privacy.generalization-gap"].Value, -0.05, 0.05);
    }

    [Fact]
    public void A_one_nearest_neighbour_memorizer_is_found_out()
    {
        var result = new FakeMachine().Engine(new ProtocolSpec { Qualities = ["privacy"] })
            .Measure("one-nn", new OneNearestNeighbourTechnique(), NoSettings, ToyData.Binary(), null, CancellationToken.None);

        Assert.True(result.Qualities["privacy.membership-auc"].Value > 0.95);
        Assert.Equal(1, result.Qualities["privacy.generalization-gap"].Details!["train"], 9);
        Assert.True(result.Qualities["privacy.loss-gap"].Value > 0);
    }

    [Fact]
    public void The_attack_auc_counts_ties_as_half()
    {
        Assert.Equal(1, PrivacyProbe.MembershipAuc([0.1, 0.2], [0.3, 0.4]));
        Assert.Equal(0, PrivacyProbe.MembershipAuc([0.3, 0.4], [0.1, 0.2]));
        Assert.Equal(0.5, PrivacyProbe.MembershipAuc([0.5, 0.5], [0.5]));
    }
}
