using System.Buffers.Binary;
using System.Numerics;

namespace ExpertNetwork.Infrastructure.Documents;

/// <summary>
/// Cuts a TrueType font down to the glyphs one document draws. SkiaSharp's PDF backend embeds (and
/// deflates) the whole font file of every face a document uses, so without this each face costs its
/// full size in bytes and compression time. Glyph ids, the character map and the metrics stay as
/// they are; only the outlines of unused glyphs are emptied (glyf and loca are rewritten), which keeps
/// the text extractable and the layout identical. Fonts other than single TrueType (glyf) fonts are
/// returned as null and embedded whole.
/// </summary>
internal static class TrueTypeSubsetter
{
    private const uint TrueTypeVersion = 0x00010000;
    private const uint AppleTrueType = 0x74727565; // 'true'
    private const uint ChecksumMagic = 0xB1B0AFBA;
    private const uint PostVersion3 = 0x00030000;
    private const int PostHeaderLength = 32;

    // Composite glyph flags (OpenType glyf table).
    private const ushort ArgsAreWords = 0x0001;
    private const ushort HaveScale = 0x0008;
    private const ushort MoreComponents = 0x0020;
    private const ushort HaveXYScale = 0x0040;
    private const ushort HaveTwoByTwo = 0x0080;

    // Shaping and signature tables: Skia draws glyph by glyph and PDF viewers do not shape embedded
    // fonts, so these are dead weight (a system font's GPOS alone can be larger than its outlines).
    private static readonly HashSet<uint> Dropped = new[] { "GSUB", "GPOS", "GDEF", "BASE", "JSTF", "MATH", "kern", "morx", "mort", "feat", "DSIG" }
        .Select(Tag).ToHashSet();

    /// <summary>The font with only the given glyphs (and .notdef and their components) kept, or null if it cannot be cut.</summary>
    public static byte[]? Subset(ReadOnlySpan<byte> font, IEnumerable<ushort> glyphs)
    {
        ArgumentNullException.ThrowIfNull(glyphs);
        try
        {
            return SubsetCore(font, glyphs);
        }
        catch (ArgumentOutOfRangeException)
        {
            // A malformed or unexpected table layout: embedding the whole font is still correct.
            return null;
        }
    }

    private static byte[]? SubsetCore(ReadOnlySpan<byte> font, IEnumerable<ushort> glyphs)
    {
        if (font.Length < 12)
        {
            return null;
        }

        var version = BinaryPrimitives.ReadUInt32BigEndian(font);
        if (version is not TrueTypeVersion and not AppleTrueType)
        {
            return null;
        }

        var tableCount = BinaryPrimitives.ReadUInt16BigEndian(font[4..]);
        var tables = new List<Table>(tableCount);
        for (var i = 0; i < tableCount; i++)
        {
            var entry = font.Slice(12 + (16 * i), 16);
            tables.Add(new Table(
                BinaryPrimitives.ReadUInt32BigEndian(entry),
                (int)BinaryPrimitives.ReadUInt32BigEndian(entry[8..]),
                (int)BinaryPrimitives.ReadUInt32BigEndian(entry[12..])));
        }

        var head = tables.Find(t => t.Tag == Tag("head"));
        var maxp = tables.Find(t => t.Tag == Tag("maxp"));
        var loca = tables.Find(t => t.Tag == Tag("loca"));
        var glyf = tables.Find(t => t.Tag == Tag("glyf"));
        if (head is null || maxp is null || loca is null || glyf is null)
        {
            return null;
        }

        var longOffsets = BinaryPrimitives.ReadInt16BigEndian(font.Slice(head.Offset + 50, 2)) == 1;
        var glyphCount = BinaryPrimitives.ReadUInt16BigEndian(font.Slice(maxp.Offset + 4, 2));
        var locaData = font.Slice(loca.Offset, loca.Length);
        var glyfData = font.Slice(glyf.Offset, glyf.Length);
        var offsets = new int[glyphCount + 1];
        for (var g = 0; g <= glyphCount; g++)
        {
            offsets[g] = longOffsets
                ? (int)BinaryPrimitives.ReadUInt32BigEndian(locaData[(4 * g)..])
                : BinaryPrimitives.ReadUInt16BigEndian(locaData[(2 * g)..]) * 2;
        }

        var keep = new bool[glyphCount];
        var pending = new Stack<int>();
        pending.Push(0);
        foreach (var glyph in glyphs)
        {
            pending.Push(glyph);
        }

        while (pending.Count > 0)
        {
            var g = pending.Pop();
            if (g >= glyphCount || keep[g])
            {
                continue;
            }

            keep[g] = true;
            foreach (var component in Components(glyfData[offsets[g]..offsets[g + 1]]))
            {
                pending.Push(component);
            }
        }

        // The new glyf keeps every glyph id; unused ones become empty (zero-length) entries.
        var newGlyf = new MemoryStream(glyf.Length);
        var newOffsets = new int[glyphCount + 1];
        for (var g = 0; g < glyphCount; g++)
        {
            newOffsets[g] = (int)newGlyf.Length;
            if (keep[g])
            {
                newGlyf.Write(glyfData[offsets[g]..offsets[g + 1]]);
                if (newGlyf.Length % 2 != 0)
                {
                    newGlyf.WriteByte(0);
                }
            }
        }

        newOffsets[glyphCount] = (int)newGlyf.Length;
        var newLoca = new byte[(glyphCount + 1) * (longOffsets ? 4 : 2)];
        for (var g = 0; g <= glyphCount; g++)
        {
            if (longOffsets)
            {
                BinaryPrimitives.WriteUInt32BigEndian(newLoca.AsSpan(4 * g), (uint)newOffsets[g]);
            }
            else
            {
                BinaryPrimitives.WriteUInt16BigEndian(newLoca.AsSpan(2 * g), (ushort)(newOffsets[g] / 2));
            }
        }

        var replaced = new Dictionary<uint, byte[]>
        {
            [glyf.Tag] = newGlyf.ToArray(),
            [loca.Tag] = newLoca,
        };
        if (tables.Find(t => t.Tag == Tag("post")) is { Length: >= PostHeaderLength } post)
        {
            // Version 3 of the post table: the same header without glyph names, which a PDF does not use.
            var header = font.Slice(post.Offset, PostHeaderLength).ToArray();
            BinaryPrimitives.WriteUInt32BigEndian(header, PostVersion3);
            replaced[post.Tag] = header;
        }
        return Assemble(font, version, tables.FindAll(t => !Dropped.Contains(t.Tag)), replaced, head.Tag);
    }

