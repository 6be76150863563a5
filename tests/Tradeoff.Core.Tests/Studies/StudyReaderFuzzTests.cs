using System.Text;
using Tradeoff.Core.Studies;

namespace Tradeoff.Core.Tests.Studies;

public sealed class StudyReaderFuzzTests
{
    [Fact]
    public void Any_text_gives_a_study_or_a_study_exception_with_places_never_another_error()
    {
        // Given texts made of YAML's structural characters, which reach the scanner's corner cases
        const string Alphabet = "[]{}:,-'\"\n #&*!|>?%@`\tab1.~";
        var random = new Random(20_261_126);
        var unplaced = new List<string>();
        for (var i = 0; i < 500; i++)
        {
            var text = new StringBuilder("name: s\ndata: { train: a.csv }\n");
            var length = random.Next(1, 40);
            for (var j = 0; j < length; j++)
            {
                text.Append(Alphabet[random.Next(Alphabet.Length)]);
            }

            // When it is read; Then it parses, or every problem has a line
            try
            {
                StudyFixture.Parse(text.ToString());
            }
            catch (StudyException e)
            {
                unplaced.AddRange(e.Problems.Where(p => p.Line is null).Select(p => p.Message));
            }
        }

        Assert.Empty(unplaced);
    }
}
