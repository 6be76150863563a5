namespace Tradeoff.Measurement;

/// <summary>
/// The message of a technique's failure as the user should read it: the exceptions that only carry others
/// (AggregateException from parallel or task code, TargetInvocationException, TypeInitializationException) are
/// unwrapped to the real one, so a note says "InvalidOperationException: the matrix is singular", not
/// "AggregateException: One or more errors occurred."
/// </summary>
internal static class Failures
{
    /// <summary><c>Type: message</c> of the exception(s) that actually failed; several distinct ones are joined with "; ".</summary>
    public static string Describe(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return string.Join("; ", Causes(exception).Select(e => $"{e.GetType().Name}: {e.Message}").Distinct(StringComparer.Ordinal));
    }

    private static IEnumerable<Exception> Causes(Exception exception) => exception switch
    {
        AggregateException aggregate => aggregate.Flatten().InnerExceptions.SelectMany(Causes),
        System.Reflection.TargetInvocationException { InnerException: { } inner } => Causes(inner),
        TypeInitializationException { InnerException: { } inner } => Causes(inner),
        _ => [exception],
    };
}
