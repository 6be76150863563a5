using Tradeoff.Core.Data;
using Tradeoff.Core.Techniques;
using Tradeoff.Testing;

namespace Tradeoff.Core.Tests.Techniques;

/// <summary>The guards the technique base owns: a technique's own training is reached only past them.</summary>
public sealed class TechniqueBaseTests
{
    [Fact]
    public void Should_take_the_id_and_capabilities_from_the_descriptor()
    {
        var technique = new CountingTechnique();

        Assert.Equal(("counting", TaskSets.Classification), (technique.Id, technique.Capabilities.Tasks));
    }

    [Fact]
    public void Should_refuse_a_task_the_technique_does_not_declare_before_training()
    {
        // Given a classification technique
        var technique = new CountingTechnique();

        // When it is asked to fit and update on regression data
        var fit = Assert.Throws<InputException>(() => technique.Fit(ToyData.Regression(), FitContext.Default));
        var update = Assert.Throws<InputException>(() => technique.Update(new CountingModel(), ToyData.Regression(), FitContext.Default));

        // Then both are refused by the guard, naming the technique and the task, and its training never ran
        Assert.Equal("technique 'counting' does not do regression.", fit.Message);
        Assert.Equal(fit.Message, update.Message);
        Assert.Equal(0, technique.Trainings);
    }

    [Fact]
    public void Should_stop_before_training_When_cancelled()
    {
        var technique = new CountingTechnique();
        using var source = new CancellationTokenSource();
        source.Cancel();
        var context = new FitContext { CancellationToken = source.Token };

        Assert.ThrowsAny<OperationCanceledException>(() => technique.Fit(ToyData.Binary(), context));
        Assert.ThrowsAny<OperationCanceledException>(() => technique.Update(new CountingModel(), ToyData.Binary(), context));
        Assert.Equal(0, technique.Trainings);
    }

    [Fact]
    public void Should_refuse_to_update_a_model_of_another_technique()
    {
        var technique = new CountingTechnique();
        using var other = new OtherModel();

        var error = Assert.Throws<ArgumentException>(() => technique.Update(other, ToyData.Binary(), FitContext.Default));

        Assert.StartsWith("Not a counting model: OtherModel.", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, technique.Trainings);
    }

    [Fact]
    public void Should_train_When_every_guard_passes()
    {
        var technique = new CountingTechnique();

        technique.Fit(ToyData.Binary(), FitContext.Default).Dispose();
        technique.Update(new CountingModel(), ToyData.Binary(), FitContext.Default).Dispose();

        Assert.Equal(2, technique.Trainings);
    }

    private sealed class CountingTechnique() : IncrementalTechniqueBase<CountingModel>(Descriptor)
    {
        private static readonly TechniqueDescriptor Descriptor = new()
        {
            Id = "counting",
            Summary = "counts its trainings",
            Capabilities = new TechniqueCapabilities { Tasks = TaskSets.Classification },
            Create = _ => new CountingTechnique(),
        };

        public int Trainings { get; private set; }

        public override IModel Load(Stream stream) => new CountingModel();

        protected override IModel FitCore(Dataset training, FitContext context)
        {
            Trainings++;
            return new CountingModel();
        }

        protected override IModel UpdateCore(CountingModel model, Dataset newRows, FitContext context)
        {
            Trainings++;
            return model;
        }
    }

    private abstract class HalfModel : IModel
    {
        public int OutputLength => 2;

        public long ParameterCount => 0;

        public void Predict(ReadOnlySpan<float> features, Span<float> output) => output.Fill(0.5f);

        public void Save(Stream stream)
        {
        }

        public void Dispose()
        {
        }
    }

    private sealed class CountingModel : HalfModel;

    private sealed class OtherModel : HalfModel;
}
