using System.Collections.Generic;
using Corpus.Extraction.Model;

namespace Corpus.Extraction.Participants
{
    /// <summary>Organisations and places recognised by the shape of their name: head words, defined acronyms, place prefixes.</summary>
    internal static partial class RunScanner
    {
        /// <summary>Organisations and places known by their shape: a head word, a defined acronym.</summary>
        private static bool TryShape(string text, List<Token> tokens, int s, int e, bool headline, List<Piece> pieces)
        {
            var words = 0;
            var last = -1;
            var ofAfterHead = false;
            for (var k = s; k < e; k++)
            {
                if (!tokens[k].IsWord) continue;
                words++;
                last = k;
                if (Gazetteer.OrgHeads.Contains(tokens[k].Key) && tokens[k].IsCapitalized && k + 1 < e && (tokens[k + 1].Key == "of" || tokens[k + 1].Key == "for" || tokens[k + 1].Key == "on"))
                    ofAfterHead = true;
            }
            if (last < 0) return false;
            var whole = Longest(tokens, s, e, out _);
            if (whole > 0 && s + whole >= e) return false;
            // "Jane Doe of the Green Party": a plain name before "of" is a person, not part of the organisation.
            if (!ofAfterHead && !(e + 2 < tokens.Count && tokens[e].Is("(")))
            {
                var of = s;
                while (of < e && !(tokens[of].IsWord && !tokens[of].IsCapitalized && (tokens[of].Key == "of" || tokens[of].Key == "for"))) of++;
                if (of < e && of - s >= 2 && of - s <= 4 && AllPlainNameWords(tokens, s, of))
                {
                    var after = of + 1;
                    while (after < e && tokens[after].IsWord && !tokens[after].IsCapitalized) after++;
                    ReadPart(text, tokens, s, of, headline, false, pieces);
                    ReadPart(text, tokens, after, e, headline, false, pieces);
                    return true;
                }
            }
            var acronym = e + 2 < tokens.Count && tokens[e].Is("(") && tokens[e + 1].IsWord && Gazetteer.IsAllCaps(tokens[e + 1].Text) && tokens[e + 1].Text.Length >= 2 && tokens[e + 2].Is(")");
            EntityKind kind;
            if (words >= 2 && (Gazetteer.OrgHeads.Contains(tokens[last].Key) || ofAfterHead)) kind = EntityKind.Organization;
            else if (words >= 2 && (Gazetteer.PlaceHeads.Contains(tokens[last].Key) || (tokens[last].Key == "state" && NoRoleWords(tokens, s, last)))) kind = EntityKind.Place;
            else if (words >= 2 && acronym && !LooksLikePersonName(tokens, s, e)) kind = EntityKind.Organization;
            else if (words >= 2 && Words.PlacePrefixes.Contains(tokens[s].Key) && tokens[s + 1].IsWord && tokens[s + 1].IsCapitalized) kind = EntityKind.Place;
            else if (words == 2 && IsNameBeforeCountryWithOrgNoun(tokens, s, e)) kind = EntityKind.Organization;
            else if (words == 2 && Words.RegionPrefixes.Contains(tokens[s].Key) && tokens[s + 1].IsWord && IsPlainNameWord(tokens[s + 1]) || words == 2 && Words.RegionPrefixes.Contains(tokens[s].Key) && Longest(tokens, s + 1, e, out var region) == 1 && region.Kind != EntityKind.Organization) kind = EntityKind.Place;
            else if (words == 2 && Words.NewspaperPrefixes.Contains(tokens[s].Key) && tokens[s + 1].IsWord && tokens[s + 1].IsCapitalized && s > 0 && tokens[s - 1].Key == "the") kind = EntityKind.Organization;
            else return false;
            if (headline && !acronym && kind == EntityKind.Place) return false;
            var piece = new Piece
            {
                Kind = kind == EntityKind.Organization ? PieceKind.Organization : PieceKind.Place,
                EntityKind = kind,
                Start = tokens[s].Start,
                End = tokens[e - 1].End,
            };
            // "Acme Foods Inc.": the abbreviation's period; "in The Lyon Herald": a newspaper's capital "The" mid-sentence.
            if (kind == EntityKind.Organization && e < tokens.Count && tokens[e].Is(".") && tokens[e].Start == tokens[e - 1].End && Words.CompanySuffixes.Contains(tokens[e - 1].Key))
                piece.End = tokens[e].End;
            if (kind == EntityKind.Organization && s > 0 && tokens[s - 1].IsWord && tokens[s - 1].Text == "The" && !tokens[s - 1].SentenceStart && Words.NewspaperTitles.Contains(tokens[last].Key))
                piece.Start = tokens[s - 1].Start;
            piece.Name = Slice(text, piece.Start, piece.End);
            piece.Canonical = piece.Name;
            if (acronym)
            {
                piece.Acronym = tokens[e + 1].Text;
                piece.AcronymStart = tokens[e + 1].Start;
            }
            pieces.Add(piece);
            // "Peru Forest Service", "University of Ohio", "Bank of Italy": a country or place inside an
            // organisation's name is mentioned too (nested in the organisation's mention).
            if (kind == EntityKind.Organization) AddNestedPlaces(text, tokens, s, e, pieces);
            // "the Municipality of Ostrava", "Government of Goa": the place the organisation administers.
            if (kind == EntityKind.Organization && ofAfterHead && e - s >= 3 && e - s <= 4 && Words.AdministrativeHeads.Contains(tokens[s].Key) && tokens[s + 1].Key == "of")
            {
                var plain = true;
                for (var k = s + 2; k < e; k++) plain &= tokens[k].IsWord && tokens[k].IsCapitalized && IsPlainNameWord(tokens[k]) && !tokens[k].Possessive;
                if (plain)
                {
                    var place = new Piece { Kind = PieceKind.Place, EntityKind = EntityKind.Place, Start = tokens[s + 2].Start, End = tokens[e - 1].End };
                    place.Name = Slice(text, place.Start, place.End);
                    place.Canonical = place.Name;
                    pieces.Add(place);
                }
            }
            // "the Indonesian Navy", "Pakistani Foreign Office": the demonym still links to its country.
            if (Gazetteer.Demonyms.TryGetValue(tokens[s].Key, out var country) && !tokens[s].Possessive) AddDemonym(tokens, s, s + 1, country, pieces);
            return true;
        }

