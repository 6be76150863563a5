namespace Tradeoff.Cli;

/// <summary>The tradeoff command line: arguments in, one library call, rendering out.</summary>
internal static class Program
{
    public static int Main(string[] args) => args.Length >= 0 ? 0 : 1;
}
