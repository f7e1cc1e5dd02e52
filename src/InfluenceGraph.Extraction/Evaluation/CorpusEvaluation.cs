using System.Globalization;
using System.Text;
using InfluenceGraph.Core;
using InfluenceGraph.Extraction.Readers;

namespace InfluenceGraph.Extraction.Evaluation;

/// <summary>The figures for one corpus, and what was missed or invented, document by document.</summary>
public sealed record EvaluationReport(
    int Documents,
    IReadOnlyDictionary<EntityKind, Score> Entities,
    Score Events,
    Score FollowUpLinks,
    int DatesRight,
    int DatesJudged,
    IReadOnlyList<string> Mistakes,
    IReadOnlyDictionary<string, RuleScore> EntityRules)
{
    public double DateAccuracy => DatesJudged == 0 ? 1 : (double)DatesRight / DatesJudged;

    public string ToTable()
    {
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"{Documents} documents");
        sb.AppendLine(CultureInfo.InvariantCulture, $"{"",-16}{"precision",10}{"recall",10}{"F1",10}{"tp",6}{"fp",6}{"fn",6}");
        foreach (var (kind, score) in Entities) Row(sb, kind.ToString(), score);
        Row(sb, "Events", Events);
        Row(sb, "Follow-up links", FollowUpLinks);
        sb.AppendLine(CultureInfo.InvariantCulture, $"{"Dates",-16}{"accuracy",10}{DateAccuracy,10:0.000}{"",10}{DatesRight,6}{DatesJudged - DatesRight,6}");
        return sb.ToString();
    }

    /// <summary>How often each rule's entities were right, by the rule behind each entity's strongest mention.</summary>
    public string ToRuleTable()
    {
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"{"kind and rule",-44}{"right",7}{"wrong",7}{"precision",11}");
        foreach (var (rule, s) in EntityRules.OrderBy(r => r.Key, StringComparer.Ordinal))
            sb.AppendLine(CultureInfo.InvariantCulture, $"{rule,-44}{s.Right,7}{s.Wrong,7}{(double)s.Right / (s.Right + s.Wrong),11:0.000}");
        return sb.ToString();
    }

    private static void Row(StringBuilder sb, string name, Score s) =>
        sb.AppendLine(CultureInfo.InvariantCulture, $"{name,-16}{s.Precision,10:0.000}{s.Recall,10:0.000}{s.F1,10:0.000}{s.TruePositives,6}{s.FalsePositives,6}{s.FalseNegatives,6}");
}

