using Tradeoff.Reporting;
using Tradeoff.Reporting.Json;

namespace Tradeoff.Cli.Commands;

/// <summary>
/// Where <c>report</c> and <c>explain</c> get a finished run from: a results JSON file today. The one place to
/// extend when a run id from the store is accepted as well.
/// </summary>
internal static class ResultsSource
{
    public static ResultsDocument Load(string results) => ResultsFile.Load(results);
}
