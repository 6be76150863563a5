using System.Text;

namespace Tradeoff.Core.Tests.Data;

/// <summary>A fresh folder for one test's files, deleted afterwards.</summary>
internal sealed class TempFiles : IDisposable
{
    public TempFiles()
    {
        Folder = Directory.CreateTempSubdirectory("tradeoff-load-").FullName;
    }

    public string Folder { get; }

    public string Write(string name, string text) => Write(name, new UTF8Encoding(false).GetBytes(text));

    public string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(Folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
