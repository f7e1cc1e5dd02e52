using InfluenceGraph.Core;

namespace InfluenceGraph.Extraction;

/// <summary>
/// Who works for whom, from the ways reporters write it: "Deputy Director Maria Ortiz of ICE",
/// "ICE Deputy Director Maria Ortiz", "Marcus Lee, a senior solutions architect at AWS,",
/// "Alonzo Peña, a former deputy director of ICE,", "AWS's Marcus Lee", "Maria Ortiz (ICE)".
/// </summary>
internal static class RoleRules
{
    public sealed record Role(Mention Person, Mention Organisation, string? Title, bool Former, int Start, int End, string Rule);

    public static List<Role> Find(DocumentText doc, MentionSet mentions, EntityRecognizer recognizer)
    {
        var roles = new List<Role>();
        var tokens = doc.Tokens;
        foreach (var person in mentions.InOrder.Where(m => m.Kind == EntityKind.Person))
        {
            var before = person.FirstToken - 1;
            var title = person.Title;
            var titleStart = person.TitleToken ?? person.FirstToken;
            if (person.TitleToken is { } t) before = t - 1;
            // "ICE Deputy Director Maria Ortiz", "AWS's Marcus Lee"
            if (before >= 0 && tokens[before].IsPossessive) before--;
            if (mentions.At(before) is { IsOrganisation: true } orgBefore && doc.SentenceOf[before] == doc.SentenceOf[person.FirstToken])
            {
                roles.Add(new Role(person, orgBefore, title, Former(doc, orgBefore.FirstToken - 1), orgBefore.Start, person.End, "role-organisation-before-name"));
                continue;
            }
            var after = person.LastToken + 1;
            // "Maria Ortiz (ICE)"
            if (after + 2 < tokens.Count && tokens[after].Text == "(" && mentions.At(after + 1) is { IsOrganisation: true } inParens && tokens[inParens.LastToken + 1].Text == ")")
            {
                roles.Add(new Role(person, inParens, title, false, person.Start, tokens[inParens.LastToken + 1].End, "role-organisation-in-parentheses"));
                continue;
            }
            // "Maria Ortiz, a former deputy director of ICE," or ", an ICE spokesperson"
            if (recognizer.AppositionTitle(doc, after) is var (appositionTitle, former, end))
            {
                var org = OrganisationBetween(doc, mentions, after + 1, end) ?? OrganisationAfter(doc, mentions, end);
                if (org is not null)
                {
                    roles.Add(new Role(person, org, appositionTitle, former, person.Start, org.End > tokens[end - 1].End ? org.End : tokens[end - 1].End, "role-apposition"));
                    continue;
                }
            }
            // "Deputy Director Maria Ortiz of ICE", "Maria Ortiz of ICE"
            if (OrganisationAfter(doc, mentions, after) is { } orgAfter)
            {
                roles.Add(new Role(person, orgAfter, title, false, tokens[titleStart].Start, orgAfter.End, "role-of-organisation"));
            }
        }
        return roles;
    }

    private static bool Former(DocumentText doc, int i) => i >= 0 && doc.Tokens[i].Text.ToLowerInvariant() is "former" or "ex" or "then";

    private static Mention? OrganisationBetween(DocumentText doc, MentionSet mentions, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (mentions.At(i) is { IsOrganisation: true } org) return org;
        }
        return null;
    }

    /// <summary>"of ICE", "at Amazon Web Services", "for the Harbor City Police Department" starting at token <paramref name="i"/>.</summary>
    private static Mention? OrganisationAfter(DocumentText doc, MentionSet mentions, int i)
    {
        var tokens = doc.Tokens;
        if (i >= tokens.Count || tokens[i].Text is not ("of" or "at" or "for" or "with" or "from")) return null;
        var k = i + 1;
        if (k < tokens.Count && tokens[k].Text is "the") k++;
        return mentions.At(k) is { IsOrganisation: true } org && org.FirstToken == k ? org : null;
    }
}
