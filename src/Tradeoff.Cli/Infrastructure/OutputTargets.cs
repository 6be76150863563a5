using Tradeoff.Core;
using Tradeoff.Core.IO;

namespace Tradeoff.Cli.Infrastructure;

/// <summary>
/// Checks the outputs a command will write before it does any work, so that a mistyped path costs a second, not a
/// run: an output that would replace one of the command's inputs (the data, the study, the store, the results being
/// re-rendered) is refused on real paths (links resolved), a file path that is a folder or a folder that is a file is
/// refused, and the folder that will receive the output must let a file be created in it. Each refusal is one
/// line naming the option and the path.
/// </summary>
internal sealed class OutputTargets
{
    private readonly Dictionary<string, string> _inputs = new(StringComparer.Ordinal);

    /// <summary>Names <paramref name="path"/> (when it is a file) as an input that no output may replace.</summary>
    public OutputTargets Input(string? path, string what)
    {
        if (!string.IsNullOrEmpty(path))
        {
            _inputs.TryAdd(RealPath.Of(path), what);
        }

        return this;
    }

    /// <summary>Names the store at <paramref name="path"/> and its SQLite side files as inputs.</summary>
    public OutputTargets Store(string path)
    {
        foreach (var suffix in (string[])["", "-journal", "-wal", "-shm"])
        {
            Input(path + suffix, "the store");
        }

        return this;
    }

    /// <summary>Checks the file output of <paramref name="option"/>.</summary>
    /// <exception cref="InputException">The path is a folder, replaces an input, or its folder cannot be written.</exception>
    public void File(string option, string path)
    {
        if (Directory.Exists(path))
        {
            throw new InputException($"{option} {path}: is a folder; give a file path");
        }

        NotAnInput(option, path);
        Writable(option, path, Path.GetDirectoryName(Path.GetFullPath(path))!);
    }

    /// <summary>Checks the folder output of <paramref name="option"/>, into which files named <paramref name="names"/> (and any <c>*.svg</c>) are written.</summary>
    /// <exception cref="InputException">The path is a file, a file written there replaces an input, or the folder cannot be written.</exception>
    public void Folder(string option, string folder, IEnumerable<string> names)
    {
        if (System.IO.File.Exists(folder))
        {
            throw new InputException($"{option} {folder}: is a file; give a folder");
        }

        foreach (var name in names)
        {
            NotAnInput(option, Path.Combine(folder, name));
        }

        var real = RealPath.Of(folder);
        foreach (var (input, what) in _inputs)
        {
            if (Path.GetDirectoryName(input) == real && input.EndsWith(".svg", StringComparison.OrdinalIgnoreCase))
            {
                throw new InputException($"{option} {folder}: its plots (*.svg) would overwrite {what} ({input})");
            }
        }

        Writable(option, folder, folder);
    }

    private void NotAnInput(string option, string path)
    {
        if (_inputs.TryGetValue(RealPath.Of(path), out var what))
        {
            throw new InputException($"{option} {path}: would overwrite {what}; give another path");
        }
    }

    // Creating (and removing) an empty file is the one check every file system answers truly: permissions, ACLs,
    // read-only mounts and quotas included, which inspecting mode bits would miss.
    private static void Writable(string option, string shown, string folder)
    {
        var existing = Path.GetFullPath(folder);
        while (!Directory.Exists(existing))
        {
            if (System.IO.File.Exists(existing))
            {
                throw new InputException($"{option} {shown}: is under a file ({existing}), not a folder");
            }

            existing = Path.GetDirectoryName(existing) ?? throw new InputException($"{option} {shown}: no folder to write into");
        }

        var probe = Path.Combine(existing, $".tradeoff-write-check-{Environment.ProcessId}");
        try
        {
            using (System.IO.File.Create(probe, 1, FileOptions.DeleteOnClose))
            {
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"{option} {shown}: cannot write into {existing}: {e.Message}");
        }
    }
}
