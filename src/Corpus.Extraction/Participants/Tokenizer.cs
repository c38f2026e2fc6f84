using System.Collections.Generic;
using Corpus.Extraction.Text;

namespace Corpus.Extraction.Participants
{
    /// <summary>
    /// Splits a paragraph into words and punctuation in one pass. Keeps "U.S.", "e.g." and initials
    /// ("L.") whole, strips possessive "'s", and splits words run together (<see cref="RunTogether"/>).
    /// </summary>
    internal static class Tokenizer
    {
        /// <summary>Abbreviations whose period does not end a sentence (lower case, no period).</summary>
        private static readonly HashSet<string> Abbreviations = new HashSet<string>(System.StringComparer.Ordinal)
        {
            "mr", "mrs", "ms", "dr", "prof", "st", "gen", "lt", "col", "sgt", "capt", "sen", "rep", "gov", "rev",
            "fr", "jr", "sr", "no", "vs", "etc", "inc", "ltd", "co", "corp", "mt", "ft", "approx", "dept", "univ",
            "adm", "maj", "cpl", "pres", "hon", "messrs", "mme", "mlle", "cf", "al",
        };

        public static List<Token> Tokenize(string text, int offset, List<(int Start, int Length, string Word)> runTogether)
        {
            var tokens = new List<Token>(text.Length / 5 + 4);
            Tokenize(text, offset, runTogether, tokens);
            return tokens;
        }

