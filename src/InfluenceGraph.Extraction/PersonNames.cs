namespace InfluenceGraph.Extraction;

/// <summary>How people's names are written and normalised.</summary>
internal static class PersonNames
{
    /// <summary>"Ortiz, Maria" and "ORTIZ, MARIA (ICE)" read as "Maria Ortiz".</summary>
    public static string FromDisplayName(string displayName)
    {
        var name = displayName.Trim().Trim('"', '\'').Trim();
        var paren = name.IndexOf('(', StringComparison.Ordinal);
        if (paren > 0) name = name[..paren].Trim();
        var comma = name.IndexOf(',', StringComparison.Ordinal);
        if (comma > 0 && name.IndexOf(',', comma + 1) < 0)
        {
            name = $"{name[(comma + 1)..].Trim()} {name[..comma].Trim()}";
        }
        if (name.Length > 0 && name.All(c => !char.IsLetter(c) || char.IsUpper(c))) name = TitleCase(name);
        return string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    private static string TitleCase(string upper) =>
        string.Join(' ', upper.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Length <= 1 ? w : w[0] + w[1..].ToLowerInvariant()));
}
