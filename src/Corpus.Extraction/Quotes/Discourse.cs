using System;
using System.Collections.Generic;

namespace Corpus.Extraction.Quotes
{
    /// <summary>
    /// The article's running cast: who has been named and who has spoken, in text order.
    /// Resolves names (surname matching), pronouns (most recent plausible speaker) and
    /// role nouns (the holder of the role). Lookups scan a bounded window of recent referents.
    /// </summary>
    internal sealed class Discourse
    {
        private const int Window = 64;

        private readonly List<Referent> _referents = new List<Referent>();
        private readonly Dictionary<string, Referent> _byKey = new Dictionary<string, Referent>(StringComparer.Ordinal);

        public Referent? LastSpeaker { get; private set; }

        private Referent? _addressee; // the person last asked a question, and the paragraph where
        private int _addresseeParagraph = -1;

        /// <summary>The paragraph being read; pronouns prefer a subject introduced in it.</summary>
        public int CurrentParagraph { get; set; }

        /// <summary>
        /// The person the previous paragraph was about, when it neither quoted nor reported speech
        /// (its subject, or the one person it named): a pronoun in the next paragraph's speech is theirs if they
        /// have spoken before (a returning speaker), unless someone has spoken since.
        /// </summary>
        public Referent? Carried { get; set; }

        /// <summary>The carried person was first named, as the subject, in the previous paragraph (a new person introduced before speaking).</summary>
        public bool CarriedIsNew { get; set; }

        /// <summary>Where the paragraph being read starts.</summary>
        public int ParagraphStart
        {
            get => _paragraphStart;
            set
            {
                if (value == _paragraphStart) return;
                PreviousParagraphStart = _paragraphStart;
                _paragraphStart = value;
            }
        }

        private int _paragraphStart = -1;

        /// <summary>Where the paragraph before the current one starts (-1 for the first).</summary>
        public int PreviousParagraphStart { get; private set; } = -1;

        /// <summary>Records that <paramref name="r"/> spoke at <paramref name="at"/> without a phrase (a quote-only paragraph after an introduction).</summary>
        public void MarkSpoke(Referent r, int at)
        {
            r.LastSpoke = at;
            LastSpeaker = r;
        }

        /// <summary>Resolves a phrase at its position; speakers become the most recent speaker.</summary>
        public Referent? Resolve(SpeakerPhrase phrase, bool speaker)
        {
            var r = phrase.Kind switch
            {
                PhraseKind.Pronoun => ResolvePronoun(phrase),
                PhraseKind.Role => ResolveRole(phrase),
                PhraseKind.Body => ResolveBody(phrase),
                _ => ResolveName(phrase, speaker),
            };
            if (r is null) return null;
            if (phrase.IsAddressee && r.IsPersonLike)
            {
                _addressee = r;
                _addresseeParagraph = CurrentParagraph;
            }
            r.LastMention = phrase.Start;
            r.Aged |= phrase.Aged;
            if (phrase.IsSubject && r.IsPersonLike)
            {
                r.SubjectAt = phrase.Start;
                r.SubjectParagraph = CurrentParagraph;
            }
            if (speaker)
            {
                r.LastSpoke = phrase.Start;
                LastSpeaker = r;
            }
            if (phrase.Kind == PhraseKind.Pronoun && r.Gender == 0) r.Gender = phrase.Gender;
            return r;
        }

