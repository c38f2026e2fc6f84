using System;
using System.Collections.Generic;
using Corpus.Extraction.Model;
using Corpus.Extraction.Participants;

namespace Corpus.Extraction.Quotes
{
    /// <summary>
    /// Maps a resolved speaker to the participant finder's entity: a mention under the speaker's
    /// words, else a name or alias (full or surname), else a role holder; -1 when none fits.
    /// </summary>
    internal sealed class EntityLinker
    {
        private readonly ParticipantExtraction _participants;

        public EntityLinker(ParticipantExtraction participants) => _participants = participants;

        public bool IsEmpty => _participants.Entities.Count == 0;

        public int Link(Referent r, SpeakerPhrase? phrase, int position)
        {
            if (IsEmpty) return -1;
            if (phrase != null && phrase.Kind != PhraseKind.Pronoun)
            {
                var byPhrase = MentionAt(phrase.Start, phrase.End);
                if (byPhrase >= 0) return byPhrase;
            }
            if (r.SpanStart >= 0)
            {
                var bySpan = MentionAt(r.SpanStart, r.SpanStart + r.SpanLength);
                if (bySpan >= 0) return bySpan;
            }
            var byName = ByName(r);
            if (byName >= 0) return byName;
            if (r.Kind == PhraseKind.Role) return ByRole(r.Roles, position);
            return -1;
        }

        /// <summary>For a pronoun the discourse could not resolve: the last person the participant finder saw.</summary>
        public int LastPersonBefore(int position)
        {
            var mentions = _participants.Mentions;
            for (var k = LastStartingBefore(position); k >= 0; k--)
            {
                var m = mentions[k];
                if (m.EntityIndex >= 0 && m.EntityIndex < _participants.Entities.Count && _participants.Entities[m.EntityIndex].Kind == EntityKind.Person) return m.EntityIndex;
            }
            return -1;
        }

        public string NameOf(int entity) => _participants.Entities[entity].Name;

        private int MentionAt(int start, int end)
        {
            var mentions = _participants.Mentions;
            var best = -1;
            var bestPerson = false;
            for (var k = LastStartingBefore(end); k >= 0 && start - mentions[k].Start < 200; k--)
            {
                var m = mentions[k];
                if (m.Start + m.Length <= start || m.Form == MentionForm.Adjective) continue;
                if (m.EntityIndex < 0 || m.EntityIndex >= _participants.Entities.Count) continue;
                var person = _participants.Entities[m.EntityIndex].Kind == EntityKind.Person;
                if (best < 0 || (person && !bestPerson))
                {
                    best = m.EntityIndex;
                    bestPerson = person;
                }
            }
            return best;
        }

        private int ByName(Referent r)
        {
            var name = r.NormalName;
            var surname = r.IsPersonLike ? r.Surname : null;
            var entities = _participants.Entities;
            var bySurname = -1;
            for (var i = 0; i < entities.Count; i++)
            {
                var e = entities[i];
                if (Discourse.Normal(e.Name) == name) return i;
                foreach (var alias in e.Aliases)
                {
                    if (Discourse.Normal(alias) == name) return i;
                }
                if (surname != null && bySurname < 0 && e.Kind == EntityKind.Person && LastWord(e.Name) == surname) bySurname = i;
            }
            return bySurname;
        }

        private int ByRole(List<string> roles, int position)
        {
            if (roles.Count == 0) return -1;
            var entities = _participants.Entities;
            var best = -1;
            var bestAt = -1;
            for (var i = 0; i < entities.Count; i++)
            {
                var e = entities[i];
                if (e.Kind != EntityKind.Person) continue;
                var normal = new List<string>();
                foreach (var role in e.Roles) normal.Add(Discourse.Normal(role).Replace("'s", "").Replace("'", ""));
                if (!RoleMatcher.Matches(roles[0], normal)) continue;
                var at = -1;
                foreach (var m in e.Mentions)
                {
                    if (m.Start < position && m.Start > at) at = m.Start;
                }
                if (at > bestAt || best < 0)
                {
                    best = i;
                    bestAt = at;
                }
            }
            return best;
        }

        private int LastStartingBefore(int position)
        {
            var mentions = _participants.Mentions;
            int lo = 0, hi = mentions.Count - 1, found = -1;
            while (lo <= hi)
            {
                var mid = (lo + hi) / 2;
                if (mentions[mid].Start < position)
                {
                    found = mid;
                    lo = mid + 1;
                }
                else
                {
                    hi = mid - 1;
                }
            }
            return found;
        }

        private static string LastWord(string name)
        {
            var n = Discourse.Normal(name);
            var space = n.LastIndexOf(' ');
            return space >= 0 ? n.Substring(space + 1) : n;
        }
    }
}
