using Tradeoff.Core.Studies;

namespace Tradeoff.Core.Tests.Studies;

/// <summary>A symbolic link does not let a study read outside its folder (issue 16, item 1).</summary>
public sealed class StudySymlinkTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("tradeoff-links-").FullName;

    private string Folder => Path.Combine(_root, "study");

    public StudySymlinkTests()
    {
        Directory.CreateDirectory(Path.Combine(Folder, "data"));
        File.WriteAllText(Path.Combine(_root, "secrets.csv"), "user,password\nann,hunter2\n");
        File.WriteAllText(Path.Combine(Folder, "data", "inside.csv"), "a,b\n1,2\n");
    }

    [Fact]
    public void Should_refuse_a_link_in_the_study_folder_to_a_file_one_folder_up()
    {
        // Given a data file that is a link to a file beside the study's folder
        File.CreateSymbolicLink(Path.Combine(Folder, "train.csv"), Path.Combine("..", "secrets.csv"));

        // When the study's path is resolved, then it is refused, and the message says where the link leads
        var error = Assert.Throws<InputException>(() => StudyIn(Folder).ResolvePath("train.csv"));
        Assert.Contains("a symbolic link to " + Path.Combine(_root, "secrets.csv"), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_refuse_a_link_to_a_system_file()
    {
        File.CreateSymbolicLink(Path.Combine(Folder, "train.csv"), "/etc/shadow");

        Assert.Throws<InputException>(() => StudyIn(Folder).ResolvePath("train.csv"));
    }

    [Fact]
    public void Should_refuse_a_linked_folder_that_leads_out()
    {
        // Given a folder link inside the study's folder to the folder above it
        Directory.CreateSymbolicLink(Path.Combine(Folder, "up"), _root);

        Assert.Throws<InputException>(() => StudyIn(Folder).ResolvePath("up/secrets.csv"));
    }

    [Fact]
    public void Should_accept_a_link_that_stays_inside_and_a_study_folder_reached_through_a_link()
    {
        // Given a link inside the folder to a file inside it, and the study's folder itself reached through a link
        File.CreateSymbolicLink(Path.Combine(Folder, "train.csv"), Path.Combine("data", "inside.csv"));
        var linkedFolder = Path.Combine(_root, "linked-study");
        Directory.CreateSymbolicLink(linkedFolder, Folder);

        // Then both resolve to the real file
        var real = Path.Combine(Folder, "data", "inside.csv");
        Assert.Equal(real, StudyIn(Folder).ResolvePath("train.csv"));
        Assert.Equal(real, StudyIn(linkedFolder).ResolvePath("train.csv"));
    }

    [Fact]
    public void Should_fail_with_an_input_error_When_links_form_a_cycle()
    {
        File.CreateSymbolicLink(Path.Combine(Folder, "a.csv"), "b.csv");
        File.CreateSymbolicLink(Path.Combine(Folder, "b.csv"), "a.csv");

        var error = Assert.Throws<InputException>(() => StudyIn(Folder).ResolvePath("a.csv"));
        Assert.Contains("too many levels of symbolic links", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static Study StudyIn(string folder) =>
        new() { Name = "s", Data = new DataSpec { Train = "a.csv" }, File = Path.Combine(folder, "study.yaml") };
}
