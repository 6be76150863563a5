using System.Runtime.InteropServices;
using Tradeoff.Core;

namespace Tradeoff.Store;

/// <summary>What a store file may be: absent (it is created) or a regular file, never a device, pipe or socket.</summary>
internal static partial class StoreFiles
{
    private const int AtCurrentDirectory = -100;
    private const uint TypeMask = 0x0001;
    private const int ModeOffset = 28;
    private const int FileTypeBits = 0xF000;
    private const int RegularFile = 0x8000;

    /// <summary>Refuses <paramref name="fullPath"/> when something that is not a regular file is there (<c>/dev/null</c>).</summary>
    /// <exception cref="InputException">It is a device, pipe or socket.</exception>
    public static void RequireRegularOrAbsent(string fullPath, string location)
    {
        if (File.Exists(fullPath) && !IsRegular(fullPath))
        {
            // SQLite would write beside it (/dev/null-journal) and keep nothing.
            throw new InputException($"{location}: not a regular file; the store is a file of its own, e.g. {RunStorePaths.FileName} in a folder of yours (--store PATH).");
        }
    }

    private static bool IsRegular(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            return true;
        }

        // statx has one layout on every Linux architecture (struct stat does not); its mode sits at byte 28.
        var buffer = new byte[256];
        return Statx(AtCurrentDirectory, path, 0, TypeMask, buffer) != 0
            || (BitConverter.ToUInt16(buffer, ModeOffset) & FileTypeBits) == RegularFile;
    }

    [LibraryImport("libc", EntryPoint = "statx", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Statx(int directory, string path, int flags, uint mask, [Out] byte[] buffer);
}
