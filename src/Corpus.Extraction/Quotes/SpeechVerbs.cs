using System;
using System.Collections.Generic;
using System.IO;

namespace Corpus.Extraction.Quotes
{
    /// <summary>
    /// Inflected speech verbs: the embedded list plus news verbs it lacks, minus forms that are
    /// mostly nouns or non-speech verbs in news prose ("states", "points", "thought").
    /// </summary>
    internal static class SpeechVerbs
    {
        private const string ResourceName = "Corpus.Extraction.Data.speech-verbs.txt";

        private static readonly string[] Extra =
        {
            "reiterate", "reiterated", "reiterates", "reiterating", "stress", "stressed", "stresses", "stressing",
            "emphasise", "emphasised", "emphasises", "emphasising", "emphasize", "emphasized", "emphasizes", "emphasizing",
            "urge", "urged", "urges", "urging", "remark", "remarked", "remarks", "recall", "recalled", "recalls", "recalling",
            "observe", "observed", "observes", "ask", "asked", "asks", "asking", "answer", "answered", "answers",
            "caution", "cautioned", "cautions", "concede", "conceded", "concedes", "counter", "countered", "counters",
            "quip", "quipped", "joke", "joked", "jokes", "recount", "recounted", "recounts", "lament", "lamented", "laments",
            "complain", "complained", "complains", "vow", "vowed", "vows", "pledge", "pledged", "pledges", "promise", "promised",
            "promises", "maintain", "maintained", "maintains", "contend", "contended", "contends", "opine", "opined",
            "post", "posted", "posts", "quoted", "wrote", "write", "writes", "announce", "acknowledge", "stated", "confided",
            "shouted", "yelled", "whispered", "murmured", "sighed", "laughed", "smiled", "grinned", "boasted", "bragged",
            "blasted", "slammed", "charged", "alleged", "alleges", "allege", "begged", "pleaded", "demanded", "demands",
            "conceded", "protested", "objected", "retorted", "snapped", "interjected", "elaborated", "summarised", "summarized",
            "echoed", "agreed", "agrees", "disagreed", "disagrees", "hailed", "welcomed", "praised", "admitted", "acknowledged",
            "affirmed", "affirms", "declared", "conceded", "speculated", "surmised", "guessed", "wondered", "worried", "feared",
            "hoped", "predicted", "forecast", "estimated", "calculated", "cautioned", "texted", "emailed", "wrote", "messaged",
            "speak", "speaks", "spoke", "speaking", "denied", "denies", "called", "call", "calls", "repeated", "repeats", "chanted", "chant", "chants", "told", "tells", "tell", "say", "says", "said", "saying", "added", "adds", "adding", "explained", "noted", "argued",
            "reasoned", "posit", "posits", "posited", "shared", "cited", "characterized", "characterised", "characterizes", "characterises", "reads", "read",
        };

        private static readonly string[] Excluded =
        {
            "state", "states", "present", "presents", "presenting", "release", "releases", "releasing", "point", "points",
            "pointing", "finding", "finds", "think", "thinking", "thinks", "thought", "ensure", "ensured", "ensures", "ensuring",
            "convince", "convinced", "convinces", "convincing", "demonstrate", "demonstrated", "demonstrates", "demonstrating",
            "persist", "persisted", "persisting", "persists", "accept", "accepted", "report", "reports", "comment", "comments",
            "note", "warning", "continuing", "post", "posts", "remarks", "answers", "counter", "counters",
            "demands", "promise", "promises", "reply", "replies", "vows", "pledges", "laments", "jokes", "tweet", "tweets",
        };

        private static readonly HashSet<string> Verbs = Load();

        public static bool IsSpeechVerb(QuoteToken t) => t.IsLowercase && Verbs.Contains(t.Lower);

        /// <summary>A lower-case word that is a speech verb.</summary>
        public static bool IsSpeechVerb(string lower) => Verbs.Contains(lower);

        /// <summary>Present participles open a trailing clause (", saying"): their subject is the sentence's.</summary>
        public static bool IsParticiple(QuoteToken t) => IsSpeechVerb(t) && t.Lower.EndsWith("ing", StringComparison.Ordinal);

        private static HashSet<string> Load()
        {
            var set = new HashSet<string>(StringComparer.Ordinal);
            using (var stream = typeof(SpeechVerbs).Assembly.GetManifestResourceStream(ResourceName))
            {
                if (stream != null)
                {
                    using var reader = new StreamReader(stream);
                    string? line;
                    while ((line = reader.ReadLine()) != null)
                    {
                        line = line.Trim();
                        if (line.Length == 0 || line[0] == '#') continue;
                        set.Add(line.ToLowerInvariant());
                    }
                }
            }
            foreach (var verb in Extra) set.Add(verb);
            foreach (var verb in Excluded) set.Remove(verb);
            return set;
        }
    }
}
