namespace Tradeoff.Measurement.Probes;

/// <summary>The process's resident memory (managed and native); an interface so that tests drive it.</summary>
internal interface IResidentMemory
{
    /// <summary>Resident bytes now. Called from a sampling thread: it must not allocate.</summary>
    long ResidentBytes();

    /// <summary>
    /// The most resident bytes since the process started or since the last <see cref="ResetPeak"/> (the kernel's
    /// high-water mark, which no sampling can miss); null when the system does not say.
    /// </summary>
    long? PeakBytes() => null;

    /// <summary>Starts the high-water mark again from the resident bytes now; false when the system cannot.</summary>
    bool ResetPeak() => false;
}
