using System.Text;

namespace Corpus.Extraction.Quotes
{
    /// <summary>What a speaker phrase is: a titled name, an organisation, a role, a body or a group.</summary>
    internal static class PhraseClassifier
    {
        /// <summary>An unnamed speaker described by a lower-case phrase whose head no word list knows ("a florist"): a role of its own.</summary>
        public static SpeakerPhrase Description(QuoteToken[] t, int s, int e)
        {
            var body = Lexicon.Determiners.Contains(t[s].Lower) ? s + 1 : s;
            var phrase = new SpeakerPhrase(t, s, e, PhraseKind.Role) { Role = RoleWords(t, body, e) };
            for (var k = body; k < e; k++)
            {
                var g = Lexicon.GenderOf(t[k].Lower);
                if (g != 0) phrase.Gender = g;
            }
            return phrase;
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
                if (Lexicon.DocumentNouns.Contains(head.Lower))
                {
                    // "Cornyn's statement added", "PC World's analysis concluded": the author speaks.
                    var author = Possessor(t, body, e);
                    if (author != null) return author;
                }
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

            if (body == e - 1 && body > s && t[s].Is("the") && Lexicon.OrgNouns.Contains(head.Lower) && !Lexicon.IsAcronym(head.Text))
            {
                // "said the Company", "the Council added": house style capitalises the organisation's own common noun;
                // it stands for the organisation named before, as "the company" does.
                return new SpeakerPhrase(t, s, e, PhraseKind.Body) { Role = head.Lower };
            }

            var phrase = new SpeakerPhrase(t, s, e, PhraseKind.Name);
            if (body + 1 < e && t[body].IsPossessive && t[body].IsCapitalised) body++; // "Norway's Prime Minister A B", "A Farm's B C"
            if (Lexicon.IsHonorific(t[body].Lower))
            {
                phrase.Kind = PhraseKind.Person;
                phrase.Gender = Lexicon.GenderOf(t[body].Lower);
                phrase.Name = body + 1 < e ? Join(t, body + 1, e) : null;
                if (phrase.Name is null) return null;
                return phrase;
            }

            for (var k = e - 2; k > body; k--)
            {
                if (!Lexicon.IsHonorific(t[k].Lower) || !t[k + 1].IsCapitalised) continue;
                // "Secretary for Transport Mr. A": the name follows the honorific; what precedes is a title.
                phrase.Kind = PhraseKind.Person;
                phrase.Gender = Lexicon.GenderOf(t[k].Lower);
                phrase.Name = Join(t, k + 1, e);
                phrase.Role = RoleWords(t, body, k);
                return phrase;
            }

            var campaign = -1; // a campaign group's name opens here ("chair of Save Our Pool")
            var lastTitle = -1;
            var hasCore = false;
            var org = false;
            var place = false;
            var nameSeen = false;
            for (var k = body; k < e; k++)
            {
                var w = t[k].Lower;
                if (t[k].IsPunct('&')) org = true; // "A & B"
                if (Lexicon.OrgHeads.Contains(w) && t[k].IsCapitalised) org = true;
                if (k == e - 1 && k > body && t[k].IsCapitalised && Lexicon.CorporateSuffixes.Contains(w.TrimEnd('.'))) org = true; // "A Marine AB"
                if (Lexicon.IsNonPersonWord(w)) place = true;
                if (campaign < 0 && t[k].IsCapitalised && (k == body || t[k - 1].Is("of")) && k + 1 < e && t[k + 1].IsCapitalised && Lexicon.CampaignWords.Contains(w)) campaign = k;
                var lowerRole = Lexicon.RoleNouns.Contains(w) && k + 1 < e && t[k + 1].IsCapitalised && (t[k].IsLowercase || k == body);
                if ((Lexicon.IsCoreTitle(w) && !(w == "general" && !hasCore && k > body)) || lowerRole)
                {
                    hasCore = true;
                    lastTitle = k;
                }
                else if (hasCore && !nameSeen && Lexicon.IsTitleWord(w))
                {
                    lastTitle = k;
                }
                else if (hasCore && t[k].IsCapitalised)
                {
                    nameSeen = true; // "Analyst A B of C Capital": no title words after the name
                }
                var g = Lexicon.GenderOf(w);
                if (g != 0) phrase.Gender = g;
            }
            if (campaign == body)
            {
                phrase.Kind = PhraseKind.Organization;
                phrase.Name = Join(t, body, e);
                return phrase;
            }
            if (hasCore && campaign == lastTitle + 1 && t[lastTitle].Is("of"))
            {
                // "chair of Keep A Pools Open": a post in a campaign group, not a titled name.
                phrase.Kind = PhraseKind.Role;
                phrase.Role = RoleWords(t, body, e);
                return phrase;
            }
            if (hasCore && t[lastTitle].Is("of") && e - lastTitle > 3) lastTitle++; // "Governor of Washington A B"
            else if (hasCore && t[lastTitle].Is("of") && !org)
            {
                // "The Archbishop of A", "Governor of A B": a title with its place, not a name.
                phrase.Kind = PhraseKind.Role;
                phrase.Role = RoleWords(t, body, e);
                return phrase;
            }
            if (hasCore && lastTitle + 2 == e && t[lastTitle].IsCapitalised && Department(t, body, lastTitle))
            {
                // "manager of Public Engagement": a lower-case title and a capitalised department, no name after it.
                phrase.Kind = PhraseKind.Role;
                phrase.Role = RoleWords(t, body, e);
                return phrase;
            }
            if (hasCore)
            {
                // Titles: "Peru's Minister of Health A B": the name is what follows the last title word.
                if (lastTitle + 1 < e)
                {
                    phrase.Kind = PhraseKind.Person;
                    phrase.Name = Join(t, lastTitle + 1, Affiliation(t, lastTitle + 1, e));
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
            var nameEnd = Affiliation(t, first, e);
            phrase.Name = Join(t, first, nameEnd);
            phrase.Kind = nameEnd - first >= 2 || first > body ? PhraseKind.Person : PhraseKind.Name;
            return phrase;
        }

        /// <summary>A lower-case core title, then "of" before <paramref name="last"/>: "manager of Public …".</summary>
        private static bool Department(QuoteToken[] t, int body, int last)
        {
            for (var k = body + 1; k < last; k++)
            {
                if (t[k].Is("of")) return t[k - 1].IsLowercase && Lexicon.IsCoreTitle(t[k - 1].Lower);
            }
            return false;
        }

        /// <summary>Where a person's name ends before an affiliation: "A B of C Capital" -> "A B".</summary>
        private static int Affiliation(QuoteToken[] t, int s, int e)
        {
            for (var k = s + 2; k + 1 < e; k++)
            {
                if (t[k].Is("of") || t[k].Is("at") || t[k].Is("from")) return k;
            }
            return e;
        }

        /// <summary>A capitalised possessor at the start of [s, e) ("A B's"), as a name without the "'s".</summary>
        private static SpeakerPhrase? Possessor(QuoteToken[] t, int s, int e)
        {
            var k = s;
            while (k < e && t[k].IsCapitalised && !t[k].IsPossessive) k++;
            if (k >= e || !t[k].IsCapitalised || !t[k].IsPossessive) return null;
            var last = t[k].Text;
            last = last.EndsWith("s'", System.StringComparison.Ordinal) || last.EndsWith("s\u2019", System.StringComparison.Ordinal)
                ? last.Substring(0, last.Length - 1)
                : last.Substring(0, last.Length - 2);
            var name = k > s ? Join(t, s, k) + " " + last : last;
            var kind = k > s || !Lexicon.IsAcronym(last) ? PhraseKind.Name : PhraseKind.Organization;
            if (Lexicon.IsAcronym(t[s].Text)) kind = PhraseKind.Organization;
            return new SpeakerPhrase(t, s, k + 1, kind) { Name = name };
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
