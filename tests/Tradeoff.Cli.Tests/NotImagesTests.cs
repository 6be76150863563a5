using System.Text.Json;

namespace Tradeoff.Cli.Tests;

/// <summary>A technique that cannot learn from the data as they are is listed as not trained with its reason, never failed nor ranked.</summary>
public sealed class NotImagesTests
{
    [Fact]
    public void Should_list_the_convolutional_network_as_not_trained_When_the_rows_are_not_images()
    {
        var folder = Directory.CreateTempSubdirectory("tradeoff-not-images-").FullName;
        try
        {
            // Given tabular data (diabetes: 8 features), and every technique
            var json = Path.Combine(folder, "results.json");
            var run = CliHarness.RunWith(CliHarness.FakeClock(), "run", "--data", Paths.Examples("medical-risk/diabetes.arff"), "--techniques", "baseline,convolutional-network", "--quick", "--json", json, "--store", Path.Combine(folder, "t.db"));

            // Then the network is not trained, with the reason, eliminated before measuring, and not ranked
            Assert.True(run.ExitCode == 0, run.ErrorOutput);
            using var document = JsonDocument.Parse(File.ReadAllText(json));
            var network = document.RootElement.GetProperty("techniques").EnumerateArray().Single(t => t.GetProperty("id").GetString() == "convolutional-network");
            Assert.Equal("not-trained", network.GetProperty("status").GetString());
            Assert.Contains("8 features are not a square grid of pixels", network.GetProperty("message").GetString(), StringComparison.Ordinal);
            var eliminated = document.RootElement.GetProperty("eliminated").EnumerateArray().Single(e => e.GetProperty("candidate").GetString() == "convolutional-network");
            Assert.Equal("before-measuring", eliminated.GetProperty("stage").GetString());
            Assert.DoesNotContain(document.RootElement.GetProperty("ranking").EnumerateArray(), r => r.GetProperty("candidate").GetString() == "convolutional-network");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
