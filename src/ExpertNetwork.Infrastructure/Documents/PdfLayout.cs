using SkiaSharp;

namespace ExpertNetwork.Infrastructure.Documents;

/// <summary>Something to draw, positioned relative to the top of its fragment (or page, once placed).</summary>
internal abstract record DrawOp
{
    public abstract DrawOp Shift(float dy);
}

internal sealed record TextOp(float X, float Y, string Text, SKTypeface Typeface, bool Slant, float Size, SKColor Color) : DrawOp
{
    public override DrawOp Shift(float dy) => this with { Y = Y + dy };
}

internal sealed record LineOp(float X1, float Y1, float X2, float Y2, float Width, SKColor Color) : DrawOp
{
    public override DrawOp Shift(float dy) => this with { Y1 = Y1 + dy, Y2 = Y2 + dy };
}

internal sealed record FillOp(float X, float Y, float Width, float Height, SKColor Color) : DrawOp
{
    public override DrawOp Shift(float dy) => this with { Y = Y + dy };
}

/// <summary>
/// An unbreakable horizontal slice of the flow: a line of text, a table row, a keep-together group.
/// </summary>
internal sealed class Fragment
{
    public float Height { get; set; }

    public List<DrawOp> Ops { get; } = [];

    /// <summary>Placed first when this fragment starts a new page (a table's header row).</summary>
    public Fragment? RepeatHeader { get; init; }

    /// <summary>Moves to the next page together with the fragment after it (headings, table header rows).</summary>
    public bool KeepWithNext { get; set; }

    /// <summary>Space that is dropped at the top of a page.</summary>
    public bool Discardable { get; init; }

    public bool PageBreak { get; init; }

    public static Fragment Space(float height) => new() { Height = height, Discardable = true };
}

/// <summary>A piece of a wrapped line in one style.</summary>
internal readonly record struct LinePiece(float X, string Text, TextStyle Style);

internal sealed record TextLine(IReadOnlyList<LinePiece> Pieces, float Width);
