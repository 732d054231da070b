using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace LineFlex.Cli.Commands;

/// <summary>
/// Cuts the empty page below the content off a screenshot: Chromium's headless screenshot is as tall as its window,
/// so the rows at the bottom that are all the page's background are dropped, keeping a margin. Reads and writes the
/// PNGs Chromium writes (8-bit RGB or RGBA, not interlaced); any other PNG is left as it is.
/// </summary>
internal static class PngTrim
{
    private static readonly byte[] Signature = [137, 80, 78, 71, 13, 10, 26, 10];

    /// <summary>Trims <paramref name="path"/> in place; true when it was trimmed.</summary>
    public static bool TrimBottom(string path, int margin)
    {
        var png = File.ReadAllBytes(path);
        if (!png.AsSpan().StartsWith(Signature))
        {
            return false;
        }

        int width = 0, height = 0, channels = 0;
        using var compressed = new MemoryStream();
        for (var at = Signature.Length; at + 12 <= png.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
            var type = Encoding.ASCII.GetString(png, at + 4, 4);
            var data = png.AsSpan(at + 8, length);
            if (type == "IHDR")
            {
                width = BinaryPrimitives.ReadInt32BigEndian(data);
                height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                channels = (data[8], data[9], data[12]) switch { (8, 2, 0) => 3, (8, 6, 0) => 4, _ => 0 };
            }
            else if (type == "IDAT")
            {
                compressed.Write(data);
            }

            at += 12 + length;
        }

        if (channels == 0 || width == 0 || height == 0)
        {
            return false;
        }

        var stride = width * channels;
        var rows = Unfilter(Inflate(compressed.ToArray()), stride, height, channels);
        var last = height - 1;
        var background = rows.AsSpan(last * stride, stride).ToArray();
        while (last > 0 && rows.AsSpan(last * stride, stride).SequenceEqual(background))
        {
            last--;
        }

        var kept = Math.Min(height, last + 1 + margin);
        if (kept >= height)
        {
            return false;
        }

        File.WriteAllBytes(path, Encode(rows, width, kept, stride, png[Signature.Length + 8 + 9]));
        return true;
    }

    private static byte[] Inflate(byte[] zlib)
    {
        using var input = new ZLibStream(new MemoryStream(zlib), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }

    /// <summary>Undoes the five PNG row filters into plain rows of <paramref name="stride"/> bytes.</summary>
    private static byte[] Unfilter(byte[] filtered, int stride, int height, int bpp)
    {
        var rows = new byte[stride * height];
        for (var y = 0; y < height; y++)
        {
            var filter = filtered[y * (stride + 1)];
            var source = filtered.AsSpan(y * (stride + 1) + 1, stride);
            var row = rows.AsSpan(y * stride, stride);
            var above = y == 0 ? default : rows.AsSpan((y - 1) * stride, stride);
            for (var x = 0; x < stride; x++)
            {
                int a = x >= bpp ? row[x - bpp] : 0, b = y > 0 ? above[x] : 0, c = x >= bpp && y > 0 ? above[x - bpp] : 0;
                var predictor = filter switch
                {
                    1 => a,
                    2 => b,
                    3 => (a + b) / 2,
                    4 => Paeth(a, b, c),
                    _ => 0,
                };
                row[x] = (byte)(source[x] + predictor);
            }
        }

        return rows;
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        int pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }

    /// <summary>A PNG of plain rows (no filter), 8 bits per channel.</summary>
    internal static byte[] Encode(byte[] rows, int width, int height, int stride, byte colorType)
    {
        using var png = new MemoryStream();
        png.Write(Signature);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8;
        header[9] = colorType;
        Chunk(png, "IHDR", header);
        using (var idat = new MemoryStream())
        {
            using (var zlib = new ZLibStream(idat, CompressionLevel.Optimal, leaveOpen: true))
            {
                for (var y = 0; y < height; y++)
                {
                    zlib.WriteByte(0);
                    zlib.Write(rows, y * stride, stride);
                }
            }

            Chunk(png, "IDAT", idat.ToArray());
        }

        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(number, data.Length);
        png.Write(number);
        var typed = new byte[4 + data.Length];
        Encoding.ASCII.GetBytes(type, typed);
        data.CopyTo(typed, 4);
        png.Write(typed);
        BinaryPrimitives.WriteUInt32BigEndian(number, Crc32(typed));
        png.Write(number);
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }

        return ~crc;
    }
}
