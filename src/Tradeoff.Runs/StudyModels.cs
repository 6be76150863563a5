using Tradeoff.Core;
using Tradeoff.Core.Features;
using Tradeoff.Core.Studies;
using Tradeoff.Core.Techniques;
using Tradeoff.Measurement;

namespace Tradeoff.Runs;

/// <summary>The trained models of a study, as its runs measure them (for <c>tradeoff explain</c>).</summary>
public static class StudyModels
{
    /// <summary>
    /// Fits the technique instance named <paramref name="name"/> (or the only instance of that technique id) on all of
    /// the study's training data, exactly as the protocol's final fit does; the model behind the featurization is
    /// returned with the names of the features it sees. When the study tunes, the search runs first and the returned
    /// spec carries the settings it chose.
    /// </summary>
    public static (TechniqueSpec Spec, IModel Model) FitFinal(Study study, string name, TechniqueCatalog catalog, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(study);
        ArgumentNullException.ThrowIfNull(catalog);
        var specs = study.Techniques.Count > 0
            ? study.Techniques
            : catalog.All.Select(d => new TechniqueSpec(d.Id, d.Id, new Dictionary<string, string>())).ToList();
        var spec = specs.FirstOrDefault(s => s.Name == name)
            ?? (specs.Count(s => s.Id == name) == 1 ? specs.First(s => s.Id == name) : null)
            ?? throw new InputException($"{study.File ?? "study"}: no technique named '{name}'{Suggestions.DidYouMean(name, specs.Select(s => s.Name))}; the study has: {string.Join(", ", specs.Select(s => s.Name))}.");
        var descriptor = catalog.For(spec);
        var data = StudyData.Load(study);
        if (study.Protocol.Tuning is { } tuning && TuningSchedule.Tunes(spec, descriptor, data.Train.Task))
        {
            // The run measured the configuration its search chose; the same search with the same seed chooses it again.
            NativeLibraries.Configure();
            var task = data.Train.Task;
            var metric = MeasurementEngine.TuningMetric(tuning, Selections.Priorities(study, task).Objectives, task);
            var engine = new MeasurementEngine(study.Protocol, TimeProvider.System);
            spec = spec with { Settings = engine.ChooseConfiguration(spec.Name, descriptor, spec.Settings, metric, data.Train, cancellationToken) };
        }

        var technique = FeaturizedTechnique.Wrap(descriptor.CreateChecked(new TechniqueSettings(spec.Name, spec.Settings)));
        var model = FinalModel.Fit(technique, data.Train, study.Protocol, cancellationToken);
        return (spec, model);
    }
}
