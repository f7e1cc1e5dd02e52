using System.Text.RegularExpressions;
using InfluenceGraph.Core;
using InfluenceGraph.Extraction.Lexicons;
using InfluenceGraph.Extraction.Readers;
using MimeKit;

namespace InfluenceGraph.Extraction;

/// <summary>A person on an email's From, To or Cc line, where the line names them, and their address.</summary>
internal sealed record EmailPerson(EntityDraft Person, ParticipantRole Role, string Address, int Start, int Length);

/// <summary>
/// People from an email's From, To and Cc lines, their organisations from address domains and the
/// sender's signature, and the links between messages of a thread.
/// </summary>
internal static partial class EmailRules
{
    [GeneratedRegex(@"^(?<field>From|To|Cc): (?<value>.*)$", RegexOptions.Multiline)]
    private static partial Regex HeaderLine();

    [GeneratedRegex(@"^\s*(?:--\s*|best|best regards|regards|kind regards|warm regards|thanks|thank you|many thanks|sincerely|respectfully|cheers|v/r|very respectfully|all the best|thx)[,.!]?\s*$", RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex SignOff();

    public static List<EmailPerson> People(FactCollector facts)
    {
        var people = new List<EmailPerson>();
        var text = facts.Document.Text;
        var headerEnd = text.IndexOf("\n\n", StringComparison.Ordinal);
        foreach (Match line in HeaderLine().Matches(text[..Math.Max(0, headerEnd)]))
        {
            var role = line.Groups["field"].Value == "From" ? ParticipantRole.Sender : ParticipantRole.Recipient;
            var value = line.Groups["value"];
            foreach (var (name, address, offset, length) in Mailboxes(value.Value))
            {
                if (Redactions.IsRedacted(name) || Redactions.IsRedacted(address) || address.Contains("redacted", StringComparison.OrdinalIgnoreCase)) continue;
                var person = facts.AddEntity(EntityKind.Person, name, value.Index + offset, length, "email-header", 0.95);
                var lowered = address.ToLowerInvariant();
                person.Aliases.Add(lowered);
                if (!name.Equals(lowered, StringComparison.Ordinal)) person.MergeReasons.Add($"'{lowered}' is the address of '{name}' on an email header line");
                people.Add(new EmailPerson(person, role, address, value.Index + offset, length));
            }
        }
        return people;
    }

    /// <summary>
    /// A bare address on a header line (cmarsh@…) belongs to the person of the same document whose
    /// name it spells: first.last, flast, first or last.
    /// </summary>
    public static List<EmailPerson> NameBareAddresses(FactCollector facts, List<EmailPerson> people, MentionSet mentions)
    {
        var names = mentions.All.Where(m => m.Kind == EntityKind.Person).Select(m => m.Name)
            .Concat(people.Select(p => p.Person.Name))
            .Where(n => n.Contains(' ', StringComparison.Ordinal) && !n.Contains('@', StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal).ToList();
        return people.Select(person =>
        {
            if (!person.Person.Name.Contains('@', StringComparison.Ordinal)) return person;
            var local = new string(person.Address[..person.Address.IndexOf('@', StringComparison.Ordinal)].ToLowerInvariant().Where(char.IsLetter).ToArray());
            var matches = names.Where(n => Spells(local, n)).ToList();
            if (matches.Count != 1 || local.Length < 3) return person;
            var merged = facts.Merge(person.Person, matches[0], $"'{person.Person.Name}' spells the name of '{matches[0]}', named in the same email");
            return person with { Person = merged };
        }).ToList();
    }

    private static bool Spells(string local, string name)
    {
        var parts = name.ToLowerInvariant().Split(' ').Select(p => new string(p.Normalize(System.Text.NormalizationForm.FormD).Where(char.IsAsciiLetter).ToArray())).Where(p => p.Length > 0).ToList();
        if (parts.Count < 2) return false;
        var (first, last) = (parts[0], parts[^1]);
        return local == first + last || local == first[0] + last || local == first || local == last || local == last + first || local == first + last[0];
    }

    /// <summary>A body the document names that ends with a federal body's name but is a place's own: "New Albion Department of Transportation".</summary>
    private static Mention? LocalNamesake(MentionSet mentions, KnownName known)
    {
        var bare = NationalPrefix().Replace(known.Name, "");
        return bare.Contains(' ', StringComparison.Ordinal)
            ? mentions.All.FirstOrDefault(m => m.Kind == known.Kind && m.Known is null && m.Name.Length > bare.Length && m.Name.EndsWith(" " + bare, StringComparison.Ordinal))
            : null;
    }

    [GeneratedRegex(@"^(?:U\.S\.|US|United States|Federal)\s+")]
    private static partial Regex NationalPrefix();

    /// <summary>
    /// Each person's organisation, from the sender's signature or the address domain, as works-for
    /// relations; returns the parties of the email's events.
    /// </summary>
    public static EmailParties Parties(FactCollector facts, DocumentText doc, MentionSet mentions, List<EmailPerson> people, Lexicon lexicon, Dictionary<string, string> employers)
    {
        var participants = new List<Participant>();
        var byDomain = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var sender = people.FirstOrDefault(p => p.Role == ParticipantRole.Sender);
        if (sender is not null && Signature(doc, mentions, sender, lexicon) is var (org, title, start, length))
        {
            var entity = facts.AddEntity(org.Kind, org.Name, org.Start, org.End - org.Start, "signature", 0.85);
            facts.AddRelation(RelationKind.WorksFor, sender.Person.Id, entity.Id, facts.Evidence(start, length, "signature", 0.85), title);
            employers.TryAdd(sender.Person.Id, entity.Id);
            byDomain[Domain(sender.Address)] = entity.Id;
        }
        foreach (var person in people)
        {
            participants.Add(new Participant(person.Person.Id, person.Role));
            var domain = Domain(person.Address);
            if (!employers.TryGetValue(person.Person.Id, out var orgId))
            {
                if (byDomain.TryGetValue(domain, out var learned)) orgId = learned;
                else if (lexicon.ForDomain(domain) is { } known)
                {
                    // "okafor@dot.newalbion.example" in a message naming the New Albion Department of Transportation: the place's own department.
                    var (kind, name) = LocalNamesake(mentions, known) is { } local ? (local.Kind, local.Name) : (known.Kind, known.Name);
                    orgId = facts.AddEntity(kind, name, person.Start, person.Length, "email-domain", 0.75).Id;
                    byDomain[domain] = orgId;
                }
                if (orgId is not null)
                {
                    facts.AddRelation(RelationKind.WorksFor, person.Person.Id, orgId, facts.Evidence(person.Start, person.Length, "email-domain", 0.7));
                    employers[person.Person.Id] = orgId;
                }
            }
            if (orgId is not null) participants.Add(new Participant(orgId, ParticipantRole.RepresentedOrganisation));
        }
        AddThreadLinks(facts);
        return new EmailParties(participants.Distinct().ToList());
    }

    private static bool ContainsWords(string line, string words)
    {
        var at = line.IndexOf(words, StringComparison.OrdinalIgnoreCase);
        return at >= 0 && (at == 0 || !char.IsLetter(line[at - 1])) && (at + words.Length == line.Length || !char.IsLetter(line[at + words.Length]));
    }

    private static string Domain(string address) => address[(address.LastIndexOf('@') + 1)..].ToLowerInvariant();

    /// <summary>
    /// The name a firm's address is registered under: "shelfwise" for "kostrowski@shelfwise.example". A
    /// government's, school's or group's domain, or a department's under its place ("doc.tamarack.example"), gives none.
    /// </summary>
    public static string? FirmDomainName(string address) =>
        Domain(address).Split('.') is [var name, var top] && top is not ("gov" or "mil" or "edu" or "org" or "us") ? name : null;

    /// <summary>
    /// The block under the sender's name at the end of the new text: a title line and an
    /// organisation line ("Dana Kowalczyk / Principal Account Manager / Amazon Web Services").
    /// </summary>
    private static (Mention Org, string? Title, int Start, int Length)? Signature(DocumentText doc, MentionSet mentions, EmailPerson sender, Lexicon lexicon)
    {
        var text = doc.Text;
        var given = sender.Person.Name.Split(' ')[0];
        var searchFrom = doc.BodyStart;
        if (SignOff().Matches(text, doc.BodyStart).LastOrDefault() is { } signOff) searchFrom = signOff.Index;
        var lines = new List<(int Start, int End)>();
        for (var position = searchFrom; position < text.Length;)
        {
            var end = text.IndexOf('\n', position);
            if (end < 0) end = text.Length;
            if (end > position) lines.Add((position, end));
            position = end + 1;
        }
        var nameLine = lines.FindIndex(l => text[l.Start..l.End].Trim() is var t && t.Length < 60 && (t.StartsWith(sender.Person.Name, StringComparison.OrdinalIgnoreCase) || t.Equals(given, StringComparison.OrdinalIgnoreCase)));
        if (nameLine < 0) return null;
        string? title = null;
        for (var k = nameLine; k < Math.Min(lines.Count, nameLine + 5); k++)
        {
            var (start, end) = lines[k];
            var line = text[start..end].Trim();
            if (k > nameLine && title is null && lexicon.Titles.Any(t => ContainsWords(line, t)))
            {
                // "Account Manager, U.S. Federal - Department of Homeland Security" names a customer, not an employer.
                title = line.Split([',', '|', '–', '—'])[0].Trim();
                continue;
            }
            var org = mentions.InOrder.FirstOrDefault(m => m.IsOrganisation && m.Start >= start && m.End <= end);
            if (org is not null && k > nameLine || org is not null && k == nameLine && org.Start > start + sender.Person.Name.Length)
            {
                return (org, title, lines[nameLine].Start, end - lines[nameLine].Start);
            }
        }
        return null;
    }

    /// <summary>Each mailbox of a header value with its position, so evidence points at the exact line.</summary>
    private static IEnumerable<(string Name, string Address, int Offset, int Length)> Mailboxes(string value)
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
                case ',' or ';' when !quoted && !angle && value[start..i].Contains('@', StringComparison.Ordinal):
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
        var subjectLine = Math.Max(0, document.Text.IndexOf("Subject: ", StringComparison.Ordinal));
        var lineEnd = document.Text.IndexOf('\n', subjectLine);
        var evidence = facts.Evidence(subjectLine, (lineEnd < 0 ? document.Text.Length : lineEnd) - subjectLine, "email-thread", 1.0);
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
