namespace Tradeoff.Measurement.Probes;

/// <summary>The process's resident memory (managed and native); an interface so that tests drive it.</summary>
internal interface IResidentMemory
{
    /// <summary>Resident bytes now. Called from a sampling thread: it must not allocate.</summary>
    long ResidentBytes();
}
