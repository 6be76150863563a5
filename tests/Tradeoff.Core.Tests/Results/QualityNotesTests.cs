using Tradeoff.Core.Results;

namespace Tradeoff.Core.Tests.Results;

public sealed class QualityNotesTests
{
    [Theory]
    [InlineData(QualityNotes.Best, QualityStanding.Best)]
    [InlineData(QualityNotes.Better, QualityStanding.Better)]
    [InlineData(QualityNotes.Worse, QualityStanding.Worse)]
    [InlineData("inconclusive: 300 samples, 1,000 needed", QualityStanding.Inconclusive)]
    [InlineData(QualityNotes.NotSignificant, QualityStanding.None)]
    [InlineData("largest for 'age'", QualityStanding.None)]
    [InlineData(null, QualityStanding.None)]
    public void Should_read_the_mark_a_report_shows_When_measurement_wrote_a_note(string? note, QualityStanding expected)
    {
        // Given a note measurement put beside a value
        // When a report asks what it marks
        var standing = QualityNotes.StandingOf(note);

        // Then it is the mark of the shared vocabulary, and any other note marks nothing
        Assert.Equal(expected, standing);
    }
}
