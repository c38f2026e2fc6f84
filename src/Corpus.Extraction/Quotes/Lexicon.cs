using System;
using System.Collections.Generic;

namespace Corpus.Extraction.Quotes
{
    /// <summary>
    /// Closed-class English words used by the attribution rules: titles, role and organisation
    /// nouns, honorifics, function words. General vocabulary only; no names.
    /// </summary>
    internal static class Lexicon
    {
        private static HashSet<string> Set(string words)
            => new HashSet<string>(words.Split(new[] { ' ', '\n', '\r' }, StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);

        private static readonly HashSet<string> Abbreviations = Set(
            "mr mrs ms dr prof gen sen rep gov lt col capt sgt maj adm rev st jr sr mt ft hon supt insp cmdr brig pres messrs gov inc corp ltd co no vs etc jan feb mar apr aug sep sept oct nov dec cpl pvt det");

        private static readonly HashSet<string> Male = Set("mr mr. sir lord");

        private static readonly HashSet<string> Female = Set("mrs mrs. ms ms. miss dame lady madam");

        private static readonly HashSet<string> OtherHonorifics = Set("dr dr. prof prof.");

        public static readonly HashSet<string> Determiners = Set("the a an his her its their our one another this these those several some many two three");

        private static readonly HashSet<string> Adverbs = Set(
            "also further later then again once earlier previously recently reportedly has had have was were is are will would could did does do already still just repeatedly publicly privately separately subsequently finally initially first not never even");

        public static readonly HashSet<string> CoreTitles = Set(@"
president vice-president president-elect prime minister secretary secretary-general under-secretary chancellor senator sen. representative rep.
governor gov. mayor judge justice chief executive director director-general chairman chairwoman chair chairperson spokesman spokeswoman
spokesperson ambassador envoy commissioner king queen prince princess pope bishop archbishop cardinal reverend rev. professor prof. coach
captain capt. colonel col. lieutenant lt. sergeant sgt. gen. admiral adm. commander inspector detective superintendent deputy vice acting
former leader head ceo attorney premier sheriff officer congressman congresswoman councillor councilman councilwoman mp mep lawmaker
president's minister's chief-executive manager chief-of-staff marshal general cfo coo cto cio cmo");

        private static readonly HashSet<string> TitleModifiers = Set(@"
foreign defence defense state interior home health finance justice education trade energy treasury security homeland commerce agriculture
transport labor labour environment culture economy economic affairs high assistant senior executive first national permanent special
of for the and general public external internal armed forces staff joint development digital");

        public static readonly HashSet<string> OrgHeads = Set(@"
ministry department agency office council commission committee party union police court government company corporation corp corp. inc
inc. ltd ltd. group bank university institute association organization organisation foundation army navy force forces service times post
journal news press bureau authority board federation league club parliament senate congress assembly embassy administration network
television radio tv herald tribune telegraph gazette daily magazine review alliance coalition centre center hospital school college team
fc airlines airways motors industries systems technologies holdings fund trust society international secretariat house guard
cabinet presidency tribunal institution observatory watch agency's ministry's
foods trading mining partners securities capital energy resources pharmaceuticals insurance logistics media entertainment electronics
telecom communications software labs ventures brands materials chemicals petroleum shipping solutions enterprises investments
properties stores beverages dairies plc llc museum zoo aquarium library gallery");

        /// <summary>Nouns for a business that, with "the", stand for the firm the story is about: "the company said".</summary>
        public static readonly HashSet<string> FirmNouns = Set("company firm group business carrier airline retailer manufacturer insurer operator startup lender maker producer chain conglomerate");

        /// <summary>Legal-form words that may follow a firm's short name: "A Ltd." is "A".</summary>
        public static readonly HashSet<string> CorporateSuffixes = Set("ltd inc corp co plc llc sa ag nv ab asa gmbh group holdings limited incorporated corporation company");

        public static readonly HashSet<string> OrgNouns = Set(@"
ministry department agency government company firm group organisation organization union council committee commission court police army
military office newspaper daily paper magazine broadcaster network channel outlet publication website statement report study alliance bloc
party campaign team club board bank university hospital charity regulator watchdog authority embassy administration palace agency airline
carrier retailer manufacturer startup insurer operator utility laboratory lab school tribunal panel opposition junta cabinet presidency
senate parliament legislature federation association body unit analysis survey poll editorial article column memo research communique communiqué letter notice placard document filing website post tweet
banner inscription plaque caption headline prayer airport museum zoo aquarium library theatre theater
spokesperson's presidency service force forces prosecution message city town municipality county");

        public static readonly HashSet<string> RoleNouns = Set(@"
minister secretary secretary-general president chief head leader spokesman spokeswoman spokesperson director chairman chairwoman chair
chairperson ambassador envoy governor mayor senator commissioner chancellor premier coach manager captain executive ceo founder co-founder
official officer adviser advisor analyst expert professor researcher scientist economist lawyer attorney judge prosecutor general commander
king queen prince princess pope representative deputy negotiator diplomat editor author owner boss lawmaker legislator congressman
congresswoman activist witness resident doctor nurse teacher student player striker midfielder goalkeeper defender driver actor actress
singer musician artist producer writer novelist poet historian strategist physician surgeon engineer pilot farmer worker employee
shopkeeper victim survivor mother father wife husband son daughter sister brother source insider veteran soldier man woman boy girl fan
voter candidate nominee incumbent challenger campaigner organiser organizer investor trader banker broker consultant specialist
epidemiologist virologist superintendent inspector detective sheriff constable marshal mp mep councillor dean principal rector bishop
priest vicar chaplain curate rabbi imam cleric pastor businessman businesswoman widow chief-executive spokesman spokesperson counterpart host sponsor
homeowner firefighter teenager neighbour neighbor evacuee bystander onlooker eyewitness passenger commuter motorist tenant landlord
patient paramedic rescuer volunteer protester villager elder shopper customer parent grandmother grandfather relative retiree pensioner
mourner fisherman vendor spectator attendee assessor accused
winner runner-up finalist contestant caller buyer seller suspect defendant plaintiff claimant complainant applicant inmate prisoner detainee hostage
migrant refugee tourist visitor guest holidaymaker cyclist pedestrian hiker climber swimmer jogger whistleblower donor recipient holder
person commenter reader viewer listener respondent participant passer-by passerby first-grader second-grader third-grader fourth-grader
fifth-grader sixth-grader seventh-grader eighth-grader ninth-grader tenth-grader eleventh-grader twelfth-grader
administrator regulator official pollster billionaire millionaire tycoon entrepreneur mogul magnate celebrity influencer agent master warden ranger curator conductor chef architect designer photographer journalist reporter correspondent commentator presenter spokesman observer blogger poster commenter columnist chemist biologist physicist ecologist climatologist geologist astronomer");

        public static readonly HashSet<string> GroupNouns = WithPlurals(RoleNouns, @"
officials police witnesses residents analysts experts authorities sources prosecutors investigators protesters protestors critics doctors
scientists researchers officers organisers organizers campaigners activists lawyers economists observers diplomats leaders ministers
lawmakers legislators villagers locals students teachers workers employees parents fans voters rescuers medics paramedics firefighters
troops soldiers militants rebels insurgents relatives neighbours neighbors survivors spokespeople representatives members people
engineers executives managers owners traders investors bankers farmers opponents supporters officials organizers scholars historians
participants delegates negotiators regulators unions families residents allies partners forces nations countries");

        /// <summary>Group nouns, plus the plural of every role noun ("authors", "lawyers").</summary>
        private static HashSet<string> WithPlurals(HashSet<string> roles, string words)
        {
            var set = Set(words);
            foreach (var role in roles)
            {
                if (role.EndsWith("man", StringComparison.Ordinal)) set.Add(role.Substring(0, role.Length - 3) + "men");
                else if (role.EndsWith("s", StringComparison.Ordinal) || role.EndsWith("sh", StringComparison.Ordinal) || role.EndsWith("ch", StringComparison.Ordinal)) set.Add(role + "es");
                else if (role.EndsWith("y", StringComparison.Ordinal) && role.Length > 2 && "aeiou".IndexOf(role[role.Length - 2]) < 0) set.Add(role.Substring(0, role.Length - 1) + "ies");
                else set.Add(role + "s");
            }
            return set;
        }

        private static readonly HashSet<string> FemaleRoles = Set(
            "spokeswoman chairwoman businesswoman congresswoman councilwoman actress mother wife daughter sister queen princess widow girl woman grandmother aunt niece duchess countess");

        private static readonly HashSet<string> MaleRoles = Set(
            "spokesman chairman businessman congressman councilman father husband son brother king prince widower boy man grandfather uncle nephew duke");

        /// <summary>Things that speak for their author: "his statement said", "the paper's analysis concluded".</summary>
        public static readonly HashSet<string> DocumentNouns = Set("statement statements letter tweet tweets post message email note notice blog website account analysis study survey report editorial article column review memo banner inscription plaque caption headline prayer placard");

        /// <summary>Verbs that put out a document: "issued a statement", "released a note".</summary>
        public static readonly HashSet<string> PublishVerbs = Set("issued released published posted sent circulated");

        /// <summary>Forms of "be" before a passive participle: "was told by".</summary>
        /// <summary>Words between an auxiliary and "to" before a verb of saying: "is expected to say", "was due to tell".</summary>
        public static readonly HashSet<string> ModalLeads = Set("expected due set going scheduled likely poised about");

        public static readonly HashSet<string> PassiveAuxiliaries = Set("was were been being is are be");

        /// <summary>Auxiliary and copular verbs: a quoted term followed by one is the subject of a clause ("said "X" has remained …").</summary>
        public static readonly HashSet<string> Auxiliaries = Set("is are was were has have had will would could can should must may might remains remained does did");

        /// <summary>Nouns that describe a person already named rather than a post: "the teenager said", "the woman added".</summary>
        public static readonly HashSet<string> DescriptorNouns = Set("teenager man woman boy girl youngster pensioner retiree first|grader second|grader third|grader fourth|grader fifth|grader sixth|grader seventh|grader eighth|grader ninth|grader tenth|grader eleventh|grader twelfth|grader");

        /// <summary>People named by their part in the events a story reports, who are not the people reporting them.</summary>
        public static readonly HashSet<string> EventRoles = Set(@"
suspect defendant accused victim witness eyewitness caller winner loser plaintiff claimant complainant applicant inmate prisoner detainee
hostage passenger driver motorist pedestrian cyclist bystander onlooker survivor patient buyer seller customer gunman attacker intruder
burglar thief robber shooter offender");

        /// <summary>Imperatives that open a campaign group's name: "Save Our Pool", "Keep A Green", "Friends of A Park".</summary>
        public static readonly HashSet<string> CampaignWords = Set("save keep stop protect defend fight rescue restore reclaim scrap friends hands");

        public static readonly HashSet<string> MediaNouns = Set("newspaper paper daily weekly tabloid broadsheet magazine broadcaster channel outlet publication agency network");

        public static readonly HashSet<string> HeadRoleWords = Set("chief head leader boss");

        public static readonly HashSet<string> TopTitles = Set(
            "president secretary-general chairman chairwoman chair chairperson director director-general ceo chief executive leader head chief commissioner premier prime chancellor secretary");

        // ("mine" is left out: in news it is the noun far more often than the pronoun, "mine Chief Engineer A B".)
        private static readonly HashSet<string> FunctionWords = Set(@"
the a an at in on for from to with by after before during while when as since meanwhile moreover however also but and or so yet still then
later earlier speaking asked according although though despite if because this that these those there here it its his her their our we i
you they he she what why how where who which last next first second third finally today yesterday tomorrow both all some many most several
each every no not such other another one two three four five monday tuesday wednesday thursday friday saturday sunday january february
march april may june july august september october november december instead indeed now thus therefore furthermore additionally
nevertheless nonetheless besides likewise similarly overall once until unless whether over under between among against without within
about into onto upon through across along around near off out up down my your me him them us yours ours theirs let please yes
like unlike amid among amidst following given including regarding concerning sometimes often perhaps maybe usually always occasionally");

        private static readonly HashSet<string> PlacePrepositions = Set(
            "in at from to into across near around outside inside throughout toward towards via through within over under visited visit visiting reached entered left");

        private static readonly HashSet<string> NonPersonWords = Set(@"
union nations republic kingdom states court island islands sea ocean river mountains mountain city county province region street avenue
road square park bridge airport station valley bay gulf coast north south east west central new united saint fort lake port cape mount
western eastern northern southern world cup league games olympics festival day war act bill treaty agreement accord conference summit
concept charter initiative plan strategy award prize internet strait peninsula desert forest district territory territories oblast
state zone front line hall palace cathedral church mosque temple stadium arena tower building centre center pacific atlantic arctic
european african asian american middle beach shore shores");

        public static readonly HashSet<string> NameConnectors = Set("of de da del della di du van von der den la le al el bin ibn y");

        public static readonly HashSet<string> Pronouns = Set("he she they it");

        public static bool IsAbbreviation(string word) => Abbreviations.Contains(word.ToLowerInvariant());

        /// <summary><see cref="IsAbbreviation"/> of a word already in lower case.</summary>
        public static bool IsLowerAbbreviation(string lower) => Abbreviations.Contains(lower);

        public static bool IsAdverb(QuoteToken t)
            => t.IsLowercase && (Adverbs.Contains(t.Lower) || (t.Lower.Length > 4 && t.Lower.EndsWith("ly", StringComparison.Ordinal)
                && !OrgNouns.Contains(t.Lower) && !RoleNouns.Contains(t.Lower) && !GroupNouns.Contains(t.Lower) && t.Lower != "reply" && t.Lower != "family"));

        public static bool IsHonorific(string lower) => (FlagsOf(lower) & (MaleFlag | FemaleFlag | OtherHonorificFlag)) != 0;

        /// <summary>+1 male, -1 female, 0 unknown, from an honorific or a gendered role noun.</summary>
        public static int GenderOf(string lower)
        {
            var flags = FlagsOf(lower);
            if ((flags & (MaleFlag | MaleRoleFlag)) != 0) return 1;
            if ((flags & (FemaleFlag | FemaleRoleFlag)) != 0) return -1;
            return 0;
        }

        // The sets asked together for every word (honorifics, gendered roles, titles) answered by one lookup:
        // each word of those sets to a bit per set it belongs to. Built from the sets above, so they stay the data.
        private const int MaleFlag = 1, FemaleFlag = 2, OtherHonorificFlag = 4, MaleRoleFlag = 8, FemaleRoleFlag = 16, CoreTitleFlag = 32, TitleModifierFlag = 64,
            FunctionWordFlag = 128, PlacePrepositionFlag = 256, NonPersonWordFlag = 512;

        private static readonly Dictionary<string, int> Flags = BuildFlags();

        private static Dictionary<string, int> BuildFlags()
        {
            var flags = new Dictionary<string, int>(StringComparer.Ordinal);
            void Mark(HashSet<string> set, int flag)
            {
                foreach (var word in set) flags[word] = (flags.TryGetValue(word, out var f) ? f : 0) | flag;
            }
            Mark(Male, MaleFlag);
            Mark(Female, FemaleFlag);
            Mark(OtherHonorifics, OtherHonorificFlag);
            Mark(MaleRoles, MaleRoleFlag);
            Mark(FemaleRoles, FemaleRoleFlag);
            Mark(CoreTitles, CoreTitleFlag);
            Mark(TitleModifiers, TitleModifierFlag);
            Mark(FunctionWords, FunctionWordFlag);
            Mark(PlacePrepositions, PlacePrepositionFlag);
            Mark(NonPersonWords, NonPersonWordFlag);
            return flags;
        }

        // The rules ask about the same token several times in a row (honorific? function word? title? gender?);
        // token words are pooled strings, so the last answer is found again by reference.
        [ThreadStatic]
        private static string? _lastWord;

        [ThreadStatic]
        private static int _lastFlags;

        private static int FlagsOf(string? lower)
        {
            if (lower is null) return 0;
            if (ReferenceEquals(lower, _lastWord)) return _lastFlags;
            var flags = Flags.TryGetValue(lower, out var f) ? f : 0;
            _lastWord = lower;
            _lastFlags = flags;
            return flags;
        }

        public static bool IsFunctionWord(string lower) => (FlagsOf(lower) & FunctionWordFlag) != 0;

        public static bool IsPlacePreposition(string lower) => (FlagsOf(lower) & PlacePrepositionFlag) != 0;

        private static readonly HashSet<string> Prepositions = Set("by of in at from with for to on about against into over under between among after before during");

        public static bool IsPreposition(string lower) => Prepositions.Contains(lower);

        public static bool IsNonPersonWord(string lower) => (FlagsOf(lower) & NonPersonWordFlag) != 0;

        public static bool IsTitleWord(string lower) => (FlagsOf(lower) & (CoreTitleFlag | TitleModifierFlag)) != 0;

        public static bool IsCoreTitle(string lower) => (FlagsOf(lower) & CoreTitleFlag) != 0;

        public static bool IsAcronym(string text)
        {
            if (text.Length < 2) return false;
            var letters = 0;
            foreach (var c in text)
            {
                if (char.IsLetter(c))
                {
                    if (!char.IsUpper(c)) return false;
                    letters++;
                }
                else if (c != '.' && c != '&' && c != '-' && !char.IsDigit(c)) return false;
            }
            return letters >= 2;
        }
    }
}
