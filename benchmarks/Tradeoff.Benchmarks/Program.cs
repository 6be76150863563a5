using System.Reflection;
using Tradeoff.Benchmarks;

var benchmarks = Assembly.GetExecutingAssembly().GetTypes()
    .Where(t => typeof(IBenchmark).IsAssignableFrom(t) && t is { IsClass: true, IsAbstract: false })
    .Select(t => (IBenchmark)Activator.CreateInstance(t)!)
    .OrderBy(b => b.Name, StringComparer.Ordinal)
    .ToList();

var chosen = args.Length == 0 ? null : benchmarks.Find(b => b.Name == args[0]);
if (chosen is null)
{
    Console.WriteLine("usage: Tradeoff.Benchmarks NAME [ARGS]; benchmarks:");
    foreach (var b in benchmarks)
    {
        Console.WriteLine($"  {b.Name,-24} {b.Description}");
    }

    return args.Length == 0 ? 0 : 2;
}

return chosen.Run(args[1..]);
