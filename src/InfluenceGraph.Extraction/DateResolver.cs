using System.Globalization;
using System.Text.RegularExpressions;
using InfluenceGraph.Core;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.DateTime;

namespace InfluenceGraph.Extraction;

/// <summary>A date written in the text, resolved both ways when the words leave the year open ("June 12" before or after the document's date).</summary>
internal sealed record DateMention(int Start, int End, string Wording, EventDate? Past, EventDate? Future)
{
    /// <summary>The reading nearest the reference date, for wording with no tense to go by.</summary>
    public EventDate? Nearest(DateOnly reference)
    {
        if (Past is null || Future is null) return Past ?? Future;
        return reference.DayNumber - Past.Start.DayNumber <= Future.Start.DayNumber - reference.DayNumber ? Past : Future;
    }

    /// <summary>
    /// For an article that gives no tense: a report mostly looks back, so the coming date wins only
    /// when it is clearly the nearer one ("the second hearing on June 17" in April, not "the Aug. 12
    /// demonstration" in a March story).
    /// </summary>
    public EventDate? Reported(DateOnly reference)
    {
        if (Past is null || Future is null) return Past ?? Future;
        return (Future.Start.DayNumber - reference.DayNumber) * 3 < (reference.DayNumber - Past.Start.DayNumber) * 2 ? Future : Past;
    }
}

/// <summary>
/// Resolves dates with Microsoft.Recognizers.Text against the document's own date. The model is
/// built once per process and fed one sentence at a time: its cost grows steeply with input length.
/// </summary>
internal static partial class DateResolver
{
    private static readonly Lazy<DateTimeModel> Model = new(() => (DateTimeModel)new DateTimeRecognizer(Culture.English).GetDateTimeModel());

    [GeneratedRegex(@"(?<=\bvot(?:ed|es|e|ing)\s+)\d{1,2}\s*[-–]\s*\d{1,2}\b", RegexOptions.IgnoreCase)]
    private static partial Regex VoteTally();

    [GeneratedRegex(@"^\d{4}$")]
    private static partial Regex YearTimex();

    [GeneratedRegex(@"^(?<y>\d{4})-(?<m>\d{2})$")]
    private static partial Regex MonthTimex();

    [GeneratedRegex(@"^\d{4}-W\d{2}$|^XXXX-WXX$|W\d{2}")]
    private static partial Regex WeekTimex();

    /// <summary>The first <paramref name="day"/> on or after <paramref name="from"/>.</summary>
    public static DateOnly OnOrAfter(DateOnly from, DayOfWeek day) => from.AddDays(((int)day - (int)from.DayOfWeek + 7) % 7);

    public static List<DateMention> Find(string sentence, int offset, DateTime reference)
    {
        var found = new List<DateMention>();
        List<ModelResult> results;
        try
        {
            // "voted 6-3 Tuesday night": a tally the recognizer would read as part of the date; spaces keep every offset.
            results = Model.Value.Parse(VoteTally().Replace(sentence, m => new string(' ', m.Length)), reference);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or FormatException or IndexOutOfRangeException or NullReferenceException)
        {
            // The recognizer is a large third-party rule set; one odd sentence must not lose a document.
            return found;
        }
        foreach (var result in results)
        {
            if (result.Resolution is null || !result.Resolution.TryGetValue("values", out var raw) || raw is not IEnumerable<Dictionary<string, string>> values) continue;
            // The recognizer lower-cases what it returns; the evidence keeps the writer's own words.
            var wording = result.Start >= 0 && result.End < sentence.Length ? sentence[result.Start..(result.End + 1)] : result.Text;
            var readings = values.Select(v => Read(v, wording)).Where(d => d is not null).Cast<EventDate>().Distinct().OrderBy(d => d.Start).ToList();
            if (readings.Count == 0) continue;
            found.Add(new DateMention(offset + result.Start, offset + result.End + 1, wording, readings[0], readings.Count > 1 ? readings[^1] : readings[0]));
        }
        // "Tuesday and Wednesday of last week": the recognizer reads one weekday, and of the wrong week.
        foreach (Match days in DaysOfAWeek().Matches(sentence))
        {
            var day = DateOnly.FromDateTime(reference);
            var monday = day.AddDays(-(((int)day.DayOfWeek + 6) % 7) + days.Groups["which"].Value.ToLowerInvariant() switch { "last" => -7, "next" => 7, _ => 0 });
            var first = monday.AddDays(((int)Enum.Parse<DayOfWeek>(days.Groups["a"].Value, ignoreCase: true) + 6) % 7);
            var last = monday.AddDays(((int)Enum.Parse<DayOfWeek>(days.Groups["b"].Value, ignoreCase: true) + 6) % 7);
            if (last <= first) continue;
            var (from, to) = (offset + days.Index, offset + days.Index + days.Length);
            var span = EventDate.Between(first, last, days.Value);
            found.RemoveAll(d => d.Start < to && d.End > from);
            found.Add(new DateMention(from, to, days.Value, span, span));
        }
        return found.OrderBy(d => d.Start).ToList();
    }

    private const string Weekday = "monday|tuesday|wednesday|thursday|friday|saturday|sunday";

    [GeneratedRegex(@"\b(?<a>" + Weekday + @")\s+(?:and|through|to)\s+(?<b>" + Weekday + @")\s+(?:of\s+)?(?<which>last|this|next)\s+week\b", RegexOptions.IgnoreCase)]
    private static partial Regex DaysOfAWeek();

    private static EventDate? Read(Dictionary<string, string> value, string wording)
    {
        var type = value.GetValueOrDefault("type");
        var timex = value.GetValueOrDefault("timex") ?? "";
        switch (type)
        {
            case "date":
            case "datetime":
                return Day(value.GetValueOrDefault("value")) is { } day ? EventDate.OnDay(day, wording) : null;
            case "daterange":
            case "datetimerange":
                var start = Day(value.GetValueOrDefault("start"));
                var end = Day(value.GetValueOrDefault("end"));
                if (start is null) return null;
                if (YearTimex().IsMatch(timex)) return EventDate.InYear(start.Value.Year, wording);
                if (MonthTimex().IsMatch(timex) || timex.StartsWith("XXXX-", StringComparison.Ordinal) && timex.Length == 7) return EventDate.InMonth(start.Value.Year, start.Value.Month, wording);
                // A week is a working week: "next week", "the week of March 5".
                if (WeekTimex().IsMatch(timex) || end is { } weekEnd && weekEnd.DayNumber - start.Value.DayNumber == 7) return EventDate.Between(start.Value, start.Value.AddDays(4), wording);
                if (end is null || end == start) return EventDate.OnDay(start.Value, wording);
                // A range of whole months ends the day before the recognizer's exclusive end.
                var last = end.Value.Day == 1 && start.Value.Day == 1 ? end.Value.AddDays(-1) : end.Value;
                if (type == "datetimerange" && last.DayNumber - start.Value.DayNumber <= 1) return EventDate.OnDay(start.Value, wording);
                return EventDate.Between(start.Value, last, wording);
            default:
                return null;
        }
    }

    private static DateOnly? Day(string? value) =>
        value is { Length: >= 10 } && DateOnly.TryParseExact(value[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
}
