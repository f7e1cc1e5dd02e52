using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using InfluenceGraph.Core;
using MimeKit;

namespace InfluenceGraph.Extraction.Readers;

/// <summary>
/// Emails (.eml) and mailboxes (.mbox). Each message becomes a document whose text is its header
/// lines followed by its new text; quoted replies that name their author and forwarded messages
/// become documents of their own, linked to the message that carried them.
/// </summary>
public static partial class EmailReader
{
    /// <summary>A mailbox may be a whole FOIA release; each message in it is still held to the document limit.</summary>
    private const long MaxMailboxBytes = 2L * 1024 * 1024 * 1024;

    public const string EmbeddedInKey = "embedded-in";
    public const string EmbeddedAsKey = "embedded-as";
    public const string SubjectKey = "subject-key";

    public static IReadOnlyList<SourceDocument> ReadEml(string path)
    {
        var bytes = FileBytes.ReadDocument(path);
        if (FileBytes.LooksBinary(bytes)) throw new UnreadableDocumentException(path, "the file holds binary data, not an email");
        MimeMessage message;
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            message = MimeMessage.Load(stream);
        }
        catch (FormatException ex)
        {
            throw new UnreadableDocumentException(path, $"not a readable email: {ex.Message}", ex);
        }
        RequireHeaders(path, message);
        return FromMessage(message, Ids.ContentHash(bytes), path);
    }

    public static IReadOnlyList<SourceDocument> ReadMbox(string path)
    {
        var info = new FileInfo(path);
        if (!info.Exists) throw new UnreadableDocumentException(path, "no such file");
        if (info.Length == 0) throw new UnreadableDocumentException(path, "the file is empty");
        if (info.Length > MaxMailboxBytes) throw new UnreadableDocumentException(path, $"the mailbox is {info.Length / 1024 / 1024} MB, larger than the {MaxMailboxBytes / 1024 / 1024} MB limit; split it");
        var documents = new List<SourceDocument>();
        using var stream = File.OpenRead(path);
        var parser = new MimeParser(stream, MimeFormat.Mbox);
        var index = 0;
        try
        {
            while (!parser.IsEndOfStream)
            {
                var message = parser.ParseMessage();
                index++;
                var origin = $"{path}#{index}";
                using var raw = new MemoryStream();
                message.WriteTo(raw);
                if (raw.Length > FileBytes.MaxDocumentBytes) throw new UnreadableDocumentException(path, $"message {index} is larger than {FileBytes.MaxDocumentBytes / 1024 / 1024} MB");
                if (!HasHeaders(message)) continue;
                documents.AddRange(FromMessage(message, Ids.ContentHash(raw.GetBuffer().AsSpan(0, (int)raw.Length)), origin));
            }
        }
        catch (FormatException ex)
        {
            throw new UnreadableDocumentException(path, index == 0 ? $"not an mbox mailbox: {ex.Message}" : $"the mailbox breaks off after message {index}: {ex.Message}", ex);
        }
        if (documents.Count == 0) throw new UnreadableDocumentException(path, "the mailbox holds no messages");
        return WithoutQuotedCopies(documents);
    }

    /// <summary>A reply quotes the message before it; where the mailbox holds that message itself, the quoted copy adds nothing.</summary>
    private static List<SourceDocument> WithoutQuotedCopies(List<SourceDocument> documents)
    {
        static string Body(SourceDocument d) => string.Join(' ', d.Text[(d.Text.IndexOf("\n\n", StringComparison.Ordinal) + 2)..].Split((char[])[' ', '\n', '\t', '>'], StringSplitOptions.RemoveEmptyEntries));
        var originals = documents.Where(d => !d.Metadata.ContainsKey(EmbeddedInKey)).Select(Body).ToList();
        return documents.Where(d => !d.Metadata.ContainsKey(EmbeddedInKey) || d.Metadata.GetValueOrDefault(EmbeddedAsKey) != "quoted"
            || Body(d) is var body && !originals.Any(o => body.Length >= 20 && o.Contains(body[..Math.Min(body.Length, 200)], StringComparison.Ordinal))).ToList();
    }

    private static void RequireHeaders(string path, MimeMessage message)
    {
        if (!HasHeaders(message)) throw new UnreadableDocumentException(path, "no email headers (From, Date, Subject) were found");
    }

    private static bool HasHeaders(MimeMessage message) =>
        message.From.Count > 0 || message.Headers.Contains(HeaderId.Date) || message.Headers.Contains(HeaderId.Subject);

    private static List<SourceDocument> FromMessage(MimeMessage message, string contentHash, string origin)
    {
        var body = FileBytes.NormaliseNewlines(message.TextBody ?? (message.HtmlBody is { } html ? HtmlReader.ToText(html) : ""));
        var header = new MessageHeader(
            message.From.Mailboxes.Select(Format).FirstOrDefault() ?? "",
            message.To.Mailboxes.Select(Format).ToList(),
            message.Cc.Mailboxes.Select(Format).ToList(),
            message.Headers.Contains(HeaderId.Date) ? message.Date : null,
            message.Subject ?? "");
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal);
        if (message.MessageId is { Length: > 0 } id) metadata[SourceDocument.MessageIdKey] = id;
        if (message.InReplyTo is { Length: > 0 } inReplyTo) metadata[SourceDocument.InReplyToKey] = inReplyTo;
        if (message.References.Count > 0) metadata[SourceDocument.ReferencesKey] = string.Join(' ', message.References);
        metadata[SourceDocument.ThreadKey] = message.References.FirstOrDefault() ?? message.InReplyTo ?? message.MessageId ?? $"subject:{SubjectThreadKey(header.Subject)}";
        var documents = new List<SourceDocument>();
        Build(header, body, metadata, contentHash, origin, Ids.ForEmail(message.MessageId, contentHash), documents);
        return documents;
    }

    /// <summary>Adds the message, then whatever it quotes or forwards, each as a document.</summary>
    private static void Build(MessageHeader header, string body, Dictionary<string, string> metadata, string contentHash, string origin, string id, List<SourceDocument> documents)
    {
        var split = QuotedText.Split(body);
        var text = header.Render() + split.NewText.TrimEnd() + "\n";
        if (header.From.Length > 0) metadata["from"] = header.From;
        if (header.To.Count > 0) metadata["to"] = string.Join(", ", header.To);
        if (header.Cc.Count > 0) metadata["cc"] = string.Join(", ", header.Cc);
        metadata["subject"] = header.Subject;
        metadata[SubjectKey] = SubjectThreadKey(header.Subject);
        Redactions.AddReleaseMetadata(text, metadata);
        var title = header.Subject.Length > 0 ? header.Subject : "(no subject)";
        documents.Add(new SourceDocument(id, DocumentKind.Email, contentHash, origin, title, header.Date, text, metadata, Redactions.Find(text)));

        if (split.Embedded is not { } embedded) return;
        // A quoted message was, as a rule, sent to the person now replying to it; one whose date
        // cannot be read is dated no later than the message that carries it.
        var embeddedHeader = embedded.Header with
        {
            Subject = embedded.Header.Subject.Length > 0 ? embedded.Header.Subject : header.Subject,
            To = embedded.Header.To.Count > 0 || embedded.Forwarded || header.From.Length == 0 ? embedded.Header.To : [header.From],
            Date = embedded.Header.Date ?? header.Date,
        };
        var embeddedHash = Ids.ContentHash(Encoding.UTF8.GetBytes(embeddedHeader.Render() + embedded.Body));
        var embeddedMetadata = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [EmbeddedInKey] = id,
            [EmbeddedAsKey] = embedded.Forwarded ? "forwarded" : "quoted",
            [SourceDocument.ThreadKey] = metadata[SourceDocument.ThreadKey],
        };
        Build(embeddedHeader, embedded.Body, embeddedMetadata, embeddedHash, origin, $"email:{embeddedHash[..16]}", documents);
    }

    internal static string Format(MailboxAddress mailbox) =>
        string.IsNullOrWhiteSpace(mailbox.Name) ? mailbox.Address : $"{mailbox.Name.Trim().Trim('"', '\'')} <{mailbox.Address}>";

    [GeneratedRegex(@"^\s*((re|fw|fwd|aw|wg|tr)\s*(\[\d+\])?\s*:\s*)+", RegexOptions.IgnoreCase)]
    private static partial Regex ReplyPrefix();

    /// <summary>The subject without Re:/Fwd: prefixes, lower-cased: threads without reference headers are joined on it.</summary>
    public static string SubjectThreadKey(string subject) =>
        string.Join(' ', ReplyPrefix().Replace(subject, "").ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
}

/// <summary>The header lines an email document's text starts with; people found there have them as evidence.</summary>
internal sealed record MessageHeader(string From, IReadOnlyList<string> To, IReadOnlyList<string> Cc, DateTimeOffset? Date, string Subject)
{
    public string Render()
    {
        var sb = new StringBuilder();
        sb.Append("From: ").Append(From).Append('\n');
        if (To.Count > 0) sb.Append("To: ").Append(string.Join(", ", To)).Append('\n');
        if (Cc.Count > 0) sb.Append("Cc: ").Append(string.Join(", ", Cc)).Append('\n');
        if (Date is { } date) sb.Append("Date: ").Append(date.ToString("ddd, d MMM yyyy HH:mm:ss zzz", CultureInfo.InvariantCulture)).Append('\n');
        sb.Append("Subject: ").Append(Subject).Append("\n\n");
        return sb.ToString();
    }
}
