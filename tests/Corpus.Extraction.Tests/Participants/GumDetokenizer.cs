using System.Text;

namespace Corpus.Extraction.Tests.Participants;

/// <summary>
/// Turns GUM's space-separated tokens ("Trump 's", "Al - Maeena", "( JSC )") back into running text,
/// and maps each code-point offset of the tokenised text to a UTF-16 offset of the result.
/// </summary>
internal static class GumDetokenizer
{
    private static readonly HashSet<string> NoSpaceBefore = new(StringComparer.Ordinal)
    {
        ",", ".", ";", ":", "!", "?", ")", "]", "}", "'s", "'S", "n't", "'re", "'ve", "'ll", "'d", "'m", "%", "’s", "...",
    };

    private static readonly HashSet<string> NoSpaceAfter = new(StringComparer.Ordinal) { "(", "[", "{", "$", "#" };

    public static (string Text, int[] Map) Detokenize(string tokenised)
    {
        // Code points of the input, so offsets count as GUM counts them.
        var points = new List<string>();
        for (var i = 0; i < tokenised.Length; i++)
        {
            if (char.IsHighSurrogate(tokenised[i]) && i + 1 < tokenised.Length) { points.Add(tokenised.Substring(i, 2)); i++; }
            else points.Add(tokenised[i].ToString());
        }
        var map = new int[points.Count + 1];
        var sb = new StringBuilder();
        var lines = new List<List<(int Start, string Text)>>();
        var line = new List<(int Start, string Text)>();
        var current = new StringBuilder();
        var currentStart = 0;
        for (var i = 0; i <= points.Count; i++)
        {
            var p = i < points.Count ? points[i] : "\n";
            if (p == " " || p == "\n")
            {
                if (current.Length > 0) line.Add((currentStart, current.ToString()));
                current.Clear();
                if (p == "\n") { lines.Add(line); line = new List<(int, string)>(); }
                currentStart = i + 1;
                continue;
            }
            current.Append(p);
        }
        var quoteOpen = false;
        for (var l = 0; l < lines.Count; l++)
        {
            if (l > 0)
            {
                sb.Append('\n');
            }
            var tokens = lines[l];
            var glueNext = true;
            for (var t = 0; t < tokens.Count; t++)
            {
                var (start, text) = tokens[t];
                var glue = glueNext || NoSpaceBefore.Contains(text);
                glueNext = NoSpaceAfter.Contains(text);
                if (text == "\"")
                {
                    if (!quoteOpen) glueNext = true; else glue = true;
                    quoteOpen = !quoteOpen;
                }
                // "all - girl", "Al - Maeena": a hyphen between words joins them.
                if (text == "-" && t > 0 && t + 1 < tokens.Count && char.IsLetterOrDigit(tokens[t - 1].Text[^1]) && char.IsLetterOrDigit(tokens[t + 1].Text[0]))
                {
                    glue = true;
                    glueNext = true;
                }
                if (!glue) sb.Append(' ');
                var offset = start;
                foreach (var ch in EnumeratePoints(text))
                {
                    map[offset++] = sb.Length;
                    sb.Append(ch);
                }
                map[offset] = sb.Length;
            }
            quoteOpen = false;
        }
        // Offsets of separators map to the next character's position.
        for (var i = map.Length - 2; i >= 0; i--)
        {
            if (map[i] == 0 && i > 0 && map[i + 1] > 0 && (points[i] == " " || points[i] == "\n")) map[i] = map[i + 1];
        }
        return (sb.ToString(), map);
    }

    private static IEnumerable<string> EnumeratePoints(string s)
    {
        for (var i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length) { yield return s.Substring(i, 2); i++; }
            else yield return s[i].ToString();
        }
    }
}
