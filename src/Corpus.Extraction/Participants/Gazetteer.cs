using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using Corpus.Extraction.Model;
using Corpus.Extraction.Text;

namespace Corpus.Extraction.Participants
{
    /// <summary>
    /// The general word lists (embedded <c>Data/*.txt</c>), loaded once. Names are looked up by a key
    /// that ignores case and punctuation (<see cref="Key"/>), so "Nato", "NATO" and "U.S." / "US" meet.
    /// </summary>
    internal static class Gazetteer
    {
        /// <summary>Known names (key) to their canonical name and kind.</summary>
        public static readonly Dictionary<string, (string Canonical, EntityKind Kind)> Names = new Dictionary<string, (string, EntityKind)>(StringComparer.Ordinal);

        /// <summary>Demonym or adjective (key) to its country's canonical name.</summary>
        public static readonly Dictionary<string, string> Demonyms = new Dictionary<string, string>(StringComparer.Ordinal);

        /// <summary>Keys of the words before the first space of multi-word demonyms ("south" for "south korean").</summary>
        private static readonly HashSet<string> DemonymFirstWords = new HashSet<string>(StringComparer.Ordinal);

        /// <summary>Country canonical name to its main adjective ("Russia" to "Russian").</summary>
        public static readonly Dictionary<string, string> CountryAdjective = new Dictionary<string, string>(StringComparer.Ordinal);

        /// <summary>Canonical acronym spelling by key ("nato" to "NATO"), used to normalise roles.</summary>
        public static readonly Dictionary<string, string> AcronymCase = new Dictionary<string, string>(StringComparer.Ordinal);

        /// <summary>Keys of the first words of known names longer than those words ("united" and "united arab" for "united arab emirates").</summary>
        public static readonly HashSet<string> NamePrefixes = new HashSet<string>(StringComparer.Ordinal);

        /// <summary>The longest known name, in words, so lookups stop early.</summary>
        public static readonly int MaxNameWords;

        public static readonly HashSet<string> Honorifics = LoadSet("honorifics.txt");
        public static readonly HashSet<string> OrgHeads = LoadSet("org-heads.txt");
        public static readonly HashSet<string> PlaceHeads = LoadSet("place-heads.txt");
        public static readonly HashSet<string> CommonWords = LoadSet("common-words.txt");

        /// <summary>Role head nouns, single and multi-word ("minister", "foreign minister").</summary>
        public static readonly HashSet<string> RoleHeads = new HashSet<string>(StringComparer.Ordinal);

        /// <summary>Every word that can appear in a role phrase (heads and modifiers).</summary>
        public static readonly HashSet<string> RoleWords = new HashSet<string>(StringComparer.Ordinal);

        /// <summary>Single role words with an "s" added ("ministers"), for <see cref="Words.IsRoleWord"/>.</summary>
        public static readonly HashSet<string> RolePluralsWithS = new HashSet<string>(StringComparer.Ordinal);

        /// <summary>Single role words ending "man" with "men" instead ("spokesmen").</summary>
        public static readonly HashSet<string> RolePluralsWithMen = new HashSet<string>(StringComparer.Ordinal);

        static Gazetteer()
        {
            var max = 1;
            foreach (var line in Lines("countries.txt"))
            {
                var semi = line.IndexOf(';');
                var names = (semi >= 0 ? line.Substring(0, semi) : line).Split('|');
                var canonical = names[0].Trim();
                foreach (var n in names) max = Math.Max(max, Add(n, canonical, EntityKind.Country));
                if (semi < 0) continue;
                var demonyms = line.Substring(semi + 1).Split('|');
                CountryAdjective[canonical] = demonyms[0].Trim();
                foreach (var d in demonyms)
                {
                    var k = Key(d);
                    if (k.Length > 0 && !Demonyms.ContainsKey(k)) Demonyms[k] = canonical;
                }
            }
            foreach (var line in Lines("places.txt"))
            {
                var names = line.Split('|');
                foreach (var n in names) max = Math.Max(max, Add(n, names[0].Trim(), EntityKind.Place));
            }
            foreach (var line in Lines("organizations.txt"))
            {
                var names = line.Split('|');
                foreach (var n in names)
                {
                    max = Math.Max(max, Add(n, names[0].Trim(), EntityKind.Organization));
                    var t = n.Trim();
                    if (t.Length >= 2 && IsAllCaps(t) && !AcronymCase.ContainsKey(Key(t))) AcronymCase[Key(t)] = t;
                }
            }
            MaxNameWords = max;
            foreach (var key in Demonyms.Keys)
            {
                var space = key.IndexOf(' ');
                if (space > 0) DemonymFirstWords.Add(key.Substring(0, space));
            }
            foreach (var key in Names.Keys)
            {
                for (var space = key.IndexOf(' '); space > 0; space = key.IndexOf(' ', space + 1)) NamePrefixes.Add(key.Substring(0, space));
            }
            foreach (var line in Lines("role-words.txt"))
            {
                var isHead = line.StartsWith("head:", StringComparison.Ordinal);
                var word = Key(isHead ? line.Substring(5) : line);
                if (word.Length == 0) continue;
                if (isHead) RoleHeads.Add(word);
                RoleWords.Add(word);
                foreach (var part in word.Split(' '))
                {
                    // "secretary of state": "of" joins the title but is no role word by itself.
                    if (part != "of" && part != "the" && part != "for" && part != "and") RoleWords.Add(part);
                }
            }
            foreach (var word in RoleWords)
            {
                if (word.IndexOf(' ') >= 0) continue;
                RolePluralsWithS.Add(word + "s");
                if (word.EndsWith("man", StringComparison.Ordinal)) RolePluralsWithMen.Add(word.Substring(0, word.Length - 3) + "men");
            }
        }

