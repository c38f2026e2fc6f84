using System.Collections.Generic;

namespace Corpus.Extraction.Quotes
{
    /// <summary>
    /// Finds the speaker phrase that attributes a quote, in the narrative tokens right after it
    /// (<c>"…," Smith said</c>, <c>"…," said Secretary Jones</c>) or right before it
    /// (<c>Smith said: "…"</c>, <c>According to X, "…"</c>). <c>Strict</c> means the verb sits
    /// against the quote, the convention for statements; loose finds allow a subject and speech
    /// verb anywhere earlier in the sentence and are used for longer quotes only.
    /// </summary>
    internal static class AttributionFinder
    {
        private const int MaxObjectTokens = 8;

        public static SpeakerPhrase? After(QuoteToken[] t)
        {
            // `called it "a disgrace". Jones said…`: the quote's sentence ended; what follows is another sentence.
            if (t.Length > 0 && t[0].EndsSentence) return null;
            var credit = Credit(t);
            if (credit != null) return credit;
            var i = 0;
            while (i < t.Length && i < 2 && !t[i].IsWord && !t[i].IsPunct('(')) i++;
            var end = i;
            while (end < t.Length && !t[end].EndsSentence) end++;
            if (end <= i) return null;

            var lead = SourceLead(t, i, end);
            if (lead > 0) return AfterVerb(t, i + lead, end);
            if (SpeechVerbs.IsSpeechVerb(t[i]) && !SpeechVerbs.IsParticiple(t[i])) return AfterVerb(t, SkipWhen(t, i + 1, end), end);

            for (var v = i + 1; v < end && v <= i + 28; v++)
            {
                if (!SpeechVerbs.IsSpeechVerb(t[v])) continue;
                // `"…." Passengers were told to …`: a passive verb has no speaker ("was quoted as saying" goes on to its participle).
                if (!t[v].Is("quoted") && !SpeechVerbs.IsParticiple(t[v]) && Passive(t, v, i)) return null;
                var k = SkipVerbChain(t, v, i + 1);
                if (v > i + 14)
                {
                    // Only a name with a long appositive reaches this far: "A B, a volunteer who …, told reporters".
                    var named = PhraseReader.Forward(t, i, k);
                    return named != null && (named.Kind == PhraseKind.Person || named.Kind == PhraseKind.Name) && AppositiveClause(t, named.EndToken, k) ? named : null;
                }
                var phrase = PhraseReader.Backward(t, k, i);
                if (phrase != null && phrase.FirstToken == i)
                {
                    if (phrase.Kind == PhraseKind.Pronoun && IsReplyVerb(t[v])) phrase.IsReply = true;
                    if (phrase.Kind == PhraseKind.Pronoun && (t[v].Is("told") || t[v].Is("tells")) && v + 1 < end && (t[v + 1].Is("him") || t[v + 1].Is("her"))) phrase.TellsPronoun = true;
                    return phrase;
                }
                // "A Radio News Chief Meteorologist B C said": a titled name after a capitalised affiliation.
                if (phrase != null && phrase.Kind == PhraseKind.Person && (phrase.Role != null || t[phrase.FirstToken].IsPossessive)
                    && phrase.FirstToken - i <= 5 && Capitalised(t, i, phrase.FirstToken)) return phrase;
                // "part of the statement read": the document speaks.
                if (phrase != null && phrase.FirstToken == i + 2 && t[i].Is("part") && t[i + 1].Is("of")) return phrase;
                // A head with a short post-modifier: "a source close to the talks said", "residents of the town say".
                var head = PhraseReader.Forward(t, i, k);
                // A relative clause between commas: "the teenager, whose school was closed, told reporters".
                if (head != null && head.Kind != PhraseKind.Pronoun && RelativeClause(t, head.EndToken, k)) return head;
                // A stray comma or a descriptive appositive after a full name: "A B, said", "A B, a nurse who …, told".
                if (head != null && (head.Kind == PhraseKind.Person || head.Kind == PhraseKind.Name)
                    && ((head.EndToken == k - 1 && t[k - 1].IsPunct(',')) || AppositiveClause(t, head.EndToken, k) || TitleAppositive(t, head.EndToken, k))) return head;
                // "city parks and highways officials wrote": a plural role after coordinated lower-case modifiers.
                if (phrase != null && phrase.Kind == PhraseKind.Group && phrase.FirstToken - i <= 5 && Modifiers(t, i, phrase.FirstToken)) return phrase;
                // `"…" later, he told …`: a word or two run on from the quote, then a comma and the speaker.
                if (phrase != null && phrase.Kind != PhraseKind.Body && phrase.FirstToken - 1 > i && phrase.FirstToken - 1 - i <= 3
                    && t[phrase.FirstToken - 1].IsPunct(',') && Modifiers(t, i, phrase.FirstToken - 1)) return phrase;
                return head != null && head.Kind != PhraseKind.Pronoun && k - head.EndToken <= 5 && Plain(t, head.EndToken, k) ? head : null;
            }
            return null;
        }

