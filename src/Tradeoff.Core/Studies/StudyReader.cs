namespace Tradeoff.Core.Studies;

/// <summary>
/// Reads study files (YAML). The whole file is checked in one pass and every problem is reported at once,
/// each with its line and column, in a <see cref="StudyException"/>. The YAML is read into YamlDotNet's
/// representation model only: no type is ever instantiated from the file's content or tags.
/// </summary>
public static class StudyReader
{
    /// <summary>Reads and checks the study file at <paramref name="path"/>.</summary>
    /// <exception cref="InputException">The file cannot be read.</exception>
    /// <exception cref="StudyException">The study has problems; all of them are listed.</exception>
    public static Study Read(string path, StudyValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Directory.Exists(path))
        {
            throw new FileFormatException(path, null, null, "is a folder, not a study file");
        }

        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new FileFormatException(path, null, null, "no such study file");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new FileFormatException(path, null, null, "cannot be read: " + e.Message);
        }

        return Parse(text, path, context);
    }

    /// <summary>
    /// Checks the study in <paramref name="yamlText"/>. Problems name <paramref name="fileName"/>, and
    /// <see cref="Study.File"/> is its full path (relative names are taken from the current directory).
    /// </summary>
    /// <exception cref="StudyException">The study has problems; all of them are listed.</exception>
    public static Study Parse(string yamlText, string fileName, StudyValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(yamlText);
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(context);
        return new StudyParser(fileName, context).Parse(yamlText);
    }
}
