namespace InfluenceGraph.Storage.Neo4j;

/// <summary>
/// Every statement the Neo4j store sends. Values always travel as parameters; the only text put
/// together here is labels and relationship types from the fixed lists below, which Cypher cannot
/// take as parameters. <see cref="All"/> lists them so the tests can put each through Neo4j's own
/// Cypher front-end.
/// </summary>
public static class Cypher
{
    /// <summary>Relations between entities, events and documents, as relationship types.</summary>
    public static readonly IReadOnlyDictionary<Core.RelationKind, string> RelationTypes = new Dictionary<Core.RelationKind, string>
    {
        [Core.RelationKind.WorksFor] = "WORKS_FOR",
        [Core.RelationKind.PartOf] = "PART_OF",
        [Core.RelationKind.Offers] = "OFFERS",
        [Core.RelationKind.FollowsUp] = "FOLLOWS_UP",
        [Core.RelationKind.RepliesTo] = "REPLIES_TO",
        [Core.RelationKind.Forwards] = "FORWARDS",
    };

    /// <summary>The edges a neighbourhood or a path walks: relations between entities and events, and taking part.</summary>
    private const string Walked = "WORKS_FOR|PART_OF|OFFERS|FOLLOWS_UP|PARTICIPATED_IN";

    private const string AnyRelation = "WORKS_FOR|PART_OF|OFFERS|FOLLOWS_UP|REPLIES_TO|FORWARDS";

    /// <summary>True when the fact <paramref name="x"/> passes the review filter in <c>$review</c>; no decision means unreviewed.</summary>
    private static string Passes(string x) =>
        $"(CASE $review WHEN 'All' THEN true WHEN 'Confirmed' THEN {x}.reviewStatus = 'Confirmed' ELSE coalesce({x}.reviewStatus, 'Unreviewed') <> 'Rejected' END)";

    public static readonly IReadOnlyList<string> Schema =
    [
        "CREATE CONSTRAINT document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE",
        "CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE",
        "CREATE CONSTRAINT merged_entity_id IF NOT EXISTS FOR (m:MergedEntity) REQUIRE m.id IS UNIQUE",
        "CREATE CONSTRAINT event_id IF NOT EXISTS FOR (v:Event) REQUIRE v.id IS UNIQUE",
        "CREATE CONSTRAINT evidence_key IF NOT EXISTS FOR (x:Evidence) REQUIRE x.key IS UNIQUE",
        "CREATE CONSTRAINT alias_key IF NOT EXISTS FOR (a:Alias) REQUIRE a.key IS UNIQUE",
        "CREATE CONSTRAINT audit_id IF NOT EXISTS FOR (a:AuditEntry) REQUIRE a.id IS UNIQUE",
        "CREATE INDEX document_hash IF NOT EXISTS FOR (d:Document) ON (d.contentHash)",
        "CREATE INDEX document_date IF NOT EXISTS FOR (d:Document) ON (d.date)",
        "CREATE INDEX document_thread IF NOT EXISTS FOR (d:Document) ON (d.thread)",
        "CREATE INDEX document_subject IF NOT EXISTS FOR (d:Document) ON (d.subjectKey)",
        "CREATE INDEX entity_kind IF NOT EXISTS FOR (e:Entity) ON (e.kind)",
        "CREATE INDEX event_date IF NOT EXISTS FOR (v:Event) ON (v.dateStart, v.dateEnd)",
        "CREATE INDEX event_kind IF NOT EXISTS FOR (v:Event) ON (v.kind)",
        "CREATE INDEX evidence_fact IF NOT EXISTS FOR (x:Evidence) ON (x.factId)",
        "CREATE INDEX evidence_document IF NOT EXISTS FOR (x:Evidence) ON (x.documentId)",
        "CREATE INDEX audit_fact IF NOT EXISTS FOR (a:AuditEntry) ON (a.factId)",
        "CREATE INDEX works_for_id IF NOT EXISTS FOR ()-[r:WORKS_FOR]-() ON (r.id)",
        "CREATE INDEX part_of_id IF NOT EXISTS FOR ()-[r:PART_OF]-() ON (r.id)",
        "CREATE INDEX offers_id IF NOT EXISTS FOR ()-[r:OFFERS]-() ON (r.id)",
        "CREATE INDEX follows_up_id IF NOT EXISTS FOR ()-[r:FOLLOWS_UP]-() ON (r.id)",
        "CREATE INDEX replies_to_id IF NOT EXISTS FOR ()-[r:REPLIES_TO]-() ON (r.id)",
        "CREATE INDEX forwards_id IF NOT EXISTS FOR ()-[r:FORWARDS]-() ON (r.id)",
        "CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (e:Entity) ON EACH [e.names]",
        "CREATE FULLTEXT INDEX document_text IF NOT EXISTS FOR (d:Document) ON EACH [d.title, d.text]",
    ];

