using Tradeoff.Core.Techniques;

namespace Tradeoff.Techniques.MLNet;

/// <summary>Runs an ML.NET fit under a <see cref="FitContext"/>'s cancellation token.</summary>
internal static class MLNetFit
{
    /// <summary>
    /// ML.NET 5 takes no token and keeps its own cancellation internal, so the token is checked before and after the
    /// fit, and during it by the data view each time the trainer reads the rows (<see cref="RowSource{TLabel}"/>):
    /// L-BFGS and SDCA stop within one pass, LightGBM, which reads the rows once, only after its last round.
    /// Whatever ML.NET throws when the rows stop is reported as <see cref="OperationCanceledException"/>.
    /// </summary>
    public static T Run<T>(FitContext context, Func<T> fit)
    {
        var token = context.CancellationToken;
        token.ThrowIfCancellationRequested();
        T result;
        try
        {
            result = fit();
        }
        catch (Exception e) when (token.IsCancellationRequested && e is not OperationCanceledException)
        {
            throw new OperationCanceledException("The fit was cancelled.", e, token);
        }

        token.ThrowIfCancellationRequested();
        return result;
    }
}