        /// <summary>
        /// A credit line after a quote that ends its paragraph: <c>"…" - A B</c> or <c>"…" — A B, the author</c>
        /// (pull quotes and epigraphs). Only a dash, then a name and nothing more but punctuation.
        /// </summary>
        private static SpeakerPhrase? Credit(QuoteToken[] t)
        {
            // Also a headline's `'…': A B`.
            if (t.Length < 2 || !(t[0].IsPunct('-') || t[0].IsPunct('\u2014') || t[0].IsPunct('\u2013') || t[0].IsPunct(':'))) return null;
            var phrase = PhraseReader.Forward(t, 1, t.Length);
            if (phrase is null || (phrase.Kind != PhraseKind.Person && phrase.Kind != PhraseKind.Name && phrase.Kind != PhraseKind.Organization)) return null;
            var k = phrase.EndToken;
            if (k < t.Length && t[k].IsPunct(','))
            {
                var role = PhraseReader.Forward(t, k + 1, t.Length);
                if (role != null && role.Kind == PhraseKind.Role)
                {
                    PhraseReader.Absorb(phrase, role);
                    k = role.EndToken;
                }
            }
            for (; k < t.Length; k++)
            {
                if (t[k].IsWord) return null;
            }
            return phrase;
        }

        private static bool IsReplyVerb(QuoteToken w) => w.Is("replied") || w.Is("answered") || w.Is("responded") || w.Is("replies") || w.Is("answers");

        /// <summary>Skips a time adverbial after an inverted verb: <c>said on Friday the head of …</c>, <c>said yesterday</c>.</summary>
        private static int SkipWhen(QuoteToken[] t, int start, int end)
        {
            var k = start;
            if (k + 1 < end && (t[k].Is("on") || t[k].Is("late") || t[k].Is("early")) && IsDay(t[k + 1])) k += 2;
            else if (k + 2 < end && (t[k].Is("late") || t[k].Is("early")) && t[k + 1].Is("on") && IsDay(t[k + 2])) k += 3;
            else if (k < end && (t[k].Is("yesterday") || t[k].Is("today") || t[k].Is("tonight"))) k++;
            else if (k + 1 < end && (t[k].Is("this") || t[k].Is("last")) && (t[k + 1].Is("week") || t[k + 1].Is("month") || t[k + 1].Is("year") || IsDay(t[k + 1]))) k += 2;
            if (k == start) return start;
            if (k < end && t[k].IsPunct(',')) k++;
            return k < end && t[k].IsWord && !t[k].Is("that") ? k : start;
        }

        private static bool IsDay(QuoteToken w)
            => w.IsCapitalised && (w.Lower.EndsWith("day", System.StringComparison.Ordinal) || w.Lower == "morning" || w.Lower == "evening");

