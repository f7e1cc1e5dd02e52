using System.Text.RegularExpressions;

namespace InfluenceGraph.Extraction;

/// <summary>A word or punctuation mark and where it sits in the document's text.</summary>
internal readonly record struct Token(int Start, int End, string Text)
{
    public bool IsCapitalised => Text.Length > 0 && char.IsUpper(Text[0]);

    public bool IsAllCaps => Text.Length > 1 && Text.All(c => !char.IsLetter(c) || char.IsUpper(c)) && Text.Any(char.IsLetter);

    public bool IsWord => Text.Length > 0 && char.IsLetterOrDigit(Text[0]);

    public bool IsPossessive => Text is "'s" or "’s" or "'" or "’";
}

internal static partial class Tokenizer
{
    // Initialisms with dots ("U.S.", "D.C."), words with inner hyphens or apostrophes (O'Brien, Peña-Ruiz),
    // an initial with its dot ("F."), a number with decimals ("2.0", "3.2.1": an edition, never a sentence's end),
    // or any other single character.
    [GeneratedRegex(@"(?:\p{Lu}\.){2,}|\d+(?:\.\d+)+(?![\p{L}\d])|\p{Lu}\.(?=\s+\p{Lu})|[\p{L}\p{M}\d]+(?:[-'’&][\p{L}\p{M}\d]+)*|\S", RegexOptions.CultureInvariant)]
    private static partial Regex TokenPattern();

    public static List<Token> Tokenize(string text, int from = 0, int to = -1)
    {
        if (to < 0) to = text.Length;
        var tokens = new List<Token>();
        foreach (Match m in TokenPattern().Matches(text[from..to]))
        {
            var start = from + m.Index;
            var value = m.Value;
            // "ICE's" is ICE and a possessive; "O'Brien" stays one word.
            if (value.Length > 2 && (value.EndsWith("'s", StringComparison.Ordinal) || value.EndsWith("’s", StringComparison.Ordinal)))
            {
                tokens.Add(new Token(start, start + value.Length - 2, value[..^2]));
                tokens.Add(new Token(start + value.Length - 2, start + value.Length, value[^2..]));
                continue;
            }
            tokens.Add(new Token(start, start + value.Length, value));
        }
        return tokens;
    }
}