/// <summary>
/// Runs the extractor over a gold-annotated corpus and scores it. Entities match when their kinds
/// agree and they share a name or alias; events when kind, status and date agree (a meeting or call
/// that did not happen may be annotated as itself or as a MeetingRequest); follow-up links when the
/// follow-up's and the meeting's dates agree.
/// </summary>
public static class CorpusEvaluation
{
    public static EvaluationReport Evaluate(string folder, IExtractor extractor)
    {
        ArgumentNullException.ThrowIfNull(extractor);
        var entityScores = Enum.GetValues<EntityKind>().ToDictionary(k => k, _ => Score.Zero);
        var events = Score.Zero;
        var links = Score.Zero;
        int datesRight = 0, datesJudged = 0, documents = 0;
        var mistakes = new List<string>();
        var rules = new SortedDictionary<string, RuleScore>(StringComparer.Ordinal);
        foreach (var goldPath in Directory.EnumerateFiles(folder, "*.gold.json").Order(StringComparer.Ordinal))
        {
            var gold = GoldDocument.Load(goldPath);
            var stem = goldPath[..^".gold.json".Length];
            var file = DocumentReader.Extensions.Select(e => stem + e).FirstOrDefault(File.Exists)
                ?? throw new FileNotFoundException($"{goldPath}: no document beside it");
            DateTimeOffset? fallback = gold.DocumentDate is { } d ? DateTimeOffset.Parse(d, CultureInfo.InvariantCulture) : null;
            var results = FileEvents.Unify(new DocumentReader(fallback).Read(file).Select(extractor.Extract).ToList());
            documents++;
            var name = Path.GetFileName(file);

            var predictedEntities = results.SelectMany(r => r.Entities).GroupBy(e => e.Id).Select(g => g.First() with { Aliases = g.SelectMany(e => e.Aliases).Distinct().ToList() }).ToList();
            foreach (var kind in Enum.GetValues<EntityKind>())
            {
                var goldOfKind = gold.Entities.Where(e => e.Kind == kind).Select(e => e.AllNames.Select(Normalise).ToHashSet()).ToList();
                var predictedOfKind = predictedEntities.Where(e => e.Kind == kind).ToList();
                var (score, missed, invented) = Match(goldOfKind, predictedOfKind, (g, p) => p.Aliases.Prepend(p.Name).Select(Normalise).Any(g.Contains));
                entityScores[kind] += score;
                mistakes.AddRange(missed.Select(g => $"{name}: missed {kind} {g.First()}"));
                mistakes.AddRange(invented.Select(p => $"{name}: invented {kind} {p.Name}"));
                foreach (var p in predictedOfKind)
                {
                    var rule = $"{kind} {p.Evidence.MaxBy(e => e.Confidence)?.Rule ?? "none"}";
                    var wrong = invented.Contains(p) ? 1 : 0;
                    rules[rule] = rules.GetValueOrDefault(rule, RuleScore.Zero) + new RuleScore(1 - wrong, wrong);
                }
            }

            var predictedEvents = results.SelectMany(r => r.Events).DistinctBy(e => e.Id).ToList();
            var (eventScore, missedEvents, inventedEvents) = Match(gold.Events.ToList(), predictedEvents, (g, p) => SameKind(g, p) && g.Status == p.Status && g.Date == p.Date?.ToIso());
            events += eventScore;
            mistakes.AddRange(missedEvents.Select(g => $"{name}: missed {g.Kind} {g.Status} {g.Date ?? "undated"}"));
            mistakes.AddRange(inventedEvents.Select(p => $"{name}: invented {p.Kind} {p.Status} {p.Date?.ToIso() ?? "undated"} \"{Short(p.Summary)}\""));

            foreach (var g in gold.Events.Where(g => g.Date is not null))
            {
                var counterparts = predictedEvents.Where(p => SameKind(g, p) && p.Status == g.Status).ToList();
                if (counterparts.Count == 0) continue;
                datesJudged++;
                if (counterparts.Any(p => p.Date?.ToIso() == g.Date)) datesRight++;
            }

            var goldLinks = gold.Events.Where(e => e.Follows is { } f && f >= 0 && f < gold.Events.Count)
                .Select(e => $"{e.Date ?? "undated"}->{gold.Events[e.Follows!.Value].Date ?? "undated"}").ToList();
            var byId = predictedEvents.ToDictionary(e => e.Id);
            var predictedLinks = results.SelectMany(r => r.Relations).Where(r => r.Kind == RelationKind.FollowsUp).DistinctBy(r => r.Id)
                .Select(r => $"{Iso(byId.GetValueOrDefault(r.SourceId))}->{Iso(byId.GetValueOrDefault(r.TargetId))}").ToList();
            var (linkScore, missedLinks, inventedLinks) = Match(goldLinks, predictedLinks, (g, p) => g == p);
            links += linkScore;
            mistakes.AddRange(missedLinks.Select(l => $"{name}: missed follow-up link {l}"));
            mistakes.AddRange(inventedLinks.Select(l => $"{name}: invented follow-up link {l}"));
        }
        return new EvaluationReport(documents, entityScores, events, links, datesRight, datesJudged, mistakes, rules);
    }

    private static string Iso(Event? e) => e?.Date?.ToIso() ?? "undated";

    private static string Short(string text) => text.Length > 80 ? text[..77] + "..." : text;

    /// <summary>A meeting or call that was only proposed or was called off may be written down as a meeting, a call or a meeting request.</summary>
    private static bool SameKind(GoldEvent gold, Event predicted) =>
        gold.Kind == predicted.Kind
        || gold.Status != EventStatus.Held && predicted.Status == gold.Status
           && (Unheld(gold.Kind, predicted.Kind) || Unheld(predicted.Kind, gold.Kind));

    private static bool Unheld(EventKind a, EventKind b) => a == EventKind.MeetingRequest && b is EventKind.Meeting or EventKind.Call;

    /// <summary>Greedy one-to-one matching in gold order.</summary>
    private static (Score Score, List<TGold> Missed, List<TPredicted> Invented) Match<TGold, TPredicted>(List<TGold> gold, List<TPredicted> predicted, Func<TGold, TPredicted, bool> matches)
    {
        var unused = predicted.ToList();
        var missed = new List<TGold>();
        foreach (var g in gold)
        {
            var index = unused.FindIndex(p => matches(g, p));
            if (index < 0) missed.Add(g);
            else unused.RemoveAt(index);
        }
        return (new Score(gold.Count - missed.Count, unused.Count, missed.Count), missed, unused);
    }

    /// <summary>Names compared without case, accents, punctuation, a leading "the" or the dots of "U.S.".</summary>
    internal static string Normalise(string name)
    {
        var decomposed = name.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder();
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsLetterOrDigit(c) || c is '@' or ' ') sb.Append(char.ToLowerInvariant(c));
            else if (c is '-' or ',' or '&' or '/') sb.Append(' ');
        }
        var words = sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (words.Count > 1 && words[0] == "the") words.RemoveAt(0);
        return string.Join(' ', words);
    }
}