        /// <summary>Speaker after an inverted verb; <c>said the company's chief, Jane Doe</c> prefers the name.</summary>
        private static SpeakerPhrase? AfterVerb(QuoteToken[] t, int start, int end)
        {
            var phrase = PhraseReader.Forward(t, start, end);
            if (phrase is null) return null;
            var next = phrase.EndToken;
            if ((phrase.Kind == PhraseKind.Role || phrase.Kind == PhraseKind.Body) && next < end && (t[next].Is("of") || t[next].Is("for") || t[next].Is("at")))
            {
                // "said the head of admissions, A B": past the role's complement to the appositive name.
                var k = next + 1;
                while (k < end && k - next <= 6 && t[k].IsWord && !SpeechVerbs.IsSpeechVerb(t[k])) k++;
                if (k + 1 < end && k - next <= 6 && t[k].IsPunct(','))
                {
                    var name = PhraseReader.Forward(t, k + 1, end);
                    if (name != null && (name.Kind == PhraseKind.Person || name.Kind == PhraseKind.Name))
                    {
                        phrase.Role = PhraseClassifier.RoleWords(t, phrase.StartToken, k);
                        PhraseReader.Absorb(name, phrase);
                        name.FirstToken = phrase.FirstToken;
                        return name;
                    }
                }
            }
            if (next + 1 < end && t[next].IsPunct(','))
            {
                var other = PhraseReader.Forward(t, next + 1, end);
                if (other != null)
                {
                    if ((phrase.Kind == PhraseKind.Role || phrase.Kind == PhraseKind.Body) && (other.Kind == PhraseKind.Person || other.Kind == PhraseKind.Name))
                    {
                        PhraseReader.Absorb(other, phrase);
                        other.FirstToken = phrase.FirstToken;
                        return other;
                    }
                    if ((phrase.Kind == PhraseKind.Person || phrase.Kind == PhraseKind.Name) && other.Kind == PhraseKind.Role) PhraseReader.Absorb(phrase, other);
                }
            }
            return phrase;
        }

        private static bool EndsAt(QuoteToken[] t, SpeakerPhrase phrase, int e)
        {
            // "the harbour master, A B": the name is the last thing before the comma.
            if (phrase.EndToken == e || (phrase.EndToken < e && Span(t, phrase.EndToken, e))) return true;
            // A post-nominal: "A B, QC," / "A B, Jr.,".
            if (phrase.EndToken + 2 == e && t[phrase.EndToken].IsPunct(',') && (Lexicon.IsAcronym(t[e - 1].Text) || Lexicon.IsAbbreviation(t[e - 1].Text.TrimEnd('.')))) return true;
            // An affiliation after the name: "A B of the University of C".
            var k = phrase.EndToken;
            if (k >= e || e - k > 8 || !(t[k].Is("of") || t[k].Is("at") || t[k].Is("from"))) return false;
            for (; k < e; k++)
            {
                if (!t[k].IsWord || SpeechVerbs.IsSpeechVerb(t[k])) return false;
            }
            return true;
        }

        /// <summary><c>, who …,</c> / <c>, whose …,</c> filling the tokens from <paramref name="from"/> to just before <paramref name="to"/>.</summary>
        internal static bool RelativeClause(QuoteToken[] t, int from, int to)
        {
            if (to - from < 4 || !t[from].IsPunct(',') || !(t[from + 1].Is("who") || t[from + 1].Is("whose")) || !t[to - 1].IsPunct(',')) return false;
            for (var k = from + 2; k < to - 1; k++)
            {
                if (t[k].EndsSentence || SpeechVerbs.IsSpeechVerb(t[k])) return false;
            }
            return true;
        }