        /// <summary>Tokenizes into <paramref name="tokens"/> (emptied first), so one list can serve every paragraph.</summary>
        public static void Tokenize(string text, int offset, List<(int Start, int Length, string Word)> runTogether, List<Token> tokens)
        {
            tokens.Clear();
            var pool = StringPool.Current;
            var i = 0;
            while (i < text.Length)
            {
                var c = text[i];
                if (c == ' ' || char.IsWhiteSpace(c))
                {
                    i++;
                    continue;
                }
                if (!(c < 128 ? IsAsciiLetterOrDigit(c) : char.IsLetterOrDigit(c)))
                {
                    var end = i + 1;
                    if (char.IsHighSurrogate(c) && end < text.Length) end++;
                    AddPunct(tokens, pool, text, offset, i, end);
                    i = end;
                    continue;
                }

                var start = i;
                var possessive = false;
                // A run of single letters each followed by a period: "U.S.", "e.g.", "D.C."; or an initial "L.".
                if (i + 1 < text.Length && text[i + 1] == '.' && (i + 2 >= text.Length || !char.IsLetterOrDigit(text[i + 2]) || (i + 3 < text.Length && text[i + 3] == '.')))
                {
                    var j = i;
                    while (j + 1 < text.Length && char.IsLetter(text[j]) && text[j + 1] == '.' && (j + 2 >= text.Length || !char.IsLetterOrDigit(text[j + 2]) || (j + 3 < text.Length && text[j + 3] == '.')))
                    {
                        j += 2;
                    }
                    if (j > i && (j - i > 2 || char.IsUpper(text[i])))
                    {
                        AddWord(tokens, pool, text, offset, start, j, false);
                        i = j;
                        continue;
                    }
                }
                while (i < text.Length)
                {
                    var ch = text[i];
                    // ASCII without the Unicode tables (no ASCII character is a non-spacing mark).
                    if (ch < 128 ? IsAsciiLetterOrDigit(ch) : char.IsLetterOrDigit(ch) || char.GetUnicodeCategory(ch) == System.Globalization.UnicodeCategory.NonSpacingMark)
                    {
                        i++;
                        continue;
                    }
                    if (char.IsSurrogate(ch))
                    {
                        // Letters outside the basic plane: keep whole pairs inside words.
                        if (char.IsHighSurrogate(ch) && i + 1 < text.Length && char.IsLetter(text, i))
                        {
                            i += 2;
                            continue;
                        }
                        break;
                    }
                    if ((ch == '\'' || ch == '\u2019') && i + 1 < text.Length && char.IsLetter(text[i + 1]))
                    {
                        // "'s" at the end of a word is the possessive; otherwise the apostrophe is inside a name (O'Brien).
                        if ((text[i + 1] == 's' || text[i + 1] == 'S') && (i + 2 >= text.Length || !char.IsLetterOrDigit(text[i + 2])))
                        {
                            possessive = true;
                            break;
                        }
                        i++;
                        continue;
                    }
                    if ((ch == '-' || ch == '\u2010' || ch == '\u2011') && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]))
                    {
                        i++;
                        continue;
                    }
                    if (ch == '.' && i + 1 < text.Length && char.IsLetter(text[i + 1]) && RunTogether.IsGluedSentence(text, start, i))
                    {
                        // "Lyon.In": two sentences glued; the period ends this word.
                        runTogether.Add((offset + start, RunTogether.GluedEnd(text, i) - start, text.Substring(start, RunTogether.GluedEnd(text, i) - start)));
                        break;
                    }
                    break;
                }
                var wordEnd = i;
                var split = RunTogether.SplitPoint(text, start, wordEnd);
                if (split > start)
                {
                    runTogether.Add((offset + start, wordEnd - start, text.Substring(start, wordEnd - start)));
                    AddWord(tokens, pool, text, offset, start, split, false);
                    AddWord(tokens, pool, text, offset, split, wordEnd, possessive);
                }
                else
                {
                    AddWord(tokens, pool, text, offset, start, wordEnd, possessive);
                }
                if (possessive) i += 2;
            }
            MarkSentenceStarts(tokens);
        }

        private static void AddWord(List<Token> tokens, StringPool pool, string text, int offset, int start, int end, bool possessive)
        {
            // Pooled strings: the same words recur throughout an article and across articles.
            var word = pool.Get(text, start, end - start);
            // The key is the word's alone: computed at its first occurrence, then kept with the pooled word.
            var slot = pool.LastSlot;
            var key = pool.KeyOf(slot, word);
            if (key is null)
            {
                key = Gazetteer.Key(word, pool);
                pool.SetKey(slot, word, key);
            }
            var first = word[0];
            tokens.Add(new Token
            {
                Start = offset + start,
                End = offset + end,
                Text = word,
                Key = key,
                IsWord = true,
                // An ASCII first character is capitalised exactly when it is A-Z (the general test says the same, slower).
                IsCapitalized = first < 128
                    ? (uint)(first - 'A') <= 'Z' - 'A' || IsParticleName(word)
                    : char.IsUpper(first) || (char.IsLetter(text, start) && !char.IsLower(text, start) && !char.IsDigit(first)) || IsParticleName(word),
                Possessive = possessive,
            });
        }

        /// <summary>"al-Assad", "bin-Salman", "d'Estaing": a lower-case particle joined to a capitalised name.</summary>
        private static bool IsParticleName(string word)
        {
            // Most words have no hyphen or apostrophe in the first places: nothing to check.
            var joined = false;
            for (var k = 1; k <= 3 && k + 1 < word.Length; k++)
            {
                var c = word[k];
                if (c == '-' || c == '\'' || c == '\u2019') joined = true;
            }
            if (!joined) return false;
            for (var k = 1; k <= 3 && k + 1 < word.Length; k++)
            {
                if (!char.IsLower(word[k - 1])) return false;
                if ((word[k] == '-' || word[k] == '\'' || word[k] == '\u2019') && char.IsUpper(word[k + 1]))
                    return NameParticles.Contains(word.Substring(0, k));
            }
            return false;
        }

        /// <summary>Particles joined to a name by a hyphen or apostrophe ("al-", "bin-", "d'", "O'" is capitalised anyway).</summary>
        private static readonly HashSet<string> NameParticles = new HashSet<string>(System.StringComparer.Ordinal)
        {
            "al", "el", "ad", "as", "at", "an", "ash", "az", "ar", "bin", "ibn", "abu", "d", "l", "de", "di", "da", "du", "van", "von",
        };

        private static void AddPunct(List<Token> tokens, StringPool pool, string text, int offset, int start, int end)
        {
            tokens.Add(new Token { Start = offset + start, End = offset + end, Text = pool.Get(text, start, end - start), Key = string.Empty });
        }

        private static bool IsOpening(List<Token> tokens, int index)
        {
            // Punctuation tokens are one character (two for a surrogate pair, which is none of these).
            var t = tokens[index].Text;
            var c = t.Length == 1 ? t[0] : '\0';
            if (c == '\u201C' || c == '\u2018' || c == '\u00AB' || c == '\u201E' || c == '(' || c == '[') return true;
            if (c != '"' && c != '\'') return false;
            // A straight quote opens when nothing or a space-separated token precedes it.
            return index == 0 || tokens[index - 1].End < tokens[index].Start || !tokens[index - 1].IsWord;
        }

        private static bool IsAsciiLetterOrDigit(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9;

        private static bool EndsWithPeriod(string word) => word.Length > 0 && word[word.Length - 1] == '.';

        private static void MarkSentenceStarts(List<Token> tokens)
        {
            var expectStart = true;
            for (var k = 0; k < tokens.Count; k++)
            {
                var t = tokens[k];
                if (!t.IsWord)
                {
                    if (IsOpening(tokens, k))
                    {
                        // A quotation opens a sentence of its own: “This is…”.
                        if (k + 1 < tokens.Count && tokens[k + 1].IsWord && tokens[k + 1].IsCapitalized) expectStart = true;
                        continue;
                    }
                    var c = t.Text.Length == 1 ? t.Text[0] : '\0';
                    if (c == '.' || c == '!' || c == '?' || c == '\u2026' || c == ':' || c == ';')
                    {
                        var prev = k > 0 ? tokens[k - 1] : default;
                        var abbreviation = c == '.' && prev.IsWord && prev.End == t.Start
                            && (Abbreviations.Contains(prev.Key) || (prev.Text.Length == 1 && char.IsUpper(prev.Text[0])));
                        if (!abbreviation && c != ';') expectStart = true;
                    }
                    else if (c == '\u2013' || c == '\u2014' || c == '-' || c == ',')
                    {
                        // Mid-sentence punctuation: the next word is not sentence-initial.
                    }
                    continue;
                }
                if (expectStart)
                {
                    t.SentenceStart = true;
                    tokens[k] = t;
                }
                else if (k > 0 && tokens[k - 1].IsWord && EndsWithPeriod(tokens[k - 1].Text) && Gazetteer.CommonWords.Contains(t.Key))
                {
                    // "… in the U.S. The …": the abbreviation's period also ends the sentence.
                    t.SentenceStart = true;
                    tokens[k] = t;
                }
                expectStart = false;
            }
        }
    }
}