        private static void AddNestedPlaces(string text, List<Token> tokens, int s, int e, List<Piece> pieces)
        {
            var afterKnown = -1;
            for (var k = s; k < e; k++)
            {
                if (!tokens[k].IsWord || !tokens[k].IsCapitalized) continue;
                var n = Longest(tokens, k, e, out var known);
                if (n == 0) continue;
                // Not the tail of a longer unknown name ("the North Atlantic"), except after a direction adjective ("Southern Indiana").
                var free = k == s || afterKnown == k || !tokens[k - 1].IsWord || !tokens[k - 1].IsCapitalized || Words.DirectionAdjectives.Contains(tokens[k - 1].Key);
                if (free && (known.Kind == EntityKind.Country || known.Kind == EntityKind.Place) && n < e - s && !Gazetteer.OrgHeads.Contains(tokens[k + n - 1].Key))
                    AddKnown(text, tokens, k, k + n, known.Canonical, known.Kind, false, pieces);
                k += n - 1;
                afterKnown = k + 1;
            }
        }

        /// <summary>"Fisheries Chile spokesperson …", "Statistics Norway officials": a word and a country, then an organisation noun or a title.</summary>
        private static bool IsNameBeforeCountryWithOrgNoun(List<Token> tokens, int s, int e)
        {
            if (e - s != 2 || !tokens[s].IsWord || !tokens[s + 1].IsWord || tokens[s].Possessive || Words.RegionPrefixes.Contains(tokens[s].Key)) return false;
            // A name word, or a portfolio word that is no title by itself ("Fisheries Chile", "Health Norway").
            if (!IsPlainNameWord(tokens[s]) && !(tokens[s].IsCapitalized && Words.IsRoleWord(tokens[s].Key, out var p) && !p && !Gazetteer.RoleHeads.Contains(tokens[s].Key))) return false;
            if (Longest(tokens, s + 1, e, out var country) != 1 || country.Kind != EntityKind.Country) return false;
            if (e >= tokens.Count || !tokens[e].IsWord || tokens[e].IsCapitalized) return false;
            return Words.OrgNounsAfter.Contains(tokens[e].Key) || (Words.IsRoleWord(tokens[e].Key, out var plural) && !plural);
        }

