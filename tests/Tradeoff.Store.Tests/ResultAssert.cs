using Tradeoff.Core.Results;

namespace Tradeoff.Store.Tests;

/// <summary>
/// Field-by-field equality of technique results: records compare their dictionaries and lists by reference,
/// so the generated equality cannot say whether a loaded result equals the saved one.
/// </summary>
internal static class ResultAssert
{
    public static void Equal(TechniqueResult expected, TechniqueResult actual)
    {
        Assert.Equal(expected.Name, actual.Name);
        Assert.Equal(expected.TechniqueId, actual.TechniqueId);
        Assert.Equal(Sorted(expected.Settings), Sorted(actual.Settings));
        Assert.Equal(expected.Capabilities, actual.Capabilities);
        Assert.Equal(expected.Status, actual.Status);
        Assert.Equal(expected.Message, actual.Message);
        Assert.Equal(Sorted(expected.MeasurementSeconds), Sorted(actual.MeasurementSeconds));
        Assert.Equal(expected.MeasuredIn, actual.MeasuredIn);
        Assert.Equal(expected.Qualities.Keys, actual.Qualities.Keys);
        foreach (var (quality, value) in expected.Qualities)
        {
            Equal(value, actual.Qualities[quality]);
        }
    }

    public static void Equal(QualityValue expected, QualityValue actual)
    {
        // Assert.Equal on doubles treats NaN as equal to NaN, which is what a round trip must keep.
        Assert.Equal(expected.Value, actual.Value);
        Assert.Equal(expected.Unit, actual.Unit);
        Assert.Equal(expected.Direction, actual.Direction);
        Assert.Equal(expected.Std, actual.Std);
        Assert.Equal(expected.Lower, actual.Lower);
        Assert.Equal(expected.Upper, actual.Upper);
        Assert.Equal(expected.SampleCount, actual.SampleCount);
        Assert.Equal(expected.Protocol, actual.Protocol);
        Assert.Equal(expected.Estimated, actual.Estimated);
        Assert.Equal(expected.NotAvailable, actual.NotAvailable);
        Assert.Equal(expected.Note, actual.Note);
        Assert.Equal(expected.Details is null ? null : Sorted(expected.Details), actual.Details is null ? null : Sorted(actual.Details));
        Assert.Equal(expected.Samples, actual.Samples);
    }

    private static List<KeyValuePair<string, T>> Sorted<T>(IReadOnlyDictionary<string, T> map) =>
        [.. map.OrderBy(p => p.Key, StringComparer.Ordinal)];
}
