using System.Collections.Generic;
using System.Text;

namespace Corpus.Extraction.Quotes
{
    /// <summary>
    /// Reads speaker noun phrases out of narrative tokens: backwards from a speech verb
    /// (<c>the foreign minister said</c>) or forwards after one (<c>said Secretary Jones</c>).
    /// Phrases are short (a few tokens), so every read is bounded.
    /// </summary>
    internal static class PhraseReader
    {
        private const int MaxPhrase = 9;

        /// <summary>The phrase ending just before token <paramref name="end"/>, not reaching before <paramref name="floor"/>.</summary>
        public static SpeakerPhrase? Backward(QuoteToken[] t, int end, int floor)
        {
            if (end - 1 < floor) return null;
            var last = t[end - 1];
            if (!last.IsWord) return last.IsPunct(',') ? Appositive(t, end - 1, floor) : null;
            if (Lexicon.Pronouns.Contains(last.Lower)) return end - 2 < floor || !t[end - 2].IsWord || !t[end - 2].IsCapitalised ? Pronoun(t, end - 1) : null;

            int s;
            if (last.IsCapitalised || char.IsDigit(last.Text[0]))
            {
                if (Lexicon.IsFunctionWord(last.Lower) && !Lexicon.IsHonorific(last.Lower)) return null;
                s = end - 1;
                var k = end - 2;
                var roleSeen = false;
                var modifiers = 0;
                while (k >= floor && end - k <= MaxPhrase)
                {
                    var w = t[k];
                    if (!w.IsWord) break;
                    if (w.IsCapitalised && (!Lexicon.IsFunctionWord(w.Lower) || Lexicon.IsHonorific(w.Lower)))
                    {
                        s = k--;
                        continue;
                    }
                    if (Lexicon.NameConnectors.Contains(w.Lower) && k - 1 >= floor && t[k - 1].IsCapitalised)
                    {
                        k--;
                        continue;
                    }
                    if (w.IsLowercase && !Lexicon.IsFunctionWord(w.Lower) && (Lexicon.IsTitleWord(w.Lower) || Lexicon.RoleNouns.Contains(w.Lower)))
                    {
                        s = k--;
                        roleSeen = true;
                        continue;
                    }
                    if (w.IsPossessive && roleSeen)
                    {
                        s = k--;
                        continue;
                    }
                    if (roleSeen && w.IsLowercase && modifiers < 2 && !Lexicon.IsFunctionWord(w.Lower) && !SpeechVerbs.IsSpeechVerb(w) && !Lexicon.IsAdverb(w))
                    {
                        // "race director A B", "press secretary A B": a modifier before the role.
                        modifiers++;
                        s = k--;
                        continue;
                    }
                    break;
                }
                if (k >= floor && (t[k].Is("the") || t[k].Is("a") || t[k].IsPossessive)) s = k;
            }
            else
            {
                var head = last.Lower;
                if (!Lexicon.RoleNouns.Contains(head) && !Lexicon.OrgNouns.Contains(head) && !Lexicon.GroupNouns.Contains(head)) return null;
                s = end - 1;
                var k = end - 2;
                var determined = false;
                while (k >= floor && end - k <= 7)
                {
                    var w = t[k];
                    if (!w.IsWord) break;
                    if (Lexicon.Determiners.Contains(w.Lower))
                    {
                        s = k;
                        determined = true;
                        break;
                    }
                    if (w.IsPossessive)
                    {
                        s = k;
                        if (k - 1 >= floor && t[k - 1].IsWord && Lexicon.Determiners.Contains(t[k - 1].Lower)) s = k - 1;
                        determined = true;
                        break;
                    }
                    if (SpeechVerbs.IsSpeechVerb(w) || (Lexicon.IsFunctionWord(w.Lower) && !w.IsCapitalised)) break;
                    if (w.IsCapitalised && Lexicon.IsFunctionWord(w.Lower))
                    {
                        if (Lexicon.Determiners.Contains(w.Lower))
                        {
                            s = k;
                            determined = true;
                        }
                        break;
                    }
                    s = k--;
                }
                if (!determined)
                {
                    var atBoundary = k < floor || !t[k].IsWord;
                    if (!atBoundary || end - s > 3)
                    {
                        if (!Lexicon.GroupNouns.Contains(head)) return null;
                        s = end - 1;
                    }
                }
                else if (s - 1 >= floor && (t[s - 1].Is("for") || t[s - 1].Is("of") || t[s - 1].Is("at")))
                {
                    // "a spokesman for the ministry": the person-role phrase before the preposition.
                    var outer = Backward(t, s - 1, floor);
                    if (outer != null && (outer.Kind == PhraseKind.Role || outer.Kind == PhraseKind.Group))
                        return Classify(t, outer.StartToken, end);
                }
            }
            var phrase = Classify(t, s, end);
            if (phrase != null && (phrase.Kind == PhraseKind.Body || phrase.Kind == PhraseKind.Organization) && s - 1 > floor
                && (t[s - 1].Is("of") || t[s - 1].Is("at") || t[s - 1].Is("from") || t[s - 1].Is("with")))
            {
                // "A B of the University of C said": the person, not the affiliation.
                var person = Backward(t, s - 1, floor);
                if (person != null && (person.Kind == PhraseKind.Person || person.Kind == PhraseKind.Name)) return person;
            }
            return phrase;
        }

