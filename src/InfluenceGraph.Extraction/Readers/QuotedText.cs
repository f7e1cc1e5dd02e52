using System.Text.RegularExpressions;
using MimeKit;
using MimeKit.Utils;

namespace InfluenceGraph.Extraction.Readers;

/// <summary>A message found inside another: forwarded whole, or quoted under an "On ... wrote:" line.</summary>
internal sealed record EmbeddedMessage(MessageHeader Header, string Body, bool Forwarded);

internal sealed record SplitBody(string NewText, EmbeddedMessage? Embedded);

/// <summary>
/// Separates what the sender wrote from what they quoted or forwarded, in the shapes mail clients
/// write: Gmail's and Apple Mail's forward banners, Outlook's "-----Original Message-----" and
/// header blocks, "On ..., X wrote:" attributions, and bare "&gt;" quotes.
/// </summary>
internal static partial class QuotedText
{
    [GeneratedRegex(@"^[ \t>]*(?:-{2,}\s*(?:Forwarded message|Original Message|Forwarded by.*?)\s*-{2,}|Begin forwarded message:|_{10,})[ \t]*$", RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex ForwardBanner();

    // "On Wed, Jun 6, 2018 at 3:12 PM, Dana Reyes <dana@x.example> wrote:", possibly wrapped over two lines.
    [GeneratedRegex(@"^[ \t]*On\s(?<line>[^\n]{4,200}?(?:\n[^\n]{0,120}?)?)\s*wrote:[ \t]*$", RegexOptions.Multiline)]
    private static partial Regex Attribution();

    [GeneratedRegex(@"^(?<when>.*\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,4}(?=[\s,]))?)[\s,]+(?<who>.+)$", RegexOptions.Singleline)]
    private static partial Regex WhenWithTime();

    [GeneratedRegex(@"^(?<when>.*?\d{4})[\s,]+(?<who>.+)$", RegexOptions.Singleline)]
    private static partial Regex WhenWithYear();

    [GeneratedRegex(@"^[ \t]*\*?From:\*?[ \t]+\S[^\n]*\n(?:[^\n]*\n){0,3}?[ \t]*\*?(?:Sent|Date):\*?[ \t]+", RegexOptions.Multiline)]
    private static partial Regex OutlookHeader();

    [GeneratedRegex(@"^[ \t]*>", RegexOptions.Multiline)]
    private static partial Regex QuoteLine();

    [GeneratedRegex(@"^[ \t]*\*?(?<key>From|Sent|Date|To|Cc|CC|Subject)\*?:\*?[ \t]*(?<value>.*)$")]
    private static partial Regex HeaderField();

    public static SplitBody Split(string body)
    {
        var candidates = new List<(int Index, Func<SplitBody> Make)>();
        if (ForwardBanner().Match(body) is { Success: true } banner)
        {
            candidates.Add((banner.Index, () => FromHeaderBlock(body, banner.Index, banner.Index + banner.Length, forwarded: !banner.Value.Contains("Original", StringComparison.OrdinalIgnoreCase))));
        }
        if (OutlookHeader().Match(body) is { Success: true, Index: > 0 } outlook)
        {
            candidates.Add((outlook.Index, () => FromHeaderBlock(body, outlook.Index, outlook.Index, forwarded: false)));
        }
        var attribution = Attribution().Match(body);
        if (attribution.Success)
        {
            candidates.Add((attribution.Index, () => FromAttribution(body, attribution)));
        }
        if (QuoteLine().Match(body) is { Success: true } quote)
        {
            candidates.Add((quote.Index, () => new SplitBody(body[..quote.Index], null)));
        }
        return candidates.Count == 0 ? new SplitBody(body, null) : candidates.MinBy(c => c.Index).Make();
    }

    private static SplitBody FromHeaderBlock(string body, int cut, int headerStart, bool forwarded)
    {
        var lines = body[headerStart..].Split('\n');
        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var consumed = 0;
        var i = 0;
        // Skip the banner's own line and blank lines before the header block.
        while (i < lines.Length && (lines[i].Trim().Trim('>').Trim().Length == 0 || ForwardBanner().IsMatch(lines[i]))) consumed += lines[i++].Length + 1;
        string? lastKey = null;
        for (; i < lines.Length; i++)
        {
            var line = lines[i].TrimStart('>', ' ', '\t');
            var match = HeaderField().Match(line);
            if (match.Success)
            {
                lastKey = Canonical(match.Groups["key"].Value);
                fields[lastKey] = match.Groups["value"].Value.Trim();
            }
            else if (line.Trim().Length == 0)
            {
                consumed += lines[i].Length + 1;
                break;
            }
            else if (lastKey is "To" or "Cc" && char.IsWhiteSpace(lines[i].FirstOrDefault()))
            {
                fields[lastKey] += " " + line.Trim();
            }
            else
            {
                break;
            }
            consumed += lines[i].Length + 1;
        }
        if (!fields.TryGetValue("From", out var from)) return new SplitBody(body[..cut], null);
        var rest = body[Math.Min(body.Length, headerStart + consumed)..];
        var header = new MessageHeader(
            ParseMailboxes(from).FirstOrDefault() ?? from,
            ParseMailboxes(fields.GetValueOrDefault("To")),
            ParseMailboxes(fields.GetValueOrDefault("Cc")),
            ParseDate(fields.GetValueOrDefault("Date") ?? fields.GetValueOrDefault("Sent")),
            fields.GetValueOrDefault("Subject") ?? "");
        return new SplitBody(body[..cut], new EmbeddedMessage(header, Unquote(rest), forwarded));
    }

    private static SplitBody FromAttribution(string body, Match attribution)
    {
        var line = attribution.Groups["line"].Value.Replace('\n', ' ').Trim();
        // The author follows the last time of day in the line, or the year when no time is given.
        var split = WhenWithTime().Match(line);
        if (!split.Success) split = WhenWithYear().Match(line);
        var who = split.Success ? split.Groups["who"].Value.Trim().TrimStart(',').Trim() : line;
        var rest = body[(attribution.Index + attribution.Length)..].TrimStart('\n');
        var header = new MessageHeader(
            ParseMailboxes(who).FirstOrDefault() ?? who,
            [],
            [],
            split.Success ? ParseDate(split.Groups["when"].Value) : null,
            "");
        return new SplitBody(body[..attribution.Index], new EmbeddedMessage(header, Unquote(rest), Forwarded: false));
    }

    /// <summary>Removes one level of "&gt;" from every line.</summary>
    private static string Unquote(string text) =>
        string.Join('\n', text.Split('\n').Select(l => l.StartsWith("> ", StringComparison.Ordinal) ? l[2..] : l.StartsWith('>') ? l[1..] : l));

    private static string Canonical(string key) => key.ToLowerInvariant() switch
    {
        "from" => "From",
        "sent" => "Sent",
        "date" => "Date",
        "to" => "To",
        "cc" => "Cc",
        _ => "Subject",
    };

    private static List<string> ParseMailboxes(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return [];
        // Outlook prints "Name [mailto:a@b]" and some clients "Name <mailto:a@b>".
        var cleaned = MailtoPattern().Replace(value, "<${a}>");
        if (InternetAddressList.TryParse(cleaned, out var list) && list.Mailboxes.Any())
        {
            return list.Mailboxes.Select(EmailReader.Format).ToList();
        }
        return cleaned.Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
    }

    [GeneratedRegex(@"[<\[]\s*mailto:(?<a>[^\]>]+)[\]>]", RegexOptions.IgnoreCase)]
    private static partial Regex MailtoPattern();

    internal static DateTimeOffset? ParseDate(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        text = text.Trim().TrimEnd(',');
        if (DateUtils.TryParse(text, out var rfc)) return rfc;
        var cleaned = Regex.Replace(text, @"\s+at\s+", " ");
        cleaned = Regex.Replace(cleaned, @"(\d)(st|nd|rd|th)\b", "$1");
        return ArticleReader.ParseDate(cleaned);
    }
}
