using Tradeoff.Core;
using Tradeoff.Core.Studies;
using Tradeoff.Testing;

namespace Tradeoff.Runs.Tests;

/// <summary>The files a study's data are read from, which the environment hashes and a distributed run sends.</summary>
public sealed class StudyDataTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("tradeoff-study-data-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Should_name_each_idx_files_partner_among_the_files_When_the_study_reads_idx_data()
    {
        // Given a study whose training data is an IDX images file and whose test data an IDX labels file
        var data = Path.Combine(_folder, "data");
        var trainImages = IdxFiles.WritePair(data, "train", 12, seed: 1);
        IdxFiles.WritePair(data, "t10k", 6, seed: 2, gzip: true);
        var study = Study("data/train-images-idx3-ubyte", "data/t10k-labels-idx1-ubyte.gz");

        // When its data are loaded
        var files = StudyData.Load(study).Files;

        // Then the files are the two named and the partner each is read with, under the roles of fashion-mnist's files
        Assert.Equal(
            new Dictionary<string, string>
            {
                ["train"] = trainImages,
                ["train-labels"] = Path.Combine(data, "train-labels-idx1-ubyte"),
                ["test"] = Path.Combine(data, "t10k-labels-idx1-ubyte.gz"),
                ["test-images"] = Path.Combine(data, "t10k-images-idx3-ubyte.gz"),
            },
            files);
    }

    [Fact]
    public void Should_refuse_an_idx_partner_that_links_out_of_the_study_folder()
    {
        // Given an IDX images file in the study's folder whose labels file is a link to a file outside it
        var outside = Directory.CreateTempSubdirectory("tradeoff-outside-").FullName;
        try
        {
            IdxFiles.WritePair(outside, "train", 6, seed: 1);
            File.Copy(Path.Combine(outside, "train-images-idx3-ubyte"), Path.Combine(_folder, "train-images-idx3-ubyte"));
            File.CreateSymbolicLink(Path.Combine(_folder, "train-labels-idx1-ubyte"), Path.Combine(outside, "train-labels-idx1-ubyte"));

            // When its data are loaded
            var error = Assert.Throws<InputException>(() => StudyData.Load(Study("train-images-idx3-ubyte")));

            // Then the partner is refused as a data file leading out of the folder would be
            Assert.Contains("leads outside the study's folder", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(outside, recursive: true);
        }
    }

    private Study Study(string train, string? test = null) => new()
    {
        Name = "Idx",
        File = Path.Combine(_folder, "study.yaml"),
        Data = new DataSpec { Train = train, Test = test, Target = "label" },
    };
}