    /// <summary>The component glyph ids of a composite glyph; none for a simple or empty one.</summary>
    private static List<int> Components(ReadOnlySpan<byte> glyph)
    {
        var components = new List<int>();
        if (glyph.Length < 10 || BinaryPrimitives.ReadInt16BigEndian(glyph) >= 0)
        {
            return components;
        }

        var at = 10;
        ushort flags;
        do
        {
            flags = BinaryPrimitives.ReadUInt16BigEndian(glyph[at..]);
            components.Add(BinaryPrimitives.ReadUInt16BigEndian(glyph[(at + 2)..]));
            at += 4 + ((flags & ArgsAreWords) != 0 ? 4 : 2);
            if ((flags & HaveScale) != 0)
            {
                at += 2;
            }
            else if ((flags & HaveXYScale) != 0)
            {
                at += 4;
            }
            else if ((flags & HaveTwoByTwo) != 0)
            {
                at += 8;
            }
        }
        while ((flags & MoreComponents) != 0 && at + 4 <= glyph.Length);

        return components;
    }

    private static byte[] Assemble(ReadOnlySpan<byte> font, uint version, List<Table> tables, Dictionary<uint, byte[]> replaced, uint headTag)
    {
        var headerLength = 12 + (16 * tables.Count);
        var length = headerLength + tables.Sum(t => Align(replaced.TryGetValue(t.Tag, out var data) ? data.Length : t.Length));
        var output = new byte[length];
        var searchRange = 16 * (int)BitOperations.RoundUpToPowerOf2((uint)tables.Count + 1) / 2;
        BinaryPrimitives.WriteUInt32BigEndian(output, version);
        BinaryPrimitives.WriteUInt16BigEndian(output.AsSpan(4), (ushort)tables.Count);
        BinaryPrimitives.WriteUInt16BigEndian(output.AsSpan(6), (ushort)searchRange);
        BinaryPrimitives.WriteUInt16BigEndian(output.AsSpan(8), (ushort)BitOperations.Log2((uint)searchRange / 16));
        BinaryPrimitives.WriteUInt16BigEndian(output.AsSpan(10), (ushort)((16 * tables.Count) - searchRange));

        var at = headerLength;
        var headOffset = -1;
        for (var i = 0; i < tables.Count; i++)
        {
            var table = tables[i];
            ReadOnlySpan<byte> data = replaced.TryGetValue(table.Tag, out var replacement) ? replacement : font.Slice(table.Offset, table.Length);
            data.CopyTo(output.AsSpan(at));
            if (table.Tag == headTag)
            {
                headOffset = at;
                BinaryPrimitives.WriteUInt32BigEndian(output.AsSpan(at + 8), 0);
            }

            var entry = output.AsSpan(12 + (16 * i), 16);
            BinaryPrimitives.WriteUInt32BigEndian(entry, table.Tag);
            BinaryPrimitives.WriteUInt32BigEndian(entry[4..], Checksum(output.AsSpan(at, Align(data.Length))));
            BinaryPrimitives.WriteUInt32BigEndian(entry[8..], (uint)at);
            BinaryPrimitives.WriteUInt32BigEndian(entry[12..], (uint)data.Length);
            at += Align(data.Length);
        }

        if (headOffset >= 0)
        {
            BinaryPrimitives.WriteUInt32BigEndian(output.AsSpan(headOffset + 8), ChecksumMagic - Checksum(output));
        }

        return output;
    }

    private static uint Checksum(ReadOnlySpan<byte> data)
    {
        uint sum = 0;
        for (var i = 0; i + 4 <= data.Length; i += 4)
        {
            sum += BinaryPrimitives.ReadUInt32BigEndian(data[i..]);
        }

        return sum;
    }

    private static int Align(int length) => (length + 3) & ~3;

    private static uint Tag(string tag) => ((uint)tag[0] << 24) | ((uint)tag[1] << 16) | ((uint)tag[2] << 8) | tag[3];

    private sealed record Table(uint Tag, int Offset, int Length);
}
