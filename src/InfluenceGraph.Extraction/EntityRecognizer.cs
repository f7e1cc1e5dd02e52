using System.Text.RegularExpressions;
using InfluenceGraph.Core;
using InfluenceGraph.Extraction.Lexicons;

namespace InfluenceGraph.Extraction;

/// <summary>
/// Finds names in a document: known organisations and products from the lexicon, acronyms defined
/// in the text, unknown public bodies, companies and organisations by the words their names end or
/// start with, people by given names, titles and appositions, and short forms that refer back to a
/// full name. Earlier, surer rules claim tokens first.
/// </summary>
internal sealed partial class EntityRecognizer(Lexicon lexicon, NameTrie trie)
{
    /// <summary>Capitalised words of titles ("Director", "Deputy"): they end a person's name, unless they are also given names.</summary>
    private readonly HashSet<string> _titleWords = lexicon.Titles.SelectMany(t => t.Split(' '))
        .Where(w => w.Length > 2 && !Words.Connectors.Contains(w))
        .Select(w => char.ToUpperInvariant(w[0]) + w[1..])
        .Where(w => !lexicon.GivenNames.Contains(w))
        .ToHashSet(StringComparer.Ordinal);

    /// <summary>Single capitalised words that are names only sometimes: matched only mid-sentence.</summary>
    private static readonly HashSet<string> AmbiguousWords = new(StringComparer.Ordinal)
    {
        "Ring", "Target", "Apple", "Oracle", "Square", "Meta", "Ford", "Falcon", "Gotham", "Watson", "Pegasus", "Neighbors", "Signal", "Box",
        "Slack", "Zoom", "Compass", "Amazon", "Shield", "Sentinel", "Guardian", "Echo", "Fusion", "Maven", "Insight", "Vision", "Stingray",
        "Hawk", "Eagle", "Raven", "Atlas", "Apollo", "Mercury", "Nexus", "Palantir", "Axon", "Flock", "Cobalt", "Scout", "Clear",
    };

    /// <param name="correspondentDomains">The names the email's addresses are registered under ("shelfwise" for kostrowski@shelfwise.example).</param>
    public MentionSet Recognize(DocumentText doc, IReadOnlyCollection<string> knownPeople, IReadOnlySet<string> correspondentDomains)
    {
        var mentions = new MentionSet(doc.Tokens.Count);
        var acronyms = new Dictionary<string, Mention>(StringComparer.Ordinal);
        MatchKnownNames(doc, mentions, multiWord: true);
        FindAcronymDefinitions(doc, mentions, acronyms);
        FindUnionLocals(doc, mentions);
        FindOrganisationsByShape(doc, mentions);
        FindPeople(doc, mentions);
        FindBodiesByApposition(doc, mentions);
        FindCompaniesBeforeTitles(doc, mentions);
        var surnames = PersonIndex(mentions, knownPeople);
        MatchKnownNames(doc, mentions, multiWord: false, surnames.Surnames);
        FindCorrespondentsFirms(doc, mentions, correspondentDomains, surnames.Surnames);
        ReferBack(doc, mentions, acronyms, surnames);
        ShortBodyNames(mentions);
        FindProducts(doc, mentions);
        DropNamesThatAreNotBodies(doc, mentions);
        return mentions;
    }

    /// <summary>
    /// "the Norland State Police … the State Police": a body's name without the place that opens it
    /// refers back to the one body of the document whose name ends with it.
    /// </summary>
    private static void ShortBodyNames(MentionSet mentions)
    {
        var bodies = mentions.All.Where(m => m.Kind is EntityKind.Agency or EntityKind.Organization).Select(m => (m.Kind, m.Name)).Distinct().ToList();
        foreach (var m in mentions.All.Where(m => m.Kind is EntityKind.Agency or EntityKind.Organization && m.Name.Contains(' ', StringComparison.Ordinal)).ToList())
        {
            // "the Port Calder Police" or "Port Calder PD" beside "the Port Calder Police Department": the same body, shortened.
            var longer = bodies.Where(b => b.Kind == m.Kind && b.Name.Length > m.Name.Length
                && (b.Name.EndsWith(" " + m.Name, StringComparison.Ordinal) || b.Name == m.Name + " Department" || b.Name == m.Name + " Office"
                    || m.Name.EndsWith(" PD", StringComparison.Ordinal) && b.Name == m.Name[..^3] + " Police Department")).Select(b => b.Name).Distinct().ToList();
            if (longer.Count == 1) mentions.Replace(m, m with { Name = longer[0], Rule = "short-name-back-reference" });
        }
    }

