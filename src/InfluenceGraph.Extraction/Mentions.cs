using InfluenceGraph.Core;
using InfluenceGraph.Extraction.Lexicons;

namespace InfluenceGraph.Extraction;

/// <summary>A span of text taken to name an entity, and the rule that took it so.</summary>
internal sealed record Mention(int Start, int End, int FirstToken, int TokenCount, EntityKind Kind, string Name, string Rule, double Confidence)
{
    public KnownName? Known { get; init; }

    /// <summary>A title written right before the name ("Deputy Director"), kept for the works-for relation.</summary>
    public string? Title { get; init; }

    /// <summary>For a product found beside its maker's name, the company that makes it.</summary>
    public Mention? Maker { get; init; }

    /// <summary>The token the title starts at, when there is one.</summary>
    public int? TitleToken { get; init; }

    public int LastToken => FirstToken + TokenCount - 1;

    public bool IsOrganisation => Kind is EntityKind.Agency or EntityKind.Company or EntityKind.Organization;
}

/// <summary>The non-overlapping mentions found in one document, in text order.</summary>
internal sealed class MentionSet(int tokenCount)
{
    private readonly Mention?[] _byToken = new Mention?[tokenCount];
    private readonly List<Mention> _all = [];

    public IReadOnlyList<Mention> All => _all;

    public IEnumerable<Mention> InOrder => _all.OrderBy(m => m.Start);

    public Mention? At(int token) => token >= 0 && token < _byToken.Length ? _byToken[token] : null;

    public bool IsFree(int first, int count)
    {
        for (var i = first; i < first + count; i++)
        {
            if (i >= _byToken.Length || _byToken[i] is not null) return false;
        }
        return true;
    }

    public bool TryAdd(Mention mention)
    {
        if (!IsFree(mention.FirstToken, mention.TokenCount)) return false;
        for (var i = mention.FirstToken; i <= mention.LastToken; i++) _byToken[i] = mention;
        _all.Add(mention);
        return true;
    }

    public void Remove(Mention mention)
    {
        _all.Remove(mention);
        for (var i = mention.FirstToken; i <= mention.LastToken; i++) _byToken[i] = null;
    }

    public void Replace(Mention old, Mention replacement)
    {
        Remove(old);
        TryAdd(replacement);
    }
}
