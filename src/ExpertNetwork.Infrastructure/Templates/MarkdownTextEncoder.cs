using System.Text;
using HandlebarsDotNet;

namespace ExpertNetwork.Infrastructure.Templates;

/// <summary>
/// Encoder for values written by <c>{{ }}</c> into a Markdown template. Every character that could start Markdown
/// syntax (emphasis, links, images, headings, lists, tables, code, raw HTML, entities) is backslash-escaped, so a value
/// is always literal text once Markdig parses it; Markdig then HTML-encodes that text. Line breaks become spaces so a
/// value cannot start a new block.
/// </summary>
public sealed class MarkdownTextEncoder : ITextEncoder
{
    public void Encode(StringBuilder? text, TextWriter target) => Encode(text?.ToString(), target);

    public void Encode(string? text, TextWriter target)
    {
        ArgumentNullException.ThrowIfNull(target);
        target.Write(Escape(text));
    }

    public void Encode<T>(T? text, TextWriter target)
        where T : IEnumerator<char>
    {
        var builder = new StringBuilder();
        while (text is not null && text.MoveNext())
        {
            builder.Append(text.Current);
        }

        Encode(builder.ToString(), target);
    }

    /// <summary>Escapes <paramref name="value"/> so that Markdown renders it as literal text.</summary>
    public static string Escape(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(value.Length + 8);
        var onlyDigitsSoFar = true;
        foreach (var c in value)
        {
            switch (c)
            {
                case '\r' or '\n' or '\t' or '\f' or '\v' or '\u2028' or '\u2029':
                    builder.Append(' ');
                    onlyDigitsSoFar = false;
                    continue;
                case '\\' or '`' or '*' or '_' or '{' or '}' or '[' or ']' or '(' or ')' or '<' or '>' or '#' or '+'
                    or '-' or '!' or '|' or '~' or '&' or '=' or '^' or '"':
                    builder.Append('\\').Append(c);
                    break;
                case '.' when onlyDigitsSoFar && builder.Length > 0:
                    // "1." at the start of a line would begin an ordered list.
                    builder.Append("\\.");
                    break;
                default:
                    if (!char.IsControl(c))
                    {
                        builder.Append(c);
                    }

                    break;
            }

            onlyDigitsSoFar = onlyDigitsSoFar && char.IsAsciiDigit(c);
        }

        return builder.ToString();
    }
}

/// <summary>Encoder for one-line plain text such as an email subject: no escaping, line breaks and control characters removed.</summary>
public sealed class SingleLineTextEncoder : ITextEncoder
{
    public void Encode(StringBuilder? text, TextWriter target) => Encode(text?.ToString(), target);

    public void Encode(string? text, TextWriter target)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        foreach (var c in text)
        {
            target.Write(char.IsControl(c) || c is '\u2028' or '\u2029' ? ' ' : c);
        }
    }

    public void Encode<T>(T? text, TextWriter target)
        where T : IEnumerator<char>
    {
        var builder = new StringBuilder();
        while (text is not null && text.MoveNext())
        {
            builder.Append(text.Current);
        }

        Encode(builder.ToString(), target);
    }
}
