using System.Text;
using FsCheck.Xunit;
using Tradeoff.Core;
using Tradeoff.Core.Studies;
using Tradeoff.Selection.Constraints;

namespace Tradeoff.Selection.Tests;

/// <summary>Whatever a study holds as a constraint, the parser gives a constraint or a one-line input error.</summary>
public sealed class ConstraintParserFuzzTests
{
    // Pieces of the grammar, so that random choices reach deep states (units, references, factors) that uniform
    // random bytes would almost never reach.
    private static readonly string[] Pieces =
    [
        "accuracy", "latency.p99", "model-size", "fairness.sex.demographic-parity", "not", "incremental", "baseline",
        " ", ">=", "<=", "<", ">", "=", "+", "-", "*", "/", "0.8", "85", "1e4", "1.2.3", "%", "ms", "us", "µs", "GB",
        "kb", "rows/s", "(", ")", "'", "\"", "\t", "\n", "é", "\u0000", "9999999999999999999999", "NaN", "Infinity",
    ];

    [Property(MaxTest = 500, Replay = "(20261,12601)")]
    public void Random_bytes_only_ever_raise_one_line_input_errors(byte[] bytes)
    {
        AssertOnlyInputErrors(Encoding.UTF8.GetString(bytes));
    }

    [Property(MaxTest = 500, Replay = "(31337,73313)")]
    public void Random_constraint_like_text_only_ever_raises_one_line_input_errors(byte[] choices)
    {
        AssertOnlyInputErrors(string.Concat(choices.Select(c => Pieces[c % Pieces.Length])));
    }

    [Fact]
    public void A_line_break_in_a_constraint_is_echoed_as_an_escape()
    {
        var error = Assert.Throws<FileFormatException>(() => ConstraintParser.Parse(new ConstraintSpec("accuracy >= 0.8\nand more", 3, 5), "study.yaml"));

        Assert.StartsWith("study.yaml:3:21: constraint 'accuracy >= 0.8\\nand more': ", error.Message, StringComparison.Ordinal);
    }

    private static void AssertOnlyInputErrors(string text)
    {
        try
        {
            ConstraintParser.Parse(new ConstraintSpec(text, 3, 5), "study.yaml");
        }
        catch (InputException e)
        {
            Assert.DoesNotContain('\n', e.Message);
            Assert.StartsWith("study.yaml:3:", e.Message, StringComparison.Ordinal);
        }
    }
}
