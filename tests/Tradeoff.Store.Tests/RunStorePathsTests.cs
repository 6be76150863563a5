namespace Tradeoff.Store.Tests;

public sealed class RunStorePathsTests
{
    [Fact]
    public void Should_put_the_store_beside_the_study_When_there_is_a_study_file()
    {
        var study = Path.Combine(Path.GetTempPath(), "studies", "credit", "study.yaml");

        Assert.Equal(Path.Combine(Path.GetTempPath(), "studies", "credit", ".tradeoff", "tradeoff.db"), RunStorePaths.Default(study));
    }

    [Fact]
    public void Should_put_the_store_in_the_current_directory_When_the_run_is_ad_hoc()
    {
        Assert.Equal(Path.Combine(Environment.CurrentDirectory, ".tradeoff", "tradeoff.db"), RunStorePaths.Default(null));
    }
}
