namespace InfluenceGraph.Extraction;

/// <summary>Sentence boundaries good enough for quoting evidence and for feeding the date recognizer short inputs.</summary>
internal static class Sentences
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt", "st", "jr", "sr", "inc", "corp", "co", "ltd", "no",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u", "s", "vs", "etc", "e", "g", "i", "a", "p", "m", "dept", "gov't", "prof", "atty", "supt",
    };

    /// <summary>Sentence spans [start, end) over the text; a blank line or a header line always ends a sentence.</summary>
    public static List<(int Start, int End)> Split(string text)
    {
        var spans = new List<(int, int)>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var end = -1;
            if (c == '\n' && (i + 1 >= text.Length || text[i + 1] == '\n' || LineLooksLikeBreak(text, i)))
            {
                end = i;
            }
            else if (c is '.' or '?' or '!' && i + 1 < text.Length && text[i + 1] is ' ' or '\n' or '"' or '”' or ')' && !IsAbbreviation(text, i))
            {
                end = i + 1;
                while (end < text.Length && text[end] is '"' or '”' or ')') end++;
            }
            if (end < 0) continue;
            AddTrimmed(text, start, end, spans);
            start = end;
            i = Math.Max(i, end - 1);
        }
        AddTrimmed(text, start, text.Length, spans);
        return spans;
    }

    /// <summary>The sentence holding a span, found by binary search over spans from <see cref="Split"/>; the span itself when it crosses sentences.</summary>
    public static (int Start, int End) Around(List<(int Start, int End)> sentences, int start, int end)
    {
        var lo = 0;
        var hi = sentences.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            var (s, e) = sentences[mid];
            if (e <= start) lo = mid + 1;
            else if (s > start) hi = mid - 1;
            else return end <= e ? (s, e) : (start, end);
        }
        return (start, end);
    }

    /// <summary>A single newline ends a sentence when the next line is short (a signature, a header, a list item).</summary>
    private static bool LineLooksLikeBreak(string text, int newline)
    {
        var previousStart = text.LastIndexOf('\n', Math.Max(0, newline - 1)) + 1;
        var previousLength = newline - previousStart;
        var next = text.IndexOf('\n', newline + 1);
        var nextLength = (next < 0 ? text.Length : next) - newline - 1;
        return previousLength < 60 || nextLength < 40 || text[newline - 1 < 0 ? 0 : newline - 1] is ':' or '.';
    }

    private static bool IsAbbreviation(string text, int period)
    {
        if (text[period] != '.') return false;
        var wordStart = period;
        while (wordStart > 0 && char.IsLetter(text[wordStart - 1])) wordStart--;
        var word = text[wordStart..period];
        if (word.Length == 1 && char.IsUpper(word[0])) return true; // an initial: "John F. Kennedy", "U.S."
        // "free on March 4 after 1 p.m. Would a demo work then?": a time ends the sentence when a new one plainly starts.
        if (word is "m" && period >= 3 && text[period - 2] == '.' && text[period - 3] is 'a' or 'p' && NextWord(text, period + 1) is { } next
            && (Words.SentenceStarters.Contains(next) || QuestionOpeners.Contains(next)))
        {
            return false;
        }
        return Abbreviations.Contains(word);
    }

    private static readonly HashSet<string> QuestionOpeners = new(StringComparer.Ordinal) { "Would", "Could", "Can", "Does", "Do", "Is", "Are", "Will", "Should", "Shall" };

    private static string? NextWord(string text, int from)
    {
        while (from < text.Length && text[from] == ' ') from++;
        var end = from;
        while (end < text.Length && char.IsLetter(text[end])) end++;
        return end > from && char.IsUpper(text[from]) ? text[from..end] : null;
    }

    private static void AddTrimmed(string text, int start, int end, List<(int, int)> spans)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (end > start) spans.Add((start, end));
    }
}
