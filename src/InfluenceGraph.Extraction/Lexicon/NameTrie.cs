namespace InfluenceGraph.Extraction.Lexicons;

/// <summary>
/// Every known name as a path of normalised tokens, so the text is scanned once and the longest
/// known name at each position wins ("U.S. Immigration and Customs Enforcement" over "U.S.").
/// </summary>
internal sealed class NameTrie
{
    private sealed class Node
    {
        public Dictionary<string, Node> Next { get; } = new(StringComparer.Ordinal);
        public KnownName? Entry { get; set; }
        public string? Surface { get; set; }
    }

    private readonly Node _root = new();

    public NameTrie(IEnumerable<KnownName> entries)
    {
        foreach (var entry in entries)
        {
            foreach (var surface in entry.AllNames)
            {
                var tokens = Tokenizer.Tokenize(surface);
                if (tokens.Count == 0) continue;
                var node = _root;
                foreach (var token in tokens) node = node.Next.TryGetValue(Key(token.Text), out var next) ? next : node.Next[Key(token.Text)] = new Node();
                // The first entry to claim a name keeps it: files list the primary bearer first.
                if (node.Entry is null)
                {
                    node.Entry = entry;
                    node.Surface = surface;
                }
            }
        }
    }

    /// <summary>The longest known name starting at token <paramref name="index"/>, as (entry, token count, surface as listed).</summary>
    public (KnownName Entry, int Length, string Surface)? LongestAt(IReadOnlyList<Token> tokens, int index)
    {
        var node = _root;
        (KnownName, int, string)? best = null;
        for (var i = index; i < tokens.Count; i++)
        {
            if (!node.Next.TryGetValue(Key(tokens[i].Text), out var next)) break;
            node = next;
            if (node.Entry is not null) best = (node.Entry, i - index + 1, node.Surface!);
        }
        return best;
    }

    /// <summary>Case is kept for acronyms (ICE is not ice) and folded otherwise; "U.S." and "US" are one word.</summary>
    public static string Key(string token)
    {
        if (token is "U.S." or "US" or "U.S" or "u.s.") return "us";
        if (token is "&") return "and";
        if (Lexicon.IsAcronym(token)) return token;
        return token.Replace('’', '\'').ToLowerInvariant();
    }
}
