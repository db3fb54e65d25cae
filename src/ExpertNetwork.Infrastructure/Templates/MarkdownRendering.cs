using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ExpertNetwork.Infrastructure.Templates;

/// <summary>
/// Turns the Markdown a template produced into email HTML (inside an inline-styled, email-safe wrapper) and plain text.
/// Raw HTML is never emitted (<c>DisableHtml</c>) and links other than http, https, mailto and relative ones are dropped.
/// </summary>
public static partial class MarkdownRendering
{
    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .DisableHtml()
        .Build();

    /// <summary>
    /// Parses Markdown with the template pipeline. Links, images and autolinks whose target is not http, https, mailto or
    /// a relative path are replaced by their text, so a <c>javascript:</c> target never becomes a live link.
    /// </summary>
    public static MarkdownDocument Parse(string markdown)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        foreach (var link in document.Descendants<LinkInline>().Where(l => !IsSafeUrl(l.Url)).ToList())
        {
            var label = new StringBuilder();
            AppendInlines(label, link);
            link.ReplaceBy(new LiteralInline(label.ToString()), copyChildren: false);
        }

        foreach (var autolink in document.Descendants<AutolinkInline>().Where(l => !IsSafeUrl(l.Url)).ToList())
        {
            autolink.ReplaceBy(new LiteralInline(autolink.Url));
        }