        /// <summary><c>, a volunteer who …,</c> / <c>, the owner of …,</c>: a comma-bounded description from <paramref name="from"/> to just before <paramref name="to"/>.</summary>
        private static bool AppositiveClause(QuoteToken[] t, int from, int to)
        {
            if (to - from < 4 || !t[from].IsPunct(',') || !t[to - 1].IsPunct(',')) return false;
            var w = t[from + 1];
            if (!(w.Is("a") || w.Is("an") || w.Is("the") || w.Is("who") || w.Is("whose"))) return false;
            for (var k = from + 2; k < to - 1; k++)
            {
                if (t[k].EndsSentence || !(t[k].IsWord || t[k].IsPunct(',')) || SpeechVerbs.IsSpeechVerb(t[k])) return false;
            }
            return true;
        }

        /// <summary><c>, Chief Ranger for The C</c> up to the verb: a title after the name whose closing comma is missing.</summary>
        private static bool TitleAppositive(QuoteToken[] t, int from, int to)
        {
            if (to - from < 3 || to - from > 10 || !t[from].IsPunct(',') || !t[from + 1].IsWord || !Lexicon.IsTitleWord(t[from + 1].Lower)) return false;
            for (var k = from + 1; k < to; k++)
            {
                if (!t[k].IsWord || SpeechVerbs.IsSpeechVerb(t[k])) return false;
            }
            return true;
        }

        /// <summary>Tokens [from, to) are lower-case words that are not speech verbs (modifiers, "and").</summary>
        private static bool Modifiers(QuoteToken[] t, int from, int to)
        {
            for (var k = from; k < to; k++)
            {
                if (!t[k].IsWord || !t[k].IsLowercase || SpeechVerbs.IsSpeechVerb(t[k])) return false;
            }
            return true;
        }

        private static bool Plain(QuoteToken[] t, int from, int to)
        {
            for (var k = from; k < to; k++)
            {
                if (!t[k].IsWord || SpeechVerbs.IsSpeechVerb(t[k])) return false;
            }
            return true;
        }

        private static bool Span(QuoteToken[] t, int from, int to)
        {
            for (var k = from; k < to; k++)
            {
                if (t[k].IsWord) return false;
            }
            return true;
        }

        /// <summary>Length of a phrase that introduces a source (<c>according to</c>, <c>in the words of</c>) at <paramref name="a"/>, or 0.</summary>
        public static int SourceLead(QuoteToken[] t, int a, int end)
        {
            if (a + 1 < end && t[a].Is("according") && t[a + 1].Is("to")) return 2;
            if (a + 3 < end && t[a].Is("in") && t[a + 1].Is("the") && t[a + 2].Is("words") && t[a + 3].Is("of")) return 4;
            return 0;
        }

