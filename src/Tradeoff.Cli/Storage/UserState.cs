namespace Tradeoff.Cli.Storage;

/// <summary>
/// The small state Tradeoff keeps for one user between commands (the last store used), in the XDG state folder:
/// <c>$XDG_STATE_HOME/tradeoff</c>, else <c>~/.local/state/tradeoff</c>.
/// </summary>
internal static class UserState
{
    private const string LastStoreFile = "last-store";

    /// <summary>The state folder from <paramref name="variable"/> (an environment lookup); null when neither XDG_STATE_HOME nor HOME is set.</summary>
    public static string? Folder(Func<string, string?> variable)
    {
        ArgumentNullException.ThrowIfNull(variable);
        // The XDG base directory specification: a relative XDG_STATE_HOME is invalid and is ignored.
        if (variable("XDG_STATE_HOME") is { Length: > 0 } state && Path.IsPathRooted(state))
        {
            return Path.Combine(state, "tradeoff");
        }

        return variable("HOME") is { Length: > 0 } home ? Path.Combine(home, ".local", "state", "tradeoff") : null;
    }

    /// <summary>The store last used from <paramref name="folder"/>, or null when none is remembered (or the state is unreadable).</summary>
    public static string? LastStore(string? folder)
    {
        if (folder is null)
        {
            return null;
        }

        try
        {
            var path = Path.Combine(folder, LastStoreFile);
            return File.Exists(path) && File.ReadAllText(path).Trim() is { Length: > 0 } location ? location : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Remembers <paramref name="location"/> as the last store used; a state folder that cannot be written is skipped (a convenience, never a failure).</summary>
    public static void RememberStore(string? folder, string location)
    {
        if (folder is null)
        {
            return;
        }

        try
        {
            Directory.CreateDirectory(folder);
            Core.IO.AtomicFile.Write(Path.Combine(folder, LastStoreFile), stream => stream.Write(System.Text.Encoding.UTF8.GetBytes(location + "\n")));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Remembering is a convenience: a read-only home must not fail a run that has finished.
        }
    }
}