    private static string KindLabels(string x, string kind, params string[] labels) =>
        string.Concat(labels.Select(l => $" FOREACH (_ IN CASE WHEN {kind} = '{l}' THEN [1] ELSE [] END | SET {x}:{l})"));

    private static readonly string[] EntityLabels = ["Person", "Agency", "Company", "Organization", "Product"];
    private static readonly string[] EventLabels = ["Meeting", "Call", "MeetingRequest", "FollowUp", "Publication"];

    private static string MergeRelation(string type) =>
        $" FOREACH (_ IN CASE WHEN r.type = '{type}' THEN [1] ELSE [] END | MERGE (s)-[x:{type} {{id: r.id}}]->(t) ON CREATE SET x += r.properties ON MATCH SET x.title = coalesce(x.title, r.title))";

    /// <summary>
    /// One document and everything extracted from it, in one statement and so one transaction.
    /// No row comes back when the document (its id or its bytes) is already stored.
    /// </summary>
    public static readonly string StoreDocument = $$"""
        WITH $document AS doc
        WHERE NOT EXISTS { MATCH (d:Document {id: doc.id}) WHERE d.contentHash IS NOT NULL }
          AND NOT EXISTS { MATCH (d:Document {contentHash: doc.contentHash}) }
        MERGE (d:Document {id: doc.id})
        SET d += doc
        WITH d
        CALL (d) {
          UNWIND $entities AS e
          MERGE (n:Entity {id: e.id})
          ON CREATE SET n.kind = e.kind, n.name = e.name, n.aliases = [], n.mergeReasons = []
          SET n.aliases = n.aliases + [a IN e.aliases WHERE NOT a IN n.aliases],
              n.mergeReasons = n.mergeReasons + [m IN e.mergeReasons WHERE NOT m IN n.mergeReasons]
          SET n.names = reduce(s = '', a IN n.aliases | s + ' | ' + a)
          {{KindLabels("n", "n.kind", EntityLabels)}}
          WITH n, e
          UNWIND e.aliasKeys AS key
          MERGE (a:Alias {key: key})
          MERGE (n)-[:NAMED]->(a)
        }
        CALL (d) {
          UNWIND $events AS e
          MERGE (v:Event {id: e.id})
          ON CREATE SET v.kind = e.kind, v.status = e.status, v.dateStart = e.dateStart, v.dateEnd = e.dateEnd,
                        v.precision = e.precision, v.dateWording = e.dateWording, v.summary = e.summary
          ON MATCH SET v.status = CASE WHEN e.status = 'Held' OR (e.status = 'Cancelled' AND v.status = 'Proposed') THEN e.status ELSE v.status END,
                       v.dateStart = coalesce(v.dateStart, e.dateStart), v.dateEnd = coalesce(v.dateEnd, e.dateEnd),
                       v.precision = coalesce(v.precision, e.precision), v.dateWording = coalesce(v.dateWording, e.dateWording)
          {{KindLabels("v", "v.kind", EventLabels)}}
          WITH v, e
          UNWIND e.participants AS p
          MATCH (n:Entity {id: p.entityId})
          MERGE (n)-[:PARTICIPATED_IN {role: p.role}]->(v)
        }
        CALL (d) {
          UNWIND $entityRelations AS r
          MATCH (s:Entity {id: r.sourceId})
          MATCH (t:Entity {id: r.targetId})
          {{MergeRelation("WORKS_FOR")}}{{MergeRelation("PART_OF")}}{{MergeRelation("OFFERS")}}
        }
        CALL (d) {
          UNWIND $eventRelations AS r
          MATCH (s:Event {id: r.sourceId})
          MATCH (t:Event {id: r.targetId})
          {{MergeRelation("FOLLOWS_UP")}}
        }
        CALL (d) {
          UNWIND $documentRelations AS r
          MERGE (s:Document {id: r.sourceId})
          MERGE (t:Document {id: r.targetId})
          {{MergeRelation("REPLIES_TO")}}{{MergeRelation("FORWARDS")}}
        }
        CALL (d) {
          UNWIND $evidence AS x
          MERGE (e:Evidence {key: x.key})
          ON CREATE SET e += x
        }
        RETURN d.id AS id
        """;

    public const string MergedEntities = "UNWIND $ids AS id MATCH (m:MergedEntity {id: id}) RETURN m.id AS id, m.survivorId AS survivorId";

    public const string ContainsDocument = "MATCH (d:Document {contentHash: $hash}) RETURN count(d) AS n";

