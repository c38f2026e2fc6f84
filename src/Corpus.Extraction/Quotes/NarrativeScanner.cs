using System.Collections.Generic;

namespace Corpus.Extraction.Quotes
{
    /// <summary>
    /// Reads the narrative between quotes for the discourse: names (with titles and appositive
    /// roles) and the subjects of speech verbs (<c>She told the court that…</c>, <c>According to X, …</c>),
    /// so pronouns and role nouns later resolve to the right person. One pass over the tokens.
    /// </summary>
    internal static class NarrativeScanner
    {
        public static void Scan(QuoteToken[] t, List<(SpeakerPhrase Phrase, bool Speaker)> events)
        {
            var s0 = 0;
            var reporting = -1; // the speech verb whose complement the sentence is in, or -1
            for (var i = 0; i < t.Length; i++)
            {
                var w = t[i];
                if (w.EndsSentence)
                {
                    s0 = i + 1;
                    reporting = -1;
                    continue;
                }
                if (w.IsPunct(',') || w.IsPunct(':') || w.Is("while") || w.Is("whereas") || w.Is("but")) reporting = -1;
                if (!w.IsWord) continue;
                if (i == s0 && i + 1 < t.Length && IsPluralSubject(t, i))
                {
                    // "Two climbers who were rescued …": a group a later "they" can stand for.
                    events.Add((new SpeakerPhrase(t, i, i + 2, PhraseKind.Group) { Name = t[i + 1].Text, IsSubject = true }, false));
                    i++;
                    continue;
                }
                if (i == s0 && w.Is("the") && i + 2 < t.Length && t[i + 1].IsLowercase)
                {
                    // "The finance minister defended the measures.": a role subject a later pronoun may stand for.
                    var role = PhraseReader.Forward(t, i, t.Length);
                    if (role != null && role.Kind == PhraseKind.Role && role.EndToken < t.Length
                        && (VerbAt(t, role.EndToken) || VerbAt(t, AfterDashAppositive(t, role.EndToken))))
                    {
                        role.IsSubject = true;
                        events.Add((role, false));
                        i = role.EndToken - 1;
                        continue;
                    }
                }
                // (Not after an article: "the acclaimed novel", "an alleged fraud" use the verb as an adjective.)
                if ((SpeechVerbs.IsSpeechVerb(w) && !SpeechVerbs.IsParticiple(w) && !(i > s0 && (t[i - 1].Is("the") || t[i - 1].Is("a") || t[i - 1].Is("an")))) || AsksQuestion(t, i))
                {
                    var subject = AttributionFinder.SubjectOf(t, i, s0);
                    if (subject != null)
                    {
                        // "A B admitted she was …", "A B said that he …": reported speech about oneself gives the gender.
                        var p = i + 1 < t.Length && t[i + 1].Is("that") ? i + 2 : i + 1;
                        if (subject.Gender == 0 && (subject.Kind == PhraseKind.Person || subject.Kind == PhraseKind.Name) && p < t.Length && (t[p].Is("he") || t[p].Is("she")))
                            subject.Gender = t[p].Is("he") ? 1 : -1;
                        // "He said the minister promised …": speech reported inside another's words is a mention, not a speaker.
                        events.Add((subject, reporting < 0 || subject.Start < t[reporting].Start));
                        if (reporting < 0) reporting = i;
                        if (w.Is("asked") && i + 1 < t.Length && (t[i + 1].Is("him") || t[i + 1].Is("her"))) MarkAddressee(t, s0, i, subject, events);
                    }
                    continue;
                }
                var lead = AttributionFinder.SourceLead(t, i, t.Length);
                if (lead > 0)
                {
                    var source = PhraseReader.Forward(t, i + lead, t.Length);
                    if (source != null) events.Add((source, true));
                    continue;
                }
                if (!IsNameStart(w)) continue;
                var titledSubject = false;
                if (i == s0)
                {
                    // "Man of the match A B felt …": the name after a descriptive title is the subject.
                    var titled = PhraseReader.DescriptiveTitle(t, i, t.Length);
                    if (titled > 0)
                    {
                        i += titled;
                        titledSubject = true;
                    }
                }

                var j = i + 1;
                while (j < t.Length && j - i < 9)
                {
                    var x = t[j];
                    if (IsNameStart(x) || (x.IsCapitalised && Lexicon.IsTitleWord(x.Lower))) j++;
                    else if (Lexicon.NameConnectors.Contains(x.Lower) && j + 1 < t.Length && t[j + 1].IsCapitalised && !Lexicon.IsFunctionWord(t[j + 1].Lower)) j++;
                    else break;
                }
                var start = i > s0 && t[i - 1].Is("the") ? i - 1 : i;
                var phrase = PhraseClassifier.Classify(t, start, j);
                // "Sister A's convent": the possessor is the person, without the "'s".
                if (phrase != null && (phrase.Kind == PhraseKind.Person || phrase.Kind == PhraseKind.Name) && t[j - 1].IsPossessive && phrase.Name != null
                    && j < t.Length && t[j].IsWord && t[j].IsLowercase) phrase.Name = BarePossessor(phrase.Name);
                if (phrase != null && phrase.Kind == PhraseKind.Person && phrase.Role is null)
                {
                    // A lower-case title before the name: "central bank governor A B".
                    var titled = PhraseReader.Backward(t, j, s0);
                    if (titled != null && titled.Kind == PhraseKind.Person && titled.StartToken < start && titled.Role != null)
                    {
                        phrase = titled;
                        start = titled.StartToken;
                    }
                }
                if (phrase != null && (phrase.Kind == PhraseKind.Person || phrase.Kind == PhraseKind.Name || phrase.Kind == PhraseKind.Organization))
                {
                    var placed = i > 0 && t[i - 1].IsWord && Lexicon.IsPlacePreposition(t[i - 1].Lower);
                    if (!(placed && phrase.Kind != PhraseKind.Organization && phrase.Role is null))
                    {
                        AddRoles(t, phrase, start, j);
                        phrase.IsSubject = start == s0 || titledSubject || (start > s0 && t[start - 1].IsPunct(',') && FirstComma(t, s0) == start - 1);
                        events.Add((phrase, false));
                    }
                }
                i = j - 1;
            }
        }

