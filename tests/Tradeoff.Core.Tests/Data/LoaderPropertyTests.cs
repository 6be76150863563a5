using System.Text;
using FsCheck.Xunit;
using Tradeoff.Core.Data.Loading;

namespace Tradeoff.Core.Tests.Data;

/// <summary>Arbitrary input never escapes the readers as anything but an <see cref="InputException"/>.</summary>
public sealed class LoaderPropertyTests
{
    // Pieces that reach the parsers' interesting states far more often than uniform random bytes would.
    private static readonly string[] CsvPieces = ["a", "1.5", ",", "\"", "\"\"", "\n", "\r\n", "?", "NA", " ", "\t", "-2e9", "\uFEFF", "é"];

    private static readonly string[] ArffPieces =
        ["@relation r", "@attribute ", "@data", "\n", "numeric", "string", "{", "}", ",", "'", "\"", " ", "x", "1.5", "?", "%", "\\", "0 ", "7 ", "a b"];

    [Property(MaxTest = 300, Replay = "(12345,67891)")]
    public void Random_bytes_only_ever_raise_input_errors(byte[] bytes)
    {
        AssertOnlyInputErrors(() => CsvReader.Read(() => new MemoryStream(bytes), "fuzz.csv", ','));
        AssertOnlyInputErrors(() => ArffReader.Read(() => new MemoryStream(bytes), "fuzz.arff"));
    }

    [Property(MaxTest = 300, Replay = "(24680,13579)")]
    public void Random_csv_like_text_only_ever_raises_input_errors(byte[] choices)
    {
        var text = Compose(CsvPieces, choices);
        AssertOnlyInputErrors(() => CsvReader.Read(() => new MemoryStream(Encoding.UTF8.GetBytes(text)), "fuzz.csv", ','));
        AssertOnlyInputErrors(() => CsvReader.Read(() => new MemoryStream(Encoding.UTF8.GetBytes(text)), "fuzz.tsv", '\t'));
    }

    [Property(MaxTest = 300, Replay = "(97531,86421)")]
    public void Random_arff_like_text_only_ever_raises_input_errors(byte[] choices)
    {
        var text = "@relation r\n@attribute a numeric\n@attribute b {x,'a b'}\n" + Compose(ArffPieces, choices);
        AssertOnlyInputErrors(() => ArffReader.Read(() => new MemoryStream(Encoding.UTF8.GetBytes(text)), "fuzz.arff"));
    }

    private static string Compose(string[] pieces, byte[] choices) =>
        string.Concat(choices.Select(c => pieces[c % pieces.Length]));

    private static void AssertOnlyInputErrors(Action load)
    {
        try
        {
            load();
        }
        catch (InputException e)
        {
            Assert.DoesNotContain('\n', e.Message);
        }
    }
}
