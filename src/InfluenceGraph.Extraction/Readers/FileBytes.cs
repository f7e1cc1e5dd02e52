using System.Text;
using InfluenceGraph.Core;

namespace InfluenceGraph.Extraction.Readers;

/// <summary>The checks every reader makes before trusting a file's bytes.</summary>
internal static class FileBytes
{
    /// <summary>Larger than any article or single email; a file past this is almost surely not one.</summary>
    public const long MaxDocumentBytes = 16 * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static byte[] ReadDocument(string path, long limit = MaxDocumentBytes)
    {
        var info = new FileInfo(path);
        if (!info.Exists) throw new UnreadableDocumentException(path, "no such file");
        if (info.Length == 0) throw new UnreadableDocumentException(path, "the file is empty");
        if (info.Length > limit)
        {
            throw new UnreadableDocumentException(path, $"the file is {info.Length / 1024.0 / 1024.0:0.0} MB, larger than the {limit / 1024 / 1024} MB a single document may be");
        }
        return File.ReadAllBytes(path);
    }

    public static string DecodeText(string path, byte[] bytes)
    {
        if (LooksBinary(bytes)) throw new UnreadableDocumentException(path, "the file holds binary data, not text");
        try
        {
            var text = StrictUtf8.GetString(bytes);
            return text.TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException ex)
        {
            throw new UnreadableDocumentException(path, $"the file is not valid UTF-8 (bad byte at offset {ex.Index}); save it as UTF-8 and ingest it again", ex);
        }
    }

    /// <summary>NUL bytes or many control characters in the first few kilobytes mean binary data.</summary>
    public static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, 8192)];
        var control = 0;
        foreach (var b in sample)
        {
            if (b == 0) return true;
            if (b < 0x20 && b is not (byte)'\n' and not (byte)'\r' and not (byte)'\t' and not 0x0C) control++;
        }
        return control > sample.Length / 20;
    }

    /// <summary>Line endings as \n, so character spans mean the same on every machine.</summary>
    public static string NormaliseNewlines(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
}
