using System.Security.Cryptography;
using System.Text;

namespace Tradeoff.Core;

/// <summary>SHA-256 in lower-case hex: the data hashes of the environment, the study hash that keys resume and caching, the environment fingerprint.</summary>
public static class ContentHash
{
    /// <summary>The hash of <paramref name="text"/> as UTF-8 (a study file's text, or the options of an ad hoc run).</summary>
    public static string OfText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>The hash of the file at <paramref name="path"/>, read as a stream so a large data set costs no memory.</summary>
    public static string OfFile(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