        /// <summary>Speaker before the quote: the narrative tokens of the gap ending at the opening mark.</summary>
        public static SpeakerPhrase? Before(QuoteToken[] t, out bool strict)
        {
            strict = false;
            var n = t.Length;
            var s0 = SentenceStart(t, n);
            var e = n;
            var punctEnd = false;
            while (e > s0 && !t[e - 1].IsWord && (t[e - 1].IsPunct(',') || t[e - 1].IsPunct(':') || t[e - 1].IsPunct('\u2014') || t[e - 1].IsPunct('\u2013') || t[e - 1].IsPunct('-')))
            {
                e--;
                punctEnd = true;
            }
            var thatEnd = false;
            if (e > s0 && t[e - 1].Is("that"))
            {
                e--;
                thatEnd = true;
            }
            if (e <= s0) return null;

            // According to X, "…" / in the words of X, "…"
            for (var a = s0; a + 2 < e; a++)
            {
                var lead = SourceLead(t, a, e);
                if (lead == 0) continue;
                var phrase = AfterVerb(t, a + lead, e);
                if (phrase != null && punctEnd && EndsAt(t, phrase, e))
                {
                    strict = true;
                    return phrase;
                }
            }

            // "…, explains A B: "…"": an inverted verb, and the name fills the gap up to the colon.
            if (punctEnd && t[n - 1].IsPunct(':'))
            {
                for (var v = e - 2; v >= s0 && v >= e - 5; v--)
                {
                    if (!t[v].IsWord) break;
                    if (!SpeechVerbs.IsSpeechVerb(t[v]) || SpeechVerbs.IsParticiple(t[v])) continue;
                    // Not "He told A B:", where the name is the one spoken to: no subject right before the verb.
                    if (t[v].Is("told") || t[v].Is("tells") || t[v].Is("asked") || t[v].Is("asks") || PhraseReader.Backward(t, v, s0) != null) break;
                    var named = PhraseReader.Forward(t, v + 1, e);
                    if (named != null && named.EndToken == e && (named.Kind == PhraseKind.Person || named.Kind == PhraseKind.Name))
                    {
                        strict = true;
                        return named;
                    }
                    break;
                }
            }

            // "A B: "…"": interview and press-conference layout, the speaker's name alone before a colon opens the sentence.
            if (punctEnd && t[n - 1].IsPunct(':') && e - s0 >= 2 && e - s0 <= 5)
            {
                var named = PhraseReader.Forward(t, s0, e);
                if (named != null && named.StartToken == s0 && named.EndToken == e && (named.Kind == PhraseKind.Person || named.Kind == PhraseKind.Name))
                {
                    strict = true;
                    return named;
                }
            }

            // X said, "…" / X told reporters: "…" / X said that "…"
            for (var v = e - 1; v >= s0 && v >= e - MaxObjectTokens; v--)
            {
                if (!t[v].IsWord) break;
                if (!SpeechVerbs.IsSpeechVerb(t[v])) continue;
                // "he spoke of "…"": a preposition between the verb and the quote.
                // (Loose: a short quote there is a title or a term, "spoke about "Plan B"".)
                var bridged = v + 1 != e && !punctEnd && !thatEnd;
                if (bridged && !(v + 2 == e && (t[v + 1].Is("of") || t[v + 1].Is("about")))) break;
                var subject = SubjectOf(t, v, s0);
                if (subject != null)
                {
                    if (subject.Kind == PhraseKind.Pronoun && IsReplyVerb(t[v])) subject.IsReply = true;
                    strict = !bridged;
                    return subject;
                }
                break;
            }

            // "A B issued a statement, "…"": the document's verb stands for a speech verb.
            if (punctEnd && e - 3 >= s0 && Lexicon.DocumentNouns.Contains(t[e - 1].Lower) && Lexicon.Determiners.Contains(t[e - 2].Lower) && Lexicon.PublishVerbs.Contains(t[e - 3].Lower))
            {
                var subject = SubjectOf(t, e - 3, s0);
                if (subject != null && subject.Kind != PhraseKind.Pronoun)
                {
                    strict = true;
                    return subject;
                }
            }

            // Passive agent: "was told by the police to "…"".
            if (e - 1 > s0 && t[e - 1].Is("to"))
            {
                for (var v = e - 3; v > s0 && v >= e - 10; v--)
                {
                    if (!t[v + 1].Is("by") || !SpeechVerbs.IsSpeechVerb(t[v]) || !Lexicon.PassiveAuxiliaries.Contains(t[v - 1].Lower)) continue;
                    var agent = PhraseReader.Forward(t, v + 2, e - 1);
                    if (agent != null && agent.EndToken == e - 1 && agent.Kind != PhraseKind.Pronoun)
                    {
                        strict = true;
                        return agent;
                    }
                    break;
                }
            }

            // Loose: a subject and speech verb earlier in the sentence.
            for (var v = s0; v < e; v++)
            {
                if (!SpeechVerbs.IsSpeechVerb(t[v])) continue;
                var subject = SubjectOf(t, v, s0);
                if (subject != null) return subject;
            }
            // Loose: "A B attacked the budget on Thursday: "…"": a colon hands the sentence's subject the quote.
            if (n > 0 && t[n - 1].IsPunct(':') && s0 < e)
            {
                var subject = SentenceSubject(t, s0, e);
                if (subject != null && subject.Kind != PhraseKind.Pronoun && subject.EndToken < e && IsVerbLike(t[subject.EndToken])) return subject;
            }
            else if (s0 < e && e - s0 <= 40)
            {
                // Loose: `A B paid tribute to the volunteers and "…"`: no speech verb, but a person opens the sentence
                // and acts; a long quote inside it is theirs (a short one is a term).
                var subject = SentenceSubject(t, s0, e);
                if (subject != null && subject.FirstToken == s0 && subject.EndToken < e && IsVerbLike(t[subject.EndToken])
                    && (subject.Kind == PhraseKind.Person || (subject.Kind == PhraseKind.Pronoun && (t[s0].Is("he") || t[s0].Is("she"))))) return subject;
            }
            return null;
        }