    public const string GetDocument = """
        MATCH (d:Document {id: $id}) WHERE d.contentHash IS NOT NULL
        RETURN d.id AS id, d.kind AS kind, d.contentHash AS contentHash, d.origin AS origin, d.title AS title, d.date AS date,
               d.text AS text, d.metadata AS metadata, d.redactions AS redactions
        """;

    private static string EvidenceOf(string x) => $$"""
        CALL ({{x}}) {
          MATCH (x:Evidence {factId: {{x}}.id})
          OPTIONAL MATCH (doc:Document {id: x.documentId})
          WITH x, doc ORDER BY doc.date, x.documentId, x.start
          RETURN collect(x {.documentId, .start, .length, .quote, .rule, .confidence}) AS evidence
        }
        """;

    private static string ReviewFields(string x) => $"{x}.reviewStatus AS reviewStatus, {x}.reviewer AS reviewer, {x}.reviewedAt AS reviewedAt, {x}.reviewNote AS reviewNote";

    public static readonly string GetEntity = $"""
        MATCH (e:Entity {"{"}id: $id{"}"})
        {EvidenceOf("e")}
        RETURN e.id AS id, e.kind AS kind, e.name AS name, [a IN e.aliases WHERE a <> e.name] AS aliases, e.mergeReasons AS mergeReasons,
               {ReviewFields("e")}, evidence
        """;

    public const string FindEntitiesByName = "MATCH (:Alias {key: $key})<-[:NAMED]-(e:Entity) WHERE e.kind = $kind RETURN e.id AS id ORDER BY id";

    public const string EntitySummaries = """
        UNWIND $ids AS id
        MATCH (e:Entity {id: id})
        CALL (e) { MATCH (x:Evidence {factId: e.id}) RETURN count(x) AS mentions, count(DISTINCT x.documentId) AS documents }
        RETURN e.id AS id, e.kind AS kind, e.name AS name, [a IN e.aliases WHERE a <> e.name] AS aliases, mentions, documents
        """;

    /// <summary>Exact names first, then the full-text score, then the most mentioned.</summary>
    public const string SearchEntities = """
        CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node, score
        WHERE $kind IS NULL OR node.kind = $kind
        WITH node, score, EXISTS { MATCH (node)-[:NAMED]->(:Alias {key: $key}) } AS exact
        CALL (node) { MATCH (x:Evidence {factId: node.id}) RETURN count(x) AS mentions }
        WITH node ORDER BY exact DESC, score DESC, mentions DESC, node.id
        WITH collect(node.id) AS ids
        RETURN size(ids) AS total, ids[$offset..$offset + $limit] AS page
        """;

    private static string Hop(int distance) => $"""
        CALL (frontier, seen) {"{"}
          UNWIND frontier AS f
          MATCH (f)-[r:{Walked}]-(m)
          WHERE (m:Entity OR m:Event) AND NOT m IN seen AND (r.id IS NULL OR {Passes("r")}) AND {Passes("m")}
          WITH DISTINCT m ORDER BY m.id LIMIT $limit
          RETURN collect(m) AS next
        {"}"}
        WITH seen + next AS seen, next AS frontier, reached + [m IN next | {"{"}id: m.id, distance: {distance}{"}"}] AS reached
        """;

    /// <summary>Breadth first from one entity or event, nearest first, as deep as asked: one statement per depth.</summary>
    public static readonly IReadOnlyList<string> Neighbourhood = [.. Enumerable.Range(1, 3).Select(depth => $"""
        CALL () {"{"} MATCH (n:Entity {"{"}id: $id{"}"}) RETURN n UNION MATCH (n:Event {"{"}id: $id{"}"}) RETURN n {"}"}
        WITH [n] AS seen, [n] AS frontier, [{"{"}id: n.id, distance: 0{"}"}] AS reached
        {string.Join("\n", Enumerable.Range(1, depth).Select(Hop))}
        RETURN reached[0..$limit] AS reached, size(reached) > $limit AS truncated
        """)];

    /// <summary>The named entities and events that pass the review filter, and the edges among them.</summary>
    public static readonly string Subgraph = $"""
        CALL () {"{"}
          UNWIND $ids AS id
          CALL (id) {"{"} MATCH (n:Entity {"{"}id: id{"}"}) RETURN n UNION MATCH (n:Event {"{"}id: id{"}"}) RETURN n {"}"}
          WITH n WHERE {Passes("n")}
          RETURN collect(n) AS nodes
        {"}"}
        CALL (nodes) {"{"}
          UNWIND nodes AS a
          MATCH (a)-[r:{Walked}]->(b)
          WHERE b IN nodes AND (r.id IS NULL OR {Passes("r")})
          RETURN collect({"{"}id: coalesce(r.id, 'participated-in:' + a.id + '..' + b.id), type: type(r), source: a.id, target: b.id, detail: coalesce(r.title, r.role){"}"}) AS edges
        {"}"}
        RETURN [n IN nodes | {"{"}id: n.id, kind: n.kind, label: coalesce(n.name, n.summary){"}"}] AS nodes, edges
        """;

