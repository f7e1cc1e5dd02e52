using System.Text.RegularExpressions;
using InfluenceGraph.Core;
using InfluenceGraph.Extraction.Readers;
using MimeKit;

namespace InfluenceGraph.Extraction;

/// <summary>People from an email's From, To and Cc lines, and the links between messages of a thread.</summary>
internal static partial class EmailRules
{
    [GeneratedRegex(@"^(?<field>From|To|Cc): (?<value>.*)$", RegexOptions.Multiline)]
    private static partial Regex HeaderLine();

    public static IReadOnlyList<(EntityDraft Person, ParticipantRole Role)> Apply(FactCollector facts)
    {
        var people = new List<(EntityDraft, ParticipantRole)>();
        var text = facts.Document.Text;
        var headerEnd = text.IndexOf("\n\n", StringComparison.Ordinal);
        foreach (Match line in HeaderLine().Matches(text[..Math.Max(0, headerEnd)]))
        {
            var role = line.Groups["field"].Value == "From" ? ParticipantRole.Sender : ParticipantRole.Recipient;
            var value = line.Groups["value"];
            foreach (var (name, address, offset, length) in Mailboxes(value.Value))
            {
                if (Redactions.IsRedacted(name) || (address is not null && Redactions.IsRedacted(address))) continue;
                var person = facts.AddEntity(EntityKind.Person, name, value.Index + offset, length, "email-header", 0.95);
                if (address is not null) person.Aliases.Add(address.ToLowerInvariant());
                people.Add((person, role));
            }
        }
        AddThreadLinks(facts);
        return people;
    }

    /// <summary>Each mailbox of a header value with its position, so evidence points at the exact line.</summary>
    private static IEnumerable<(string Name, string? Address, int Offset, int Length)> Mailboxes(string value)
    {
        var offset = 0;
        foreach (var part in SplitAddresses(value))
        {
            var at = value.IndexOf(part, offset, StringComparison.Ordinal);
            offset = at + part.Length;
            var trimmed = part.Trim();
            if (trimmed.Length == 0) continue;
            if (MailboxAddress.TryParse(trimmed, out var mailbox) && mailbox.Address.Contains('@', StringComparison.Ordinal))
            {
                var name = string.IsNullOrWhiteSpace(mailbox.Name) ? mailbox.Address.ToLowerInvariant() : PersonNames.FromDisplayName(mailbox.Name);
                yield return (name, mailbox.Address, at + (part.Length - part.TrimStart().Length), trimmed.Length);
            }
        }
    }

    /// <summary>Splits on commas that are not inside a quoted display name ("Ortiz, Maria").</summary>
    private static IEnumerable<string> SplitAddresses(string value)
    {
        var start = 0;
        var quoted = false;
        var angle = false;
        for (var i = 0; i < value.Length; i++)
        {
            switch (value[i])
            {
                case '"': quoted = !quoted; break;
                case '<': angle = true; break;
                case '>': angle = false; break;
                case ',' or ';' when !quoted && !angle && value.IndexOf('@', i) > 0 && value[start..i].Contains('@', StringComparison.Ordinal):
                    yield return value[start..i];
                    start = i + 1;
                    break;
            }
        }
        yield return value[start..];
    }

    private static void AddThreadLinks(FactCollector facts)
    {
        var document = facts.Document;
        var subjectLine = document.Text.IndexOf("Subject: ", StringComparison.Ordinal);
        var evidence = facts.Evidence(Math.Max(0, subjectLine), Math.Max(0, document.Text.IndexOf('\n', Math.Max(0, subjectLine)) - subjectLine), "email-thread", 1.0);
        if (document.Metadata.TryGetValue(EmailReader.EmbeddedInKey, out var carrier))
        {
            var kind = document.Metadata.GetValueOrDefault(EmailReader.EmbeddedAsKey) == "forwarded" ? RelationKind.Forwards : RelationKind.RepliesTo;
            facts.AddRelation(kind, carrier, document.Id, evidence);
        }
        if (document.Metadata.TryGetValue(SourceDocument.InReplyToKey, out var parent))
        {
            facts.AddRelation(RelationKind.RepliesTo, document.Id, Ids.ForEmail(parent, document.ContentHash), evidence);
        }
    }
}
