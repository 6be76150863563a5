using Tradeoff.Core.Techniques;
using Tradeoff.Runs;
using Tradeoff.Techniques.External.Command;

namespace Tradeoff.Techniques.External.Tests;

/// <summary>The command model's pipes and the watch on the folders it must not write in.</summary>
public sealed class CommandModelTests : IDisposable
{
    private readonly StudyFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_batch_larger_than_a_pipe_s_buffer_is_answered_by_a_program_that_answers_row_by_row()
    {
        var study = _folder.Read(StudyFolder.StudyText("  - { id: my-prog, command: \"sh prog.sh good\", time-limit: 60s }"));
        var train = StudyData.Load(study).Train;
        var technique = StudyFolder.Catalog.For(study.Techniques[0]).CreateChecked(new TechniqueSettings("my-prog", study.Techniques[0].Settings));
        using var model = technique.Fit(train, FitContext.Default);
        // About 400 KB of rows and 1 MB of answers: far past the 64 KB of each pipe, so writing the whole batch before
        // reading would leave both sides waiting.
        const int rows = 40_000;
        var row = new float[train.FeatureCount];
        train.CopyRow(0, row);
        var batch = Enumerable.Repeat(row, rows).SelectMany(r => r).ToArray();
        var output = new float[rows * model.OutputLength];

        model.PredictBatch(batch, rows, output);

        var small = train.Target.Levels.ToList().IndexOf("small");
        Assert.All(Enumerable.Range(0, rows), r => Assert.Equal(0.75f, output[(r * model.OutputLength) + small]));
    }

    [Fact]
    public void A_file_written_in_the_study_folder_is_seen_but_the_run_store_beside_it_is_not()
    {
        Directory.CreateDirectory(_folder.Combine(".tradeoff"));
        File.WriteAllText(_folder.Combine(".tradeoff", "tradeoff.db"), "before");
        var allowed = _folder.Combine("model");
        Directory.CreateDirectory(allowed);
        var watch = new FolderWatch([_folder.Path], allowed);

        File.WriteAllText(_folder.Combine(".tradeoff", "tradeoff.db"), "heartbeat, longer than before");
        File.WriteAllText(_folder.Combine("model", "weights.bin"), "the program's own");
        Assert.Empty(watch.Written());
        File.WriteAllText(_folder.Combine("data.csv"), "overwritten");

        Assert.Equal([_folder.Combine("data.csv")], watch.Written());
    }
}
