using System.Collections.Generic;

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
            if (IsAge(last) && end - 2 >= floor && t[end - 2].Is("the")) return Age(t, end - 2);

            // "the Serbian said": a nationality standing for a person is a description, not a name.
            if (IsNationality(last) && end - 2 >= floor && t[end - 2].Is("the")) return PhraseClassifier.Description(t, end - 2, end);

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
                    if (w.IsPunct('&') && k - 1 >= floor && t[k - 1].IsCapitalised && t[k + 1].IsCapitalised)
                    {
                        k--; // "A & B": one firm's name
                        continue;
                    }
                    if (!w.IsWord) break;
                    if (w.IsPossessive && w.IsCapitalised && !roleSeen) break; // "A Farm's B C said": the name starts after the possessor
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
                if (k - 1 >= floor && t[k].Is("of") && end - s <= 2 && t[k - 1].IsLowercase && (Lexicon.IsCoreTitle(t[k - 1].Lower) || Lexicon.RoleNouns.Contains(t[k - 1].Lower)))
                {
                    // "the mayor of A B": the place belongs to the role before it.
                    var role = Backward(t, k, floor);
                    if (role != null && role.Kind == PhraseKind.Role)
                        return new SpeakerPhrase(t, role.StartToken, end, PhraseKind.Role) { Role = role.Role + " of " + PhraseClassifier.RoleWords(t, s, end), Gender = role.Gender };
                }
                if (k >= floor && (t[k].Is("the") || t[k].Is("a") || t[k].IsPossessive)) s = k;
            }
            else
            {
                var head = last.Lower;
                if (!Lexicon.RoleNouns.Contains(head) && !Lexicon.OrgNouns.Contains(head) && !Lexicon.GroupNouns.Contains(head))
                    return DescriptionBefore(t, end, floor);
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
                        // The whole possessor: "Jane Okafor's statement", "the company's chief".
                        while (w.IsCapitalised && s - 1 >= floor && end - s < MaxPhrase && t[s - 1].IsCapitalised && !Lexicon.IsFunctionWord(t[s - 1].Lower)) s--;
                        if (s - 1 >= floor && t[s - 1].IsWord && Lexicon.Determiners.Contains(t[s - 1].Lower)) s--;
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
                        return PhraseClassifier.Classify(t, outer.StartToken, end);
                }
            }
            var phrase = PhraseClassifier.Classify(t, s, end);
            if (phrase != null && (phrase.Kind == PhraseKind.Body || phrase.Kind == PhraseKind.Organization) && s - 1 > floor
                && (t[s - 1].Is("of") || t[s - 1].Is("at") || t[s - 1].Is("from") || t[s - 1].Is("with")))
            {
                // "A B of the University of C said": the person, not the affiliation.
                var person = Backward(t, s - 1, floor);
                if (person != null && (person.Kind == PhraseKind.Person || person.Kind == PhraseKind.Name)) return person;
            }
            if (phrase != null && (phrase.Kind == PhraseKind.Person || phrase.Kind == PhraseKind.Name) && phrase.Role is null && s - 1 > floor
                && (t[s - 1].Is("at") || t[s - 1].Is("from")))
            {
                // "A B from C Trading said": a firm named like a person is still the affiliation of the full name before it.
                var person = Backward(t, s - 1, floor);
                if (person != null && person.Kind == PhraseKind.Person) return person;
            }
            return phrase;
        }

        /// <summary>The phrase starting at token <paramref name="start"/>, ending before <paramref name="limit"/>.</summary>
        public static SpeakerPhrase? Forward(QuoteToken[] t, int start, int limit)
        {
            if (start >= limit || !t[start].IsWord) return null;
            if (Lexicon.Pronouns.Contains(t[start].Lower)) return Pronoun(t, start);
            if (t[start].Is("the") && start + 1 < limit && IsAge(t[start + 1])) return Age(t, start);
            var titled = DescriptiveTitle(t, start, limit);
            if (titled > 0)
            {
                // "Man of the match A B": the name after the title.
                var named = Forward(t, start + titled, limit);
                if (named != null && (named.Kind == PhraseKind.Person || named.Kind == PhraseKind.Name))
                {
                    named.FirstToken = start;
                    return named;
                }
            }
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
                if (w.IsPunct('&') && headEnd == k && k + 1 < limit && t[k + 1].IsCapitalised)
                {
                    k++; // "A & B"
                    continue;
                }
                if (!w.IsWord) break;
                if (IsAge(w) && k + 1 < limit && t[k + 1].IsCapitalised)
                {
                    k++; // "72-year-old A B"
                    continue;
                }
                if (w.IsPossessive && !Lexicon.IsFunctionWord(w.Lower) && k + 1 < limit && t[k + 1].IsLowercase)
                {
                    // "Chile's lead negotiator", "the company's chief": a possessive determines what follows.
                    determined = true;
                    headEnd = -1;
                    k++;
                    continue;
                }
                if (determined && k == start + 1 && t[start].Is("the") && IsNationality(w) && k + 1 < limit && SpeechVerbs.IsSpeechVerb(t[k + 1]))
                {
                    // "the Serbian said": a nationality standing for a person is a description, not a name.
                    return PhraseClassifier.Description(t, start, k + 1);
                }
                if (determined && IsNationality(w) && k + 1 < limit && t[k + 1].IsLowercase && !SpeechVerbs.IsSpeechVerb(t[k + 1]))
                {
                    k++; // "the Spanish forward": a nationality describes the noun after it, it is not a name
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
                if (w.Is("and") && headEnd == k && k + 2 < limit && IsTitle(t[k - 1]) && IsTitle(t[k + 1]))
                {
                    k++; // "said Chairman and CEO A B", "chief executive and managing director A B": two titles of one person
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
            if (headEnd < 0)
            {
                // "the florist added", "a stallholder told reporters": a determiner and a noun no list knows, then the verb.
                return determined && DescriptionDeterminers.Contains(t[start].Lower) && k < limit && SpeechVerbs.IsSpeechVerb(t[k]) && k - start >= 2 && k - start <= 4 && IsDescriptionNoun(t[k - 1])
                    ? PhraseClassifier.Description(t, start, k)
                    : null;
            }
            if (headEnd + 1 < limit && (t[headEnd].Is("for") || t[headEnd].Is("of") || t[headEnd].Is("at")) && t[headEnd - 1].IsLowercase)
            {
                var inner = Forward(t, headEnd + 1, limit);
                if (inner != null && (inner.Kind == PhraseKind.Body || inner.Kind == PhraseKind.Organization || inner.Kind == PhraseKind.Name))
                    headEnd = inner.EndToken;
            }
            return PhraseClassifier.Classify(t, start, headEnd);
        }

        /// <summary>
        /// <c>a florist said</c>, <c>one stallholder told …</c>: a determiner, at most two modifiers and a noun that no
        /// word list knows, right before the speech verb, is an unnamed speaker described by that phrase. A description
        /// says who spoke as much as a role noun does; reading none would hand the quote to an earlier speaker.
        /// </summary>
        private static SpeakerPhrase? DescriptionBefore(QuoteToken[] t, int end, int floor)
        {
            if (!IsDescriptionNoun(t[end - 1])) return null;
            for (var s = end - 2; s >= floor && end - s <= 4; s--)
            {
                var w = t[s];
                if (!w.IsWord) return null;
                if (Lexicon.Determiners.Contains(w.Lower))
                {
                    // The phrase must be the clause's subject: at the start of the stretch, after punctuation or a conjunction
                    // (not "revised their current estimates", where the verb is a noun). Possessives and demonstratives point
                    // back to someone or something named, which is the role lists' business, not a new speaker's.
                    if (!DescriptionDeterminers.Contains(w.Lower)) return null;
                    if (s - 1 >= floor && t[s - 1].IsWord && !DescriptionOpeners.Contains(t[s - 1].Lower)) return null;
                    return PhraseClassifier.Description(t, s, end);
                }
                if (IsNationality(w)) continue;
                if (!w.IsLowercase || Lexicon.IsFunctionWord(w.Lower) || SpeechVerbs.IsSpeechVerb(w) || Lexicon.IsAdverb(w)) return null;
            }
            return null;
        }

        /// <summary>A title word, or a title written as an acronym ("CEO", "MD").</summary>
        private static bool IsTitle(QuoteToken w) => w.IsWord && (Lexicon.IsTitleWord(w.Lower) || (Lexicon.IsAcronym(w.Text) && w.Text.Length <= 4 && Lexicon.IsCoreTitle(w.Lower)) || (Lexicon.IsAcronym(w.Text) && w.Text.Length == 2));

        /// <summary>A capitalised nationality adjective ("Spanish", "Kenyan"), from the gazetteer's demonyms.</summary>
        private static bool IsNationality(QuoteToken w) => w.IsCapitalised && Participants.Gazetteer.Demonyms.ContainsKey(w.Lower);

        private static readonly HashSet<string> DescriptionDeterminers = new HashSet<string>(System.StringComparer.Ordinal) { "the", "a", "an", "one", "another", "some", "several", "many", "two", "three" };

        private static readonly HashSet<string> DescriptionOpeners = new HashSet<string>(System.StringComparer.Ordinal) { "and", "but", "while", "as", "when", "then", "so", "where" };

        /// <summary>A lower-case word that can head a description: letters (and a hyphen), not a function word, verb or adverb.</summary>
        private static bool IsDescriptionNoun(QuoteToken w)
        {
            if (!w.IsLowercase || w.Text.Length < 3 || Lexicon.IsFunctionWord(w.Lower) || SpeechVerbs.IsSpeechVerb(w) || Lexicon.IsAdverb(w)) return false;
            if (w.Lower.EndsWith("ly", System.StringComparison.Ordinal)) return false;
            // A plural ("the policymakers said") is a group, usually the body named before: not a new speaker of its own.
            if (w.Lower.EndsWith("s", System.StringComparison.Ordinal) && !w.Lower.EndsWith("ss", System.StringComparison.Ordinal)) return false;
            foreach (var c in w.Text)
            {
                if (!char.IsLetter(c) && c != '-') return false;
            }
            return true;
        }

        /// <summary>
        /// Length of a descriptive title of the form <c>Man of the match</c> / <c>Player of the series</c> at <paramref name="k"/>
        /// when a capitalised name follows it, else 0.
        /// </summary>
        public static int DescriptiveTitle(QuoteToken[] t, int k, int limit)
        {
            if (k + 4 >= limit || !t[k].IsCapitalised || Lexicon.IsFunctionWord(t[k].Lower) || !t[k + 1].Is("of") || !t[k + 2].Is("the")) return 0;
            var w = t[k + 3];
            var n = t[k + 4];
            if (!w.IsWord || !w.IsLowercase || Lexicon.IsFunctionWord(w.Lower) || SpeechVerbs.IsSpeechVerb(w)) return 0;
            return n.IsWord && n.IsCapitalised && !Lexicon.IsFunctionWord(n.Lower) ? 4 : 0;
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
                    // "A B, 63, a retired fisherman, said": the name before the age.
                    var outerEnd = k - 2 >= floor && t[k - 1].IsWord && char.IsDigit(t[k - 1].Text[0]) && t[k - 2].IsPunct(',') ? k - 2 : k;
                    var outer = Backward(t, outerEnd, floor);
                    var inner = Backward(t, comma, k + 1);
                    if (inner != null && inner.StartToken != k + 1) inner = null;
                    if (outer != null && (outer.Kind == PhraseKind.Person || outer.Kind == PhraseKind.Name || outer.Kind == PhraseKind.Organization))
                    {
                        if (inner != null && inner.Kind == PhraseKind.Role) Absorb(outer, inner);
                        if (outerEnd < k && outer.StartToken - 1 > floor && t[outer.StartToken - 1].IsPunct(','))
                        {
                            // "and his wife, B, 48, a teacher, said": the role before the name gives the gender.
                            var before = Backward(t, outer.StartToken - 1, floor);
                            if (before != null && before.Kind == PhraseKind.Role) Absorb(outer, before);
                        }
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

        /// <summary>"the 21-year-old": stands for the person under discussion, like a pronoun of either gender.</summary>
        private static bool IsAge(QuoteToken w) => w.IsWord && char.IsDigit(w.Text[0]) && w.Lower.EndsWith("-year-old", System.StringComparison.Ordinal);

        private static SpeakerPhrase Age(QuoteToken[] t, int the)
            => new SpeakerPhrase(t, the, the + 2, PhraseKind.Pronoun) { Name = "one" };

        private static SpeakerPhrase Pronoun(QuoteToken[] t, int i)
        {
            var p = new SpeakerPhrase(t, i, i + 1, PhraseKind.Pronoun);
            p.Gender = t[i].Lower == "he" ? 1 : t[i].Lower == "she" ? -1 : 0;
            p.Name = t[i].Lower;
            return p;
        }
    }
}
