namespace Tradeoff.Core.IO;

/// <summary>
/// The real path of a file: every symbolic link along it resolved, as POSIX realpath(3) gives it. .NET resolves a
/// link only at the last component (<see cref="FileSystemInfo.ResolveLinkTarget"/>), so a folder check on the path as
/// written is fooled by a link anywhere in it; this walks the path one component at a time and follows each link,
/// relative or absolute, portably. Components that do not exist are kept as written.
/// </summary>
public static class RealPath
{
    // As Linux's MAXSYMLINKS: a cycle of links ends with an error instead of looping.
    private const int MaxLinks = 40;

    /// <summary>The real path of <paramref name="path"/> (made full from the current directory first).</summary>
    /// <exception cref="IOException">More than 40 links were followed (a cycle).</exception>
    public static string Of(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var full = Path.GetFullPath(path);
        var current = Path.GetPathRoot(full)!;
        var pending = new Stack<string>(Parts(full).Reverse());
        var links = 0;
        while (pending.TryPop(out var part))
        {
            if (part == ".")
            {
                continue;
            }

            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }

            var next = Path.Combine(current, part);
            var target = new FileInfo(next).LinkTarget;
            if (target is null)
            {
                current = next;
                continue;
            }

            if (++links > MaxLinks)
            {
                throw new IOException($"{path}: too many levels of symbolic links");
            }

            if (Path.IsPathRooted(target))
            {
                current = Path.GetPathRoot(target)!;
            }

            foreach (var step in Parts(target).Reverse())
            {
                pending.Push(step);
            }
        }

        return current;
    }

    private static IEnumerable<string> Parts(string path) =>
        path[Path.GetPathRoot(path)!.Length..].Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries);
}
