using System.Diagnostics;
using System.Globalization;
using Tradeoff.Core.Features;
using Tradeoff.Core.Techniques;

namespace Tradeoff.Benchmarks;

/// <summary>
/// The shared featurization's fit on Fashion-MNIST's 60,000 x 784 training pixels, as a technique that needs
/// scaling and cannot take missing values sees it (standardize and impute: means, variances and medians of every
/// column), then the transform of the same rows. The median is the costly part of the fit.
/// </summary>
internal sealed class FeaturizeBenchmark : IBenchmark
{
    public string Name => "featurize";

    public string Description => "fit and transform of the shared featurization on Fashion-MNIST's training set: [repeats=5]";

    public int Run(string[] args)
    {
        var repeats = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 5;
        var train = FashionMnistFiles.Load(test: false);
        var plan = FeaturizationPlan.For(new TechniqueCapabilities { Tasks = new HashSet<Core.Data.TaskKind>(), NeedsScaling = true });
        var fits = new List<double>();
        var transforms = new List<double>();
        for (var i = 0; i < repeats; i++)
        {
            var watch = Stopwatch.StartNew();
            var featurizer = Featurizer.Fit(train, plan);
            fits.Add(watch.Elapsed.TotalSeconds);
            watch.Restart();
            _ = featurizer.Transform(train);
            transforms.Add(watch.Elapsed.TotalSeconds);
        }

        fits.Sort();
        transforms.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{train.RowCount} x {train.FeatureCount}: fit median {fits[repeats / 2]:0.000} s (min {fits[0]:0.000}), transform median {transforms[repeats / 2]:0.000} s, {repeats} repeats, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC"));
        return 0;
    }
}