        /// <summary>The phrase starting at token <paramref name="start"/>, ending before <paramref name="limit"/>.</summary>
        public static SpeakerPhrase? Forward(QuoteToken[] t, int start, int limit)
        {
            if (start >= limit || !t[start].IsWord) return null;
            if (Lexicon.Pronouns.Contains(t[start].Lower)) return Pronoun(t, start);
            var k = start;
            var determined = false;
            if (Lexicon.Determiners.Contains(t[k].Lower))
            {
                determined = true;
                k++;
            }
            var headEnd = -1;
            while (k < limit && k - start < MaxPhrase)
            {
                var w = t[k];
                if (!w.IsWord) break;
                if (w.IsPossessive && !Lexicon.IsFunctionWord(w.Lower) && k + 1 < limit && t[k + 1].IsLowercase)
                {
                    // "Fiji's lead negotiator", "the company's chief": a possessive determines what follows.
                    determined = true;
                    headEnd = -1;
                    k++;
                    continue;
                }
                if (Lexicon.IsHonorific(w.Lower) || Lexicon.IsAcronym(w.Text) || (w.IsCapitalised && !Lexicon.IsFunctionWord(w.Lower)))
                {
                    headEnd = ++k;
                    continue;
                }
                if (Lexicon.NameConnectors.Contains(w.Lower) && headEnd == k && k + 1 < limit && t[k + 1].IsCapitalised)
                {
                    k++;
                    continue;
                }
                if (w.IsPossessive && !Lexicon.IsFunctionWord(w.Lower))
                {
                    k++;
                    continue;
                }
                if (w.IsLowercase && (Lexicon.RoleNouns.Contains(w.Lower) || Lexicon.OrgNouns.Contains(w.Lower) || Lexicon.GroupNouns.Contains(w.Lower)))
                {
                    headEnd = ++k;
                    continue;
                }
                if (w.IsLowercase && !Lexicon.IsFunctionWord(w.Lower) && !SpeechVerbs.IsSpeechVerb(w) && (determined || Lexicon.IsTitleWord(w.Lower) || BeforeName(t, k + 1, limit)))
                {
                    k++; // a modifier: "the influential daily", "foreign minister"
                    continue;
                }
                break;
            }
            if (headEnd < 0) return null;
            if (headEnd + 1 < limit && (t[headEnd].Is("for") || t[headEnd].Is("of") || t[headEnd].Is("at")) && t[headEnd - 1].IsLowercase)
            {
                var inner = Forward(t, headEnd + 1, limit);
                if (inner != null && (inner.Kind == PhraseKind.Body || inner.Kind == PhraseKind.Organization || inner.Kind == PhraseKind.Name))
                    headEnd = inner.EndToken;
            }
            return Classify(t, start, headEnd);
        }

        /// <summary>"a resident of the town, A B, said": a short description before an appositive name.</summary>
        private static bool Descriptive(QuoteToken[] t, int from, int to)
        {
            if (to - from > 7 || to <= from || !Lexicon.Determiners.Contains(t[from].Lower)) return false;
            for (var k = from; k < to; k++)
            {
                if (!t[k].IsWord || SpeechVerbs.IsSpeechVerb(t[k])) return false;
            }
            return true;
        }

