namespace Tradeoff.Benchmarks;

/// <summary>One runnable benchmark, found by reflection: <c>dotnet run --project benchmarks/Tradeoff.Benchmarks -c Release -- NAME [ARGS]</c>.</summary>
internal interface IBenchmark
{
    /// <summary>The name on the command line.</summary>
    string Name { get; }

    /// <summary>One line for the list.</summary>
    string Description { get; }

    /// <summary>Runs it; prints its figures; returns the exit code.</summary>
    int Run(string[] args);
}