        private Referent? ResolveName(SpeakerPhrase phrase, bool speaker)
        {
            var name = phrase.Name ?? phrase.Text;
            if (phrase.Kind == PhraseKind.Group || phrase.Kind == PhraseKind.Organization)
            {
                var key = "o:" + Normal(name);
                if (!_byKey.TryGetValue(key, out var o))
                {
                    o = Add(key, new Referent(name, phrase.Kind), phrase);
                }
                return o;
            }

            var normal = Normal(name);
            var space = normal.LastIndexOf(' ');
            var surname = space >= 0 ? normal.Substring(space + 1) : normal;
            Referent? match = null;
            for (var k = _referents.Count - 1; k >= 0 && k >= _referents.Count - Window; k--)
            {
                var r = _referents[k];
                if (r.Kind == PhraseKind.Person || r.Kind == PhraseKind.Name)
                {
                    if (r.Surname == surname || (phrase.Kind == PhraseKind.Name && r.NormalName == normal)) { match = r; break; }
                    // Feature style: "Marta spoke of …" after "the Very Rev Marta Quill".
                    if (space < 0 && (phrase.Kind == PhraseKind.Name || phrase.Kind == PhraseKind.Person) && r.Kind == PhraseKind.Person && FirstName(r.NormalName, normal)) { match = r; break; }
                }
                else if (r.Kind == PhraseKind.Organization && phrase.Kind == PhraseKind.Name && (r.NormalName == normal || ShortFirmName(r.NormalName, normal)))
                {
                    return r;
                }
            }
            if (match is null)
            {
                if (phrase.Kind == PhraseKind.Name && !speaker) return null; // a lone capitalised word is not a new person
                match = Add("p:" + normal, new Referent(name, phrase.Kind), phrase);
            }
            else
            {
                if (name.Length > match.Name.Length && phrase.Kind == PhraseKind.Person) match.Name = name;
                if (phrase.Kind == PhraseKind.Person) match.Kind = PhraseKind.Person;
            }
            if (match.Gender == 0) match.Gender = phrase.Gender;
            if (phrase.Role != null)
            {
                foreach (var role in phrase.Role.Split('|'))
                {
                    if (role.Length > 0 && !match.Roles.Contains(role)) match.Roles.Add(role);
                }
            }
            return match;
        }

        private Referent? ResolvePronoun(SpeakerPhrase phrase)
        {
            var personal = phrase.Name != "they" && phrase.Name != "it"; // he, she, "the 21-year-old"
            // "… asked him how he pleaded. He replied, "…"": the one asked answers.
            if (phrase.IsReply && personal && _addressee != null && CurrentParagraph - _addresseeParagraph <= 1
                && !(phrase.Gender != 0 && _addressee.Gender != 0 && _addressee.Gender != phrase.Gender)) return _addressee;
            Referent? best = null;
            for (var pass = 0; pass < 2 && best is null; pass++)
            {
                // First people who spoke, then anyone mentioned.
                var bestAt = -1;
                for (var k = _referents.Count - 1; k >= 0 && k >= _referents.Count - Window; k--)
                {
                    var r = _referents[k];
                    if (personal ? !r.IsPersonLike : r.IsPersonLike) continue;
                    if (phrase.AskerAt >= 0 && r.LastSpoke == phrase.AskerAt) continue; // told the asker the answer
                    if (!personal && (phrase.Name == "it") == (r.Kind == PhraseKind.Group)) continue; // "it" is one body, "they" many
                    if (personal && phrase.Gender != 0 && r.Gender != 0 && r.Gender != phrase.Gender) continue;
                    if (personal && r.Kind == PhraseKind.Role && r.Roles.Count == 0 && pass == 1) continue;
                    var at = pass == 0 ? r.LastSpoke : r.LastMention;
                    if (pass == 1 && r.Kind == PhraseKind.Name) continue;
                    if (at > bestAt)
                    {
                        bestAt = at;
                        best = r;
                    }
                }
            }
            // (A named person the last paragraph was about also takes over from an unnamed voice, "one onlooker said".)
            if (personal && Carried != null && Carried != best && (Carried.LastSpoke >= 0 || (CarriedIsNew && OpensOrDescribes(phrase)) || (Carried.Kind == PhraseKind.Person && Carried.Aged)
                    || (Carried.Kind == PhraseKind.Person && best != null && best.Kind == PhraseKind.Role)) && Carried.LastMention < phrase.Start
                && !(phrase.Gender != 0 && Carried.Gender != 0 && Carried.Gender != phrase.Gender)
                && (best is null || best.LastSpoke < Carried.LastMention) && !(phrase.AskerAt >= 0 && Carried.LastSpoke == phrase.AskerAt))
            {
                best = Carried;
            }
            if (personal)
            {
                // A person introduced as a subject in this paragraph, after that speaker last spoke, takes over.
                var since = best?.LastSpoke ?? -1;
                for (var k = _referents.Count - 1; k >= 0 && k >= _referents.Count - Window; k--)
                {
                    var r = _referents[k];
                    if (r.SubjectParagraph != CurrentParagraph || r.SubjectAt <= since || r.SubjectAt >= phrase.Start) continue;
                    if (phrase.AskerAt >= 0 && r.LastSpoke == phrase.AskerAt) continue;
                    if ((r.Kind != PhraseKind.Person && r.Kind != PhraseKind.Role) || (phrase.Gender != 0 && r.Gender != 0 && r.Gender != phrase.Gender)) continue;
                    best = r;
                    since = r.SubjectAt;
                }
            }
            return best;
        }