        /// <summary><c>… to A B, 44, and asked him …</c>: the name just before <c>and asked him</c>, other than the subject.</summary>
        private static void MarkAddressee(QuoteToken[] t, int s0, int verb, SpeakerPhrase subject, List<(SpeakerPhrase Phrase, bool Speaker)> events)
        {
            var k = verb;
            if (k - 1 > s0 && t[k - 1].Is("and")) k--;
            if (k - 3 > s0 && t[k - 1].IsPunct(',') && t[k - 2].IsWord && char.IsDigit(t[k - 2].Text[0]) && t[k - 3].IsPunct(',')) k -= 3; // ", 44,"
            var named = PhraseReader.Backward(t, k, s0);
            if (named is null || named.Start == subject.Start || (named.Kind != PhraseKind.Person && named.Kind != PhraseKind.Name)) return;
            named.IsAddressee = true;
            named.Kind = PhraseKind.Person; // asked a question: a person
            events.Add((named, false));
        }

        private static string BarePossessor(string name)
        {
            if (name.Length > 2 && (name.EndsWith("'s", System.StringComparison.Ordinal) || name.EndsWith("\u2019s", System.StringComparison.Ordinal))) return name.Substring(0, name.Length - 2);
            if (name.Length > 2 && (name.EndsWith("s'", System.StringComparison.Ordinal) || name.EndsWith("s\u2019", System.StringComparison.Ordinal))) return name.Substring(0, name.Length - 1);
            return name;
        }

        /// <summary>A lower-case word that can be a verb after a subject.</summary>
        private static bool VerbAt(QuoteToken[] t, int k)
            => k >= 0 && k < t.Length && t[k].IsWord && t[k].IsLowercase && !SpeechVerbs.IsSpeechVerb(t[k]) && !Lexicon.IsFunctionWord(t[k].Lower);

