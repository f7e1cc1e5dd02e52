using InfluenceGraph.Core;

namespace InfluenceGraph.Extraction;

/// <summary>One document's text cut into tokens and sentences, with the parts rules must not read marked.</summary>
internal sealed class DocumentText
{
    public DocumentText(SourceDocument document)
    {
        Document = document;
        Text = document.Text;
        Tokens = Tokenizer.Tokenize(Text);
        SentenceSpans = Sentences.Split(Text);
        SentenceOf = new int[Tokens.Count];
        Blocked = new bool[Tokens.Count];
        var sentence = 0;
        for (var i = 0; i < Tokens.Count; i++)
        {
            while (sentence < SentenceSpans.Count - 1 && Tokens[i].Start >= SentenceSpans[sentence].End) sentence++;
            SentenceOf[i] = sentence;
        }
        foreach (var redaction in document.Redactions) Block(redaction.Start, redaction.Start + redaction.Length);
        InHeadline = new bool[Tokens.Count];
        MarkHeadlines();
        if (document.Kind == DocumentKind.Email)
        {
            BodyStart = Text.IndexOf("\n\n", StringComparison.Ordinal) is var end and >= 0 ? end + 2 : 0;
            // Address lines are read by the email rules; the subject line is prose like the body.
            var subject = Text.IndexOf("\nSubject: ", StringComparison.Ordinal);
            Block(0, subject >= 0 ? subject + 10 : BodyStart);
        }
        else if (ArticleRules.HeaderEnd(Text) is var headerEnd and > 0)
        {
            // Byline and date lines are read by the article rules; the title is prose like the body.
            BodyStart = headerEnd;
            Block(0, headerEnd);
            var title = ArticleRules.HeaderLine(Text, "Title");
            if (title is var (start, length)) Unblock(start, start + length);
        }
    }

    public SourceDocument Document { get; }
    public string Text { get; }
    public List<Token> Tokens { get; }
    public List<(int Start, int End)> SentenceSpans { get; }
    public int[] SentenceOf { get; }
    public bool[] Blocked { get; }

    /// <summary>
    /// Tokens on a line in headline case ("Sheriff's Office Weighed Drone Program After Axon Demo"),
    /// where capitals say nothing about names: only known names are read there.
    /// </summary>
    public bool[] InHeadline { get; }

    /// <summary>Where an email's body starts (after its header lines); 0 for an article.</summary>
    public int BodyStart { get; }

    public bool IsSentenceStart(int token) =>
        token == 0 || SentenceOf[token] != SentenceOf[token - 1] || Tokens[token - 1].Text is ":" or "\"" or "“" or "—" or "(" || LineStart(token) && !WrappedBefore(token);

    /// <summary>
    /// A line break inside running prose: the line before is long (a mail client wrapped it) and does
    /// not end a sentence or a field, so "the Smart\nCities Industry Council" is one name.
    /// </summary>
    public bool WrappedBefore(int token)
    {
        if (token == 0 || !Tokens[token - 1].IsWord) return false;
        var breakAt = Text.LastIndexOf('\n', Tokens[token].Start - 1);
        if (breakAt < Tokens[token - 1].End) return false;
        var lineStart = Text.LastIndexOf('\n', Math.Max(0, breakAt - 1)) + 1;
        var line = Text.AsSpan(lineStart, breakAt - lineStart).TrimEnd();
        return line.Length >= 50 && !line.TrimStart().StartsWith(">") && Text.AsSpan(Tokens[token - 1].End, Tokens[token].Start - Tokens[token - 1].End).Count('\n') == 1;
    }

    public bool LineStart(int token) => token == 0 || Text.AsSpan(Tokens[token - 1].End, Tokens[token].Start - Tokens[token - 1].End).Contains('\n');

    public int TokenAt(int offset)
    {
        var lo = 0;
        var hi = Tokens.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (Tokens[mid].End <= offset) lo = mid + 1;
            else if (Tokens[mid].Start > offset) hi = mid - 1;
            else return mid;
        }
        return Math.Min(lo, Tokens.Count - 1);
    }

    public string Span(int firstToken, int count) => Text[Tokens[firstToken].Start..Tokens[firstToken + count - 1].End];

    private static readonly System.Buffers.SearchValues<char> TableMarks = System.Buffers.SearchValues.Create(":|—–@(0123456789");

    private void MarkHeadlines()
    {
        var lineStart = 0;
        while (lineStart < Text.Length)
        {
            var lineEnd = Text.IndexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = Text.Length;
            var first = TokenAt(lineStart);
            var words = new List<int>();
            for (var i = first; i < Tokens.Count && Tokens[i].Start < lineEnd; i++)
            {
                if (Tokens[i].Start >= lineStart && Tokens[i].IsWord && char.IsLetter(Tokens[i].Text[0])) words.Add(i);
            }
            var longWords = words.Where(i => Tokens[i].Text.Length > 3).ToList();
            var line = Text.AsSpan(lineStart, lineEnd - lineStart);
            // A headline is the Title: line or a line standing alone between blank lines, without the colons,
            // dashes and digits of a table or a calendar line.
            var isTitle = line.StartsWith("Title: ");
            var standsAlone = (lineStart < 2 || Text[lineStart - 2] == '\n') && (lineEnd + 1 >= Text.Length || Text[lineEnd + 1] == '\n')
                && line.IndexOfAny(TableMarks) < 0;
            if ((isTitle || standsAlone) && longWords.Count >= 4 && longWords.Count(i => Tokens[i].IsCapitalised) >= longWords.Count * 0.7)
            {
                foreach (var i in words) InHeadline[i] = true;
            }
            lineStart = lineEnd + 1;
        }
    }

    private void Block(int start, int end) => Mark(start, end, true);

    private void Unblock(int start, int end) => Mark(start, end, false);

    private void Mark(int start, int end, bool blocked)
    {
        for (var i = 0; i < Tokens.Count; i++)
        {
            if (Tokens[i].End > start && Tokens[i].Start < end) Blocked[i] = blocked;
        }
    }
}
