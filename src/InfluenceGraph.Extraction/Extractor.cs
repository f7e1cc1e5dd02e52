using InfluenceGraph.Core;
using InfluenceGraph.Extraction.Lexicons;

namespace InfluenceGraph.Extraction;

/// <summary>
/// The rule-based extractor: names, roles, events and their dates, each with the span and quote
/// it was read from. Pure and thread-safe: one instance serves every ingest worker.
/// </summary>
public sealed class Extractor : IExtractor
{
    private readonly Lexicon _lexicon;
    private readonly EntityRecognizer _recognizer;

    public Extractor()
        : this(Lexicon.Default)
    {
    }

    internal Extractor(Lexicon lexicon)
    {
        _lexicon = lexicon;
        _recognizer = new EntityRecognizer(lexicon, new NameTrie(lexicon.Entries));
    }

    public ExtractionResult Extract(SourceDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var doc = new DocumentText(document);
        var facts = new FactCollector(document, doc.SentenceSpans);
        var emailPeople = document.Kind == DocumentKind.Email ? EmailRules.People(facts) : [];
        if (document.Kind == DocumentKind.Article) ArticleRules.Apply(facts, _lexicon);
        var mentions = _recognizer.Recognize(doc, emailPeople.Select(p => p.Person.Name).ToList(), emailPeople.Select(p => EmailRules.FirmDomainName(p.Address)).OfType<string>().ToHashSet(StringComparer.Ordinal));
        AddEntities(facts, doc, mentions);
        emailPeople = EmailRules.NameBareAddresses(facts, emailPeople, mentions);

        var employers = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var role in RoleRules.Find(doc, mentions, _recognizer))
        {
            var person = Ids.ForEntity(EntityKind.Person, role.Person.Name);
            var organisation = Ids.ForEntity(role.Organisation.Kind, role.Organisation.Name);
            facts.AddRelation(RelationKind.WorksFor, person, organisation, facts.Evidence(role.Start, role.End - role.Start, role.Rule, 0.8), role.Title, role.Former);
            if (!role.Former) employers.TryAdd(person, organisation);
        }

        EmailParties? parties = document.Kind == DocumentKind.Email
            ? EmailRules.Parties(facts, doc, mentions, emailPeople, _lexicon, employers)
            : null;
        var candidates = EventRules.Find(doc, mentions, employers, parties);
        EventAssembler.Assemble(facts, candidates, _lexicon, facts.Entities.ToDictionary(e => e.Id, StringComparer.Ordinal));
        return FileEvents.Unify([facts.ToResult()])[0];
    }

    /// <summary>One entity per name, with every surface form as an alias and the reason it was taken for that entity.</summary>
    private void AddEntities(FactCollector facts, DocumentText doc, MentionSet mentions)
    {
        foreach (var mention in mentions.InOrder)
        {
            var entity = facts.AddEntity(mention.Kind, mention.Name, mention.Start, mention.End - mention.Start, mention.Rule, mention.Confidence);
            var surface = doc.Text[mention.Start..mention.End].Replace('\n', ' ');
            if (surface != mention.Name && entity.Aliases.Add(surface))
            {
                entity.MergeReasons.Add(mention.Rule switch
                {
                    "lexicon" or "lexicon-acronym" => $"'{surface}' is a known name of '{mention.Name}' (lexicon)",
                    "acronym-definition" or "acronym-back-reference" => $"'{surface}' is defined as the acronym of '{mention.Name}' in {doc.Document.Id}",
                    "surname-back-reference" or "given-name-back-reference" or "short-name-back-reference" => $"'{surface}' refers back to '{mention.Name}' named in full in {doc.Document.Id}",
                    _ => $"'{surface}' was read as '{mention.Name}' ({mention.Rule})",
                });
            }
        }
        foreach (var product in mentions.All.Where(m => m.Maker is not null))
        {
            facts.AddRelation(RelationKind.Offers, Ids.ForEntity(product.Maker!.Kind, product.Maker.Name), Ids.ForEntity(EntityKind.Product, product.Name),
                facts.Evidence(product.Start, product.End - product.Start, product.Rule, product.Confidence));
        }
        // What the lexicon knows of how the entities found here relate: AWS is part of Amazon, Rekognition is AWS's.
        foreach (var mention in mentions.All.Where(m => m.Known is not null).DistinctBy(m => m.Name))
        {
            var known = mention.Known!;
            if (known.Parent is null || _lexicon.Find(known.Parent) is not { } parent) continue;
            var parentId = Ids.ForEntity(parent.Kind, parent.Name);
            if (facts.FindEntity(parentId) is null) continue;
            var kind = known.Kind == EntityKind.Product ? RelationKind.Offers : RelationKind.PartOf;
            var (source, target) = kind == RelationKind.Offers ? (parentId, Ids.ForEntity(known.Kind, known.Name)) : (Ids.ForEntity(known.Kind, known.Name), parentId);
            facts.AddRelation(kind, source, target, facts.Evidence(mention.Start, mention.End - mention.Start, "lexicon-hierarchy", 0.9));
        }
    }
}
