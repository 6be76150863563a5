namespace Tradeoff.Core.IO;

/// <summary>
/// Writes a file whole or not at all: the content goes to a temporary file in the same folder, flushed to the disk,
/// which then replaces the target by a rename (atomic on one file system). A full disk, a killed process or an
/// exception while writing leaves the earlier file as it was and no truncated one; the temporary file is removed.
/// </summary>
public static class AtomicFile
{
    /// <summary>Writes <paramref name="path"/> (its folder created when missing) with <paramref name="write"/>.</summary>
    /// <exception cref="IOException">The file could not be written; the message names <paramref name="path"/> and the reason (for example no space left on the device).</exception>
    public static void Write(string path, Action<Stream> write)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(write);
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, full, overwrite: true);
        }
        catch (Exception e)
        {
            Remove(temporary);
            if (e is IOException io)
            {
                throw new IOException($"{path}: cannot write: {Reason(io)}", io);
            }

            throw;
        }
    }

    private static string Reason(IOException e)
    {
        // The runtime's message names the temporary file (" : '/folder/.x.tmp'"); the user knows only the target.
        var cut = e.Message.IndexOf(" : '", StringComparison.Ordinal);
        return cut > 0 ? e.Message[..cut] : e.Message;
    }

    private static void Remove(string temporary)
    {
        try
        {
            File.Delete(temporary);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Best effort: the write's own failure is the one to report.
        }
    }
}