        /// <summary>A descriptor or two right before a capitalised name: "said steelworker A B".</summary>
        private static bool BeforeName(QuoteToken[] t, int k, int limit)
        {
            for (var n = 0; n < 2 && k < limit; n++, k++)
            {
                var w = t[k];
                if (w.IsCapitalised) return !Lexicon.IsFunctionWord(w.Lower);
                if (!w.IsLowercase || Lexicon.IsFunctionWord(w.Lower) || SpeechVerbs.IsSpeechVerb(w)) return false;
            }
            return false;
        }

        /// <summary>
        /// <c>Name, the foreign minister, said</c>, <c>Name, 54, said</c> and <c>the foreign minister, Name, said</c>:
        /// the name, with the role remembered.
        /// </summary>
        private static SpeakerPhrase? Appositive(QuoteToken[] t, int comma, int floor)
        {
            for (var k = comma - 1; k >= floor && comma - k <= 12; k--)
            {
                var w = t[k];
                if (w.IsPunct(','))
                {
                    if (k == comma - 1) return null;
                    var outer = Backward(t, k, floor);
                    var inner = Backward(t, comma, k + 1);
                    if (inner != null && inner.StartToken != k + 1) inner = null;
                    if (outer != null && (outer.Kind == PhraseKind.Person || outer.Kind == PhraseKind.Name || outer.Kind == PhraseKind.Organization))
                    {
                        if (inner != null && inner.Kind == PhraseKind.Role) Absorb(outer, inner);
                        return outer;
                    }
                    if (inner != null && (inner.Kind == PhraseKind.Person || inner.Kind == PhraseKind.Name))
                    {
                        if (outer != null && outer.Kind == PhraseKind.Role) Absorb(inner, outer);
                        inner.FirstToken = outer?.FirstToken ?? (Descriptive(t, floor, k) ? floor : k + 1);
                        return inner;
                    }
                    return null;
                }
                if (!w.IsWord || SpeechVerbs.IsSpeechVerb(w)) return null;
            }
            return null;
        }

        /// <summary>Copies an appositive role (and the gender it implies) onto a name.</summary>
        public static void Absorb(SpeakerPhrase name, SpeakerPhrase role)
        {
            name.Role = name.Role is null ? role.Role : name.Role + "|" + role.Role;
            if (name.Gender == 0) name.Gender = role.Gender;
            if (name.Kind == PhraseKind.Name) name.Kind = PhraseKind.Person;
        }

        private static SpeakerPhrase Pronoun(QuoteToken[] t, int i)
        {
            var p = new SpeakerPhrase(t, i, i + 1, PhraseKind.Pronoun);
            p.Gender = t[i].Lower == "he" ? 1 : t[i].Lower == "she" ? -1 : 0;
            p.Name = t[i].Lower;
            return p;
        }

