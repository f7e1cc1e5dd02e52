using System.CommandLine;
using System.Diagnostics;
using System.Text;
using InfluenceGraph.Core;

namespace InfluenceGraph.Cli;

/// <summary>
/// <c>influencegraph generate</c>: a synthetic graph of the product's shape (people working for
/// companies and agencies, meetings, calls, requests and follow-ups between them, each told by a
/// document with evidence spans), for load measurements. Agencies are drawn with a skew, so a few
/// are hubs as ICE is in real reporting. Deterministic for a given --seed.
/// </summary>
internal static class GenerateCommand
{
    public static Command Create()
    {
        var entities = new Option<int>("--entities") { Description = "How many entities (people, companies, agencies, products).", DefaultValueFactory = _ => 100_000 };
        var documents = new Option<int>("--documents") { Description = "How many documents, one event each.", DefaultValueFactory = _ => 50_000 };
        var seed = new Option<int>("--seed") { Description = "Random seed.", DefaultValueFactory = _ => 42 };
        var command = new Command("generate", "Fill an empty store with a synthetic graph for load measurements.") { entities, documents, seed };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var (entityCount, documentCount) = (parse.GetValue(entities), parse.GetValue(documents));
            if (entityCount < 100 || documentCount < 1)
            {
                await Console.Error.WriteLineAsync("--entities must be at least 100 and --documents at least 1");
                return 2;
            }
            using var store = CliOptions.OpenSqlite(CliOptions.Configuration(parse));
            if ((await store.GetStatsAsync(cancellationToken)).Documents > 0)
            {
                await Console.Error.WriteLineAsync($"{store.DatabasePath}: the store is not empty; generate into a new one with --db");
                return 2;
            }
            var clock = Stopwatch.StartNew();
            var generator = new Synthetic(entityCount, parse.GetValue(seed));
            for (var i = 0; i < documentCount; i++)
            {
                await store.StoreAsync(generator.Document(i), cancellationToken);
                if ((i + 1) % 10_000 == 0) Console.WriteLine($"{i + 1} documents, {clock.Elapsed.TotalSeconds:0} s");
            }
            var stats = await store.GetStatsAsync(cancellationToken);
            Console.WriteLine($"Generated {stats.Documents} documents, {stats.EntitiesByKind.Values.Sum()} entities, {stats.EventsByKind.Values.Sum()} events, "
                + $"{stats.RelationsByKind.Values.Sum() + stats.Participations} relations in {clock.Elapsed.TotalSeconds:0} s. Store: {store.DatabasePath}");
            return 0;
        });
        return command;
    }

    private sealed class Synthetic(int entityCount, int seed)
    {
        private readonly Random _random = new(seed);
        private readonly int _agencies = Math.Max(10, entityCount / 50);
        private readonly int _companies = Math.Max(20, entityCount / 8);
        private readonly int _products = Math.Max(10, entityCount / 20);
        private int People => entityCount - _agencies - _companies - _products;
        private readonly Dictionary<(int, int), Event> _lastMeeting = [];

        public ExtractionResult Document(int n)
        {
            // Agencies by a power law: a handful are in most stories.
            var agency = (int)(_agencies * Math.Pow(_random.NextDouble(), 3));
            var company = _random.Next(_companies);
            var product = _random.Next(_products);
            var vendorPerson = _random.Next(People / 2);
            var officialPerson = People / 2 + _random.Next(People / 2);
            var date = new DateOnly(2015, 1, 1).AddDays(_random.Next(3650));
            var kind = _random.NextDouble() switch { < 0.45 => EventKind.Meeting, < 0.6 => EventKind.Call, < 0.75 => EventKind.MeetingRequest, _ => EventKind.FollowUp };

            string Agency(int i) => $"Synthetic Agency {i}";
            string Company(int i) => $"Synthetic Vendor {i}";
            string Person(int i) => $"Person{i} Example";
            var text = new StringBuilder()
                .Append($"Title: {Company(company)} and {Agency(agency)}\nPublished: {date.AddDays(3):yyyy-MM-dd}\n\n")
                .Append($"{Person(vendorPerson)}, a sales director at {Company(company)}, ")
                .Append(kind switch { EventKind.FollowUp => "followed up with", EventKind.Call => "called", EventKind.MeetingRequest => "asked to meet", _ => "met" })
                .Append($" {Person(officialPerson)} of {Agency(agency)} on {date:MMMM d, yyyy} about Product {product}.\n")
                .ToString();
            var hash = Ids.ContentHash(Encoding.UTF8.GetBytes(text + n));
            var document = new SourceDocument(Ids.ForArticle($"synthetic {n}", hash), DocumentKind.Article, hash, $"synthetic#{n}", $"Synthetic {n}",
                new DateTimeOffset(date.AddDays(3).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), text, new Dictionary<string, string>(), []);
            Evidence At(string words, string rule) => new(document.Id, text.IndexOf(words, StringComparison.Ordinal), words.Length, text.Split('\n')[3], rule, 0.9);
            Entity Make(EntityKind k, string name) => new(Ids.ForEntity(k, name), k, name, [], [At(name, "synthetic")], []);

            var entities = new List<Entity>
            {
                Make(EntityKind.Agency, Agency(agency)), Make(EntityKind.Company, Company(company)), Make(EntityKind.Product, $"Product {product}"),
                Make(EntityKind.Person, Person(vendorPerson)), Make(EntityKind.Person, Person(officialPerson)),
            };
            var (agencyId, companyId, productId, vendorId, officialId) = (entities[0].Id, entities[1].Id, entities[2].Id, entities[3].Id, entities[4].Id);
            var eventDate = EventDate.OnDay(date, date.ToString("MMMM d, yyyy", System.Globalization.CultureInfo.InvariantCulture));
            var @event = new Event(Ids.ForEvent(kind, eventDate, [companyId, agencyId, vendorId]), kind,
                kind == EventKind.MeetingRequest ? EventStatus.Proposed : EventStatus.Held, eventDate, text.Split('\n')[3],
                [new(vendorId, ParticipantRole.Attendee), new(officialId, ParticipantRole.Attendee), new(companyId, ParticipantRole.RepresentedOrganisation), new(agencyId, ParticipantRole.RepresentedOrganisation)],
                [At(eventDate.Wording, "synthetic")]);
            var relations = new List<Relation>
            {
                new(Ids.ForRelation(RelationKind.WorksFor, vendorId, companyId), RelationKind.WorksFor, vendorId, companyId, [At(Company(company), "synthetic")], "sales director"),
                new(Ids.ForRelation(RelationKind.WorksFor, officialId, agencyId), RelationKind.WorksFor, officialId, agencyId, [At(Agency(agency), "synthetic")]),
                new(Ids.ForRelation(RelationKind.Offers, companyId, productId), RelationKind.Offers, companyId, productId, [At($"Product {product}", "synthetic")]),
            };
            if (kind == EventKind.FollowUp && _lastMeeting.TryGetValue((company, agency), out var meeting) && meeting.Date!.Start <= date)
            {
                relations.Add(new(Ids.ForRelation(RelationKind.FollowsUp, @event.Id, meeting.Id), RelationKind.FollowsUp, @event.Id, meeting.Id, [At("followed up with", "synthetic")]));
            }
            if (kind == EventKind.Meeting) _lastMeeting[(company, agency)] = @event;
            return new ExtractionResult(document, entities, [@event], relations);
        }
    }
}
