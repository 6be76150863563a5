using Tradeoff.Core.Data;
using Tradeoff.Core.Studies;
using Tradeoff.Core.Techniques;
using Tradeoff.Measurement.Deployment;
using Tradeoff.Measurement.Tests.Fakes;

namespace Tradeoff.Measurement.Tests.Engine;

public sealed class DeploymentStageTests
{
    private static readonly Dictionary<string, string> NoSettings = [];

    [Fact]
    public void Should_time_the_shipped_model_apart_from_the_in_process_one_When_a_runtime_deploys_it()
    {
        // Given a technique predicting in 10 us in process, and a runtime whose shipped form of it takes 40 us a row in a file of 1,234 bytes
        var machine = new FakeMachine();
        var technique = machine.Clock(fit: TimeSpan.FromSeconds(1), predict: TimeSpan.FromMicroseconds(10));
        var runtime = new FakeRuntime(_ => DeployedModel.Of(new FakeModel(2, 2, 1234, (_, output) => output[0] = 1, () => machine.Time.Advance(TimeSpan.FromMicroseconds(40))), 1234));

        // When a study asks for the in-process and the deployment latency
        var engine = new MeasurementEngine(new ProtocolSpec { Qualities = ["latency", "onnx"] }, machine.Context, null) { Deployment = runtime };
        var result = engine.Measure("clock", technique, NoSettings, TestData.Classes(60, 40), null, CancellationToken.None);

        // Then each latency is its own model's, the file's size is the shipped bytes, and the protocol names the runtime
        Assert.Equal(10, result.Qualities["latency.p50"].Value, 6);
        Assert.Equal(40, result.Qualities["onnx.latency.p50"].Value, 6);
        Assert.Equal(40, result.Qualities["onnx.latency.p99"].Value, 6);
        Assert.Equal(1234, result.Qualities["onnx.model-size"].Value);
        Assert.Equal("B", result.Qualities["onnx.model-size"].Unit);
        Assert.StartsWith("Fake Runtime 1.0: the ONNX file", result.Qualities["onnx.latency.p50"].Protocol, StringComparison.Ordinal);
        Assert.Equal(["clock"], runtime.Deployed);
    }

    [Fact]
    public void Should_say_why_not_When_the_runtime_cannot_ship_the_model()
    {
        // Given a runtime that refuses the technique's model
        var machine = new FakeMachine();
        var technique = machine.Clock(fit: TimeSpan.FromSeconds(1), predict: TimeSpan.FromMicroseconds(10));
        var runtime = new FakeRuntime(_ => DeployedModel.Refused("clock cannot be exported to ONNX: no ONNX writer for its model"));

        // When measured
        var engine = new MeasurementEngine(new ProtocolSpec { Qualities = ["onnx"] }, machine.Context, null) { Deployment = runtime };
        var result = engine.Measure("clock", technique, NoSettings, TestData.Classes(60, 40), null, CancellationToken.None);

        // Then every deployment quality is not available with the runtime's reason, never blank or invented
        foreach (var id in new[] { "onnx.latency.p50", "onnx.latency.p99", "onnx.model-size" })
        {
            Assert.False(result.Qualities[id].IsAvailable);
            Assert.Equal("clock cannot be exported to ONNX: no ONNX writer for its model", result.Qualities[id].NotAvailable);
        }
    }

    [Fact]
    public void Should_say_no_runtime_was_composed_When_the_engine_has_none()
    {
        // Given an engine built without a deployment runtime (a library caller)
        var machine = new FakeMachine();
        var technique = machine.Clock(fit: TimeSpan.FromSeconds(1), predict: TimeSpan.FromMicroseconds(10));

        // When a study asks for the deployment qualities
        var result = machine.Engine(new ProtocolSpec { Qualities = ["onnx"] }).Measure("clock", technique, NoSettings, TestData.Classes(60, 40), null, CancellationToken.None);

        // Then they say so
        Assert.StartsWith("no deployment runtime", result.Qualities["onnx.latency.p50"].NotAvailable, StringComparison.Ordinal);
    }

    private sealed class FakeRuntime(Func<IModel, DeployedModel> deploy) : IDeploymentRuntime
    {
        public List<string> Deployed { get; } = [];

        public string Name => "Fake Runtime 1.0";

        public DeployedModel Deploy(IModel model, Dataset train, string techniqueName, string techniqueId)
        {
            Deployed.Add(techniqueId);
            return deploy(model);
        }
    }
}
