namespace Tradeoff.Measurement;

/// <summary>Told when the engine starts and finishes measuring one quality (or group of qualities) of one technique.</summary>
public interface IMeasurementProgress
{
    /// <summary>Measuring <paramref name="quality"/> of the technique instance <paramref name="technique"/> starts.</summary>
    void Started(string technique, string quality);

    /// <summary>Measuring <paramref name="quality"/> finished after <paramref name="elapsed"/>.</summary>
    void Finished(string technique, string quality, TimeSpan elapsed);
}
