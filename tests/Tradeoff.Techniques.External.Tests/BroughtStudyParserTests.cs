using Tradeoff.Core;
using Tradeoff.Core.Studies;

namespace Tradeoff.Techniques.External.Tests;

/// <summary>The study entries of brought models: read with their paths checked, and every mistake a study error at its line.</summary>
public sealed class BroughtStudyParserTests : IDisposable
{
    private readonly StudyFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void An_onnx_and_a_command_entry_are_read_with_their_id_as_name_and_the_folder_resolved()
    {
        var study = _folder.Read(StudyFolder.StudyText("  - { id: my-net, onnx: models/nominal.onnx }\n  - { id: my-prog, command: \"sh prog.sh good\", time-limit: 2s, memory-limit: 1GB }"));

        var onnx = study.Techniques[0];
        Assert.Equal(("onnx", "my-net"), (onnx.Id, onnx.Name));
        Assert.Equal(BroughtKind.Onnx, onnx.Brought!.Kind);
        Assert.Equal(_folder.Combine("models", "nominal.onnx"), onnx.Brought.Source);
        Assert.Equal("models/nominal.onnx", onnx.Settings["onnx"]);
        var command = study.Techniques[1];
        Assert.Equal(("command", "my-prog", "sh prog.sh good"), (command.Id, command.Name, command.Brought!.Source));
        Assert.Equal(TimeSpan.FromSeconds(2), command.Brought.TimeLimit);
        Assert.Equal(1_000_000_000, command.Brought.MemoryLimitBytes);
        Assert.Equal(_folder.Path, command.Brought.Folder);
    }

    [Theory]
    [InlineData("{ id: x, onnx: models/nominal.onnx, command: \"sh prog.sh\" }", "not both")]
    [InlineData("{ id: x, onnx: models/nominal.onnx, max-depth: 3 }", "unknown key 'max-depth' in an ONNX model entry")]
    [InlineData("{ id: x, command: \"sh prog.sh\", timeout: 3s }", "unknown key 'timeout' in a command entry")]
    [InlineData("{ onnx: models/nominal.onnx }", "missing 'technique.id'")]
    [InlineData("{ id: decision-tree, onnx: models/nominal.onnx }", "'decision-tree' is a built-in technique")]
    [InlineData("{ id: x, onnx: ../outside.onnx }", "leads outside the study's folder")]
    [InlineData("{ id: x, command: \"sh prog.sh\", time-limit: soon }", "x.time-limit")]
    public void A_wrong_entry_is_a_study_error_at_its_line(string entry, string expected)
    {
        var error = Assert.Throws<StudyException>(() => _folder.Read(StudyFolder.StudyText("  - baseline\n  - " + entry)));

        var problem = Assert.Single(error.Problems);
        Assert.Contains(expected, problem.Problem, StringComparison.Ordinal);
        Assert.Equal(5, problem.Line);
        Assert.EndsWith("study.yaml", problem.File, StringComparison.Ordinal);
    }

    [Fact]
    public void A_link_inside_the_folder_to_a_model_outside_it_is_refused()
    {
        var outside = Path.GetTempFileName();
        try
        {
            File.CreateSymbolicLink(_folder.Combine("models", "linked.onnx"), outside);

            var error = Assert.Throws<StudyException>(() => _folder.Read(StudyFolder.StudyText("  - { id: x, onnx: models/linked.onnx }")));

            Assert.Contains("a symbolic link to", Assert.Single(error.Problems).Problem, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(outside);
        }
    }

    [Fact]
    public void A_catalog_without_brought_models_refuses_them_by_name()
    {
        var study = _folder.Read(StudyFolder.StudyText("  - { id: my-net, onnx: models/nominal.onnx }"));
        var plain = new Core.Techniques.TechniqueCatalog(Techniques.OwnTechniques.All);

        var error = Assert.Throws<InputException>(() => plain.For(study.Techniques[0]));

        Assert.Contains("'my-net'", error.Message, StringComparison.Ordinal);
    }
}