        private static bool LooksLikePersonName(List<Token> tokens, int s, int e)
        {
            for (var k = s; k < e; k++)
            {
                if (tokens[k].IsWord && !tokens[k].IsCapitalized && !Words.Particles.Contains(tokens[k].Key)) return false;
            }
            return e - s <= 3;
        }

        /// <summary>"Lagos State" but not "Secretary of State": no title word before the head.</summary>
        private static bool NoRoleWords(List<Token> tokens, int s, int e)
        {
            for (var k = s; k < e; k++)
            {
                if (tokens[k].IsWord && (Words.IsRoleWord(tokens[k].Key, out _) || !tokens[k].IsCapitalized)) return false;
            }
            return true;
        }

        /// <summary>"Department of Health and Human Services": "and" joins two objects of one head before "of".</summary>
        private static bool JoinsObjectsOfHead(List<Token> tokens, int s, int and, int e)
        {
            if (!(Gazetteer.OrgHeads.Contains(tokens[s].Key) && s + 1 < and && tokens[s + 1].Key == "of")) return false;
            if (and + 1 < e && tokens[and + 1].Key == "the") return false;
            // "University of Toronto and McGill University": a name word then a head word after "and" is a second organisation.
            if (and + 2 < e && tokens[and + 1].IsWord && IsPlainNameWord(tokens[and + 1]) && Gazetteer.OrgHeads.Contains(tokens[e - 1].Key)) return false;
            var words = 0;
            for (var k = and + 1; k < e; k++)
            {
                if (tokens[k].IsWord) words++;
            }
            return words <= 3 && !HasOf(tokens, and + 1, e);
        }

        private static bool HasOf(List<Token> tokens, int s, int e)
        {
            for (var k = s; k < e; k++)
            {
                if (tokens[k].IsWord && tokens[k].Key == "of") return true;
            }
            return false;
        }

        private static bool EndsWithHead(List<Token> tokens, int s, int e)
        {
            var last = e - 1;
            while (last > s && !tokens[last].IsWord) last--;
            return Gazetteer.OrgHeads.Contains(tokens[last].Key) || Gazetteer.PlaceHeads.Contains(tokens[last].Key);
        }

        private static bool AllPlainNameWords(List<Token> tokens, int s, int e)
        {
            for (var k = s; k < e; k++)
            {
                if (!tokens[k].IsWord || !tokens[k].IsCapitalized || !IsPlainNameWord(tokens[k]) || Gazetteer.Names.ContainsKey(tokens[k].Key)) return false;
            }
            return true;
        }

        /// <summary>"in X", "eastern X", "X region", "X, Texas": the context makes a single word a place.</summary>
        private static bool IsPlaceContext(List<Token> tokens, int from, int to)
        {
            if (from > 0 && tokens[from - 1].IsWord && !tokens[from - 1].IsCapitalized
                && (Words.LocationPrepositions.Contains(tokens[from - 1].Key) || Words.PlaceModifiers.Contains(tokens[from - 1].Key)))
                return true;
            if (to < tokens.Count && tokens[to].IsWord && !tokens[to].IsCapitalized && Words.PlaceNouns.Contains(tokens[to].Key)) return true;
            if (from > 1 && tokens[from - 1].IsWord && tokens[from - 1].Key == "of" && tokens[from - 2].IsWord && (!tokens[from - 2].IsCapitalized || tokens[from - 2].SentenceStart)
                && Words.PlaceOfNouns.Contains(tokens[from - 2].Key)) return true;
            if (to + 1 < tokens.Count && tokens[to].Is(",") && tokens[to + 1].IsWord && tokens[to + 1].IsCapitalized)
            {
                var n = Longest(tokens, to + 1, tokens.Count, out var hit);
                if (n > 0 && (hit.Kind == EntityKind.Place || hit.Kind == EntityKind.Country)) return true;
            }
            return false;
        }
    }
}
