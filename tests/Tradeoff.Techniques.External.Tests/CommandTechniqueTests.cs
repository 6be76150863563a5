using Tradeoff.Core.Qualities;
using Tradeoff.Core.Results;

namespace Tradeoff.Techniques.External.Tests;

/// <summary>A program that trains and predicts through the command protocol, and every way it can fail; the run goes on each time.</summary>
public sealed class CommandTechniqueTests : IDisposable
{
    private readonly StudyFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_program_is_cross_validated_and_its_latency_says_it_crosses_a_pipe()
    {
        var results = _folder.Run("{ id: my-prog, command: \"sh prog.sh good\" }");

        var program = results["my-prog"];
        Assert.True(program.Status == TechniqueStatus.Measured, program.Message);
        Assert.Equal("command", program.TechniqueId);
        // It always answers 'small': right on the rows whose size is at most 5.
        Assert.Equal(3, program.Qualities[QualityIds.Accuracy].SampleCount);
        Assert.InRange(program.Qualities[QualityIds.Accuracy].Value, 0.3, 0.7);
        Assert.Contains("includes process communication", program.Qualities[QualityIds.LatencyP50].Protocol, StringComparison.Ordinal);
        Assert.True(program.Qualities[QualityIds.TrainTime].IsAvailable);
        // The model is the folder the program wrote: the copy of the 40 training rows it was given.
        Assert.InRange(program.Qualities[QualityIds.ModelSize].Value, 400, 2000);
    }

    [Theory]
    [InlineData("./no-such-program", "the program was not found (exit code 127)")]
    [InlineData("sh prog.sh fail", "'my-prog' fit exited with code 3: cannot fit: no luck")]
    [InlineData("sh prog.sh malformed", "'my-prog' predict: answer line 1 is malformed: 'maybe?'")]
    [InlineData("sh prog.sh outside", "'my-prog' fit wrote outside its model folder: ")]
    public void A_program_that_misbehaves_fails_with_a_one_line_reason_and_the_run_goes_on(string command, string expected)
    {
        var results = _folder.Run($"{{ id: my-prog, command: \"{command}\" }}");

        var program = results["my-prog"];
        Assert.Equal(TechniqueStatus.Failed, program.Status);
        Assert.Contains(expected, program.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', program.Message!);
        Assert.Equal(TechniqueStatus.Measured, results["baseline"].Status);
    }

    [Fact]
    public void A_program_past_its_memory_limit_cannot_allocate_and_fails()
    {
        var results = _folder.Run("{ id: my-prog, command: \"sh prog.sh memory\", memory-limit: 200MB }");

        var program = results["my-prog"];
        Assert.Equal(TechniqueStatus.Failed, program.Status);
        Assert.Contains("'my-prog' fit exited with code 4: MemoryError", program.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_program_that_hangs_is_stopped_at_its_time_limit()
    {
        var started = DateTime.UtcNow;
        var results = _folder.Run("{ id: my-prog, command: \"sh prog.sh hang\", time-limit: 1s }");

        var program = results["my-prog"];
        Assert.Equal(TechniqueStatus.Failed, program.Status);
        Assert.Contains("'my-prog' fit did not finish within its time limit of 1 s and was stopped", program.Message, StringComparison.Ordinal);
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(50), "the sleeping program was not killed");
        Assert.Equal(TechniqueStatus.Measured, results["baseline"].Status);
    }
}
