namespace Tradeoff.Cli.Commands;

/// <summary>
/// Where <c>tradeoff report</c> writes without <c>--out</c>: a new folder named after the run (<c>report-r0003</c>),
/// never an existing one, so that a report never replaces files a user has (an earlier report, an edited page).
/// </summary>
internal static class ReportFolder
{
    /// <summary>Creates and returns <c>report-NAME</c> in <paramref name="parent"/>, or <c>report-NAME-2</c>, <c>-3</c>... when taken.</summary>
    public static string New(string parent, string name)
    {
        var stem = Path.Combine(parent, "report-" + name);
        for (var attempt = 1; ; attempt++)
        {
            var folder = attempt == 1 ? stem : $"{stem}-{attempt.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
            if (!Directory.Exists(folder) && !File.Exists(folder))
            {
                Directory.CreateDirectory(folder);
                return folder;
            }
        }
    }
}