    /// <summary>The first id left out when the graph is cut at <c>$maxNodes</c> nodes in id order; none when nothing is.</summary>
    public const string GraphCut = """
        CALL () { MATCH (e:Entity) RETURN e.id AS id UNION ALL MATCH (v:Event) RETURN v.id AS id }
        WITH id ORDER BY id SKIP $maxNodes LIMIT 1
        RETURN id
        """;

    public static readonly string GraphNodes = $"""
        CALL () {"{"} MATCH (n:Entity) RETURN n UNION ALL MATCH (n:Event) RETURN n {"}"}
        WITH n WHERE ($before IS NULL OR n.id < $before) AND {Passes("n")}
        RETURN n.id AS id, n.kind AS kind, coalesce(n.name, n.summary) AS label
        """;

    public static readonly string GraphEdges = $"""
        MATCH (a)-[r:{Walked}]->(b)
        WHERE ($before IS NULL OR (a.id < $before AND b.id < $before)) AND (r.id IS NULL OR {Passes("r")}) AND {Passes("a")} AND {Passes("b")}
        RETURN coalesce(r.id, 'participated-in:' + a.id + '..' + b.id) AS id, type(r) AS type, a.id AS source, b.id AS target, coalesce(r.title, r.role) AS detail
        """;

    public static readonly string FindEvents = $"""
        CALL () {"{"}
          MATCH (v:Event) WHERE $entity IS NULL RETURN v
          UNION
          MATCH (:Entity {"{"}id: $entity{"}"})-[:PARTICIPATED_IN]->(v:Event) RETURN v
        {"}"}
        WITH v WHERE ($from IS NULL OR v.dateEnd >= $from) AND ($to IS NULL OR v.dateStart <= $to)
          AND ($kind IS NULL OR v.kind = $kind) AND ($status IS NULL OR v.status = $status) AND {Passes("v")}
        WITH v ORDER BY v.dateStart IS NULL, v.dateStart, v.dateEnd, v.id
        WITH collect(v.id) AS ids
        RETURN size(ids) AS total, ids[$offset..$offset + $limit] AS page
        """;

    public static readonly string ReadEvents = $"""
        UNWIND range(0, size($ids) - 1) AS i
        MATCH (v:Event {"{"}id: $ids[i]{"}"})
        CALL (v) {"{"}
          MATCH (e:Entity)-[p:PARTICIPATED_IN]->(v)
          WITH e, p ORDER BY p.role, e.id
          RETURN collect({"{"}entityId: e.id, role: p.role{"}"}) AS participants
        {"}"}
        {EvidenceOf("v")}
        RETURN v.id AS id, v.kind AS kind, v.status AS status, v.dateStart AS dateStart, v.dateEnd AS dateEnd, v.precision AS precision,
               v.dateWording AS dateWording, v.summary AS summary, {ReviewFields("v")}, participants, evidence
        ORDER BY i
        """;

    public const string GetEvidence = """
        MATCH (x:Evidence {factId: $id})
        OPTIONAL MATCH (doc:Document {id: x.documentId})
        WITH x, doc ORDER BY doc.date, x.documentId, x.start
        RETURN x.documentId AS documentId, x.start AS start, x.length AS length, x.quote AS quote, x.rule AS rule, x.confidence AS confidence
        """;

    public const string Stats = """
        CALL () { MATCH (d:Document) WHERE d.contentHash IS NOT NULL WITH d.kind AS k, count(*) AS n RETURN collect([k, n]) AS documents }
        CALL () { MATCH (e:Entity) WITH e.kind AS k, count(*) AS n RETURN collect([k, n]) AS entities }
        CALL () { MATCH (v:Event) WITH v.kind AS k, count(*) AS n RETURN collect([k, n]) AS events }
        CALL () { MATCH ()-[r:WORKS_FOR|PART_OF|OFFERS|FOLLOWS_UP|REPLIES_TO|FORWARDS]->() WITH r.kind AS k, count(*) AS n RETURN collect([k, n]) AS relations }
        CALL () { MATCH ()-[p:PARTICIPATED_IN]->() RETURN count(p) AS participations }
        CALL () { MATCH (x:Evidence) RETURN count(x) AS evidence }
        RETURN documents, entities, events, relations, participations, evidence
        """;

