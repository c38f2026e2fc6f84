using System;
using System.Collections.Generic;

namespace Corpus.Extraction.Participants
{
    /// <summary>Small closed classes of English used by the scanners (general grammar, not data).</summary>
    internal static class Words
    {
        /// <summary>Lower-case words that may sit inside a capitalised name ("Trinidad and Tobago", "Secretary of State").</summary>
        public static readonly HashSet<string> Connectors = Set("of", "for", "the", "and", "de", "da", "das", "del", "della", "der", "di", "do", "dos", "du", "la", "le", "van", "von", "bin", "ibn", "al", "el", "y", "ter", "ten", "den", "zu", "abu", "bint", "ben");

        /// <summary>Name particles ("Ursula von der Leyen", "Luiz Inácio Lula da Silva").</summary>
        public static readonly HashSet<string> Particles = Set("de", "da", "das", "del", "della", "der", "di", "do", "dos", "du", "la", "le", "van", "von", "bin", "ibn", "al", "el", "y", "ter", "ten", "den", "zu", "abu", "bint", "ben");

        /// <summary>First words of place names ("Cape Canaveral", "Mount Kenya", "Lake Chad", "Port Said").</summary>
        public static readonly HashSet<string> PlacePrefixes = Set("cape", "mount", "mt", "lake", "port", "fort", "point", "glen", "isle", "gulf", "bay", "sierra", "costa", "mountain");

        /// <summary>Direction adjectives that qualify a place without making a new name ("Southern Indiana", "eastern Ukraine").</summary>
        public static readonly HashSet<string> DirectionAdjectives = Set("northern", "southern", "eastern", "western", "central");

        /// <summary>First words of region names before a plain name word ("Lower Saxony", "Upper Austria", "Greater Region").</summary>
        public static readonly HashSet<string> RegionPrefixes = Set("lower", "upper", "greater");

        /// <summary>Prepositions after which an unknown capitalised word is a place ("in X", "near X").</summary>
        public static readonly HashSet<string> LocationPrepositions = Set("in", "at", "near", "outside", "across", "around", "throughout", "into", "inside", "via", "from");

        /// <summary>Lower-case words before a place name ("eastern X", "downtown X").</summary>
        public static readonly HashSet<string> PlaceModifiers = Set("eastern", "western", "northern", "southern", "central", "northeastern", "northwestern", "southeastern", "southwestern", "downtown", "occupied", "mainland", "suburban", "rural", "coastal", "neighbouring", "neighboring");

        /// <summary>Lower-case nouns that take a place after "of" ("residents of X", "the outskirts of X").</summary>
        public static readonly HashSet<string> PlaceOfNouns = Set("residents", "people", "citizens", "inhabitants", "city", "town", "village", "province", "region", "outskirts", "centre", "center", "streets", "suburbs", "capital", "port", "control", "north", "south", "east", "west", "heart", "siege", "liberation", "mayor", "governor");

        /// <summary>First words of newspaper names ("The Daily X", "The Sunday X").</summary>
        public static readonly HashSet<string> NewspaperPrefixes = Set("daily", "weekly", "evening", "morning", "sunday");

        /// <summary>
        /// Lower-case words right after a name that make it an organisation ("X shares", "X officials", "X's chief executive").
        /// Written from general news usage for this project.
        /// </summary>
        public static readonly HashSet<string> OrgNounsAfter = Set("shares", "stock", "officials", "spokesman", "spokeswoman", "spokesperson", "executives", "employees", "shareholders", "headquarters", "organization", "organisation", "subsidiary", "reporters");

        /// <summary>Words after a possessive name that make it an organisation ("X's shares", "X's chief executive", "X's profits").</summary>
        public static readonly HashSet<string> OrgNounsAfterPossessive = Set("shares", "stock", "shareholders", "subsidiary", "headquarters", "profit", "profits", "revenue", "revenues", "earnings", "ceo");

        /// <summary>Organisation heads that administer a place named after "of": "Municipality of X", "Government of X".</summary>
        public static readonly HashSet<string> AdministrativeHeads = Set("municipality", "government", "governorate", "prefecture", "commune", "mayoralty");

