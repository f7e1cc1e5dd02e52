namespace InfluenceGraph.Extraction.Lexicons;

/// <summary>An organisation or product the lexicon knows, with every name it goes by.</summary>
internal sealed record KnownName(Core.EntityKind Kind, string Name, IReadOnlyList<string> Acronyms, IReadOnlyList<string> Aliases, string? Parent, IReadOnlyList<string> Domains)
{
    public IEnumerable<string> AllNames => Aliases.Concat(Acronyms).Prepend(Name);
}

/// <summary>
/// The facts the extractor looks names up in, read from the tab-separated files beside this class
/// (embedded in the assembly). Loaded once; immutable and shared by every worker.
/// </summary>
internal sealed class Lexicon
{
    private static readonly Lazy<Lexicon> Embedded = new(() => Load(name =>
        typeof(Lexicon).Assembly.GetManifestResourceStream($"Lexicon.{name}") ?? throw new InvalidOperationException($"lexicon file {name} is not embedded")));

    public static Lexicon Default => Embedded.Value;

    public required IReadOnlyList<KnownName> Entries { get; init; }
    public required IReadOnlySet<string> GivenNames { get; init; }
    /// <summary>Known products' one-word names that are ordinary words too: taken for the product only beside its maker.</summary>
    public required IReadOnlySet<string> ProductNamesNeedingMaker { get; init; }
    /// <summary>Lower-case titles, longest first, so "deputy assistant director" wins over "director".</summary>
    public required IReadOnlyList<string> Titles { get; init; }
    public required IReadOnlyDictionary<string, KnownName> ByDomain { get; init; }
    public required IReadOnlyDictionary<string, KnownName> ByName { get; init; }

    public KnownName? Find(string name) => ByName.GetValueOrDefault(name);

    /// <summary>The organisation an email domain belongs to: a known domain or a parent of it, else a label that is a known acronym or name ("ice.dhs.example").</summary>
    public KnownName? ForDomain(string domain)
    {
        domain = domain.ToLowerInvariant();
        for (var d = domain; d.Contains('.', StringComparison.Ordinal); d = d[(d.IndexOf('.', StringComparison.Ordinal) + 1)..])
        {
            if (ByDomain.TryGetValue(d, out var known)) return known;
        }
        foreach (var label in domain.Split('.')[..^1])
        {
            if (label is "example" or "mail" or "email" or "gov" or "com" or "org" or "net" or "us" or "co" or "www" or "prod" or "outlook") continue;
            var matches = Entries.Where(e => e.Kind != Core.EntityKind.Product
                && (e.Acronyms.Any(a => a.Equals(label, StringComparison.OrdinalIgnoreCase)) || Compact(e.Name) == label || e.Aliases.Any(a => Compact(a) == label))).ToList();
            if (matches.Count == 1) return matches[0];
        }
        return null;
    }

    private static string Compact(string name) => new(name.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());

    internal static Lexicon Load(Func<string, Stream> open)
    {
        var entries = new List<KnownName>();
        foreach (var row in Rows(open("agencies.tsv")))
        {
            entries.Add(new KnownName(Core.EntityKind.Agency, row[0], List(row, 1), List(row, 2), Field(row, 3), List(row, 4)));
        }
        foreach (var row in Rows(open("companies.tsv")))
        {
            entries.Add(new KnownName(Core.EntityKind.Company, row[0], [], List(row, 1), Field(row, 2), List(row, 3)));
        }
        foreach (var row in Rows(open("organizations.tsv")))
        {
            entries.Add(new KnownName(Core.EntityKind.Organization, row[0], [], List(row, 1), null, List(row, 2)));
        }
        foreach (var row in Rows(open("products.tsv")))
        {
            entries.Add(new KnownName(Core.EntityKind.Product, row[0], [], List(row, 1), Field(row, 2), []));
        }
        // Acronyms travel in the aliases column for companies and organisations too ("AWS", "ACLU").
        entries = entries.Select(e => e.Acronyms.Count > 0 ? e : e with
        {
            Acronyms = e.Aliases.Where(IsAcronym).ToList(),
            Aliases = e.Aliases.Where(a => !IsAcronym(a)).ToList(),
        }).ToList();

        var byName = new Dictionary<string, KnownName>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            byName.TryAdd(entry.Name, entry);
        }
        var byDomain = new Dictionary<string, KnownName>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in entries)
        {
            foreach (var domain in entry.Domains) byDomain.TryAdd(domain, entry);
        }
        return new Lexicon
        {
            Entries = entries,
            GivenNames = Lines(open("given-names.txt")).ToHashSet(StringComparer.Ordinal),
            ProductNamesNeedingMaker = Lines(open("product-names-needing-maker.txt")).ToHashSet(StringComparer.Ordinal),
            Titles = Lines(open("titles.txt")).Select(t => t.ToLowerInvariant()).Distinct().OrderByDescending(t => t.Length).ToList(),
            ByDomain = byDomain,
            ByName = byName,
        };
    }

    /// <summary>Two or more capitals (digits and &amp; allowed), as in ICE, AWS, AT&amp;T, 3M.</summary>
    public static bool IsAcronym(string text) =>
        text.Length is >= 2 and <= 8 && text.Count(char.IsUpper) >= 2 && text.All(c => char.IsUpper(c) || char.IsDigit(c) || c is '&' or '-');

    private static IEnumerable<string[]> Rows(Stream stream) =>
        Lines(stream).Skip(1).Select(l => l.Split('\t')).Where(r => r[0].Length > 0);

    private static IEnumerable<string> Lines(Stream stream)
    {
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line.StartsWith('#')) continue;
            yield return line.Trim('\r');
        }
    }

    private static string? Field(string[] row, int index) => row.Length > index && row[index].Trim().Length > 0 ? row[index].Trim() : null;

    private static List<string> List(string[] row, int index) =>
        Field(row, index) is { } value ? value.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList() : [];
}