    private const string SummaryMap = "{.id, .kind, .title, .date, .origin, .from}";

    public const string ListDocuments = $"""
        MATCH (d:Document) WHERE d.contentHash IS NOT NULL AND ($kind IS NULL OR d.kind = $kind) AND ($ids IS NULL OR d.id IN $ids)
        WITH d ORDER BY d.date IS NULL, d.date DESC, d.id
        WITH collect(d) AS found
        RETURN size(found) AS total, [d IN found[$offset..$offset + $limit] | d {SummaryMap}] AS items
        """;

    public const string SearchDocuments = """
        CALL db.index.fulltext.queryNodes('document_text', $query) YIELD node, score
        WHERE node.contentHash IS NOT NULL
        WITH node ORDER BY score DESC, node.id
        WITH collect(node) AS found
        RETURN size(found) AS total, [d IN found[$offset..$offset + $limit] | d {.id, .kind, .title, .date, .origin, .from, .text}] AS items
        """;

    public const string DocumentFacts = """
        MATCH (x:Evidence {documentId: $id})
        CALL (x) {
          OPTIONAL MATCH (e:Entity {id: x.factId})
          OPTIONAL MATCH (v:Event {id: x.factId})
          RETURN coalesce(e.name, v.summary) AS label
        }
        RETURN x.factId AS factId, label, x.start AS start, x.length AS length, x.quote AS quote, x.rule AS rule, x.confidence AS confidence
        ORDER BY start, length DESC, factId
        """;

    public static readonly string Thread = $"""
        MATCH (me:Document {"{"}id: $id{"}"}) WHERE me.kind = 'Email' AND me.contentHash IS NOT NULL
        CALL (me) {"{"}
          MATCH (d:Document {"{"}thread: me.thread{"}"}) RETURN d
          UNION
          MATCH (d:Document {"{"}subjectKey: me.subjectKey{"}"}) WHERE size(me.subjectKey) > 8 RETURN d
        {"}"}
        WITH d WHERE d.kind = 'Email' AND d.contentHash IS NOT NULL
        RETURN d.id AS id, d.kind AS kind, d.title AS title, d.date AS date, d.origin AS origin, d.from AS from
        ORDER BY date, id
        """;

    /// <summary>Relations from or to one node; <c>{{LABEL}}</c> is the node's label.</summary>
    private static string RelationsOf(string label) => $"""
        MATCH (n:{label} {"{"}id: $id{"}"})-[r:{AnyRelation}]-()
        WHERE ($kind IS NULL OR r.kind = $kind) AND {Passes("r")}
        WITH DISTINCT r
        {EvidenceOf("r")}
        RETURN r.id AS id, r.kind AS kind, startNode(r).id AS source, endNode(r).id AS target, r.title AS title, r.isFormer AS isFormer,
               {ReviewFields("r")}, evidence
        ORDER BY kind, id
        """;

    public static readonly IReadOnlyDictionary<string, string> Relations = new Dictionary<string, string>
    {
        ["Entity"] = RelationsOf("Entity"),
        ["Event"] = RelationsOf("Event"),
        ["Document"] = RelationsOf("Document"),
    };

    /// <summary>
    /// Meetings, calls and requests where a company and an agency took part; a sub-unit counts as its
    /// parent. A request for a day on which the same two met is that meeting, so it is not listed again.
    /// </summary>
    public static readonly string VendorMeetings = $"""
        CALL () {"{"}
          MATCH (v:Event) WHERE $vendor IS NULL AND $agency IS NULL RETURN v
          UNION
          MATCH (:Entity {"{"}id: $agency{"}"})<-[:PART_OF*0..]-(:Entity)-[:PARTICIPATED_IN]->(v:Event) WHERE $vendor IS NULL RETURN v
          UNION
          MATCH (:Entity {"{"}id: $vendor{"}"})<-[:PART_OF*0..]-(:Entity)-[:PARTICIPATED_IN]->(v:Event) RETURN v
        {"}"}
        WITH v WHERE v.kind IN ['Meeting', 'Call', 'MeetingRequest']
          AND ($from IS NULL OR v.dateEnd >= $from) AND ($to IS NULL OR v.dateStart <= $to) AND {Passes("v")}
          AND CASE WHEN $agency IS NULL THEN EXISTS {"{"} MATCH (:Agency)-[:PARTICIPATED_IN]->(v) {"}"}
                   ELSE EXISTS {"{"} MATCH (:Entity {"{"}id: $agency{"}"})<-[:PART_OF*0..]-(:Entity)-[:PARTICIPATED_IN]->(v) {"}"} END
          AND CASE WHEN $vendor IS NULL THEN EXISTS {"{"} MATCH (:Company)-[:PARTICIPATED_IN]->(v) {"}"}
                   ELSE EXISTS {"{"} MATCH (:Entity {"{"}id: $vendor{"}"})<-[:PART_OF*0..]-(:Entity)-[:PARTICIPATED_IN]->(v) {"}"} END
          AND NOT (v.status = 'Proposed' AND v.precision = 'Day' AND EXISTS {"{"}
                MATCH (h:Event) WHERE h.kind IN ['Meeting', 'Call'] AND h.status = 'Held' AND h.precision = 'Day'
                  AND h.dateStart = v.dateStart AND h.id <> v.id AND {Passes("h")}
                  AND EXISTS {"{"} MATCH (v)<-[:PARTICIPATED_IN]-(:Company)-[:PARTICIPATED_IN]->(h) {"}"}
                  AND EXISTS {"{"} MATCH (v)<-[:PARTICIPATED_IN]-(:Agency)-[:PARTICIPATED_IN]->(h) {"}"} {"}"})
        WITH v ORDER BY v.dateStart IS NULL, v.dateStart, v.id
        WITH collect(v.id) AS ids
        RETURN size(ids) AS total, ids[$offset..$offset + $limit] AS page
        """;

