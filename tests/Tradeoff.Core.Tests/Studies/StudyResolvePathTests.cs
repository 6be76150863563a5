using Tradeoff.Core.Studies;

namespace Tradeoff.Core.Tests.Studies;

public sealed class StudyResolvePathTests
{
    // A folder that is not under the current directory, so only the study-folder rule can admit a path.
    private static readonly string StudyFolder = Path.Combine(Path.GetPathRoot(Environment.CurrentDirectory)!, "no-such-root-for-tests", "studies", "credit");

    private static Study StudyIn(string folder) =>
        new() { Name = "s", Data = new DataSpec { Train = "a.csv" }, File = Path.Combine(folder, "study.yaml") };

    [Theory]
    [InlineData("data/credit-g.arff", "data/credit-g.arff")]
    [InlineData("./a.csv", "a.csv")]
    [InlineData("data/../b.csv", "b.csv")]
    public void Should_resolve_from_the_study_folder_When_the_path_stays_inside_it(string written, string expected)
    {
        Assert.Equal(Path.Combine(StudyFolder, expected), StudyIn(StudyFolder).ResolvePath(written));
    }

    [Theory]
    [InlineData("../other/a.csv")]
    [InlineData("../../../../../../../etc/passwd")]
    [InlineData("/etc/passwd")]
    public void Should_refuse_a_path_When_it_leaves_the_study_folder_and_the_current_directory(string written)
    {
        var error = Assert.Throws<InputException>(() => StudyIn(StudyFolder).ResolvePath(written));

        Assert.Contains($"the path '{written}' leads outside the study's folder", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_refuse_a_sibling_folder_that_only_shares_the_name_prefix()
    {
        Assert.Throws<InputException>(() => StudyIn(StudyFolder).ResolvePath("../credit-other/a.csv"));
    }

    [Fact]
    public void Should_refuse_climbing_out_of_the_study_folder_even_When_the_result_is_under_the_current_directory()
    {
        // Given a study two folders below the current directory
        var folder = Path.Combine(Environment.CurrentDirectory, "examples", "credit");

        // When it names a file of the current directory's tree outside its own folder, then that is refused
        Assert.Throws<InputException>(() => StudyIn(folder).ResolvePath("../../data/a.csv"));
    }

    [Fact]
    public void Should_only_make_the_path_full_When_the_run_is_ad_hoc()
    {
        var study = new Study { Name = "s", Data = new DataSpec { Train = "a.csv" } };

        Assert.Equal(Path.GetFullPath("../x.csv"), study.ResolvePath("../x.csv"));
    }
}