        /// <summary>The token after a dash-bounded appositive starting at <paramref name="k"/> (<c>the accused - a carpenter - admitted</c>), or -1.</summary>
        private static int AfterDashAppositive(QuoteToken[] t, int k)
        {
            if (k >= t.Length || !IsDash(t[k])) return -1;
            for (var j = k + 1; j < t.Length && j - k <= 10; j++)
            {
                if (IsDash(t[j])) return j > k + 1 ? j + 1 : -1;
                if (!t[j].IsWord || t[j].EndsSentence) return -1;
            }
            return -1;
        }

        private static bool IsDash(QuoteToken w) => w.IsPunct('-') || w.IsPunct('\u2013') || w.IsPunct('\u2014');

        private static readonly HashSet<string> Quantities = new HashSet<string>(System.StringComparer.Ordinal)
        {
            "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "both", "dozens", "hundreds", "thousands",
        };

        /// <summary>A sentence opening with a count and a plural noun: "Two climbers", "Several residents".</summary>
        private static bool IsPluralSubject(QuoteToken[] t, int i)
        {
            var n = t[i + 1];
            return Quantities.Contains(t[i].Lower) && n.IsWord && n.IsLowercase && n.Lower.Length > 3 && n.Lower.EndsWith("s", System.StringComparison.Ordinal)
                && !n.Lower.EndsWith("ss", System.StringComparison.Ordinal) && !Lexicon.IsFunctionWord(n.Lower) && !SpeechVerbs.IsSpeechVerb(n)
                || Quantities.Contains(t[i].Lower) && n.IsWord && n.IsLowercase && (n.Lower.EndsWith("men", System.StringComparison.Ordinal) || n.Is("people") || n.Is("children"));
        }

        /// <summary>"A B questioned why …", "wondered whether …": a verb of asking before a question word reports speech.</summary>
        private static bool AsksQuestion(QuoteToken[] t, int i)
            => (t[i].Is("questioned") || t[i].Is("queried")) && i + 1 < t.Length
               && (t[i + 1].Is("why") || t[i + 1].Is("whether") || t[i + 1].Is("how") || t[i + 1].Is("what") || t[i + 1].Is("if"));

        private static int FirstComma(QuoteToken[] t, int s0)
        {
            for (var k = s0; k < t.Length && k < s0 + 12; k++)
            {
                if (t[k].IsPunct(',')) return k;
            }
            return -1;
        }

        private static bool IsNameStart(QuoteToken w)
            => w.IsWord && (Lexicon.IsHonorific(w.Lower) || Lexicon.IsAcronym(w.Text) || (w.IsCapitalised && !Lexicon.IsFunctionWord(w.Lower)));

        /// <summary>Appositives: <c>X, the country's foreign minister,</c> and <c>the foreign minister, X,</c>.</summary>
        private static void AddRoles(QuoteToken[] t, SpeakerPhrase phrase, int start, int end)
        {
            if (phrase.Kind != PhraseKind.Person && phrase.Kind != PhraseKind.Name) return;
            if (end + 2 < t.Length && t[end].IsPunct(',') && t[end + 1].IsWord && char.IsDigit(t[end + 1].Text[0]) && t[end + 2].IsPunct(',')) phrase.Aged = true;
            // "A B, a 10-year-old pupil at C,": the age in a description.
            if (end + 2 < t.Length && t[end].IsPunct(',') && (t[end + 1].Is("a") || t[end + 1].Is("an")) && t[end + 2].IsWord
                && t[end + 2].Lower.EndsWith("-year-old", System.StringComparison.Ordinal)) phrase.Aged = true;
            if (end + 1 < t.Length && t[end].IsPunct(','))
            {
                var role = PhraseReader.Forward(t, end + 1, t.Length);
                if (role != null && role.Kind == PhraseKind.Role) PhraseReader.Absorb(phrase, role);
            }
            if (start >= 2 && t[start - 1].IsPunct(','))
            {
                var role = PhraseReader.Backward(t, start - 1, 0);
                if (role != null && role.Kind == PhraseKind.Role) PhraseReader.Absorb(phrase, role);
            }
        }
    }
}