    public const string EntityNames = "UNWIND $ids AS id MATCH (e:Entity {id: id}) RETURN e.id AS id, e.kind AS kind, e.name AS name";

    /// <summary>Up to <c>$maxPaths</c> shortest paths, walking edges either way, without passing a node twice.</summary>
    public static readonly IReadOnlyList<string> Paths = [.. Enumerable.Range(1, 6).Select(hops => $"""
        CALL () {"{"} MATCH (n:Entity {"{"}id: $from{"}"}) RETURN n AS a UNION MATCH (n:Event {"{"}id: $from{"}"}) RETURN n AS a {"}"}
        CALL () {"{"} MATCH (n:Entity {"{"}id: $to{"}"}) RETURN n AS b UNION MATCH (n:Event {"{"}id: $to{"}"}) RETURN n AS b {"}"}
        MATCH p = allShortestPaths((a)-[:{Walked}*..{hops}]-(b))
        WHERE all(n IN nodes(p) WHERE {Passes("n")}) AND all(r IN relationships(p) WHERE r.id IS NULL OR {Passes("r")})
        WITH p LIMIT $maxPaths
        RETURN [n IN nodes(p) | {"{"}id: n.id, kind: n.kind, label: coalesce(n.name, n.summary){"}"}] AS nodes,
               [r IN relationships(p) | {"{"}id: coalesce(r.id, 'participated-in:' + startNode(r).id + '..' + endNode(r).id), type: type(r), source: startNode(r).id, target: endNode(r).id, detail: coalesce(r.title, r.role){"}"}] AS edges
        """)];

    /// <summary>The review of one entity or event; <c>{{LABEL}}</c> is Entity or Event.</summary>
    private static string ReadReviewOf(string match) => $"{match} RETURN {ReviewFields("x")}";

    /// <summary>
    /// Records a decision only if the fact's review is still the one read before, with its audit
    /// entry, in one statement; no row means someone else decided first (or the fact is gone).
    /// </summary>
    private static string WriteReviewOf(string match) => $"""
        {match}
        WHERE coalesce(x.reviewStatus, 'Unreviewed') = $expectedStatus AND coalesce(x.reviewedAt, '') = $expectedAt
        MERGE (c:Counter {"{"}name: 'audit'{"}"}) ON CREATE SET c.value = 0
        SET c.value = c.value + 1
        SET x.reviewStatus = $status, x.reviewer = $reviewer, x.reviewedAt = $at, x.reviewNote = $note
        CREATE (:AuditEntry {"{"}id: c.value, at: $at, actor: $reviewer, action: 'review', factId: $id, before: $before, after: $after, note: $note{"}"})
        RETURN x.reviewStatus AS status
        """;

    private static IEnumerable<KeyValuePair<string, string>> FactMatches() =>
        new[] { ("Entity", "MATCH (x:Entity {id: $id})"), ("Event", "MATCH (x:Event {id: $id})") }
            .Concat(RelationTypes.Values.Select(t => (t, $"MATCH ()-[x:{t} {{id: $id}}]->()")))
            .Select(p => new KeyValuePair<string, string>(p.Item1, p.Item2));

    public static readonly IReadOnlyDictionary<string, string> ReadReview = FactMatches().ToDictionary(p => p.Key, p => ReadReviewOf(p.Value));

