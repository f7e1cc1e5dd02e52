using System.Globalization;

namespace InfluenceGraph.Core;

/// <summary>
/// When an event happened or is proposed for, as precisely as the document says it, with the words
/// it used. A month-precise date spans the whole month, so window queries stay honest.
/// </summary>
public sealed record EventDate(DateOnly Start, DateOnly End, DatePrecision Precision, string Wording)
{
    public static EventDate OnDay(DateOnly day, string wording) => new(day, day, DatePrecision.Day, wording);

    public static EventDate InMonth(int year, int month, string wording)
    {
        var first = new DateOnly(year, month, 1);
        return new(first, first.AddMonths(1).AddDays(-1), DatePrecision.Month, wording);
    }

    public static EventDate InYear(int year, string wording) =>
        new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), DatePrecision.Year, wording);

    public static EventDate Between(DateOnly start, DateOnly end, string wording) =>
        new(start, end, DatePrecision.Range, wording);

    /// <summary>The date as ISO 8601 at its own precision, for clients that want one string.</summary>
    public string Iso => ToIso();

    public bool Overlaps(DateOnly from, DateOnly to) => Start <= to && End >= from;

    /// <summary>ISO 8601 at the date's own precision: 2018-06-12, 2018-06, 2018, or 2018-06-11/2018-06-13.</summary>
    public string ToIso() => Precision switch
    {
        DatePrecision.Day => Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DatePrecision.Month => Start.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        DatePrecision.Year => Start.ToString("yyyy", CultureInfo.InvariantCulture),
        _ => $"{Start:yyyy-MM-dd}/{End:yyyy-MM-dd}",
    };

    public override string ToString() => ToIso();
}