        /// <summary>Tokens [from, to) are all capitalised words.</summary>
        private static bool Capitalised(QuoteToken[] t, int from, int to)
        {
            for (var k = from; k < to; k++)
            {
                if (k > from && (t[k].Is("and") || t[k].IsPunct('&'))) continue; // "B and D Farms"
                if (!t[k].IsWord || !t[k].IsCapitalised) return false;
            }
            return true;
        }

        /// <summary>
        /// Where the subject ends before the speech verb at <paramref name="v"/>: over adverbs and auxiliaries
        /// and a chain like <c>is expected to</c>, <c>was due to</c>, <c>is set to</c> (<c>he is expected to say</c>).
        /// </summary>
        private static int SkipVerbChain(QuoteToken[] t, int v, int floor)
        {
            var k = v;
            while (k - 1 >= floor && Lexicon.IsAdverb(t[k - 1])) k--;
            if (k - 2 < floor || !t[k - 1].Is("to")) return k;
            var j = k - 1;
            if (Lexicon.ModalLeads.Contains(t[j - 1].Lower)) j--;
            var chain = j;
            // Only with an auxiliary before it ("is expected to", "was to"); not "refused to say".
            while (j - 1 >= floor && Lexicon.IsAdverb(t[j - 1])) j--;
            return j < chain ? j : k;
        }

        /// <summary>The subject of the speech verb at <paramref name="v"/>; a participle or "and said" takes the sentence's subject.</summary>
        public static SpeakerPhrase? SubjectOf(QuoteToken[] t, int v, int s0)
        {
            if (!SpeechVerbs.IsParticiple(t[v]) && Passive(t, v, s0)) return null;
            var k = SkipVerbChain(t, v, s0);
            if (k - 1 >= s0 && k - 1 >= 0 && t[k - 1].Is("to") && k - 2 >= s0 && t[k - 2].Is("according")) return null;
            var prev = k - 1 >= s0 ? t[k - 1] : default;
            var joined = k - 1 >= s0 && (prev.Is("and") || prev.Is("but") || prev.Is("then"));
            if (SpeechVerbs.IsParticiple(t[v]) && prev.Is("as"))
            {
                // "The paper quoted a relative as saying": the quoted person speaks, not the outlet.
                for (var q = k - 2; q > s0 && q >= k - 12; q--)
                {
                    if (!t[q].Is("quoted")) continue;
                    var quoted = PhraseReader.Forward(t, q + 1, k - 1);
                    if (quoted != null) return quoted;
                    break;
                }
            }
            if ((prev.Is("which") || prev.Is("that")) && k - 2 >= s0 && t[k - 2].IsWord)
            {
                // "a notice which read": the relative clause's antecedent.
                var antecedent = PhraseReader.Backward(t, k - 1, s0);
                if (antecedent != null && antecedent.Kind != PhraseKind.Pronoun) return antecedent;
            }
            if (SpeechVerbs.IsParticiple(t[v]) && prev.IsWord)
            {
                // "…, with Smith adding:" — the participle's own subject.
                var own = PhraseReader.Backward(t, k, s0);
                if (own != null && own.StartToken - 1 >= s0 && t[own.StartToken - 1].Is("with") && own.Kind != PhraseKind.Pronoun) return own;
                // "a message stating", "a statement saying": the document speaks.
                if (own != null && own.Kind == PhraseKind.Body && own.EndToken == k && Lexicon.DocumentNouns.Contains(t[k - 1].Lower)) return own;
            }
            if (SpeechVerbs.IsParticiple(t[v]) || joined) return SentenceSubject(t, s0, joined ? k - 1 : k);
            var phrase = PhraseReader.Backward(t, k, s0);
            if (phrase is null && k - 1 >= s0 && t[k - 1].IsPunct(',')) return SentenceSubject(t, s0, k - 1);
            // "Residents of the tower block say", "The mayor of the town said": a short subject with a tail.
            if (phrase is null && k - s0 <= 12) return SentenceSubject(t, s0, k);
            if (phrase != null && phrase.FirstToken - 1 >= s0 && Lexicon.IsPreposition(t[phrase.FirstToken - 1].Lower)
                && !(phrase.Kind == PhraseKind.Person && phrase.FirstToken - 2 >= s0 && t[phrase.FirstToken - 2].IsCapitalised))
            {
                // (Not "Secretary for Transport Mr. A says": the preposition is inside a capitalised title.)
                // "A letter seen by Sky News says": the name is an object; the subject opens the sentence.
                var subject = SentenceSubject(t, s0, phrase.FirstToken - 1);
                if (subject != null) return subject;
            }
            return phrase;
        }