    public static readonly IReadOnlyDictionary<string, string> WriteReview = FactMatches().ToDictionary(p => p.Key, p => WriteReviewOf(p.Value));

    public const string AuditLog = """
        MATCH (a:AuditEntry) WHERE $fact IS NULL OR a.factId = $fact
        WITH a ORDER BY a.id DESC
        WITH collect(a) AS found
        RETURN size(found) AS total, [a IN found[$offset..$offset + $limit] | a {.id, .at, .actor, .action, .factId, .before, .after, .note}] AS items
        """;

    private const string AppendAudit = """
        MERGE (c:Counter {name: 'audit'}) ON CREATE SET c.value = 0
        SET c.value = c.value + 1
        CREATE (:AuditEntry {id: c.value, at: $at, actor: $actor, action: $action, factId: $factId, before: $before, after: $after, note: $note})
        """;

    /// <summary>Renames or retypes an entity if it still has the name and kind read before; the old name stays an alias.</summary>
    public static readonly string CorrectEntity = $"""
        MATCH (x:Entity {"{"}id: $id{"}"}) WHERE x.name = $expectedName AND x.kind = $expectedKind
        SET x.name = $name, x.kind = $kind, x.aliases = x.aliases + [a IN [$name] WHERE NOT a IN x.aliases]
        SET x.names = reduce(s = '', a IN x.aliases | s + ' | ' + a)
        REMOVE x:Person:Agency:Company:Organization:Product
        {KindLabels("x", "x.kind", EntityLabels)}
        MERGE (a:Alias {"{"}key: $nameKey{"}"})
        MERGE (x)-[:NAMED]->(a)
        WITH x
        {AppendAudit}
        RETURN x.id AS id
        """;

    private static string MoveRelations(string from, string to, string type) => $"""
        CALL ({from}, {to}) {"{"} MATCH ({from})-[r:{type}]->(t) CREATE ({to})-[c:{type}]->(t) SET c = properties(r) DELETE r {"}"}
        CALL ({from}, {to}) {"{"} MATCH (s)-[r:{type}]->({from}) CREATE (s)-[c:{type}]->({to}) SET c = properties(r) DELETE r {"}"}
        """;

    /// <summary>
    /// Folds <c>$duplicate</c> into <c>$survivor</c>: names, evidence, taking part and relations move; the
    /// duplicate stays as a MergedEntity that points at the survivor and keeps what it brought.
    /// </summary>
    public static readonly string MergeEntities = $"""
        MATCH (keep:Entity {"{"}id: $survivor{"}"})
        MATCH (dup:Entity {"{"}id: $duplicate{"}"})
        CALL (keep, dup) {"{"} MATCH (dup)-[n:NAMED]->(a:Alias) MERGE (keep)-[:NAMED]->(a) DELETE n {"}"}
        SET keep.aliases = keep.aliases + [a IN dup.aliases WHERE NOT a IN keep.aliases],
            keep.mergeReasons = keep.mergeReasons + [m IN dup.mergeReasons WHERE NOT m IN keep.mergeReasons] + [$reason]
        SET keep.names = reduce(s = '', a IN keep.aliases | s + ' | ' + a)
        WITH keep, dup
        CALL (keep, dup) {"{"}
          MATCH (x:Evidence {"{"}factId: dup.id{"}"})
          OPTIONAL MATCH (same:Evidence {"{"}key: keep.id + substring(x.key, size(dup.id)){"}"})
          FOREACH (_ IN CASE WHEN same IS NULL THEN [1] ELSE [] END | SET x.factId = keep.id, x.key = keep.id + substring(x.key, size(dup.id)))
          FOREACH (_ IN CASE WHEN same IS NULL THEN [] ELSE [1] END | DELETE x)
        {"}"}
        CALL (keep, dup) {"{"} MATCH (dup)-[p:PARTICIPATED_IN]->(v) MERGE (keep)-[:PARTICIPATED_IN {"{"}role: p.role{"}"}]->(v) DELETE p {"}"}
        {MoveRelations("dup", "keep", "WORKS_FOR")}{MoveRelations("dup", "keep", "PART_OF")}{MoveRelations("dup", "keep", "OFFERS")}
        REMOVE dup:Entity:Person:Agency:Company:Organization:Product
        SET dup:MergedEntity, dup.survivorId = keep.id, dup.snapshot = $snapshot
        WITH keep
        CALL (keep) {"{"} MATCH (m:MergedEntity {"{"}survivorId: $duplicate{"}"}) SET m.survivorId = keep.id {"}"}
        CALL () {"{"} {AppendAudit} {"}"}
        RETURN keep.id AS id
        """;