        /// <summary>
        /// A pronoun that opens its paragraph (<c>She said: "…"</c>) or an age descriptor (<c>the 65-year-old said</c>) turns to the
        /// person just introduced; a pronoun after the quote (<c>"…," he said</c>) keeps to the last speaker.
        /// </summary>
        private bool OpensOrDescribes(SpeakerPhrase phrase) => phrase.Name == "one" || phrase.Start == ParagraphStart;

        private Referent? ResolveRole(SpeakerPhrase phrase)
        {
            var query = phrase.Role ?? "";
            Referent? best = null;
            var bestAt = -1;
            for (var k = _referents.Count - 1; k >= 0 && k >= _referents.Count - Window; k--)
            {
                var r = _referents[k];
                if (r.Kind != PhraseKind.Person && r.Kind != PhraseKind.Name) continue;
                if (!RoleMatcher.Matches(query, r.Roles)) continue;
                var at = Math.Max(r.LastSpoke, r.LastMention);
                if (at > bestAt)
                {
                    bestAt = at;
                    best = r;
                }
            }
            if (best != null)
            {
                if (best.Gender == 0) best.Gender = phrase.Gender;
                return best;
            }
            var topic = DescribedTopic(phrase, query);
            if (topic != null) return topic;
            if ((query.IndexOf(' ') < 0 ? Lexicon.DescriptorNouns.Contains(query) : IsGrader(query)) && phrase.Text.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
            {
                // "the teenager", "the woman": a description of someone already in the story, like a pronoun.
                // Only someone known to be a person of that kind: of the noun's gender, or who has spoken, or was introduced
                // with an age or a role. A capitalised product or event name ("the Lucky Star jackpot") is not; the
                // description then stays an unnamed speaker of its own.
                var described = ResolvePronoun(phrase);
                if (described != null && ((phrase.Gender != 0 && described.Gender == phrase.Gender) || described.LastSpoke >= 0 || described.Aged || described.Roles.Count > 0))
                    return described;
            }
            var key = "r:" + query;
            if (_byKey.TryGetValue(key, out var existing)) return existing;
            var holder = new Referent(phrase.Text, PhraseKind.Role) { Gender = phrase.Gender };
            if (query.Length > 0) holder.Roles.Add(query);
            return Add(key, holder, phrase);
        }

        /// <summary>
        /// <c>Councillor A, 66, said …</c> then <c>The retired teacher said …</c>, or <c>executive officer A B</c> then <c>The
        /// association executive said</c>: news varies the name of the person it is about with a definite description. A
        /// singular "the …" phrase that no one holds as a role stands for the person named in this or the last paragraph when
        /// its head word is one of that person's role words, or when it is a plain description (not an office: a new
        /// mayor or minister is someone else) and that person is the one the story is following (spoke, or was the subject).
        /// </summary>
        private Referent? DescribedTopic(SpeakerPhrase phrase, string query)
        {
            if (!phrase.Text.StartsWith("the ", StringComparison.OrdinalIgnoreCase) || query.Length == 0) return null;
            var space = query.LastIndexOf(' ');
            var head = space < 0 ? query : query.Substring(space + 1);
            // A plural ("the policymakers") is a group, never the one person.
            if (head.Length > 3 && head[head.Length - 1] == 's' && head[head.Length - 2] != 's') return null;
            var described = ResolvePronoun(phrase);
            if (described is null || described.Kind != PhraseKind.Person || described.LastMention < PreviousParagraphStart) return null;
            if (phrase.Gender != 0 && described.Gender != 0 && described.Gender != phrase.Gender) return null;
            foreach (var role in described.Roles)
            {
                foreach (var word in role.Split(' '))
                {
                    if (word == head) return described;
                }
            }
            // An office names someone else (a new mayor), and so does a part in the events reported (the suspect, the
            // caller): the official who has been speaking is not "the suspect".
            if (Lexicon.IsCoreTitle(head) || Lexicon.IsTitleWord(head) || Lexicon.EventRoles.Contains(head)) return null;
            return described.LastSpoke >= 0 || described == Carried || described.SubjectParagraph >= CurrentParagraph - 1 ? described : null;
        }

        /// <summary>"sixth grader" (from "the sixth-grader"): a school year describes a pupil already named.</summary>
        private static bool IsGrader(string query)
            => query.EndsWith(" grader", StringComparison.Ordinal) && query.IndexOf(' ') == query.Length - 7 && Lexicon.DescriptorNouns.Contains(query.Replace(' ', '|'));

        private Referent ResolveBody(SpeakerPhrase phrase)
        {
            // "the ministry" is the most recent organisation whose name has that head noun.
            var words = (phrase.Role ?? "").Split(' ');
            var head = words[words.Length - 1];
            for (var k = _referents.Count - 1; k >= 0 && k >= _referents.Count - Window; k--)
            {
                var r = _referents[k];
                if (r.Kind == PhraseKind.Organization && head.Length > 0 && HasWord(r.NormalName, head)) return r;
            }
            if (Lexicon.FirmNouns.Contains(head) && phrase.Text.StartsWith("the ", StringComparison.OrdinalIgnoreCase) && words.Length == 1)
            {
                // "the company said": the firm last named.
                Referent? firm = null;
                for (var k = _referents.Count - 1; k >= 0 && k >= _referents.Count - Window; k--)
                {
                    var r = _referents[k];
                    if (r.Kind == PhraseKind.Organization && (firm is null || r.LastMention > firm.LastMention)) firm = r;
                }
                if (firm != null) return firm;
            }
            if (Lexicon.MediaNouns.Contains(head))
            {
                // "the paper wrote", "the agency said": the organisation last named.
                Referent? outlet = null;
                for (var k = _referents.Count - 1; k >= 0 && k >= _referents.Count - Window; k--)
                {
                    var r = _referents[k];
                    if (r.Kind == PhraseKind.Organization && (outlet is null || r.LastMention > outlet.LastMention)) outlet = r;
                }
                if (outlet != null) return outlet;
            }
            var key = "b:" + (phrase.Role ?? phrase.Text);
            if (_byKey.TryGetValue(key, out var existing)) return existing;
            return Add(key, new Referent(phrase.Text, PhraseKind.Body), phrase);
        }

        private Referent Add(string key, Referent r, SpeakerPhrase phrase)
        {
            r.SpanStart = phrase.Start;
            r.SpanLength = phrase.End - phrase.Start;
            _referents.Add(r);
            _byKey[key] = r;
            return r;
        }

        /// <summary>"blackberry" for "blackberry ltd": the full name starts with the short one and ends in a legal form.</summary>
        private static bool ShortFirmName(string full, string shortName)
        {
            if (full.Length <= shortName.Length + 1 || !full.StartsWith(shortName + " ", StringComparison.Ordinal)) return false;
            // "lindqvist" for "lindqvist marine ab": the full name ends in a legal form.
            var space = full.LastIndexOf(' ');
            return Lexicon.CorporateSuffixes.Contains(full.Substring(space + 1));
        }

        /// <summary>"alister" is the first word of "alister hendery" (a full name of two or more words).</summary>
        private static bool FirstName(string full, string first)
            => full.Length > first.Length + 1 && full[first.Length] == ' ' && full.StartsWith(first, StringComparison.Ordinal);

        private static bool HasWord(string words, string word)
        {
            var at = words.IndexOf(word, StringComparison.Ordinal);
            while (at >= 0)
            {
                var end = at + word.Length;
                if ((at == 0 || words[at - 1] == ' ') && (end == words.Length || words[end] == ' ')) return true;
                at = words.IndexOf(word, at + 1, StringComparison.Ordinal);
            }
            return false;
        }

        public static string Normal(string name)
        {
            var lower = name.ToLowerInvariant().Replace('\u2019', '\'').Replace('-', ' ').Replace(".", "");
            if (lower.StartsWith("the ", StringComparison.Ordinal)) lower = lower.Substring(4);
            return lower.Trim();
        }
    }
}