        /// <summary>"as the charges were read", "it is said": a passive verb has no speaker for its subject.</summary>
        private static bool Passive(QuoteToken[] t, int v, int s0)
        {
            for (var k = v - 1; k >= s0 && v - k <= 3 && Lexicon.IsAdverb(t[k]); k--)
            {
                if (Lexicon.PassiveAuxiliaries.Contains(t[k].Lower)) return true;
            }
            return false;
        }

        /// <summary>The subject at the start of a sentence, after an introductory phrase ending with a comma.</summary>
        public static SpeakerPhrase? SentenceSubject(QuoteToken[] t, int s0, int limit)
        {
            var i = s0;
            if (i >= limit) return null;
            if (t[i].IsWord && Lexicon.IsFunctionWord(t[i].Lower) && !Lexicon.Pronouns.Contains(t[i].Lower) && !t[i].Is("the") && !t[i].Is("a") && !t[i].Is("an")
                && !t[i].Is("one") && !t[i].Is("another")) // "One reader on the site wrote": a determiner, not an introductory word
            {
                while (i < limit && i < s0 + 12 && !t[i].IsPunct(',')) i++;
                if (i >= limit || !t[i].IsPunct(',')) return null;
                i++;
            }
            var phrase = PhraseReader.Forward(t, i, limit);
            if (phrase is null) return null;
            // "Episode 3 of the series …", "Flight 12 …": one capitalised word and a number name a thing, not a person.
            if (phrase.Kind == PhraseKind.Name && phrase.EndToken == phrase.StartToken + 1 && phrase.EndToken < limit
                && t[phrase.EndToken].IsWord && char.IsDigit(t[phrase.EndToken].Text[0])) return null;
            // The subject is followed by a clause break or a verb, not by more of a noun phrase.
            return phrase;
        }

        /// <summary>A lower-case word that can follow a subject as its verb (not a preposition or conjunction).</summary>
        private static bool IsVerbLike(QuoteToken w)
            => w.IsWord && w.IsLowercase && (!Lexicon.IsFunctionWord(w.Lower) || w.Is("also") || w.Is("then"));

        public static int SentenceStart(QuoteToken[] t, int end)
        {
            for (var k = end - 1; k >= 0; k--)
            {
                if (t[k].EndsSentence) return k + 1;
            }
            return 0;
        }
    }
}