    /// <summary>The duplicate's aliases, evidence keys, taking part and relation ids, read before a merge.</summary>
    public const string MergeSnapshot = """
        MATCH (keep:Entity {id: $survivor})
        MATCH (dup:Entity {id: $duplicate})
        CALL (dup) { MATCH (x:Evidence {factId: dup.id}) RETURN collect(x.key) AS evidence }
        CALL (dup) { MATCH (dup)-[p:PARTICIPATED_IN]->(v) RETURN collect([v.id, p.role]) AS participations }
        CALL (dup) { MATCH (dup)-[r:WORKS_FOR|PART_OF|OFFERS]->() RETURN collect(r.id) AS relationsFrom }
        CALL (dup) { MATCH ()-[r:WORKS_FOR|PART_OF|OFFERS]->(dup) RETURN collect(r.id) AS relationsTo }
        RETURN dup.kind AS kind, dup.name AS name, keep.name AS survivorName, [a IN dup.aliases WHERE NOT a IN keep.aliases] AS aliasesBrought,
               dup.aliases AS aliases, dup.mergeReasons AS mergeReasons, evidence, participations, relationsFrom, relationsTo
        """;

    public const string MergedSnapshot = "MATCH (m:MergedEntity {id: $merged, survivorId: $survivor}) RETURN m.snapshot AS snapshot";

    private static string MoveRelationsBack(string type) => $"""
        CALL (keep, m) {"{"} MATCH (keep)-[r:{type}]->(t) WHERE r.id IN $relationsFrom CREATE (m)-[c:{type}]->(t) SET c = properties(r) DELETE r {"}"}
        CALL (keep, m) {"{"} MATCH (s)-[r:{type}]->(keep) WHERE r.id IN $relationsTo CREATE (s)-[c:{type}]->(m) SET c = properties(r) DELETE r {"}"}
        """;

    /// <summary>Undoes a merge with what the merged entity brought, as read from its snapshot.</summary>
    public static readonly string SplitEntity = $"""
        MATCH (keep:Entity {"{"}id: $survivor{"}"})
        MATCH (m:MergedEntity {"{"}id: $merged, survivorId: $survivor{"}"})
        REMOVE m:MergedEntity
        SET m:Entity, m.kind = $kind, m.name = $name, m.aliases = $aliases, m.mergeReasons = $mergeReasons, m.survivorId = null, m.snapshot = null
        SET m.names = reduce(s = '', a IN m.aliases | s + ' | ' + a)
        {KindLabels("m", "m.kind", EntityLabels)}
        SET keep.aliases = [a IN keep.aliases WHERE NOT a IN $aliasesBrought]
        SET keep.names = reduce(s = '', a IN keep.aliases | s + ' | ' + a)
        WITH keep, m
        CALL (keep, m) {"{"}
          UNWIND $aliasKeys AS key
          MERGE (a:Alias {"{"}key: key{"}"})
          MERGE (m)-[:NAMED]->(a)
        {"}"}
        CALL (keep) {"{"} MATCH (keep)-[n:NAMED]->(a:Alias) WHERE a.key IN $aliasKeysBrought DELETE n {"}"}
        CALL (keep, m) {"{"}
          UNWIND $evidence AS key
          MATCH (x:Evidence {"{"}key: keep.id + substring(key, size(m.id)){"}"})
          SET x.factId = m.id, x.key = key
        {"}"}
        CALL (m) {"{"}
          UNWIND $participations AS p
          MATCH (v:Event {"{"}id: p[0]{"}"})
          MERGE (m)-[:PARTICIPATED_IN {"{"}role: p[1]{"}"}]->(v)
        {"}"}
        {MoveRelationsBack("WORKS_FOR")}{MoveRelationsBack("PART_OF")}{MoveRelationsBack("OFFERS")}
        WITH m
        CALL () {"{"} {AppendAudit} {"}"}
        RETURN m.id AS id
        """;

    /// <summary>Every statement above, for checking by Neo4j's Cypher front-end.</summary>
    public static IReadOnlyList<string> All =>
    [
        .. Schema, StoreDocument, MergedEntities, ContainsDocument, GetDocument, GetEntity, FindEntitiesByName, EntitySummaries, SearchEntities,
        .. Neighbourhood, Subgraph, GraphCut, GraphNodes, GraphEdges, FindEvents, ReadEvents, GetEvidence, Stats, ListDocuments,
        SearchDocuments, DocumentFacts, Thread, .. Relations.Values, VendorMeetings, EntityNames, .. Paths, .. ReadReview.Values, .. WriteReview.Values,
        AuditLog, CorrectEntity, MergeEntities, MergeSnapshot, MergedSnapshot, SplitEntity,
    ];
}