    private static readonly HashSet<string> StandardWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "compliance", "compliant", "requirements", "requirement", "standard", "standards", "certification", "certified", "policy", "rules", "controls", "addendum", "approval", "authorization",
    };

    /// <summary>
    /// Names that look like a body but are not one taking part: a body's acronym naming its rulebook ("CJIS Security
    /// Policy"), a title before a person ("U.S. District Judge"), letters after a name ("CPA, CIA").
    /// </summary>
    private void DropNamesThatAreNotBodies(DocumentText doc, MentionSet mentions)
    {
        var tokens = doc.Tokens;
        foreach (var m in mentions.All.Where(m => m.Kind == EntityKind.Agency && m.Rule == "lexicon-acronym").ToList())
        {
            var next = m.LastToken + 1 < tokens.Count ? tokens[m.LastToken + 1].Text : "";
            var after = m.LastToken + 2 < tokens.Count ? tokens[m.LastToken + 2].Text : "";
            if (StandardWords.Contains(next) || next == "Security" && StandardWords.Contains(after)) mentions.Remove(m);
        }
        // "U.S. District Judge Harriet Solvang", "Chief of Police Dana Ruiz": a title before a name, not a body.
        foreach (var m in mentions.All.Where(m => m.Kind == EntityKind.Agency && m.Rule == "name-shape").ToList())
        {
            var next = m.LastToken + 1 < tokens.Count ? tokens[m.LastToken + 1].Text : "";
            if (next is "Judge" or "Attorney" or "Attorneys" or "Magistrate" || lexicon.Titles.Contains(m.Name.ToLowerInvariant())) mentions.Remove(m);
        }
        // "Teresa Yim, CPA, CIA": a credential after a name, not the agency that shares its letters.
        foreach (var m in mentions.All.Where(m => m.Kind == EntityKind.Agency && m.Rule == "lexicon-acronym" && m.FirstToken >= 2).ToList())
        {
            var before = tokens[m.FirstToken - 2];
            if (tokens[m.FirstToken - 1].Text == "," && (Credentials.Contains(before.Text) || mentions.At(m.FirstToken - 2) is { Kind: EntityKind.Person })) mentions.Remove(m);
        }
    }

    private static readonly HashSet<string> Credentials = new(StringComparer.Ordinal) { "CPA", "CIA", "CISA", "CFE", "CGAP", "CGFM", "CFA", "PhD", "JD", "MBA", "MPA", "Esq", "CISSP", "PMP", "CIPP" };

    /// <summary>A capitalised word right before <paramref name="i"/> in its sentence that names no body or title of its own: a place's name.</summary>
    private bool IsPlaceWordBefore(DocumentText doc, int i)
    {
        var before = doc.Tokens[i - 1];
        return doc.SentenceOf[i - 1] == doc.SentenceOf[i] && before.IsWord && before.IsCapitalised && !before.IsAllCaps
            && !_titleWords.Contains(before.Text) && !Words.SentenceStarters.Contains(before.Text) && !Words.Connectors.Contains(before.Text) && !Words.Calendar.Contains(before.Text)
            && !Words.IsOrgHead(before.Text) && before.Text is not ("Federal" or "National" or "United" or "States" or "American" or "Interior");
    }

    private void MatchKnownNames(DocumentText doc, MentionSet mentions, bool multiWord, IReadOnlyDictionary<string, string>? surnames = null)
    {
        var tokens = doc.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (doc.Blocked[i] || !(tokens[i].IsCapitalised || char.IsDigit(tokens[i].Text[0]))) continue;
            if (trie.LongestAt(tokens, i) is not var (entry, length, surface)) continue;
            if (multiWord != length > 1) continue;
            if (!mentions.IsFree(i, length) || Enumerable.Range(i, length).Any(t => doc.Blocked[t])) continue;
            // "Texas House Committee on Homeland Security", "Kansas Bureau of Investigation": a state's body, read by its shape.
            if (entry.Kind == EntityKind.Agency && i > 0 && Words.States.Contains(tokens[i - 1].Text) && doc.SentenceOf[i - 1] == doc.SentenceOf[i]) continue;
            // "New Calder Department of Education", "Delmarra Office of Emergency Management": a place's own department, whatever federal body shares its words.
            if (entry.Kind == EntityKind.Agency && i > 0 && Words.AgencyOpeners.Contains(tokens[i].Text) && IsPlaceWordBefore(doc, i)) continue;
            // "Westland Department of Health and Human Services": the rest of a place's department's name, not the federal department it echoes.
            if (entry.Kind == EntityKind.Agency && i > 2 && tokens[i - 1].Text == "of" && tokens[i - 2].Text is "Department" or "Office" or "Bureau" or "Division" && IsPlaceWordBefore(doc, i - 2)) continue;
            // "the Committee on Homeland Security and Public Safety", "Vice President, Homeland Security Programs": the body's name as a
            // subject or inside a longer name, not the body.
            if (entry.Kind == EntityKind.Agency && length > 1 && !Words.IsAgencyHead(tokens[i + length - 1].Text)
                && (i > 1 && tokens[i - 1].Text is "on" or "for" && Words.ComplementHeads.Contains(tokens[i - 2].Text)
                    || i + length < tokens.Count && tokens[i + length].IsCapitalised && tokens[i + length].IsWord && doc.SentenceOf[i + length] == doc.SentenceOf[i])) continue;
            if (length == 1)
            {
                // One word must be written as the lexicon writes it ("ICE", not "Ice"), and must not be a person's surname here.
                if (tokens[i].Text != surface && NameTrie.Key(tokens[i].Text) != "us") continue;
                if (surnames?.ContainsKey(tokens[i].Text) == true) continue;
                if (AmbiguousWords.Contains(surface) && (doc.IsSentenceStart(i) || FollowedByName(doc, i))) continue;
            }
            var rule = length == 1 && Lexicon.IsAcronym(surface) ? "lexicon-acronym" : "lexicon";
            // "ACLU of Ohio": a known organisation's chapter is an organisation of its own.
            if (entry.Kind == EntityKind.Organization && i + length + 1 < tokens.Count && tokens[i + length].Text == "of" && tokens[i + length + 1].IsCapitalised
                && Words.States.Contains(tokens[i + length + 1].Text) && mentions.IsFree(i + length, 2))
            {
                var chapterEnd = i + length + 1;
                if (chapterEnd + 1 < tokens.Count && Words.States.Contains(tokens[chapterEnd].Text + " " + tokens[chapterEnd + 1].Text)) chapterEnd++;
                mentions.TryAdd(new Mention(tokens[i].Start, tokens[chapterEnd].End, i, chapterEnd - i + 1, EntityKind.Organization, doc.Span(i, chapterEnd - i + 1), "lexicon-chapter", 0.85));
                i = chapterEnd;
                continue;
            }
            if (entry.Kind == EntityKind.Organization && LocalUnit(doc, mentions, i, length) is var (first, last) && (first, last) != (i, i + length - 1))
            {
                // "Tulsa Fraternal Order of Police", "Fraternal Order of Police Lodge 12": a local unit is an organisation of its own.
                mentions.TryAdd(new Mention(tokens[first].Start, tokens[last].End, first, last - first + 1, EntityKind.Organization, doc.Span(first, last - first + 1), "lexicon-local-unit", 0.85));
                i = last;
                continue;
            }
            mentions.TryAdd(new Mention(tokens[i].Start, tokens[i + length - 1].End, i, length, entry.Kind, entry.Name, rule, 0.95) { Known = entry });
            i += length - 1;
        }
    }

    /// <summary>A place name before a known organisation or "Lodge 12", "Local 1000", "Chapter" after it.</summary>
    private static (int First, int Last) LocalUnit(DocumentText doc, MentionSet mentions, int i, int length)
    {
        var tokens = doc.Tokens;
        var first = i;
        var last = i + length - 1;
        if (i > 0 && tokens[i - 1].IsCapitalised && tokens[i - 1].IsWord && !tokens[i - 1].IsAllCaps && mentions.IsFree(i - 1, 1) && !doc.Blocked[i - 1]
            && !doc.IsSentenceStart(i - 1) && doc.SentenceOf[i - 1] == doc.SentenceOf[i] && !Words.SentenceStarters.Contains(tokens[i - 1].Text) && length > 1)
        {
            first = i - 1;
        }
        if (last + 2 < tokens.Count && tokens[last + 1].Text is "Lodge" or "Local" or "Chapter" or "Post" && mentions.IsFree(last + 1, 2)
            && (char.IsDigit(tokens[last + 2].Text[0]) || tokens[last + 2].IsCapitalised))
        {
            last += 2;
        }
        return (first, last);
    }

    private static bool FollowedByName(DocumentText doc, int i) =>
        i + 1 < doc.Tokens.Count && doc.Tokens[i + 1].IsCapitalised && doc.SentenceOf[i + 1] == doc.SentenceOf[i] && !(doc.LineStart(i + 1) && !doc.WrappedBefore(i + 1));

    /// <summary>"Immigration and Customs Enforcement (ICE)": the acronym names what stands before it.</summary>
    private static void FindAcronymDefinitions(DocumentText doc, MentionSet mentions, Dictionary<string, Mention> acronyms)
    {
        var tokens = doc.Tokens;
        for (var i = 1; i + 2 < tokens.Count; i++)
        {
            if (tokens[i].Text != "(" || tokens[i + 2].Text != ")" || doc.Blocked[i + 1]) continue;
            var acronym = tokens[i + 1].Text;
            if (!LooksLikeAcronym(acronym)) continue;
            Mention? expansion = mentions.At(i - 1) is { IsOrganisation: true } known && known.LastToken == i - 1 ? known : null;
            if (expansion is null)
            {
                var start = ExpansionStart(doc, mentions, i, acronym);
                if (start < 0) continue;
                var words = Enumerable.Range(start, i - start).Select(t => tokens[t].Text).ToList();
                var kind = Classify(words) ?? EntityKind.Organization;
                expansion = new Mention(tokens[start].Start, tokens[i - 1].End, start, i - start, kind, doc.Span(start, i - start), "acronym-definition", 0.9);
                if (!mentions.TryAdd(expansion)) continue;
            }
            acronyms[acronym] = expansion;
            if (mentions.IsFree(i + 1, 1))
            {
                mentions.TryAdd(expansion with { Start = tokens[i + 1].Start, End = tokens[i + 1].End, FirstToken = i + 1, TokenCount = 1, Rule = "acronym-definition", Confidence = 0.9 });
            }
        }
    }

    private static bool LooksLikeAcronym(string text) =>
        text.Length is >= 2 and <= 8 && char.IsUpper(text[0]) && text.Count(char.IsUpper) >= 2 && text.All(c => char.IsLetter(c) || c is '&' or '-');

    /// <summary>The first token of the shortest run of capitalised words before "(" whose initials spell the acronym.</summary>
    private static int ExpansionStart(DocumentText doc, MentionSet mentions, int paren, string acronym)
    {
        var letters = new string(acronym.Where(char.IsUpper).ToArray());
        var tokens = doc.Tokens;
        for (var start = paren - 1; start >= Math.Max(0, paren - 12); start--)
        {
            var t = tokens[start];
            if (!mentions.IsFree(start, 1) || doc.Blocked[start] || (!t.IsCapitalised && !Words.Connectors.Contains(t.Text))) return -1;
            if (!t.IsCapitalised || Words.SentenceStarters.Contains(t.Text) && start != paren - 1) continue;
            var initials = new string(Enumerable.Range(start, paren - start)
                .Where(k => tokens[k].IsCapitalised)
                .Select(k => tokens[k].Text[0]).ToArray());
            if (initials.Equals(letters, StringComparison.OrdinalIgnoreCase)) return start;
            if (initials.Length > letters.Length) return -1;
        }
        return -1;
    }

    /// <summary>What an unknown name is, from its last or first words; null when the words do not say.</summary>
    internal static EntityKind? Classify(IReadOnlyList<string> words)
    {
        var names = words.Where(w => w.Length > 0 && char.IsLetter(w[0])).ToList();
        if (names.Count == 0) return null;
        var last = names[^1];
        var first = names[0];
        if (names.Count >= 2 && names[^1] is "Center" or "Centre" or "Facility" or "Complex" && names[^2] is "Fusion" or "Intelligence" or "Crime" or "Operations" or "Analysis" or "Command" or "Information" or "Emergency" or "Dispatch"
            or "Correctional" or "Corrections" or "Detention" or "Processing" or "Juvenile" or "Communications" or "Reentry" or "Reception") return EntityKind.Agency;
        // "Fraud Investigations Unit", "Ozark Regional Fugitive Task Force", "Tulsa Public Schools", "Platte County Jail": public bodies by their last words.
        if (names.Count >= 2 && (last is "Unit" or "Branch" or "Jail" or "Prison" or "Penitentiary" || last == "Force" && names[^2] == "Task" || last == "Schools" && names[^2] == "Public")) return EntityKind.Agency;
        // "Board of Commissioners", "Institute for Public Policy", "Students for Privacy": a head word with its complement.
        for (var k = words.Count - 2; k >= 0; k--)
        {
            // "Coalition Against Surveillance" capitalises its connector; "Board of Commissioners" does not.
            var connector = words[k + 1].ToLowerInvariant();
            if (!Words.ComplementHeads.Contains(words[k]) || connector is not ("of" or "on" or "for" or "to" or "against")) continue;
            if (Words.GroupsOfPeople.Contains(words[k]) && connector is not ("for" or "against")) continue;
            if (Words.IsAgencyHead(words[k]) || words[k] is "Subcommittee" or "Task" or "Force") return EntityKind.Agency;
            return EntityKind.Organization;
        }
        // "Urban Transit Research Center", "Halloway Law School", "the Marlow Justice Data Fund": research, teaching and money for causes.
        if (names.Count >= 2 && (last is "Center" or "Centre" && names[^2] is "Research" or "Policy" or "Studies" or "Resource" or "Legal" or "Justice" or "Advocacy"
            || last == "School" && names[^2] is "Law" or "Medical" or "Business" or "Graduate" or "Journalism" || last == "Fund")) return EntityKind.Organization;
        // "Child Protective Services", "Emergency Medical Services": the public services a government runs, not a firm's.
        if (names.Count >= 2 && last == "Services" && names[^2] is "Protective" or "Social" or "Human" or "Family" or "Health" or "Emergency" or "Medical" or "Veterans" or "Youth" or "Community" or "Children's" or "Rehabilitation" or "Rehabilitative") return EntityKind.Agency;
        if (last == "Services" && names.Any(w => w is "County" or "City" or "Town" or "State" or "Municipal" or "Township" or "Parish")) return EntityKind.Agency;
        // "Homeland Security" is a government's; "Social Security" a programme, the benefits or its office, never a firm.
        if (names.Count >= 2 && last == "Security" && names[^2] is "Homeland" or "National" or "Public") return EntityKind.Agency;
        if (names.Count >= 2 && last == "Security" && names[^2] == "Social") return null;
        // "Enterprise Cloud Services", "Inmate Communication Services": what is bought, named by a contract, not who sells it.
        if (last == "Services" && names.SkipLast(1).All(w => GenericServiceWords.Contains(w))) return null;
        // "the AI Procurement Working Group": people from several bodies, no firm.
        if (names.Count >= 2 && last == "Group" && names[^2] == "Working") return null;
        if (Words.IsCompanySuffix(last)) return EntityKind.Company;
        // "Brightwater Public Affairs", "Castellano Webb Government Relations": lobbying firms; an office "of Public Affairs" was settled above.
        if (names.Count >= 3 && last is "Affairs" or "Relations" && names[^2] is "Public" or "Government" or "Governmental" && !words.Contains("of") && !Words.AgencyOpeners.Contains(first)) return EntityKind.Company;
        // "Halcyon BioAnalytics": a brand word ending in a company's head word.
        if (names.Count >= 2 && Words.CompanySuffixes.Any(suffix => suffix.Length > 3 && last.Length > suffix.Length + 1 && last.EndsWith(suffix, StringComparison.Ordinal) && char.IsUpper(last[^suffix.Length]))) return EntityKind.Company;
        // "Gem State Civil Liberties Council", "Harbor Towers Tenant Council": citizens organised, not a public body.
        // "Tallis Valley Health" is a health system; "Public Health", "Marren County Public Health" a field or a county's department.
        if (last == "Health" && names.Count >= 2 && names[^2] is "Public" or "Emergency" or "Behavioral" or "Mental" or "Environmental" or "Community" or "Population" or "Global" or "Occupational" or "Animal" or "Local" or "Digital")
        {
            return names.Any(w => w is "County" or "City" or "Town" or "State" or "Township" or "Municipal" or "Parish") ? EntityKind.Agency : null;
        }
        // "Marrow County Privacy Advisory Board": a county's board is the county's, whatever it advises on.
        if (last is "Council" or "Committee" or "Board" or "Coalition" && names.Any(w => CivicWords.Contains(w)) && !names.Any(w => w is "County" or "City" or "Town" or "Township" or "Municipal" or "Parish" or "Village")) return EntityKind.Organization;
        if (last is "Department" or "Office" && names.Count >= 2 && names[^2] is "Police" or "Sheriff" or "Fire") return EntityKind.Agency;
        // "Harrow County Public Library", "Dunmore Regional Library" are library systems a government runs; "Central Library", "Eastside Library" are their buildings.
        if (last is "Library" or "Libraries") return names.Any(w => w is "Public" or "County" or "Regional" or "City" or "Municipal" or "State" or "Town" or "Township" or "Parish" or "Free") ? EntityKind.Agency : null;
        if (Words.IsAgencyHead(last) || Words.AgencyOpeners.Contains(first) && names.Count >= 2 && words.Contains("of")) return EntityKind.Agency;
        // "Project Clear Roads", "Digital Evidence Modernization Project": a programme's name, not a body of people.
        if (first == "Project" && !words.Any(w => w is "on" or "for" or "of") || last is "Project" or "Initiative" or "Program" or "Programme" && names.Any(w => ProgrammeWords.Contains(w))) return null;
        if (Words.IsOrganizationHead(last) || Words.OrganizationOpeners.Contains(first) && names.Count >= 2) return EntityKind.Organization;
        return null;
    }

    private static readonly HashSet<string> GenericServiceWords = new(StringComparer.Ordinal)
    {
        "Communication", "Communications", "Cloud", "Health", "Information", "Financial", "Professional", "Support", "Technical", "Technology", "IT", "Legal",
        "Enterprise", "Shared", "Managed", "Consulting", "Inmate", "Data", "Digital", "Network", "Security", "Hosting", "Engineering", "Records", "Telephone",
        "Administrative", "Compliance", "Integrity", "General", "Business",
    };

    /// <summary>Words that mark a council or committee of citizens rather than of a government.</summary>
    private static readonly HashSet<string> CivicWords = new(StringComparer.Ordinal)
    {
        "Liberties", "Rights", "Tenant", "Tenants", "Residents", "Neighborhood", "Neighbourhood", "Parents", "Parent", "Students", "Student", "Youth",
        "Business", "Trade", "Industry", "Advocacy", "Privacy", "Freedom", "Taxpayers", "Citizens", "Community", "Interfaith", "Clergy", "Merchants",
    };

    /// <summary>Words that name a piece of work a body does, not the body: "Records Modernization Project".</summary>
    private static readonly HashSet<string> ProgrammeWords = new(StringComparer.Ordinal)
    {
        "Modernization", "Modernisation", "Upgrade", "Implementation", "Replacement", "Migration", "Expansion", "Deployment", "Pilot", "Integration",
        "Transformation", "Awareness", "Assurance", "Readiness", "Consolidation", "Procurement", "Rollout", "Evaluation",
    };

    /// <summary>Unknown bodies named the way bodies are: "Harbor City Police Department", "Veridex Labs, Inc.", "Department of Public Safety".</summary>
    private void FindOrganisationsByShape(DocumentText doc, MentionSet mentions)
    {
        var tokens = doc.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!StartsNameRun(doc, mentions, i)) continue;
            var end = i;
            var lastName = i;
            while (end + 1 < tokens.Count && ContinuesNameRun(doc, mentions, end + 1))
            {
                end++;
                var legalFormEnds = LegalFormEndsAt(tokens, end);
                if (tokens[end].IsCapitalised || Words.IsCompanySuffix(tokens[end].Text) || legalFormEnds) lastName = end;
                // "Skyrider Autonomy Inc. for Police Chief Lamar Whitfield": a legal form closes the company's name.
                if (legalFormEnds) break;
            }
            // "Kestrel Cloud Partners and Cobalt Ridge Systems", "the Pretrial Services Agency and Veritrace Analytics": two bodies,
            // the first closed by its head word; "the Justice Algorithms Lab at Ridgeview State University": a body at another.
            for (var k = i + 1; k < lastName; k++)
            {
                if (!tokens[k + 1].IsCapitalised || !Words.IsOrgHead(tokens[lastName].Text)) continue;
                var twoBodies = tokens[k].Text == "and" && Words.IsCompanySuffix(tokens[lastName].Text) && (Words.IsCompanySuffix(tokens[k - 1].Text) || Words.IsAgencyHead(tokens[k - 1].Text))
                    || tokens[k].Text == "at" && Words.IsOrgHead(tokens[k - 1].Text)
                    // "Veridian and Cobalt Ridge Software": a company the text names elsewhere in full ("Veridian Analytics"), then another.
                    || tokens[k].Text == "and" && k - i == 1 && Words.IsCompanySuffix(tokens[lastName].Text) && NamesACompany(tokens, tokens[i].Text);
                if (twoBodies)
                {
                    lastName = k - 1;
                    break;
                }
            }
            // Trailing connectors ("of the") and sentence starters at the front are not part of a name.
            var start = i;
            while (start < lastName)
            {
                // "Pittsburgh-based Brightwater Labs": where a body is, not its name.
                if (Words.SentenceStarters.Contains(tokens[start].Text) || Words.Honorifics.Contains(tokens[start].Text) || tokens[start].Text.EndsWith("-based", StringComparison.OrdinalIgnoreCase)) start++;
                // "Members of Parents for Safe Schools": who in the body, not its name.
                else if (tokens[start].Text is "Members" or "Leaders" or "Officials" or "Representatives" or "Staff" or "Executives" && start + 2 <= lastName && tokens[start + 1].Text == "of") start += tokens[start + 2].Text == "the" ? 3 : 2;
                else if (PersonBeforeConnector(tokens, start, lastName) is { } body) start = body;
                // A title opens a name only with a person or a body after it: "CEO of Northgate", not "Justice Algorithms Lab".
                else if (MatchTitle(doc, start, requireCapital: true) is { } title && start + title.Length <= lastName
                    && (tokens[start + title.Length].Text is "of" or "at" or "for" or "," || lexicon.GivenNames.Contains(tokens[start + title.Length].Text)))
                {
                    // "CEO of Northgate Biometrics": the title is not part of the company's name.
                    start += title.Length;
                    if (start < lastName && tokens[start].Text is "of" or "at" or "for") start++;
                }
                else break;
            }
            var best = BestOrganisation(doc, start, lastName);
            // "Georgia for NDCS Deputy Director Karin Holm and Warden Elijah Dorsey of the Platte River Correctional Center":
            // a titled person inside a run belongs to a sentence, not a name; the body starts after the last connector.
            if (best is var (bestFirst, bestLast, _) && Enumerable.Range(bestFirst + 1, bestLast - bestFirst).Any(k => MatchTitle(doc, k, requireCapital: true) is { } title && k + title.Length <= bestLast && lexicon.GivenNames.Contains(tokens[k + title.Length].Text)))
            {
                var connector = Enumerable.Range(bestFirst, bestLast - bestFirst + 1).LastOrDefault(k => tokens[k].Text is "of" or "at" or "for" or "and" or "with", -1);
                var body = connector < 0 ? -1 : tokens[connector + 1].Text == "the" ? connector + 2 : connector + 1;
                best = body > bestFirst && body < bestLast ? BestOrganisation(doc, body, bestLast) : null;
            }
            // "Transit Riders Union of Harborview": a citizens' group named for its place.
            if (best is (var groupFirst, var groupLast, EntityKind.Organization) && groupLast + 2 == lastName && tokens[groupLast + 1].Text == "of" && !Words.IsOrgHead(tokens[lastName].Text) && !Words.Connectors.Contains(tokens[lastName].Text))
            {
                best = (groupFirst, lastName, EntityKind.Organization);
            }
            // "“Guidance on Behavioral Threat Assessment Technology”": a title quoted in full is a document's, not a firm's.
            if (best is (var quotedFirst, var quotedLast, EntityKind.Company) && quotedFirst > 0 && quotedLast + 1 < tokens.Count
                && tokens[quotedFirst - 1].Text is "\"" or "“" && tokens[quotedLast + 1].Text is "\"" or "”" && Enumerable.Range(quotedFirst, quotedLast - quotedFirst + 1).Any(k => tokens[k].Text is "on" or "in" or "of" or "for"))
            {
                best = null;
            }
            if (best is var (first, last, kind))
            {
                var name = CleanName(doc.Span(first, last - first + 1));
                if (kind == EntityKind.Company) name = WithoutLegalForm(name);
                var nextIsProductNoun = last + 1 < tokens.Count && ProductNouns.Contains(tokens[last + 1].Text);
                if (kind == EntityKind.Company && !EndsWithLegalForm(tokens, last)
                    && (last > first && trie.LongestAt(tokens, first) is ({ Kind: EntityKind.Company }, 1, _) || nextIsProductNoun))
                {
                    kind = EntityKind.Product;
                }
                // "GridSight Command", "ShotLink Connect": a brand-shaped word before an edition word is a product, whatever the edition word heads elsewhere.
                if (last == first + 1 && ProductSuffixes.Contains(tokens[last].Text) && IsBrandShaped(tokens[first].Text)) kind = EntityKind.Product;
                mentions.TryAdd(new Mention(tokens[first].Start, tokens[last].End, first, last - first + 1, kind, name, "name-shape", 0.8));
            }
            i = lastName;
        }
    }

    /// <summary>"Luis Amparo of the Marisol Bay Police Department", "Priscilla Yoon-Harbaugh and Police Chief …": a person's name at the front is not part of the body's; returns where the body starts.</summary>
    private int? PersonBeforeConnector(List<Token> tokens, int start, int lastName)
    {
        // "Grant Okafor of Castellan Strategies": two plain capitalised words before "of" read as a person even when the given name is not one we know.
        var personShaped = start + 2 < lastName && tokens[start + 2].Text is "of" or "at" or "from"
            && Enumerable.Range(start, 2).All(k => tokens[k].IsCapitalised && !tokens[k].IsAllCaps && tokens[k].Text.Skip(1).All(char.IsLower)
                && !Words.IsOrgHead(tokens[k].Text) && !Words.AgencyOpeners.Contains(tokens[k].Text) && !Words.PlaceWords.Contains(tokens[k].Text) && !Words.States.Contains(tokens[k].Text) && !_titleWords.Contains(tokens[k].Text));
        if (!lexicon.GivenNames.Contains(tokens[start].Text) && !personShaped) return null;
        for (var k = start + 1; k < Math.Min(lastName, start + 5); k++)
        {
            if (tokens[k].Text is "of" or "at" or "and" or "from")
            {
                var body = k + 1;
                if (body < lastName && tokens[body].Text == "the") body++;
                return k > start + 1 && body < lastName ? body : null;
            }
            if (!tokens[k].IsCapitalised) return null;
        }
        return null;
    }

    private (int First, int Last, EntityKind Kind)? BestOrganisation(DocumentText doc, int start, int last)
    {
        var tokens = doc.Tokens;
        // Prefer the longest span ending at a head word; a name needs a word of its own besides the head.
        for (var end = last; end > start; end--)
        {
            var words = Enumerable.Range(start, end - start + 1).Select(t => tokens[t].Text).ToList();
            // Cutting "One Police Plaza" to "One Police" would invent a body: a shorter span must end where the name does.
            if (end < last && tokens[end + 1].IsCapitalised && tokens[end + 1].IsWord && !_titleWords.Contains(tokens[end + 1].Text) && !Words.LegalForms.Contains(tokens[end + 1].Text)) continue;
            var legalDot = LegalFormEndsAt(tokens, end);
            if (!tokens[end].IsCapitalised && !Words.IsCompanySuffix(tokens[end].Text) && !legalDot) continue;
            var kind = Classify(legalDot ? words[..^1] : words);
            if (kind is null) continue;
            var own = words.Count(w => w.Length > 1 && char.IsUpper(w[0]) && !Words.IsOrgHead(w) && !Words.AgencyOpeners.Contains(w) && !Words.Connectors.Contains(w));
            if (own == 0) continue;
            // "Principal Solutions Architect" is a job, not a company.
            if (kind == EntityKind.Company && (end + 1 < tokens.Count && _titleWords.Contains(tokens[end + 1].Text) || words.All(w => _titleWords.Contains(w) || Words.IsOrgHead(w) || Words.Connectors.Contains(w)))) continue;
            // A company suffix follows the company's own name, never a connector: "CISA on AI" is no company.
            if (kind == EntityKind.Company && end > start && Words.Connectors.Contains(tokens[end - 1].Text)) continue;
            return (start, end, kind.Value);
        }
        return null;
    }

    /// <summary>"Veridex Labs, Inc." is "Veridex Labs": one company, however its legal form is written.</summary>
    internal static string WithoutLegalForm(string name)
    {
        var words = name.Split(' ').ToList();
        while (words.Count > 1 && Words.LegalForms.Contains(words[^1])) words.RemoveAt(words.Count - 1);
        return string.Join(' ', words).TrimEnd(',');
    }

    private static string CleanName(string span) => string.Join(' ', span.Split([' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries)).Replace(" ,", ",", StringComparison.Ordinal).TrimEnd(',');

    private static bool NamesACompany(IReadOnlyList<Token> tokens, string word)
    {
        for (var t = 0; t + 1 < tokens.Count; t++)
        {
            if (tokens[t].Text == word && tokens[t + 1].IsCapitalised && Words.IsCompanySuffix(tokens[t + 1].Text)) return true;
        }
        return false;
    }

    private static bool StartsNameRun(DocumentText doc, MentionSet mentions, int i) =>
        !doc.Blocked[i] && !doc.InHeadline[i] && mentions.IsFree(i, 1) && doc.Tokens[i].IsCapitalised && doc.Tokens[i].IsWord;

    /// <summary>The people a group speaks for, whose plural's apostrophe sits inside its name: "Patients' Rights Coalition"; not "Supervisors' Committee", a body's own unit.</summary>
    private static readonly HashSet<string> PeoplesPlurals = new(StringComparer.Ordinal)
    {
        "Patients", "Workers", "Parents", "Veterans", "Teachers", "Nurses", "Tenants", "Riders", "Residents", "Farmers", "Students", "Families", "Women",
        "Officers", "Firefighters", "Employees", "Consumers", "Taxpayers", "Citizens", "Voters", "Drivers", "Survivors", "Physicians", "Lawyers", "Defenders",
        "Homeowners", "Renters", "Immigrants", "Seniors", "Retirees", "Deputies", "Troopers", "Caregivers", "Users", "Victims",
    };

    private static bool ContinuesNameRun(DocumentText doc, MentionSet mentions, int i)
    {
        var t = doc.Tokens[i];
        if (doc.Blocked[i] || doc.InHeadline[i] || !mentions.IsFree(i, 1) || doc.LineStart(i) && !doc.WrappedBefore(i) || doc.SentenceOf[i] != doc.SentenceOf[i - 1]) return false;
        if (t.IsCapitalised && t.IsWord) return !Words.Calendar.Contains(t.Text);
        if (t.Text == "the") return doc.Tokens[i - 1].Text is "of" or "for" or "on" && i + 1 < doc.Tokens.Count && doc.Tokens[i + 1].IsCapitalised;
        if (Words.Connectors.Contains(t.Text)) return i + 1 < doc.Tokens.Count && (doc.Tokens[i + 1].IsCapitalised && !Words.Calendar.Contains(doc.Tokens[i + 1].Text) || doc.Tokens[i + 1].Text == "the");
        // "Sheriff's Office", "Veridex Labs, Inc.", "Corp."; not "AHS's Office of Program Integrity", a body's own office.
        // "Patients' Rights Coalition", "Workers' Union": a plural's bare apostrophe inside a name.
        if (t.Text is "'" or "’" && t.Start == doc.Tokens[i - 1].End && PeoplesPlurals.Contains(doc.Tokens[i - 1].Text)
            && i + 1 < doc.Tokens.Count && doc.Tokens[i + 1].IsCapitalised && doc.Tokens[i + 1].IsWord && !Words.Calendar.Contains(doc.Tokens[i + 1].Text)) return true;
        if (t.IsPossessive) return i + 1 < doc.Tokens.Count && doc.Tokens[i + 1].Text is "Office" or "Department" or "Association" && !(doc.Tokens[i - 1].Text.Length >= 2 && doc.Tokens[i - 1].Text.All(char.IsUpper));
        if (t.Text == ",") return i + 1 < doc.Tokens.Count && Words.IsCompanySuffix(doc.Tokens[i + 1].Text) && doc.Tokens[i + 1].IsCapitalised;
        if (t.Text == ".") return Words.IsCompanySuffix(doc.Tokens[i - 1].Text + ".") && doc.Tokens[i].Start == doc.Tokens[i - 1].End;
        return false;
    }

    /// <summary>People: a given name followed by surnames, or any capitalised name after a title or before an apposition.</summary>
    private void FindPeople(DocumentText doc, MentionSet mentions)
    {
        var tokens = doc.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (doc.Blocked[i] || doc.InHeadline[i] || !mentions.IsFree(i, 1) || !tokens[i].IsCapitalised) continue;
            var title = TitleAt(doc, mentions, i, out var afterTitle);
            var start = title is null ? i : afterTitle;
            if (title is null && Words.SentenceStarters.Contains(tokens[i].Text)) continue;
            var count = NameLength(doc, mentions, start);
            // A lone surname after a title ("Director Kowalczyk") is left to refer back to a full name.
            if (count < 2) continue;
            var givenName = lexicon.GivenNames.Contains(tokens[start].Text);
            var apposition = AppositionTitle(doc, start + count) is not null;
            var afterRole = title is null && !givenName && !apposition && AfterRole(doc, start, count);
            if (!givenName && title is null && !apposition && !afterRole) continue;
            var name = string.Join(' ', Enumerable.Range(start, count).Select(t => tokens[t].Text));
            var rule = givenName ? "person-given-name" : title is not null ? "person-title" : afterRole ? "person-after-role" : "person-apposition";
            mentions.TryAdd(new Mention(tokens[start].Start, tokens[start + count - 1].End, start, count, EntityKind.Person, name, rule, givenName ? 0.85 : 0.75)
                { Title = IsHonorific(title) ? null : title, TitleToken = title is null ? null : i });
            i = start + count - 1;
        }
    }

    /// <summary>
    /// "the company's chief executive, Mireille Santangelo, joined", "director of state programs,
    /// Oskar Brennholt.": a name set off by commas right after a lower-case role is a person's,
    /// whether or not the given name is one we know.
    /// </summary>
    private bool AfterRole(DocumentText doc, int start, int count)
    {
        var tokens = doc.Tokens;
        var end = start + count;
        if (start < 2 || tokens[start - 1].Text != "," || end >= tokens.Count || tokens[end].Text is not ("," or "." or ";" or ")" or "said" or "says" or "told" or "wrote" or "joined")) return false;
        for (var k = start - 2; k >= Math.Max(0, start - 7); k--)
        {
            var word = tokens[k].Text;
            if (!word.All(c => char.IsLower(c) || c == '-') && !tokens[k].IsPossessive) return false;
            if (ProductNouns.Contains(word)) return false;
            if (_titleWords.Contains(char.ToUpperInvariant(word[0]) + word[1..])) return true;
        }
        return false;
    }

    private static readonly HashSet<string> CompanyNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "company", "firm", "startup", "start-up", "vendor", "contractor", "maker", "manufacturer", "provider", "developer", "supplier", "subsidiary", "integrator", "reseller", "broker",
    };

    private static readonly HashSet<string> PeopleNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "people", "families", "relatives", "parents", "residents", "tenants", "advocates", "activists", "lawyers", "attorneys", "workers", "members", "survivors",
        "organizations", "organisations", "groups", "nonprofits", "churches", "employers", "businesses", "companies", "firms", "patients", "students", "teachers", "veterans",
    };

    private static readonly HashSet<string> OrganizationNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "nonprofit", "non-profit", "charity", "coalition", "watchdog", "think tank", "advocacy group", "civil-liberties group", "civil liberties group", "trade group", "union", "newsroom", "newspaper",
        "network", "alliance", "collective", "organization", "organisation", "association", "foundation", "group",
    };

    /// <summary>
    /// "Halberd, a Tulsa-based maker of cell-phone jammers,", "Open Records Watch, a nonprofit that …":
    /// an unknown name the text itself calls a company or a nonprofit is one.
    /// </summary>
    private void FindBodiesByApposition(DocumentText doc, MentionSet mentions)
    {
        var tokens = doc.Tokens;
        for (var i = 0; i < tokens.Count - 3; i++)
        {
            if (doc.Blocked[i] || doc.InHeadline[i] || !mentions.IsFree(i, 1) || !tokens[i].IsCapitalised || !tokens[i].IsWord || doc.IsSentenceStart(i) && Words.SentenceStarters.Contains(tokens[i].Text)) continue;
            var end = i;
            while (end < tokens.Count && end - i < 3 && mentions.IsFree(end, 1) && tokens[end].IsCapitalised && tokens[end].IsWord && !Words.Calendar.Contains(tokens[end].Text) && doc.SentenceOf[end] == doc.SentenceOf[i]) end++;
            if (end == i || end + 2 >= tokens.Count || tokens[end].Text != "," || tokens[end + 1].Text is not ("a" or "an") || lexicon.GivenNames.Contains(tokens[i].Text) || Words.States.Contains(tokens[i].Text)) continue;
            var description = string.Join(' ', Enumerable.Range(end + 2, Math.Min(5, tokens.Count - end - 2)).Select(k => tokens[k].Text).TakeWhile(w => w is not ("," or "." or "that" or "which" or "of" or "for" or "with" or "whose")));
            var kind = description.Split(' ').Any(CompanyNouns.Contains) ? EntityKind.Company
                : OrganizationNouns.Any(n => description.EndsWith(n, StringComparison.OrdinalIgnoreCase)) ? EntityKind.Organization : (EntityKind?)null;
            if (kind is null) continue;
            // "a network of relatives" is a body of people; "a network of rooftop sensors" is a thing.
            var after = end + 2 + description.Split(' ').Length;
            if (kind == EntityKind.Organization && (description.EndsWith("network", StringComparison.OrdinalIgnoreCase) || description.EndsWith("group", StringComparison.OrdinalIgnoreCase))
                && after + 1 < tokens.Count && tokens[after].Text == "of" && !Enumerable.Range(after + 1, Math.Min(6, tokens.Count - after - 1)).Any(k => PeopleNouns.Contains(tokens[k].Text))) continue;
            mentions.TryAdd(new Mention(tokens[i].Start, tokens[end - 1].End, i, end - i, kind.Value, doc.Span(i, end - i), "body-apposition", 0.7));
            i = end;
        }
    }

    /// <summary>
    /// "Library Workers United, Local 418", "Harbor &amp; Gate Workers Union Local 88", "LWU Local 418": a
    /// union's branch, named by its union and number; a bare "Local 418" is the branch named before it.
    /// </summary>
    private static void FindUnionLocals(DocumentText doc, MentionSet mentions)
    {
        var tokens = doc.Tokens;
        string? lastNamed = null;
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (tokens[i].Text != "Local" || !tokens[i + 1].Text.All(char.IsDigit) || doc.Blocked[i] || !mentions.IsFree(i, 2)) continue;
            var first = i;
            var k = i - 1;
            if (k >= 0 && tokens[k].Text == ",") k--;
            while (k >= 0 && i - k <= 7 && doc.SentenceOf[k] == doc.SentenceOf[i] && mentions.IsFree(k, 1)
                   && (tokens[k].IsCapitalised && tokens[k].IsWord && !Words.SentenceStarters.Contains(tokens[k].Text) || tokens[k].Text == "&" && k > 0 && tokens[k - 1].IsCapitalised))
            {
                first = k--;
            }
            var union = first < i && (tokens[first..i].Any(t => UnionWords.Contains(t.Text)) || i - first <= 2 && tokens[first].IsAllCaps);
            if (!union) first = i;
            // "LWU Local 418" after "Library Workers United, Local 418": the same branch by its union's initials.
            var byInitials = union && i - first == 1 && tokens[first].IsAllCaps && lastNamed is not null && UnionInitials(lastNamed) == tokens[first].Text;
            var name = byInitials || !union ? lastNamed ?? doc.Span(i, 2) : doc.Span(first, i + 2 - first);
            if (union && !byInitials) lastNamed = name;
            mentions.TryAdd(new Mention(tokens[first].Start, tokens[i + 1].End, first, i + 2 - first, EntityKind.Organization, name, "union-local", 0.8));
            i++;
        }
    }

    private static string UnionInitials(string local) =>
        string.Concat(local[..local.LastIndexOf(" Local", StringComparison.Ordinal)].TrimEnd(',').Split(' ').Where(w => w.Length > 0 && char.IsUpper(w[0])).Select(w => w[0]));

    private static readonly HashSet<string> UnionWords = new(StringComparer.Ordinal)
    {
        "Union", "Workers", "United", "Employees", "Federation", "Guild", "Brotherhood", "Teamsters", "Firefighters", "Officers", "Nurses", "Teachers",
        "Educators", "Professionals", "Staff", "Laborers", "Machinists", "Electrical", "Communications", "Transit", "Service",
    };

    /// <summary>"Keystar CEO Brandon Hale", "Orlan founder Mia Tse": an unknown name before a title only a firm gives is that firm.</summary>
    private void FindCompaniesBeforeTitles(DocumentText doc, MentionSet mentions)
    {
        var tokens = doc.Tokens;
        for (var i = 0; i < tokens.Count - 2; i++)
        {
            if (doc.Blocked[i] || !mentions.IsFree(i, 1) || !tokens[i].IsCapitalised || !tokens[i].IsWord || tokens[i].IsAllCaps && tokens[i].Text.Length < 3
                || Words.SentenceStarters.Contains(tokens[i].Text) || Words.Calendar.Contains(tokens[i].Text) || lexicon.GivenNames.Contains(tokens[i].Text) || Words.States.Contains(tokens[i].Text)) continue;
            var end = i + 1;
            if (end < tokens.Count && tokens[end].IsCapitalised && tokens[end].IsWord && mentions.IsFree(end, 1) && !CompanyTitles.Contains(tokens[end].Text)) end++;
            if (end + 1 >= tokens.Count || !CompanyTitles.Contains(tokens[end].Text) || doc.SentenceOf[end] != doc.SentenceOf[i]) continue;
            if (!(tokens[end + 1].IsCapitalised && mentions.At(end + 1) is null or { Kind: EntityKind.Person })) continue;
            if (i > 0 && tokens[i - 1].IsCapitalised && tokens[i - 1].IsWord && doc.SentenceOf[i - 1] == doc.SentenceOf[i] && !doc.IsSentenceStart(i)) continue;
            // "Trellis CEO …" beside "Trellis Systems": a short form, left to refer back to the full name.
            var name = doc.Span(i, end - i);
            if (Words.IsOrgHead(tokens[end - 1].Text) || mentions.All.Any(m => m.IsOrganisation && m.Name.StartsWith(name + " ", StringComparison.Ordinal))) continue;
            mentions.TryAdd(new Mention(tokens[i].Start, tokens[end - 1].End, i, end - i, EntityKind.Company, name, "company-before-title", 0.65));
            i = end;
        }
    }

    /// <summary>
    /// "why I need Shelfwise to be able to prove it", written to kostrowski@shelfwise.example: a
    /// one-word name that is the name a correspondent's address is registered under is their firm.
    /// </summary>
    private void FindCorrespondentsFirms(DocumentText doc, MentionSet mentions, IReadOnlySet<string> domains, Dictionary<string, string> surnames)
    {
        if (domains.Count == 0) return;
        var tokens = doc.Tokens;
        // "Tamarack" beside "Tamarack Department of Corrections" or "State of Tamarack": a place whose government writes from its name.
        var places = Enumerable.Range(0, tokens.Count).Where(i => tokens[i].IsCapitalised && domains.Contains(tokens[i].Text.ToLowerInvariant()) && PlaceAt(doc, i)).Select(i => tokens[i].Text).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.Text.Length < 4 || !t.IsCapitalised || t.IsAllCaps || !t.IsWord || doc.Blocked[i] || !mentions.IsFree(i, 1) || !domains.Contains(t.Text.ToLowerInvariant())
                || Words.IsOrgHead(t.Text) || Words.NotNames.Contains(t.Text) || Words.Calendar.Contains(t.Text) || Words.States.Contains(t.Text) || lexicon.GivenNames.Contains(t.Text) || surnames.ContainsKey(t.Text)) continue;
            // "Pathlight" beside "Pathlight Communications": the short form, left to refer back to the full name.
            if (places.Contains(t.Text) || mentions.All.Any(m => m.IsOrganisation && (m.Name.StartsWith(t.Text + " ", StringComparison.Ordinal) || m.Name.EndsWith(" of " + t.Text, StringComparison.Ordinal)))) continue;
            mentions.TryAdd(new Mention(t.Start, t.End, i, 1, EntityKind.Company, t.Text, "correspondent-domain", 0.7));
        }
    }

    private static bool PlaceAt(DocumentText doc, int i) => i + 1 < doc.Tokens.Count && (Words.IsAgencyHead(doc.Tokens[i + 1].Text) || doc.Tokens[i + 1].Text is "County" or "City" or "State" or "Attorney" or "Governor" or "Gov" or "Legislature" or "Senate" or "House")
        || i >= 2 && doc.Tokens[i - 1].Text is "of" or "in" && doc.Tokens[i - 2].Text is "State" or "City" or "County" or "Town" or "Commonwealth";

    private static readonly HashSet<string> CompanyTitles = new(StringComparer.Ordinal) { "CEO", "COO", "CFO", "CTO", "founder", "co-founder", "cofounder" };

    private static bool IsHonorific(string? title) => title is not null && Words.Honorifics.Contains(title);

    /// <summary>How many tokens from <paramref name="start"/> make a person's name: 1 to 4 name words, initials and particles.</summary>
    private int NameLength(DocumentText doc, MentionSet mentions, int start)
    {
        var tokens = doc.Tokens;
        var count = 0;
        for (var i = start; i < tokens.Count && count < 4; i++)
        {
            var t = tokens[i];
            if (doc.Blocked[i] || !mentions.IsFree(i, 1) || (i > start && (doc.LineStart(i) && !doc.WrappedBefore(i) || doc.SentenceOf[i] != doc.SentenceOf[start] && !IsInitial(tokens[i - 1])))) break;
            var isName = t.IsCapitalised && t.IsWord && !t.IsAllCaps && !Words.Calendar.Contains(t.Text) && !Words.NotNames.Contains(t.Text) && !Words.IsOrgHead(t.Text)
                && !_titleWords.Contains(t.Text)
                && !Words.SentenceStarters.Contains(t.Text) && t.Text.Any(char.IsLower);
            var isInitial = IsInitial(t) && i + 1 < tokens.Count && tokens[i + 1].IsCapitalised;
            var isParticle = count > 0 && t.Text is "de" or "del" or "della" or "van" or "von" or "da" or "la" or "le" or "bin" or "al" && i + 1 < tokens.Count && tokens[i + 1].IsCapitalised;
            if (!isName && !isInitial && !isParticle) break;
            count++;
        }
        // A name does not end on a particle or an initial.
        while (count > 0 && (IsInitial(tokens[start + count - 1]) || !tokens[start + count - 1].IsCapitalised)) count--;
        return count;
    }

    private static bool IsInitial(Token t) => t.Text.Length == 2 && char.IsUpper(t.Text[0]) && t.Text[1] == '.' || t.Text.Length == 1 && char.IsUpper(t.Text[0]);

    /// <summary>A title written before a name: "Deputy Director", "Sen.", "CEO". Returns it as written and where the name starts.</summary>
    internal string? TitleAt(DocumentText doc, MentionSet mentions, int i, out int after)
    {
        after = i;
        var tokens = doc.Tokens;
        if (Words.Honorifics.Contains(tokens[i].Text))
        {
            after = i + 1;
            if (after < tokens.Count && tokens[after].Text == "." ) after++;
            return after < tokens.Count ? tokens[i].Text : null;
        }
        // "Sen. Adaeze Whitlock": the tokenizer leaves the abbreviation's full stop as a token of its own.
        // An initial after it ("Lt. G. Sampson") is left to the full name it abbreviates.
        if (i + 2 < tokens.Count && tokens[i + 1].Text == "." && tokens[i + 1].Start == tokens[i].End && Words.Honorifics.Contains(tokens[i].Text + ".") && !IsInitial(tokens[i + 2]))
        {
            after = i + 2;
            return tokens[i].Text + ".";
        }
        var title = MatchTitle(doc, i, requireCapital: true);
        if (title is null) return null;
        after = i + title.Value.Length;
        // "Deputy Assistant Director", "Acting Chief Counsel": titles stack.
        while (after < tokens.Count && MatchTitle(doc, after, requireCapital: true) is { } more) after += more.Length;
        if (after >= tokens.Count || !tokens[after].IsCapitalised || !mentions.IsFree(after, 1)) return null;
        return doc.Span(i, after - i);
    }

    /// <summary>The longest title from the lexicon starting at token <paramref name="i"/>, as a token count.</summary>
    internal (int Length, string Title)? MatchTitle(DocumentText doc, int i, bool requireCapital)
    {
        var tokens = doc.Tokens;
        foreach (var title in lexicon.Titles)
        {
            var parts = title.Split(' ');
            if (i + parts.Length > tokens.Count) continue;
            var ok = true;
            for (var k = 0; k < parts.Length && ok; k++)
            {
                var t = tokens[i + k];
                ok = t.Text.Equals(parts[k], StringComparison.OrdinalIgnoreCase) && (!requireCapital || char.IsUpper(t.Text[0]) || Words.Connectors.Contains(t.Text));
            }
            if (ok) return (parts.Length, title);
        }
        return null;
    }

    /// <summary>", a former deputy director of ICE" after a name: the title it gives, or null.</summary>
    internal (string Title, bool Former, int End)? AppositionTitle(DocumentText doc, int i)
    {
        var tokens = doc.Tokens;
        if (i >= tokens.Count || tokens[i].Text != ",") return null;
        var k = i + 1;
        if (k < tokens.Count && tokens[k].Text is "a" or "an" or "the" or "then") k++;
        var former = false;
        if (k < tokens.Count && tokens[k].Text.ToLowerInvariant() is "former" or "ex" or "onetime" or "retired" or "then-")
        {
            former = true;
            k++;
        }
        // "a senior solutions architect", "an ICE spokesperson": skip up to three words before the title.
        for (var skip = 0; skip <= 3 && k + skip < tokens.Count; skip++)
        {
            if (MatchTitle(doc, k + skip, requireCapital: false) is { } title)
            {
                return (doc.Span(k + skip, title.Length), former, k + skip + title.Length);
            }
            if (tokens[k + skip].Text is "," or "." or "who" or "which") break;
        }
        return null;
    }

    private sealed record PersonNames(Dictionary<string, string> Surnames, Dictionary<string, string> GivenNames);

    /// <summary>Surnames and given names that point at one person only, from the names found and the email's people.</summary>
    private static PersonNames PersonIndex(MentionSet mentions, IReadOnlyCollection<string> knownPeople)
    {
        var full = mentions.All.Where(m => m.Kind == EntityKind.Person).Select(m => m.Name).Concat(knownPeople)
            .Where(n => n.Contains(' ', StringComparison.Ordinal) && !n.Contains('@', StringComparison.Ordinal)).Distinct().ToList();
        static Dictionary<string, string> Unique(IEnumerable<(string Key, string Name)> pairs) =>
            pairs.GroupBy(p => p.Key, StringComparer.Ordinal).Where(g => g.Select(p => p.Name).Distinct().Count() == 1)
                .ToDictionary(g => g.Key, g => g.First().Name, StringComparer.Ordinal);
        return new PersonNames(
            Unique(full.Select(n => (n.Split(' ')[^1], n))),
            Unique(full.Select(n => (n.Split(' ')[0], n))));
    }

    /// <summary>Short forms: an acronym defined earlier, a surname or a given name of someone named in full.</summary>
    private void ReferBack(DocumentText doc, MentionSet mentions, Dictionary<string, Mention> acronyms, PersonNames people)
    {
        var tokens = doc.Tokens;
        // "Halvorsen Analytics LLC" ... "Halvorsen": a company found by the shape of its name, called by its first word.
        var shortForms = mentions.All.Where(m => m.Kind == EntityKind.Company && m.Rule == "name-shape" && m.TokenCount > 1)
            .GroupBy(m => tokens[m.FirstToken].Text, StringComparer.Ordinal)
            .Where(g => g.Select(m => m.Name).Distinct().Count() == 1 && !lexicon.GivenNames.Contains(g.Key) && !Words.SentenceStarters.Contains(g.Key) && !Words.NotNames.Contains(g.Key))
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (doc.Blocked[i] || !mentions.IsFree(i, 1) || !t.IsCapitalised) continue;
            if (acronyms.TryGetValue(t.Text, out var expansion))
            {
                mentions.TryAdd(expansion with { Start = t.Start, End = t.End, FirstToken = i, TokenCount = 1, Rule = "acronym-back-reference", Confidence = 0.85 });
            }
            else if (shortForms.TryGetValue(t.Text, out var company))
            {
                mentions.TryAdd(company with { Start = t.Start, End = t.End, FirstToken = i, TokenCount = 1, Rule = "short-name-back-reference", Confidence = 0.75 });
            }
            else if (people.Surnames.TryGetValue(t.Text, out var person) && !Words.SentenceStarters.Contains(t.Text))
            {
                mentions.TryAdd(new Mention(t.Start, t.End, i, 1, EntityKind.Person, person, "surname-back-reference", 0.8));
            }
            else if (people.GivenNames.TryGetValue(t.Text, out person) && lexicon.GivenNames.Contains(t.Text) && !(i + 1 < tokens.Count && tokens[i + 1].IsCapitalised && tokens[i + 1].IsWord))
            {
                mentions.TryAdd(new Mention(t.Start, t.End, i, 1, EntityKind.Person, person, "given-name-back-reference", 0.7));
            }
        }
    }

    // "PatrolGrid", "ShotLink360", "ParkIQ".
    [GeneratedRegex(@"^\p{Lu}\p{Ll}{2,}(?:\p{Lu}\p{Ll}{2,}|\p{Lu}{2}$)[\p{L}\d]*$")]
    private static partial Regex CamelCase();

    /// <summary>Spelled the way brands are and names of people and places are not: "GridSight", "Mark43", "iSentry".</summary>
    private static bool IsBrandShaped(string word) =>
        CamelCase().IsMatch(word) && !word.StartsWith("Mc", StringComparison.Ordinal) && !word.StartsWith("Mac", StringComparison.Ordinal)
        || WordWithNumber().IsMatch(word) || LowerCaseBrand().IsMatch(word);

    // "Mark43", "Sentinel9": a word run into a number is a brand, not a person or a place.
    [GeneratedRegex(@"^\p{Lu}\p{Ll}{2,}\d{1,4}$")]
    private static partial Regex WordWithNumber();

    /// <summary>Words that come before a product when someone tries, buys or uses it: "a demo of ClearPath", "licenses for Coplink", "deployed Fusus".</summary>
    private static readonly HashSet<string> ProductCues = new(StringComparer.OrdinalIgnoreCase)
    {
        "demo of", "demonstration of", "pilot of", "trial of", "rollout of", "deployment of", "licenses for", "licences for", "license for", "licence for",
        "subscription to", "subscriptions to", "upgrade to", "migration to", "integration with", "deploy", "deployed", "deploying", "purchase", "purchased",
        "purchasing", "procure", "procured", "licensed", "piloted", "piloting", "demoed", "demonstrated", "trialed", "trialled",
        "offered", "offering", "offers", "pitched", "pitching", "pitches", "sells", "selling", "showcased", "unveiled", "launched", "rolled out",
    };

    // "iSentry", "eCitation": a brand that starts in lower case.
    [GeneratedRegex(@"^[ie]\p{Lu}\p{Ll}{2,}[\p{L}\d]*$")]
    private static partial Regex LowerCaseBrand();

    // Model designations: X10, V300, SQ-9, 4PC, T-40.
    [GeneratedRegex(@"^(?:\p{Lu}{1,4}-?\d{1,4}\p{Lu}{0,3}|\d{1,3}\p{Lu}{2,4})$")]
    private static partial Regex ModelNumber();

    private static readonly HashSet<string> ProductNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "platform", "software", "system", "tool", "tools", "app", "application", "suite", "module", "database", "camera", "cameras", "drone", "drones",
        "reader", "readers", "device", "devices", "sensor", "sensors", "tracker", "trackers", "dashboard", "product", "service", "technology", "program",
        "tower", "towers", "solution", "engine", "kit", "unit", "units", "toolkit", "feature", "model", "drone", "aircraft", "kiosk", "kiosks",
        "scanner", "scanners", "analytics", "alerting", "search", "extraction", "integration", "license-plate", "add-on", "plugin", "plug-in",
        "extension", "subscription", "package", "login", "logins",
    };

    /// <summary>Small words that never stand inside a product's description: "pitched Iowa on software" is not Iowa software.</summary>
    private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal)
    {
        "on", "in", "of", "for", "to", "with", "at", "by", "about", "from", "as", "and", "or", "the", "a", "an", "its", "their", "our", "your", "his", "her", "into", "over",
    };

    /// <summary>Words a number follows that name a place, a rule or a part of a document, not a product: "District 9", "Section 8".</summary>
    private static readonly HashSet<string> NotProductHeads = new(StringComparer.Ordinal)
    {
        "District", "Route", "Station", "Chapter", "Section", "Local", "Precinct", "Room", "Suite", "Floor", "Building", "Phase", "Title", "Article", "Level",
        "Stage", "Gate", "Terminal", "Pier", "Berth", "Lot", "Platform", "Track", "Hangar", "Wharf", "Ward", "Region", "Zone", "Area", "Highway", "Interstate", "Exit", "Page", "Item", "Exhibit", "Number", "No", "Lodge",
        "Channel", "Grade", "Class", "Tier", "Step", "Question", "Appendix", "Figure", "Table", "Attachment", "Proposition", "Measure", "Amendment", "Bill",
        "Districts", "Version", "Sections", "Phases", "Pages", "Items", "Rooms", "Stations", "Season", "Episode", "Part", "Week", "Day", "Year", "Count",
        "Release", "Bldg", "Cell", "Team", "Group", "Box", "Batch", "Volume", "Vol", "Document", "Doc", "Tranche", "Round", "Option", "Lane", "Hall", "Wing", "Exemption", "Exemptions", "Rule", "Rules",
    };

    /// <summary>What a name is when it is a contract, a law or a programme rather than something sold.</summary>
    private static readonly HashSet<string> ContractWords = new(StringComparer.Ordinal)
    {
        "Agreement", "Contract", "Program", "Programme", "Initiative", "Act", "Policy", "Project", "Operation", "Campaign", "Memorandum", "Ordinance", "Plan", "Grant",
    };

    /// <summary>Words that carry a product's name on to an edition of it: "FieldNet Pro", "Veritrace Mobile", "SpotterCam X2".</summary>
    private static readonly HashSet<string> ProductSuffixes = new(StringComparer.Ordinal)
    {
        "Pro", "Plus", "Mobile", "Cloud", "Command", "Vault", "Dock", "Max", "Lite", "Enterprise", "Edge", "Go", "Live", "Connect", "Hub", "Ultra", "Mini",
        "Premium", "Express", "Field", "Web", "Online", "Desktop", "Server", "Sync", "Shield", "Guard", "Core", "Studio",
    };

    /// <summary>Words that carry a product's name (not a company's: "Meridian Analytics" may be a firm) on to an edition or module: "PathFinder Records", "TrueMatch SDK".</summary>
    private static readonly HashSet<string> ModuleWords = new(StringComparer.Ordinal)
    {
        "SDK", "API", "HD", "GPS", "3D", "AI", "Suite", "Console", "Gateway", "Edition", "Analytics", "Records", "Locate", "Video", "Visitation", "Node", "Region",
        "Respond", "Investigator", "Station", "Portal", "Link", "Review", "Match", "Manager", "Assist", "Predict", "Search", "Detect", "Tablet", "Reader", "Tracker", "Sensor",
        "ID", "Archive", "Liveness", "II", "III", "IV", "Central", "Translate",
    };

    // "4", "2.0", "360": an edition number after a product's name.
    [GeneratedRegex(@"^\d{1,3}(?:\.\d{1,2})?$")]
    private static partial Regex EditionNumber();

    // "Sentry-9", "QR-7", "GG-200": a hyphenated model designation, a product wherever it stands.
    [GeneratedRegex(@"^(?:\p{Lu}{2,4}|\p{Lu}\p{Ll}{2,})-\d{1,4}\p{Lu}{0,2}$")]
    private static partial Regex HyphenatedModel();

    private static readonly HashSet<string> NotModels = new(StringComparer.Ordinal) { "K-12", "COVID-19", "H-1B", "I-9", "W-2", "W-4", "F-1", "J-1", "SARS-2" };

    /// <summary>
    /// Products the lexicon does not know: a company's name followed by a product name ("Ambervale
    /// Locate"), a word in CamelCase ("PatrolGrid"), a name before "platform" or "software", or after "called".
    /// </summary>
    private void FindProducts(DocumentText doc, MentionSet mentions)
    {
        DropUnvouchedKnownProducts(doc, mentions);
        RetypeProductsNamedAfterMaker(doc, mentions);
        FindNamedProducts(doc, mentions);
        RetypeProductsNamedAfterMaker(doc, mentions);
        FindNumberedProducts(doc, mentions);
        FindSuffixedProducts(doc, mentions);
        ExtendEditions(doc, mentions);
        PrefixMakers(doc, mentions);
        // "the Atlas platform" ... "Atlas flagged": a product found by its shape, called by its first word;
        // "Brightforge Signal" ... "Signal", "SpotterCam X2" ... "SpotterCam": called without its maker or its edition.
        var shortForms = mentions.All.Where(m => m.Kind == EntityKind.Product && m.Rule.StartsWith("product-", StringComparison.Ordinal))
            .SelectMany(m => ShortForms(doc, m).Where(form => char.IsUpper(form[0])).Select(form => (Form: form, Product: m)))
            .GroupBy(p => p.Form, StringComparer.Ordinal)
            .Where(g => !Words.SentenceStarters.Contains(g.Key) && !lexicon.GivenNames.Contains(g.Key))
            // A longer product the form is short for wins over a product of that very name: "Signal" is "Brightforge Signal".
            .Select(g => (Form: g.Key, Products: (g.Any(p => p.Product.Name != g.Key) ? g.Where(p => p.Product.Name != g.Key) : g).Select(p => p.Product).DistinctBy(p => p.Name).ToList()))
            .Where(g => g.Products.Count == 1 && !ToldBefore(doc, mentions, g.Form, g.Products[0]))
            .ToDictionary(g => g.Form, g => g.Products[0], StringComparer.Ordinal);
        // A short form some rule already took for a product of its own is the same product.
        foreach (var m in mentions.All.Where(m => m.Kind == EntityKind.Product && m.Known is null && shortForms.TryGetValue(m.Name, out var full) && full.Name != m.Name).ToList())
        {
            mentions.Replace(m, m with { Name = shortForms[m.Name].Name, Rule = "product-back-reference", Maker = null });
        }
        for (var i = 0; i < doc.Tokens.Count; i++)
        {
            if (!doc.Blocked[i] && mentions.IsFree(i, 1) && shortForms.TryGetValue(doc.Tokens[i].Text, out var product))
            {
                mentions.TryAdd(product with { Start = doc.Tokens[i].Start, End = doc.Tokens[i].End, FirstToken = i, TokenCount = 1, Rule = "product-back-reference", Confidence = 0.65, Maker = null });
            }
        }
    }

    /// <summary>
    /// "Lattice", "Falcon", "Watson": a known product whose one-word name is an ordinary word or a
    /// surname is that product only beside its maker; in a text that never names the maker it is
    /// someone else's product, a place or a person.
    /// </summary>
    private void DropUnvouchedKnownProducts(DocumentText doc, MentionSet mentions)
    {
        var companies = mentions.All.Where(m => m.Kind == EntityKind.Company).Select(m => m.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var m in mentions.All.Where(m => m.Known is { Kind: EntityKind.Product } && m.TokenCount == 1).ToList())
        {
            if (!lexicon.ProductNamesNeedingMaker.Contains(doc.Tokens[m.FirstToken].Text) || m.Known!.Parent is not { } maker) continue;
            var makerParent = lexicon.Find(maker)?.Parent;
            if (companies.Contains(maker) || makerParent is not null && companies.Contains(makerParent)) continue;
            mentions.Remove(m);
        }
    }

    /// <summary>Company suffixes that also end product names: "Strata Vision" may be a company, "Altamira Vision" beside Altamira Technologies is its product.</summary>
    private static readonly HashSet<string> ProductLikeSuffixes = new(StringComparer.Ordinal) { "Cloud", "Vision", "GovCloud" };

    /// <summary>
    /// "Ironbark Patrol", "Sonorant Cloud", "Skyward Command" in a document that names Ironbark, Sonorant or
    /// Skyward as a company: a name that starts with a company's and ends in a word bodies and products
    /// share is the company's product, not a public body or a second company.
    /// </summary>
    private static void RetypeProductsNamedAfterMaker(DocumentText doc, MentionSet mentions)
    {
        var tokens = doc.Tokens;
        var companies = mentions.All.Where(m => m.Kind == EntityKind.Company).ToList();
        foreach (var m in mentions.All.Where(m => m.Rule == "name-shape" && m.TokenCount >= 2).ToList())
        {
            var last = tokens[m.LastToken].Text;
            var productLike = m.Kind == EntityKind.Agency && m.TokenCount == 2 || m.Kind == EntityKind.Company && ProductLikeSuffixes.Contains(last)
                || m.Kind == EntityKind.Organization && m.TokenCount == 2 && IsThingAfterMaker(doc, m.LastToken);
            if (!productLike || Words.LegalForms.Contains(last)) continue;
            var first = tokens[m.FirstToken].Text;
            var maker = companies.FirstOrDefault(c => c != m && c.Name != m.Name && tokens[c.FirstToken].Text == first && !c.Name.StartsWith(m.Name + " ", StringComparison.Ordinal));
            // "Roadrunner Cloud" beside the Roadrunner plate reader: an edition of a product named here.
            var product = maker is null ? mentions.All.FirstOrDefault(p => p.Kind == EntityKind.Product && p.Known is null && tokens[p.FirstToken].Text == first) : null;
            // "Northway will also show Roadrunner Cloud": a cloud named without a legal form, in a text about another company, is that company's service.
            var cloudOfAnother = m.Kind == EntityKind.Company && last is "Cloud" or "GovCloud" && companies.Any(c => c.Name != m.Name && tokens[c.FirstToken].Text != first);
            if (maker is null && product is null && !cloudOfAnother) continue;
            mentions.Replace(m, m with { Kind = EntityKind.Product, Rule = "product-after-company", Confidence = 0.65, Maker = maker ?? product?.Maker });
        }
    }

    /// <summary>
    /// "The archive, PlateStream, … the PlateStream Mobile app": a name the text gives before the
    /// longer one is a product of its own, and the longer one another product (its edition or module).
    /// </summary>
    private static bool ToldBefore(DocumentText doc, MentionSet mentions, string form, Mention product)
    {
        var firstFull = mentions.All.Where(m => m.Kind == EntityKind.Product && m.Name == product.Name).Min(m => m.Start);
        var at = doc.Text.IndexOf(form, doc.BodyStart, StringComparison.Ordinal);
        return at >= 0 && at < firstFull;
    }

    /// <summary>The shorter names a product found by its shape may go by in the same document: its first word, its name without its maker, its name without its edition.</summary>
    private static IEnumerable<string> ShortForms(DocumentText doc, Mention product)
    {
        var tokens = doc.Tokens;
        yield return tokens[product.FirstToken].Text;
        if (product.Maker is { } maker && maker.LastToken < product.LastToken && product.FirstToken == maker.FirstToken)
        {
            yield return doc.Text[tokens[maker.LastToken + 1].Start..product.End];
        }
        if (product.Rule == "product-edition" && product.TokenCount > 1)
        {
            yield return doc.Text[product.Start..tokens[product.LastToken - 1].End];
        }
    }

    /// <summary>"the Vantage 4 camera", "Argent 5", "QR-7": a name with an edition number, or a hyphenated model, is a product.</summary>
    private void FindNumberedProducts(DocumentText doc, MentionSet mentions)
    {
        var tokens = doc.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (doc.Blocked[i] || doc.InHeadline[i] || !mentions.IsFree(i, 1)) continue;
            if (HyphenatedModel().IsMatch(tokens[i].Text) && !NotModels.Contains(tokens[i].Text) && !Words.States.Contains(tokens[i].Text.Split('-')[0]))
            {
                mentions.TryAdd(new Mention(tokens[i].Start, tokens[i].End, i, 1, EntityKind.Product, tokens[i].Text, "product-model", 0.65));
                continue;
            }
            if (doc.IsSentenceStart(i) || !IsProductWord(doc, mentions, i)) continue;
            var end = i + 1;
            while (end < tokens.Count && end - i < 2 && IsProductWord(doc, mentions, end)) end++;
            if (end < tokens.Count && EditionNumber().IsMatch(tokens[end].Text) && tokens[end].Start == tokens[end - 1].End + 1 && !NotProductHeads.Contains(tokens[end - 1].Text)
                && !(end + 1 < tokens.Count && tokens[end + 1].Text is "," or "%" or ":" && end + 2 < tokens.Count && tokens[end + 2].Text.All(char.IsDigit)))
            {
                mentions.TryAdd(new Mention(tokens[i].Start, tokens[end].End, i, end - i + 1, EntityKind.Product, doc.Span(i, end - i + 1), "product-edition", 0.6));
                i = end;
            }
        }
    }

    /// <summary>The full stop of "Inc." or "Corp.", which ends a company's name.</summary>
    private static bool LegalFormEndsAt(List<Token> tokens, int i) => i > 0 && tokens[i].Text == "." && Words.LegalForms.Contains(tokens[i - 1].Text + ".");

    /// <summary>A legal form, with or without its full stop, at <paramref name="i"/>: "Halberd Optics Inc." ends there.</summary>
    private static bool EndsWithLegalForm(List<Token> tokens, int i) => Words.LegalForms.Contains(tokens[i].Text) || LegalFormEndsAt(tokens, i);

    /// <summary>A head word or legal form at <paramref name="i"/>: the capitalised words before it name a body ("Kestrel Aerial Systems"), not a product.</summary>
    private static bool BodyWordAt(List<Token> tokens, int i) => i < tokens.Count && (Words.IsOrgHead(tokens[i].Text) || Words.LegalForms.Contains(tokens[i].Text));

    /// <summary>"how Quorvane Shield flags", "the Wardline Connect add-on": an unknown name ending in an edition word is a product.</summary>
    private void FindSuffixedProducts(DocumentText doc, MentionSet mentions)
    {
        var tokens = doc.Tokens;
        for (var i = 0; i < tokens.Count - 1; i++)
        {
            if (doc.IsSentenceStart(i) || !IsProductWord(doc, mentions, i)) continue;
            var end = i + 1;
            if (IsProductWord(doc, mentions, end) && end + 1 < tokens.Count && !ProductSuffixes.Contains(tokens[end].Text)) end++;
            if (!ProductSuffixes.Contains(tokens[end].Text) || !mentions.IsFree(end, 1) || doc.Blocked[end] || doc.SentenceOf[end] != doc.SentenceOf[i]) continue;
            if (BodyWordAt(tokens, end + 1) || end + 1 < tokens.Count && tokens[end + 1].IsCapitalised && tokens[end + 1].IsWord) continue;
            mentions.TryAdd(new Mention(tokens[i].Start, tokens[end].End, i, end - i + 1, EntityKind.Product, doc.Span(i, end - i + 1), "product-suffix", 0.6));
            i = end;
        }
    }

    /// <summary>
    /// "Meridian GovCloud", "Skyrider Sentinel X4": a maker's one-word name right before a product
    /// found on its own is part of the product's name; "Sentinel X4" alone then refers back to it.
    /// A known product's name after another maker is that maker's product ("Meridian GovCloud" is not AWS's);
    /// a maker the lexicon knows keeps its own shape ("Amazon Rekognition" is Amazon's Rekognition).
    /// </summary>
    private static void PrefixMakers(DocumentText doc, MentionSet mentions)
    {
        var tokens = doc.Tokens;
        foreach (var product in mentions.InOrder.Where(m => m.Kind == EntityKind.Product && m.FirstToken > 0).ToList())
        {
            var before = product.FirstToken - 1;
            if (mentions.At(before) is not { Kind: EntityKind.Company, Known: null, TokenCount: 1 } maker || doc.SentenceOf[before] != doc.SentenceOf[product.FirstToken]
                || tokens[product.FirstToken].Start != tokens[before].End + 1 || doc.LineStart(product.FirstToken)) continue;
            mentions.Remove(maker);
            mentions.Replace(product, new Mention(maker.Start, product.End, before, product.TokenCount + 1, EntityKind.Product, doc.Text[maker.Start..product.End], "product-after-company", 0.7) { Maker = maker });
        }
    }

    /// <summary>A product (or its maker) followed by an edition word or number: "FieldNet Pro", "SpotterCam X2", "Argent 5", "Argent Dock 8".</summary>
    private static void ExtendEditions(DocumentText doc, MentionSet mentions)
    {
        var tokens = doc.Tokens;
        foreach (var m in mentions.InOrder.Where(m => m.Kind is EntityKind.Product or EntityKind.Company).ToList())
        {
            var end = m.LastToken + 1;
            // "PortScan CX-9": the model found on its own belongs to the name before it.
            if (m.Kind == EntityKind.Product && mentions.At(end) is { Rule: "product-model", TokenCount: 1 } model && tokens[end].Start == tokens[end - 1].End + 1 && doc.SentenceOf[end] == doc.SentenceOf[m.LastToken])
            {
                mentions.Remove(model);
            }
            while (end < tokens.Count && end - m.LastToken <= 2 && mentions.IsFree(end, 1) && !doc.Blocked[end] && tokens[end].Start == tokens[end - 1].End + 1
                && (ProductSuffixes.Contains(tokens[end].Text) || m.Kind == EntityKind.Product && ModuleWords.Contains(tokens[end].Text)
                    || EditionNumber().IsMatch(tokens[end].Text) && !(end + 1 < tokens.Count && tokens[end + 1].Text is "%" || m.Kind == EntityKind.Company && end + 1 < tokens.Count && tokens[end + 1].Text == ",")
                    || ModelNumber().IsMatch(tokens[end].Text)))
            {
                end++;
                if (EditionNumber().IsMatch(tokens[end - 1].Text) || ModelNumber().IsMatch(tokens[end - 1].Text)) break;
            }
            // "its KestrelSight Methane service": a capitalised word between a product's name and the noun saying what it is belongs to the name.
            if (end == m.LastToken + 1 && m.Kind == EntityKind.Product && end + 1 < tokens.Count && mentions.IsFree(end, 1) && tokens[end].IsCapitalised && tokens[end].IsWord
                && !tokens[end].IsAllCaps && !Words.IsOrgHead(tokens[end].Text) && !Words.NotNames.Contains(tokens[end].Text) && !Words.Calendar.Contains(tokens[end].Text)
                && tokens[end].Start == tokens[end - 1].End + 1 && ProductNouns.Contains(tokens[end + 1].Text) && doc.SentenceOf[end + 1] == doc.SentenceOf[m.LastToken])
            {
                end++;
            }
            // "LineGuard Sentinel Edition", "Kestrel Block II": a capitalised word the next word marks as an edition.
            if (end == m.LastToken + 1 && m.Kind == EntityKind.Product && end + 1 < tokens.Count && mentions.IsFree(end, 2) && tokens[end].IsCapitalised && tokens[end].IsWord
                && tokens[end + 1].Text is "Edition" or "II" or "III" or "IV" && doc.SentenceOf[end + 1] == doc.SentenceOf[m.LastToken])
            {
                end += 2;
            }
            if (end == m.LastToken + 1) continue;
            // A company with an edition after it is its product: "Argent 5" is Argent's.
            var name = doc.Text[m.Start..tokens[end - 1].End];
            mentions.Replace(m, new Mention(m.Start, tokens[end - 1].End, m.FirstToken, end - m.FirstToken, EntityKind.Product, name, "product-edition", 0.65)
                { Maker = m.Kind == EntityKind.Company ? m : m.Maker });
        }
    }

    private void FindNamedProducts(DocumentText doc, MentionSet mentions)
    {
        var tokens = doc.Tokens;
        foreach (var company in mentions.InOrder.Where(m => m.Kind == EntityKind.Company).ToList())
        {
            // "Halberd Optics Inc. Footage …": nothing after a legal form belongs to the name.
            if (EndsWithLegalForm(tokens, company.LastToken)) continue;
            var k = company.LastToken + 1;
            var end = k;
            while (end < tokens.Count && end - k < 3 && (IsProductWord(doc, mentions, end) || end == k && company.TokenCount == 1 && mentions.IsFree(end, 1) && IsThingAfterMaker(doc, end))
                && doc.SentenceOf[end] == doc.SentenceOf[company.LastToken] && !(doc.LineStart(end) && !doc.WrappedBefore(end))) end++;
            if (end == k) continue;
            // "Kestrel Aerial Systems" is a longer company name, "Cardinal Ridge" a place: neither is the company's product.
            if (BodyWordAt(tokens, end) || Words.PlaceWords.Contains(tokens[end - 1].Text)) continue;
            var name = doc.Text[company.Start..tokens[end - 1].End];
            // "Kestrel Aerial's chief" beside "Kestrel Aerial Systems": the company's own name, cut short.
            if (mentions.All.Any(c => c.Kind == EntityKind.Company && c.Name.StartsWith(name + " ", StringComparison.Ordinal))) continue;
            // "our Ambervale Locate platform": the company's name is part of the product's.
            mentions.Replace(company, new Mention(company.Start, tokens[end - 1].End, company.FirstToken, end - company.FirstToken, EntityKind.Product, name, "product-after-company", 0.7) { Maker = company });
        }
        // "Stratus Object Store", "Stratus Vision API" in a text about Stratus Data: the maker's first word opens its products' names.
        var makersByFirstWord = mentions.All.Where(m => m.Kind == EntityKind.Company && m.TokenCount > 1 && !lexicon.GivenNames.Contains(tokens[m.FirstToken].Text))
            .GroupBy(m => tokens[m.FirstToken].Text, StringComparer.Ordinal).Where(g => g.Select(m => m.Name).Distinct().Count() == 1)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        for (var i = 0; i < tokens.Count - 1; i++)
        {
            if (doc.Blocked[i] || doc.InHeadline[i] || !mentions.IsFree(i, 1) || !makersByFirstWord.TryGetValue(tokens[i].Text, out var maker)) continue;
            var end = i + 1;
            while (end < tokens.Count && end - i < 4 && doc.SentenceOf[end] == doc.SentenceOf[i]
                && (IsProductWord(doc, mentions, end) || mentions.IsFree(end, 1) && (tokens[end].Text is "API" or "SDK" or "AI" || end == i + 1 && IsThingAfterMaker(doc, end)))) end++;
            if (end == i + 1 || BodyWordAt(tokens, end)) continue;
            if (Words.IsOrgHead(tokens[end - 1].Text) && !IsThingAfterMaker(doc, end - 1) || Words.PlaceWords.Contains(tokens[end - 1].Text)) continue;
            mentions.TryAdd(new Mention(tokens[i].Start, tokens[end - 1].End, i, end - i, EntityKind.Product, doc.Span(i, end - i), "product-after-company", 0.65) { Maker = maker });
            i = end - 1;
        }
        for (var i = 0; i < tokens.Count; i++)
        {
            if (doc.Blocked[i] || doc.InHeadline[i]) continue;
            var t = tokens[i];
            var called = i > 0 && tokens[i - 1].Text is "called" or "named" or "dubbed" or "branded"
                || i > 1 && tokens[i - 1].Text is "calls" or "call" && tokens[i - 2].Text is "it" or "they" or "company" or "firm" or "we";
            if (called && t.IsCapitalised && (mentions.IsFree(i, 1) || mentions.At(i) is { Rule: "short-name-back-reference" or "name-shape" or "product-name-shape" }))
            {
                // "a face-search tool called Tessellate Match": every capitalised word after "called" names the product.
                var end = i + 1;
                while (end < tokens.Count && end - i < 4 && tokens[end].IsCapitalised && tokens[end].IsWord && doc.SentenceOf[end] == doc.SentenceOf[i] && (mentions.IsFree(end, 1) || mentions.At(end) == mentions.At(i))) end++;
                // "an agreement called the Overwatch Master Services Agreement", "a program it calls Safe Storefronts": a contract or a programme, not a product.
                var calledWords = Enumerable.Range(i, Math.Min(tokens.Count, end + 1) - i).Select(n => tokens[n].Text);
                var before = Enumerable.Range(Math.Max(0, i - 5), Math.Min(5, i)).Select(n => tokens[n].Text.ToLowerInvariant());
                if (calledWords.Any(ContractWords.Contains) || before.Any(w => ContractWords.Contains(char.ToUpperInvariant(w[0]) + w[1..])))
                {
                    i = end - 1;
                    continue;
                }
                var existing = mentions.At(i);
                var product = new Mention(t.Start, tokens[end - 1].End, i, end - i, EntityKind.Product, doc.Span(i, end - i), "product-called", 0.75);
                if (existing is not null && existing.FirstToken == i && existing.LastToken <= end - 1) mentions.Replace(existing, product);
                else mentions.TryAdd(product);
                i = end - 1;
                continue;
            }
            if (!mentions.IsFree(i, 1)) continue;
            if ((Trademarked(doc, mentions, i) ?? AfterProductCue(doc, mentions, i)) is { } cued)
            {
                mentions.TryAdd(cued);
                i = cued.LastToken;
                continue;
            }
            if (ModelNumber().IsMatch(t.Text) && t.Text is not ("K-12" or "COVID-19" or "H-1B" or "I-9" or "W-2") && !doc.IsSentenceStart(i) && ModelProduct(doc, mentions, i) is { } model)
            {
                mentions.TryAdd(model);
                i = model.LastToken;
                continue;
            }
            if ((Apposition(doc, mentions, i) ?? NamedAfterNoun(doc, mentions, i)) is { } named)
            {
                mentions.TryAdd(named);
                i = named.LastToken;
                continue;
            }
            // "Version 4 of Tracewell", "Falconer v3".
            var versioned = i >= 3 && tokens[i - 1].Text == "of" && tokens[i - 3].Text.Equals("version", StringComparison.OrdinalIgnoreCase)
                || i + 1 < tokens.Count && tokens[i + 1].Text.Length > 1 && tokens[i + 1].Text[0] == 'v' && tokens[i + 1].Text[1..].All(char.IsDigit);
            if (versioned && t.IsCapitalised && t.IsWord && !Words.IsOrgHead(t.Text) || LowerCaseBrand().IsMatch(t.Text)
                || CamelCase().IsMatch(t.Text) && !t.Text.StartsWith("Mc", StringComparison.Ordinal) && !t.Text.StartsWith("Mac", StringComparison.Ordinal)
                || WordWithNumber().IsMatch(t.Text) && !doc.IsSentenceStart(i))
            {
                var maker = i > 1 && tokens[i - 1].IsPossessive && mentions.At(i - 2) is { Kind: EntityKind.Company } owner ? owner : null;
                mentions.TryAdd(new Mention(t.Start, t.End, i, 1, EntityKind.Product, t.Text, "product-name-shape", 0.65) { Maker = maker });
                continue;
            }
            // "the company's Axon Air drone program", "the Lattice platform": capitalised words before a product noun.
            var noun = i;
            while (noun < tokens.Count && noun - i < 3 && IsProductWord(doc, mentions, noun)) noun++;
            if (noun == i || noun >= tokens.Count || doc.IsSentenceStart(i)) continue;
            // One plain word may stand between the name and the noun: "the Lattice surveillance towers".
            // The noun is written in lower case: "the lab's Forensic Audio Unit" is a unit of the lab, not its product.
            var isProduct = ProductNouns.Contains(tokens[noun].Text) && !tokens[noun].IsCapitalised
                || noun + 1 < tokens.Count && tokens[noun].Text.All(char.IsLower) && !FunctionWords.Contains(tokens[noun].Text) && ProductNouns.Contains(tokens[noun + 1].Text);
            // Only an owned name: "Corvid's Sentinel platform", "its Flex service"; a bare "the Traffic dashboard" is as often a description as a product.
            var owned = i > 0 && (tokens[i - 1].IsPossessive || tokens[i - 1].Text is "its" or "our" or "their" or "your");
            if (!isProduct || !owned) continue;
            var possessor = i > 1 && tokens[i - 1].IsPossessive && mentions.At(i - 2) is { Kind: EntityKind.Company } company ? company : null;
            mentions.TryAdd(new Mention(t.Start, tokens[noun - 1].End, i, noun - i, EntityKind.Product, doc.Span(i, noun - i), "product-before-noun", 0.65) { Maker = possessor });
            i = noun - 1;
        }
    }

    /// <summary>"ClearPath™", "Sentinel® Cloud": capitalised words a trademark sign follows.</summary>
    private Mention? Trademarked(DocumentText doc, MentionSet mentions, int i)
    {
        var tokens = doc.Tokens;
        var end = i;
        while (end < tokens.Count && end - i < 3 && (IsProductWord(doc, mentions, end) || end > i && WordWithNumber().IsMatch(tokens[end].Text))) end++;
        if (end == i || end >= tokens.Count || tokens[end].Text is not ("™" or "®") || tokens[end].Start != tokens[end - 1].End) return null;
        return new Mention(tokens[i].Start, tokens[end - 1].End, i, end - i, EntityKind.Product, doc.Span(i, end - i), "product-trademark", 0.8);
    }

    /// <summary>An unknown name right after a phrase of trying, buying or using: "a pilot of Veritrace", "purchased Orion".</summary>
    private Mention? AfterProductCue(DocumentText doc, MentionSet mentions, int i)
    {
        var tokens = doc.Tokens;
        var cued = i > 0 && ProductCues.Contains(tokens[i - 1].Text) || i > 1 && ProductCues.Contains($"{tokens[i - 2].Text} {tokens[i - 1].Text}");
        if (!cued || doc.IsSentenceStart(i) || !IsProductWord(doc, mentions, i)) return null;
        var end = i + 1;
        while (end < tokens.Count && end - i < 3 && IsProductWord(doc, mentions, end) && doc.SentenceOf[end] == doc.SentenceOf[i]) end++;
        // "deployed Orion across the county" but not "demonstrated Harbor City's ...": a possessive after it is an owner, not a product.
        if (end < tokens.Count && tokens[end].IsPossessive) return null;
        return new Mention(tokens[i].Start, tokens[end - 1].End, i, end - i, EntityKind.Product, doc.Span(i, end - i), "product-after-cue", 0.6);
    }

    /// <summary>"Skydio X10", "SQ-9 Condor", "UFED 4PC": a model designation with the brand or name beside it.</summary>
    private Mention? ModelProduct(DocumentText doc, MentionSet mentions, int i)
    {
        var tokens = doc.Tokens;
        // "SpotterCam X2": a model right after a product is that product's edition, which ExtendEditions names.
        if (i > 0 && mentions.At(i - 1) is { Kind: EntityKind.Product } && tokens[i].Start == tokens[i - 1].End + 1) return null;
        var first = i;
        Mention? maker = null;
        if (i > 0 && mentions.At(i - 1) is { Kind: EntityKind.Company } company && company.LastToken == i - 1) maker = company;
        else if (i > 0 && IsProductWord(doc, mentions, i - 1) && doc.SentenceOf[i - 1] == doc.SentenceOf[i]) first = i - 1;
        var last = i;
        if (i + 1 < tokens.Count && IsProductWord(doc, mentions, i + 1) && doc.SentenceOf[i + 1] == doc.SentenceOf[i] && tokens[i + 1].Start == tokens[i].End + 1) last = i + 1;
        // "the V300 cameras": a bare model designation names a product when a product noun follows it.
        if (maker is null && first == i && last == i && !(i + 1 < tokens.Count && ProductNouns.Contains(tokens[i + 1].Text) && tokens[i + 1].Text.All(char.IsLower))) return null;
        // The model is named without its maker: "Skydio X10" is Skydio's X10.
        var name = doc.Text[tokens[first].Start..tokens[last].End];
        if (maker is not null && last == i) name = doc.Text[maker.Start..tokens[last].End];
        return new Mention(tokens[first].Start, tokens[last].End, first, last - first + 1, EntityKind.Product, name, "product-model", 0.7) { Maker = maker };
    }

    /// <summary>"Falcon, the company's license-plate reader", "First Alert, its real-time alerting tool".</summary>
    private Mention? Apposition(DocumentText doc, MentionSet mentions, int i)
    {
        var tokens = doc.Tokens;
        var end = i;
        // "the Albatross XL, a fixed-wing drone": an edition in capitals may close the name.
        while (end < tokens.Count && end - i < 3 && (IsProductWord(doc, mentions, end) || end > i && mentions.IsFree(end, 1) && ModelNumber().IsMatch(tokens[end].Text) || end > i && mentions.IsFree(end, 1) && (tokens[end].Text is "XL" or "XR" or "LE" or "SE" or "GT" || EditionNumber().IsMatch(tokens[end].Text)))) end++;
        if (end == i || end + 2 >= tokens.Count || tokens[end].Text != ",") return null;
        var k = end + 1;
        if (tokens[k].Text is "the" && k + 2 < tokens.Count && tokens[k + 1].Text is "company" or "firm" or "vendor" or "startup" && tokens[k + 2].IsPossessive) k += 3;
        // "Lighthouse, the alerting tool we showed": the description must reach its noun within a few plain words.
        else if (tokens[k].Text is "the" && Enumerable.Range(k + 1, Math.Min(3, tokens.Count - k - 1)).TakeWhile(n => tokens[n].Text.All(c => char.IsLower(c) || c == '-')).Any(n => ProductNouns.Contains(tokens[n].Text))) k++;
        else if (tokens[k].Text is "its" or "their" or "our" or "your" or "a" or "an") k++;
        // "Atlas, Strata Vision's real-time crime center software".
        else if (mentions.At(k) is { Kind: EntityKind.Company } maker && maker.FirstToken == k && maker.LastToken + 1 < tokens.Count && tokens[maker.LastToken + 1].IsPossessive) k = maker.LastToken + 2;
        else return null;
        for (var n = k; n < Math.Min(tokens.Count, k + 5); n++)
        {
            if (ProductNouns.Contains(tokens[n].Text)) return new Mention(tokens[i].Start, tokens[end - 1].End, i, end - i, EntityKind.Product, doc.Span(i, end - i), "product-apposition", 0.7);
            if (tokens[n].Text is "," or "." or "and") break;
        }
        return null;
    }

    /// <summary>"its license-plate reader, Orion,", "our mobile companion app, Atlas Field.": the name after the thing it names.</summary>
    private Mention? NamedAfterNoun(DocumentText doc, MentionSet mentions, int i)
    {
        var tokens = doc.Tokens;
        if (i < 3 || tokens[i - 1].Text != "," || !ProductNouns.Contains(tokens[i - 2].Text) || !tokens[i - 2].Text.All(c => char.IsLower(c) || c == '-')) return null;
        // The noun must be someone's or a new one: "its app, X", "a tool, X"; not "the system, Smith said".
        var owned = false;
        for (var k = i - 3; k >= Math.Max(0, i - 7) && tokens[k].Text is not ("," or "."); k--)
        {
            if (tokens[k].Text is "its" or "our" or "their" or "a" or "an" || tokens[k].IsPossessive) owned = true;
        }
        if (!owned) return null;
        var end = i;
        while (end < tokens.Count && end - i < 3 && IsProductWord(doc, mentions, end) && doc.SentenceOf[end] == doc.SentenceOf[i]) end++;
        if (end == i || end < tokens.Count && tokens[end].Text is not ("," or "." or ";" or ")" or "and" or "which" or "that" or "—")) return null;
        if (end + 1 < tokens.Count && tokens[end].Text == "," && tokens[end + 1].Text is "said" or "says" or "told" or "wrote") return null;
        return new Mention(tokens[i].Start, tokens[end - 1].End, i, end - i, EntityKind.Product, doc.Span(i, end - i), "product-named-after-noun", 0.65);
    }

    /// <summary>
    /// "Platewise Gate", "Sentrine Watch": after the first word of a company's name, a word that elsewhere names a place or
    /// heads a watchdog's name is the product's; a company is not named after a gate, nor a watchdog after a vendor.
    /// </summary>
    private static bool IsThingAfterMaker(DocumentText doc, int i)
    {
        var t = doc.Tokens[i];
        return !doc.Blocked[i] && !doc.InHeadline[i] && t.IsCapitalised && t.IsWord && (NotProductHeads.Contains(t.Text) || t.Text is "Watch" or "Network" or "Lab");
    }

    private bool IsProductWord(DocumentText doc, MentionSet mentions, int i)
    {
        var t = doc.Tokens[i];
        return !doc.Blocked[i] && !doc.InHeadline[i] && mentions.IsFree(i, 1) && t.IsCapitalised && t.IsWord && !t.IsAllCaps && !Words.Calendar.Contains(t.Text) && !Words.IsOrgHead(t.Text)
            && !Words.LegalForms.Contains(t.Text) && !_titleWords.Contains(t.Text) && !lexicon.GivenNames.Contains(t.Text) && !Words.NotNames.Contains(t.Text)
            && !Words.SentenceStarters.Contains(t.Text) && !Words.Connectors.Contains(t.Text) && !Words.States.Contains(t.Text) && !NotProductHeads.Contains(t.Text)
;
    }
}