        /// <summary>Kinship nouns right before a one-word name make it a person: "their daughter, Gloria", "her son Tomas".</summary>
        public static readonly HashSet<string> KinNouns = Set("child", "daughter", "son", "wife", "husband", "mother", "father", "brother", "sister", "baby", "girlfriend", "boyfriend", "fiancee", "fiance", "widow", "widower", "grandson", "granddaughter", "grandmother", "grandfather", "niece", "nephew", "cousin", "stepson", "stepdaughter");

        /// <summary>Lower-case nouns right before a name that say what it is: "the band X", "rebel group X", "the firm X".</summary>
        public static readonly HashSet<string> OrgNounsRightBefore = Set("group", "company", "firm", "band", "charity", "broadcaster", "newspaper", "magazine", "retailer", "airline", "insurer", "carmaker", "automaker", "startup", "conglomerate", "militia", "outlet", "publisher", "developer");

        /// <summary>Abbreviated company suffixes whose period belongs to the name ("Inc.", "Corp.").</summary>
        public static readonly HashSet<string> CompanySuffixes = Set("inc", "corp", "ltd", "co", "bros", "plc", "llc");

        /// <summary>Newspaper names that are "The" and one head word ("The Guardian", "The Times").</summary>
        public static readonly HashSet<string> NewspaperTitles = Set("times", "post", "guardian", "telegraph", "observer", "herald", "tribune", "gazette", "chronicle", "journal", "economist", "courier");

        /// <summary>"shares of X", "analysts at X": a lower-case noun and preposition before a name that make it an organisation.</summary>
        public static readonly Dictionary<string, HashSet<string>> OrgNounsBefore = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal)
        {
            ["of"] = Set("shares", "stock", "employees", "shareholders", "subsidiary", "member", "members"),
            ["in"] = Set("shares", "stake"),
            ["at"] = Set("analysts", "executives", "employees", "economists", "bankers", "officials"),
        };

        /// <summary>Lower-case nouns after a place name ("X region", "X province").</summary>
        public static readonly HashSet<string> PlaceNouns = Set("region", "province", "oblast", "city", "county", "district", "village", "town", "island", "state", "prefecture", "municipality", "area", "valley", "peninsula");

        /// <summary>Determiners that make a role noun phrase refer back ("the foreign minister", "its president").</summary>
        public static readonly HashSet<string> RoleDeterminers = Set("the", "its", "their", "his", "her", "our");

        /// <summary>Abbreviated titles whose period may sit inside a name ("Mr. Roe", "Gen. Smith").</summary>
        public static readonly HashSet<string> AbbreviatedTitles = Set("mr", "mrs", "ms", "mx", "dr", "prof", "st", "gen", "lt", "col", "sgt", "capt", "sen", "rep", "gov", "rev", "fr", "adm", "maj", "cpl", "pres", "hon", "messrs", "mme", "mlle");

        public static bool IsHonorific(Token t) => t.IsWord && Gazetteer.Honorifics.Contains(t.Key) && t.IsCapitalized;

        /// <summary>A role word or its plural ("ministers"): plurals are roles, never names.</summary>
        public static bool IsRoleWord(string key, out bool plural)
        {
            plural = false;
            if (Gazetteer.IsRoleWord(key)) return true;
            if (key.IndexOf(' ') < 0)
            {
                // One word: the plural forms are precomputed, so no substring per word looked at.
                plural = (key.Length > 3 && key[key.Length - 1] == 's' && Gazetteer.RolePluralsWithS.Contains(key))
                    || (key.Length > 4 && key.EndsWith("men", StringComparison.Ordinal) && Gazetteer.RolePluralsWithMen.Contains(key));
                return plural;
            }
            if (key.Length > 3 && key[key.Length - 1] == 's' && Gazetteer.IsRoleWord(key.Substring(0, key.Length - 1)))
            {
                plural = true;
                return true;
            }
            if (key.Length > 4 && key.EndsWith("men", StringComparison.Ordinal) && Gazetteer.IsRoleWord(key.Substring(0, key.Length - 3) + "man"))
            {
                plural = true;
                return true;
            }
            return false;
        }

        private static HashSet<string> Set(params string[] words) => new HashSet<string>(words, StringComparer.Ordinal);
    }
}