        return document;
    }

    public static bool IsSafeUrl(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return true;
        }

        var trimmed = url.Trim();
        if (trimmed.StartsWith('/') || trimmed.StartsWith('#'))
        {
            return !trimmed.StartsWith("//", StringComparison.Ordinal);
        }

        return Uri.TryCreate(trimmed, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeMailto);
    }

    /// <summary>
    /// The HTML fragment for <paramref name="markdown"/> as a web page shows it: no inline styles (the page's stylesheet
    /// applies), headings moved down <paramref name="headingOffset"/> levels to sit under the page's own heading.
    /// </summary>
    public static string ToPageHtml(string markdown, int headingOffset = 0)
    {
        var document = Parse(markdown);
        foreach (var heading in document.Descendants<Markdig.Syntax.HeadingBlock>())
            heading.Level = Math.Clamp(heading.Level + headingOffset, 1, 6);
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }

    /// <summary>The HTML fragment for <paramref name="markdown"/>, with inline styles for email clients.</summary>
    public static string ToHtmlFragment(string markdown)
    {
        var document = Parse(markdown);
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return AddInlineStyles(writer.ToString());
    }

    /// <summary>The HTML for <paramref name="markdown"/> with no inline styles, to show inside a page that styles it (a preview).</summary>
    public static string ToPageHtml(string markdown)
    {
        var document = Parse(markdown);
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }

    /// <summary>A complete HTML email: a centred 600px card with inline styles only (no external CSS, no scripts).</summary>
    public static string ToEmailHtml(string subject, string markdown)
    {
        var body = ToHtmlFragment(markdown);
        var title = WebUtility.HtmlEncode(subject);
        return $"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{title}</title>
            </head>
            <body style="margin:0;padding:0;background-color:#f4f5f7;">
            <table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:#f4f5f7;">
            <tr><td align="center" style="padding:24px 12px;">
            <table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="max-width:600px;background-color:#ffffff;border:1px solid #e1e4e8;border-radius:6px;">
            <tr><td style="padding:28px 32px;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.55;color:#1f2328;">
            {body}
            </td></tr>
            </table>
            </td></tr>
            </table>
            </body>
            </html>
            """;
    }

    private static string AddInlineStyles(string html)
    {
        html = html.Replace("<a href=", "<a style=\"color:#0b5cad;font-weight:bold;\" href=", StringComparison.Ordinal);
        html = html.Replace("<table>", "<table cellpadding=\"0\" cellspacing=\"0\" style=\"border-collapse:collapse;width:100%;margin:12px 0;\">", StringComparison.Ordinal);
        html = html.Replace("<h1>", "<h1 style=\"font-size:20px;margin:0 0 16px;\">", StringComparison.Ordinal);
        html = html.Replace("<h2>", "<h2 style=\"font-size:17px;margin:20px 0 8px;\">", StringComparison.Ordinal);
        html = html.Replace("<h3>", "<h3 style=\"font-size:15px;margin:16px 0 8px;\">", StringComparison.Ordinal);
        html = html.Replace("<p>", "<p style=\"margin:0 0 14px;\">", StringComparison.Ordinal);
        return CellRegex().Replace(html, m =>
        {
            var tag = m.Groups["tag"].Value;
            var existing = m.Groups["style"].Success ? m.Groups["style"].Value : string.Empty;
            var baseStyle = tag == "th"
                ? "border-bottom:2px solid #d0d7de;padding:6px 8px;text-align:left;"
                : "border-bottom:1px solid #e1e4e8;padding:6px 8px;";
            return $"<{tag} style=\"{baseStyle}{existing}\">";
        });
    }

    /// <summary>Plain text for the text/plain part: Markdown markup removed, links shown as "label (url)".</summary>
    public static string ToPlainText(string markdown)
    {
        var document = Parse(markdown);
        var builder = new StringBuilder();
        foreach (var block in document)
        {
            WriteBlock(builder, block, string.Empty);
        }

        return builder.ToString().TrimEnd() + "\n";
    }

    private static void WriteBlock(StringBuilder builder, Block block, string indent)
    {
        switch (block)
        {
            case HeadingBlock heading:
                var text = InlineText(heading.Inline);
                builder.Append(indent).Append(text).Append('\n');
                if (heading.Level <= 2)
                {
                    builder.Append(indent).Append(new string(heading.Level == 1 ? '=' : '-', Math.Max(3, text.Length))).Append('\n');
                }

                builder.Append('\n');
                break;
            case ParagraphBlock paragraph:
                foreach (var line in InlineText(paragraph.Inline).Split('\n'))
                {
                    builder.Append(indent).Append(line).Append('\n');
                }

                builder.Append('\n');
                break;
            case ListBlock list:
                var number = int.TryParse(list.OrderedStart, out var start) ? start : 1;
                foreach (var item in list.OfType<ListItemBlock>())
                {
                    var bullet = list.IsOrdered ? $"{number++}. " : "- ";
                    var itemText = new StringBuilder();
                    foreach (var child in item)
                    {
                        WriteBlock(itemText, child, string.Empty);
                    }

                    var lines = itemText.ToString().TrimEnd().Split('\n');
                    builder.Append(indent).Append(bullet).Append(lines[0]).Append('\n');
                    foreach (var line in lines.Skip(1))
                    {
                        builder.Append(indent).Append(new string(' ', bullet.Length)).Append(line).Append('\n');
                    }
                }

                builder.Append('\n');
                break;
            case Table table:
                foreach (var row in table.OfType<TableRow>())
                {
                    var cells = row.OfType<TableCell>()
                        .Select(cell => string.Join(" ", cell.OfType<ParagraphBlock>().Select(p => InlineText(p.Inline))));
                    builder.Append(indent).Append(string.Join(" | ", cells)).Append('\n');
                }

                builder.Append('\n');
                break;
            case ThematicBreakBlock:
                builder.Append(indent).Append("----------------------------------------\n\n");
                break;
            case QuoteBlock quote:
                foreach (var child in quote)
                {
                    WriteBlock(builder, child, indent + "> ");
                }

                break;
            case LeafBlock { Lines.Count: > 0 } leaf:
                foreach (var line in leaf.Lines.ToString().Split('\n'))
                {
                    builder.Append(indent).Append(line.TrimEnd('\r')).Append('\n');
                }

                builder.Append('\n');
                break;
            case ContainerBlock container:
                foreach (var child in container)
                {
                    WriteBlock(builder, child, indent);
                }

                break;
            default:
                break;
        }
    }

    private static string InlineText(ContainerInline? container)
    {
        var builder = new StringBuilder();
        if (container is not null)
        {
            AppendInlines(builder, container);
        }

        return builder.ToString().Trim();
    }

    private static void AppendInlines(StringBuilder builder, ContainerInline container)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LinkInline { IsImage: true } image:
                    var alt = new StringBuilder();
                    AppendInlines(alt, image);
                    builder.Append(alt);
                    break;
                case LinkInline link:
                    var label = new StringBuilder();
                    AppendInlines(label, link);
                    var url = link.Url ?? string.Empty;
                    builder.Append(label);
                    if (url.Length > 0 && !string.Equals(label.ToString(), url, StringComparison.Ordinal))
                    {
                        builder.Append(label.Length > 0 ? " (" : "(").Append(url).Append(')');
                    }

                    break;
                case AutolinkInline autolink:
                    builder.Append(autolink.Url);
                    break;
                case LiteralInline literal:
                    builder.Append(literal.Content.ToString());
                    break;
                case CodeInline code:
                    builder.Append(code.Content);
                    break;
                case HtmlEntityInline entity:
                    builder.Append(entity.Transcoded.ToString());
                    break;
                case LineBreakInline lineBreak:
                    builder.Append(lineBreak.IsHard ? "\n" : " ");
                    break;
                case ContainerInline nested:
                    AppendInlines(builder, nested);
                    break;
                case HtmlInline html:
                    builder.Append(html.Tag);
                    break;
                default:
                    break;
            }
        }
    }

    [GeneratedRegex("<(?<tag>td|th)(?: style=\"(?<style>[^\"]*)\")?>")]
    private static partial Regex CellRegex();
}
