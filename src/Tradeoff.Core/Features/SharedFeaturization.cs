using System.Runtime.CompilerServices;
using Tradeoff.Core.Data;

namespace Tradeoff.Core.Features;

/// <summary>
/// The featurized copies of data sets, shared: a featurization fitted on the same rows gives the same values, so the
/// techniques that need the same featurization of the same data set (logistic regression and the network both
/// standardize), and the repeated fits of one technique, read one copy instead of making their own. A copy's
/// columns are computed when read (<see cref="Column.Computed"/>): a column's array exists once a reader asked for
/// it, and then every later reader shares it; the fits read them into their own layouts instead (the trees' bins, the
/// network's and ML.NET's <see cref="CodedRows"/>), so the copy kept between fits holds no array.
/// </summary>
/// <remarks>
/// A copy belongs to the feature columns, not to the data set: data sets that share their features and differ in
/// the target (robustness's refits on flipped labels) share the featurized columns too, each with its own target
/// (a standardized copy of Fashion-MNIST is 188 MB; each label-noise refit of logistic regression and of the network
/// made one). A copy is kept while something uses it (weakly), and the most recent one also while nothing does, so
/// that it outlives the fit that made it for the next fit on the same rows (the next technique's among them), until
/// a fit on other rows is announced (<see cref="KeepOnlyCopiesOf"/>, called before the collection that precedes
/// every measured fit): at most one copy of the data more than the run needs, and none carried through a fit on
/// other rows (a bootstrap resample carried the previous one's, 188 MB on Fashion-MNIST). The key is the fitted
/// featurization as <see cref="Featurizer.Write"/> writes it (plan, statistics, names): two featurizers that write the same bytes transform every value the same way; a featurization reads the
/// features only, so the same key on the same columns gives the same values whatever the target.
/// </remarks>
internal static class SharedFeaturization
{
    private static readonly ConditionalWeakTable<IReadOnlyList<Column>, List<Entry>> Made = new();
    private static readonly Lock Gate = new();
    private static IReadOnlyList<Column>? _recent;

    /// <summary>The copy of <paramref name="data"/> featurized by <paramref name="featurizer"/>, made by <paramref name="make"/> when none is alive.</summary>
    public static Dataset Transform(Featurizer featurizer, Dataset data, Func<Dataset> make)
    {
        var key = KeyOf(featurizer);
        var entries = Made.GetValue(data.Features, _ => []);
        lock (Gate)
        {
            if (Find(entries, key) is { } kept)
            {
                _recent = kept;
                return data.WithFeatures(kept);
            }
        }

        // Made outside the lock: featurizing takes a while, and fits of other data sets may run beside it.
        var made = make();
        lock (Gate)
        {
            if (Find(entries, key) is { } other)
            {
                _recent = other;
                return data.WithFeatures(other);
            }

            entries.RemoveAll(e => !e.Copy.TryGetTarget(out _));
            entries.Add(new Entry(key, new WeakReference<IReadOnlyList<Column>>(made.Features)));
            _recent = made.Features;
            return made;
        }
    }

    /// <summary>Stops keeping the most recent copy unless it is a copy of <paramref name="features"/>.</summary>
    public static void KeepOnlyCopiesOf(IReadOnlyList<Column> features)
    {
        lock (Gate)
        {
            if (_recent is { } recent && !(Made.TryGetValue(features, out var entries) && entries.Exists(e => e.Copy.TryGetTarget(out var copy) && ReferenceEquals(copy, recent))))
            {
                _recent = null;
            }
        }
    }

    private static IReadOnlyList<Column>? Find(List<Entry> entries, byte[] key)
    {
        foreach (var entry in entries)
        {
            if (entry.Key.AsSpan().SequenceEqual(key) && entry.Copy.TryGetTarget(out var copy))
            {
                return copy;
            }
        }

        return null;
    }

    private static byte[] KeyOf(Featurizer featurizer)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            featurizer.Write(writer);
        }

        return stream.ToArray();
    }

    private sealed record Entry(byte[] Key, WeakReference<IReadOnlyList<Column>> Copy);
}
