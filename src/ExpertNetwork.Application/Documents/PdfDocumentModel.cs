namespace ExpertNetwork.Application.Documents;

/// <summary>Page size in PDF points (1/72 inch).</summary>
public sealed record PageSize(float Width, float Height)
{
    public static PageSize A4 { get; } = new(595.28f, 841.89f);

    public static PageSize Letter { get; } = new(612f, 792f);
}

/// <summary>Page margins in PDF points.</summary>
public sealed record PageMargins(float Top, float Right, float Bottom, float Left)
{
    /// <summary>20 mm on every side.</summary>
    public static PageMargins Default { get; } = new(56.7f, 56.7f, 56.7f, 56.7f);
}

/// <summary>
/// A document to render as PDF: page setup, page header and footer, and a flow of blocks.
/// Pure data; the renderer behind <see cref="IPdfRenderer"/> does the layout.
/// </summary>
public sealed record PdfDocumentModel
{
    public required string Title { get; init; }

    /// <summary>Written into the PDF metadata; supplied by the caller so output is deterministic.</summary>
    public required DateTimeOffset CreationDate { get; init; }

    public string? Author { get; init; }

    public PageSize PageSize { get; init; } = PageSize.A4;

    public PageMargins Margins { get; init; } = PageMargins.Default;

    /// <summary>Text at the top of every page (right of the logo, if any).</summary>
    public string? HeaderText { get; init; }

    /// <summary>Text at the bottom left of every page.</summary>
    public string? FooterText { get; init; }

    /// <summary>Bottom right of every page; {0} is the page number, {1} the page count. Null hides it.</summary>
    public string? PageNumberFormat { get; init; } = "Page {0} of {1}";

    /// <summary>An optional logo (PNG or JPEG bytes) drawn at the left of the page header.</summary>
    public ReadOnlyMemory<byte>? Logo { get; init; }

    public IReadOnlyList<DocumentBlock> Blocks { get; init; } = [];
}

/// <summary>A piece of text with its emphasis.</summary>
public sealed record TextRun(string Text, bool Bold = false, bool Italic = false)
{
    public static implicit operator TextRun(string text) => new(text);

    public static TextRun FromString(string text) => new(text);
}

public enum ColumnAlignment
{
    Left,
    Right,
}

/// <summary>A table column: header text, relative width and alignment of its cells.</summary>
public sealed record TableColumn(string Header, float Weight = 1f, ColumnAlignment Alignment = ColumnAlignment.Left);

/// <summary>The blocks of a document's flow.</summary>
public abstract record DocumentBlock;

public sealed record HeadingBlock(int Level, string Text) : DocumentBlock;

public sealed record ParagraphBlock(IReadOnlyList<TextRun> Runs) : DocumentBlock
{
    public ParagraphBlock(string text)
        : this([new TextRun(text)])
    {
    }
}

public sealed record BulletListBlock(IReadOnlyList<IReadOnlyList<TextRun>> Items) : DocumentBlock;

public sealed record NumberedListBlock(IReadOnlyList<IReadOnlyList<TextRun>> Items, int Start = 1) : DocumentBlock;

/// <summary>A table; its header row is repeated on every page it spans. Each row has one cell (runs) per column.</summary>
public sealed record TableBlock(IReadOnlyList<TableColumn> Columns, IReadOnlyList<IReadOnlyList<IReadOnlyList<TextRun>>> Rows) : DocumentBlock
{
    /// <summary>A table of plain-text cells.</summary>
    public static TableBlock FromText(IReadOnlyList<TableColumn> columns, IEnumerable<IReadOnlyList<string>> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return new TableBlock(
            columns,
            rows.Select(r => (IReadOnlyList<IReadOnlyList<TextRun>>)r.Select(c => (IReadOnlyList<TextRun>)[new TextRun(c)]).ToList()).ToList());
    }
}

/// <summary>Blocks that are moved whole to the next page when they do not fit (totals, a signature block).</summary>
public sealed record KeepTogetherBlock(IReadOnlyList<DocumentBlock> Blocks) : DocumentBlock;

/// <summary>Vertical space in PDF points.</summary>
public sealed record SpacerBlock(float Height) : DocumentBlock;

public sealed record PageBreakBlock : DocumentBlock;
