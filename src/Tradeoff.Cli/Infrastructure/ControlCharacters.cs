using System.Text;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Tradeoff.Cli.Infrastructure;

/// <summary>
/// Keeps the data's control characters from reaching the terminal: a column name or a value holding an escape
/// sequence would otherwise retitle, recolour or clear the user's terminal when explained or listed. A render hook on
/// every console of the command line replaces each C0 and C1 control character (tab and line breaks aside) and DEL in
/// the text it renders by its visible picture (U+2400 + code: ESC becomes ␛); the console's own control codes (cursor
/// movement of the live progress) are segments of their own and pass untouched. Markup.Escape does not do this: it
/// escapes Spectre's brackets, not the terminal's escape sequences.
/// </summary>
internal sealed class ControlCharacters : IRenderHook
{
    /// <summary>Attaches the hook to <paramref name="console"/>.</summary>
    public static void Neutralize(IAnsiConsole console) => console.Pipeline.Attach(new ControlCharacters());

    public IEnumerable<IRenderable> Process(RenderOptions options, IEnumerable<IRenderable> renderables) =>
        renderables.Select(r => (IRenderable)new Neutralized(r));

    /// <summary><paramref name="text"/> with every control character but tab and line breaks replaced by its picture.</summary>
    public static string Visible(string text)
    {
        if (!text.Any(IsControl))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(!IsControl(c) ? c : c == '\u007F' ? '\u2421' : c < ' ' ? (char)('\u2400' + c) : '\uFFFD');
        }

        return builder.ToString();
    }

    private static bool IsControl(char c) => c is not ('\t' or '\n' or '\r') && (c < ' ' || c is >= '\u007F' and <= '\u009F');

    private sealed class Neutralized(IRenderable inner) : IRenderable
    {
        public Spectre.Console.Rendering.Measurement Measure(RenderOptions options, int maxWidth) => inner.Measure(options, maxWidth);

        public IEnumerable<Segment> Render(RenderOptions options, int maxWidth) =>
            inner.Render(options, maxWidth).Select(s => s.IsControlCode || s.IsLineBreak ? s : new Segment(Visible(s.Text), s.Style, s.Link));
    }
}