        /// <summary>The country of the demonym "<paramref name="first"/> <paramref name="second"/>" ("south korean"); builds the key only when the first word can start one.</summary>
        public static bool TryTwoWordDemonym(string first, string second, out string country)
        {
            country = null!;
            return DemonymFirstWords.Contains(first) && Demonyms.TryGetValue(first + " " + second, out country!);
        }

        /// <summary>A word of a role phrase: "minister", "secretary-general" (key "secretary general").</summary>
        public static bool IsRoleWord(string key)
        {
            if (RoleWords.Contains(key)) return true;
            if (key.IndexOf(' ') < 0) return false;
            foreach (var part in key.Split(' '))
            {
                if (!RoleWords.Contains(part)) return false;
            }
            return true;
        }

        /// <summary>Lower case letters and digits only, words separated by one space ("U.S." to "us").</summary>
        public static string Key(string name) => IsOwnKey(name, 0, name.Length) ? name : Key(name, 0, name.Length);

        /// <summary>
        /// <see cref="Key(string)"/> of <c>text.Substring(start, length)</c> without the substring; short keys
        /// come from the thread's <see cref="StringPool"/>, as tokenizers ask for the same words again and again.
        /// </summary>
        public static string Key(string text, int start, int length) => Key(text, start, length, StringPool.Current);

        /// <summary><see cref="Key(string)"/> with the caller's pool (tokenizers fetch the thread's pool once).</summary>
        public static string Key(string word, StringPool pool) => IsOwnKey(word, 0, word.Length) ? word : Key(word, 0, word.Length, pool);

        private static string Key(string text, int start, int length, StringPool pool)
        {
            var buffer = pool.Buffer(length);
            var n = 0;
            var space = false;
            for (var i = start; i < start + length; i++)
            {
                var c = text[i];
                // ASCII letters and digits without the Unicode tables; same answers as IsLetterOrDigit and ToLowerInvariant.
                var ascii = (uint)((c | 0x20) - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9;
                if (ascii || (c >= 128 && char.IsLetterOrDigit(c)))
                {
                    if (space && n > 0) buffer[n++] = ' ';
                    space = false;
                    buffer[n++] = ascii ? (c <= '9' ? c : (char)(c | 0x20)) : char.ToLowerInvariant(c);
                }
                else if (c == '\'' || c == '\u2019' || c == '.')
                {
                    // Inside a word: "N'Djamena", "U.S." stay one word.
                }
                else
                {
                    space = true;
                }
            }
            return pool.Get(buffer, n);
        }

        /// <summary>True when the text is already a key (lower-case letters and digits only): most words in news.</summary>
        private static bool IsOwnKey(string text, int start, int length)
        {
            for (var i = start; i < start + length; i++)
            {
                var c = text[i];
                if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) continue;
                if (c < 128 || !char.IsLetterOrDigit(c) || char.ToLowerInvariant(c) != c) return false;
            }
            return true;
        }

        public static bool IsAllCaps(string s)
        {
            var letters = 0;
            foreach (var c in s)
            {
                if (char.IsLower(c)) return false;
                if (char.IsUpper(c)) letters++;
            }
            return letters > 0;
        }

        private static int Add(string name, string canonical, EntityKind kind)
        {
            var key = Key(name);
            if (key.Length == 0) return 0;
            // First entry wins: countries load before places, so "Georgia" stays a country.
            if (!Names.ContainsKey(key)) Names[key] = (canonical, kind);
            return key.Split(' ').Length;
        }

        private static HashSet<string> LoadSet(string file)
        {
            var set = new HashSet<string>(StringComparer.Ordinal);
            foreach (var line in Lines(file)) set.Add(line.Trim());
            return set;
        }

        private static IEnumerable<string> Lines(string file)
        {
            var name = "Corpus.Extraction.Data." + file;
            using var stream = typeof(Gazetteer).Assembly.GetManifestResourceStream(name)
                ?? throw new InvalidOperationException("Missing embedded resource " + name);
            using var reader = new StreamReader(stream, Encoding.UTF8);
            var result = new List<string>();
            string? line;
            while ((line = reader.ReadLine()) != null)
            {
                line = line.Trim();
                if (line.Length == 0 || line[0] == '#') continue;
                result.Add(line);
            }
            return result;
        }
    }
}
