namespace Tradeoff.Cli.Tests;

public sealed class VersionTests
{
    [Fact]
    public void Should_print_the_build_s_version_When_asked_with_version()
    {
        var run = CliHarness.Run("--version");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(TradeoffApp.Version, run.Output.Trim());
        Assert.NotEqual("unknown", TradeoffApp.Version);
    }
}