        /// <summary>Decides what a phrase is: a titled name, an organisation, a role, a group.</summary>
        public static SpeakerPhrase? Classify(QuoteToken[] t, int s, int e)
        {
            if (e <= s) return null;
            var body = s;
            if (Lexicon.Determiners.Contains(t[body].Lower)) body++;
            if (body >= e) return null;
            var head = t[e - 1];

            if (head.IsLowercase)
            {
                var kind = Lexicon.GroupNouns.Contains(head.Lower) ? PhraseKind.Group
                    : Lexicon.RoleNouns.Contains(head.Lower) ? PhraseKind.Role
                    : Lexicon.OrgNouns.Contains(head.Lower) ? PhraseKind.Body
                    : (PhraseKind?)null;
                if (kind is null) return null;
                var lower = new SpeakerPhrase(t, s, e, kind.Value) { Role = RoleWords(t, body, e) };
                // "a spokesman for the ministry" is a role whose head comes first.
                for (var k = body; k < e; k++)
                {
                    if (Lexicon.RoleNouns.Contains(t[k].Lower) && k + 1 < e && (t[k + 1].Is("for") || t[k + 1].Is("of") || t[k + 1].Is("at")))
                    {
                        lower.Kind = PhraseKind.Role;
                        lower.Role = RoleWords(t, body, k + 1);
                        break;
                    }
                }
                for (var k = body; k < e; k++)
                {
                    var g = Lexicon.GenderOf(t[k].Lower);
                    if (g != 0) lower.Gender = g;
                }
                return lower;
            }

            var phrase = new SpeakerPhrase(t, s, e, PhraseKind.Name);
            if (Lexicon.IsHonorific(t[body].Lower))
            {
                phrase.Kind = PhraseKind.Person;
                phrase.Gender = Lexicon.GenderOf(t[body].Lower);
                phrase.Name = body + 1 < e ? Join(t, body + 1, e) : null;
                if (phrase.Name is null) return null;
                return phrase;
            }

            var lastTitle = -1;
            var hasCore = false;
            var org = false;
            var place = false;
            for (var k = body; k < e; k++)
            {
                var w = t[k].Lower;
                if (Lexicon.OrgHeads.Contains(w) && t[k].IsCapitalised) org = true;
                if (Lexicon.IsNonPersonWord(w)) place = true;
                var lowerRole = Lexicon.RoleNouns.Contains(w) && k + 1 < e && t[k + 1].IsCapitalised && (t[k].IsLowercase || k == body);
                if ((Lexicon.IsCoreTitle(w) && !(w == "general" && !hasCore && k > body)) || lowerRole)
                {
                    hasCore = true;
                    lastTitle = k;
                }
                else if (hasCore && Lexicon.IsTitleWord(w))
                {
                    lastTitle = k;
                }
                var g = Lexicon.GenderOf(w);
                if (g != 0) phrase.Gender = g;
            }
            if (hasCore)
            {
                // Titles: "Peru's Minister of Health A B": the name is what follows the last title word.
                if (lastTitle + 1 < e)
                {
                    phrase.Kind = PhraseKind.Person;
                    phrase.Name = Join(t, lastTitle + 1, e);
                    phrase.Role = RoleWords(t, body, lastTitle + 1);
                    return phrase;
                }
                if (!org)
                {
                    phrase.Kind = PhraseKind.Role;
                    phrase.Role = RoleWords(t, body, e);
                    return phrase;
                }
            }
            if (Lexicon.GroupNouns.Contains(head.Lower))
            {
                phrase.Kind = PhraseKind.Group; // "Coalition Partners", "UN Observers"
                phrase.Name = Join(t, body, e);
                return phrase;
            }
            if (org || (body > s && t[s].Is("the")) || Lexicon.IsAcronym(t[body].Text) || place)
            {
                phrase.Kind = PhraseKind.Organization;
                phrase.Name = Join(t, body, e);
                return phrase;
            }
            var first = body;
            while (first < e && !t[first].IsCapitalised) first++;
            if (first > body && first < e) phrase.Role = RoleWords(t, body, first); // "steelworker A B"
            phrase.Name = Join(t, first, e);
            phrase.Kind = e - first >= 2 || first > body ? PhraseKind.Person : PhraseKind.Name;
            return phrase;
        }

        public static string Join(QuoteToken[] t, int s, int e)
        {
            if (e - s == 1) return t[s].Text;
            if (e - s == 2) return t[s].Text + " " + t[s + 1].Text;
            var sb = new StringBuilder();
            for (var k = s; k < e; k++)
            {
                if (k > s) sb.Append(' ');
                sb.Append(t[k].Text);
            }
            return sb.ToString();
        }

        /// <summary>Role words normalised for matching: lower case, hyphens as spaces, possessives bare.</summary>
        public static string RoleWords(QuoteToken[] t, int s, int e)
        {
            var sb = new StringBuilder();
            for (var k = s; k < e; k++)
            {
                var w = t[k].Lower;
                if (Lexicon.Determiners.Contains(w)) continue;
                if (w.EndsWith("'s", System.StringComparison.Ordinal)) w = w.Substring(0, w.Length - 2);
                else if (w.EndsWith("s'", System.StringComparison.Ordinal)) w = w.Substring(0, w.Length - 1);
                w = w.Replace('-', ' ').Replace('.', ' ').Trim();
                if (w.Length == 0) continue;
                if (sb.Length > 0) sb.Append(' ');
                sb.Append(w);
            }
            return sb.ToString();
        }
    }
}
