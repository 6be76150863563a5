namespace Tradeoff.Reporting.ModelCards;

/// <summary>One block of a model card section, rendered alike to Markdown and HTML.</summary>
public abstract record CardBlock
{
    private protected CardBlock()
    {
    }
}

/// <summary>A paragraph of plain text.</summary>
/// <param name="Text">The text (from data: renderers escape it).</param>
public sealed record CardParagraph(string Text) : CardBlock;

/// <summary>A bulleted list.</summary>
/// <param name="Items">One line per bullet.</param>
public sealed record CardBullets(IReadOnlyList<string> Items) : CardBlock;

/// <summary>A table.</summary>
/// <param name="Header">Column titles.</param>
/// <param name="Rows">Rows of cells.</param>
public sealed record CardTable(IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows) : CardBlock;

/// <summary>A titled section of the card.</summary>
/// <param name="Title">The section title (Mitchell et al. 2019).</param>
/// <param name="Blocks">Its content.</param>
public sealed record CardSection(string Title, IReadOnlyList<CardBlock> Blocks);

/// <summary>A code sample, shown verbatim.</summary>
/// <param name="Language">The language's fence name (csharp, python, sh).</param>
/// <param name="Code">The code, lines separated by newlines.</param>
public sealed record CardCode(string Language, string Code) : CardBlock;
