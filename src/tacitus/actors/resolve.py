"""Resolve the noun phrases of one parsed document to coded actors, remembering people and their roles."""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date

from spacy.tokens import Doc, Span, Token

from tacitus.actors.anaphora import body_named_before, organisation_mentions, owner_of_clause, standing_for
from tacitus.actors.compose import Coded, Person, compose, is_ethnic, person_code
from tacitus.actors.dictionary import NO_SECTOR, ActorDictionary, NameEntry
from tacitus.actors.parties import as_group, group_size, named_parties
from tacitus.actors.people import find_people
from tacitus.actors.phrase import Term, affiliated, find_terms, phrase_tokens
from tacitus.parse import document_text, sentence_of, span_entities
from tacitus.records import Actor
from tacitus.when.dateline import find_dateline

_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers", "himself", "herself"})
_LEADING = frozenset({"DET", "PUNCT"})
MIN_SENTENCES_FOR_CONTEXT = 3
_PAIR_HEADS = frozenset({"leader", "president", "minister", "premier", "counterpart", "head", "official", "man",
                         "envoy", "diplomat", "negotiator"})  # "the two leaders", "both ministers"
# Someone of another side by definition: "his counterpart" takes no country from the context.
OTHER_SIDE = frozenset({"counterpart"})
# Sectors whose countryless actors are mostly international: "aid agencies warned of famine in Sudan" are not
# Sudanese (a country in their own phrase still counts: "Kenyan aid groups").
UNPLACED_SECTORS = frozenset({"DEV"})
STATE_NOUNS = frozenset({"state", "country", "nation", "government"})
_CROWDS = frozenset({"thousands", "hundreds", "dozens", "scores", "tens", "millions"})
_COUNTRY_ENTITIES = frozenset({"GPE", "NORP", "LOC", "ORG", "FAC"})
_NAME_ENTITIES = frozenset({"", "GPE", "LOC", "FAC", "ORG", "PERSON", "NORP"})  # labels a mis-tagged place may bear
_VENUE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "across", "around", "throughout"})
_PREMISES = frozenset({"embassy", "consulate", "legation", "mission"})  # a state's premises on foreign soil
_ELSEWHERE = frozenset({"foreign", "overseas", "outside", "international"})
_NAME_POS = frozenset({"PROPN", "ADJ"})
# Heads that only count or group the actor in their "of" phrase: "thousands of students", "members of Hamas".
_GROUP_HEADS = frozenset({
    "thousand", "thousands", "hundred", "hundreds", "ten", "tens", "dozen", "dozens", "score", "scores",
    "million", "millions", "group", "groups", "crowd", "crowds", "number", "member", "members", "supporter",
    "supporters", "some", "many", "most", "all", "part", "one", "two", "three", "several", "few", "majority",
    "handful", "band", "batch", "contingent", "unit", "units", "delegation", "team", "body", "faction",
    "wing", "follower", "followers", "loyalist", "loyalists", "each", "none", "any",
})


PERSON_POSSESSIVES = frozenset({"his", "her"})
# A state's own organs, which keep their country abroad (unlike police, protesters or civilians, who are local).
_HOME_STATE_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "SPY"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


class DocumentActors:
    """Resolve noun phrases of one parsed document to coded actors, remembering people and their roles."""

    def __init__(self, doc: Doc, dictionary: ActorDictionary, *, on: date | None = None,
                 cities: Callable[[str], str | None] | None = None,
                 event_noun: Callable[[str], bool] | None = None) -> None:
        """`on` is the publication date: known people (people.tsv) take the code valid then, else their latest.
        `cities` gives the country of a city name the dictionary lacks ("police in Rotterdam"), if known.
        `event_noun` tells whether a noun lemma names an event ("strike", "shelling", "sanctions"): a
        country named on one ("a Russian air strike") is whose act it is, not the country of the sentence's
        other actors."""
        self.doc = doc
        self._cities = cities
        self._event_noun = event_noun
        self._text = document_text(doc)
        self.dictionary = dictionary
        self._main_country = _main_country(doc, dictionary)
        # found once per document: quotes and the when/where stage read it from here
        self.dateline = find_dateline(self._text, on)
        # "GAZA CITY, Palestinian Territories: Four children were killed": the dateline names no actor
        self._dateline = range(self.dateline.place.start, self.dateline.end) if self.dateline else range(0)
        self._dateline_country = self._country_of_dateline()
        # "BAGHDAD - ... a US drone strike ... Prime Minister X": the dateline's country before the most named one
        self._people = find_people(doc, dictionary, self._dateline_country or self._main_country, on=on)
        self._mentions = sorted(self._people.mentions)  # (token index, person) for pronouns
        self._mention_starts = [i for i, _ in self._mentions]
        self._cache: dict[int, Actor | None] = {}
        self._borrowed: dict[tuple[int, str], Actor] = {}  # (start, code) of a placed actor -> it unplaced
        self._bodies = organisation_mentions(doc, dictionary)  # for "the bloc", "the group"
        self._sentence_countries: dict[int, tuple[tuple[int, str, bool], ...]] = {}

    @property
    def main_country(self) -> str | None:
        """The document's dominant country (most mentions of its names, demonyms and seats)."""
        return self._main_country

    def resolve(self, head: Token) -> Actor | None:
        """Code the noun phrase headed by `head`; None when it is no political actor ("the measures")."""
        if head.i not in self._cache:
            self._cache[head.i] = None  # while resolving: anaphora never loop back to their own phrase
            actor = self._resolve(head)
            self._cache[head.i] = None if actor is None else self._in_context(actor, head)
        return self._cache[head.i]

    def _in_context(self, actor: Actor, head: Token) -> Actor:
        """ "Shona rebels" in a sentence about Mozambique only are MOZREB: a sector with no country takes the
        one country its sentence names (outside actors coordinated with it), else the document's main country."""
        if not actor.code.startswith("---") or actor.sector is None or head.lemma_.lower() in OTHER_SIDE \
                or actor.sector in UNPLACED_SECTORS or self._foreign(head) or _many_states(head):
            return actor
        owner = owner_of_clause(head, self.resolve)  # "Israel's military said its jets struck"
        found = (owner.country, f"'its' = {owner.text} ({owner.country})") if owner and owner.country else \
            self._holders_country(head) or self._own_city(head)
        borrowed = found is None
        others = _coordinated_span(head)
        found = found or self._state_country(head, actor, others) or self.context_country(head, others)
        if found is None:
            return actor
        country, why = found
        placed = replace(actor, code=country + actor.code[3:], country=country, why=f"{actor.why}; {why}")
        if borrowed:
            self._borrowed[(placed.start, placed.code)] = actor
        return placed

    def unborrowed(self, actor: Actor) -> Actor | None:
        """The actor as it was before it took a country from its sentence or story ("five civilians" before
        RUSCVL), or None when its country is its own ("Russian troops", "police in Karachi")."""
        return self._borrowed.get((actor.start, actor.code))

    def _holders_country(self, head: Token) -> tuple[str, str] | None:
        """ "Prime Minister Ali Hassan said his government would ...": 'his'/'her' is the person named last, and the
        phrase is of that person's country (not of "Washington" named in the same sentence)."""
        holder = next((c for c in head.children if c.dep_ == "poss" and c.lower_ in PERSON_POSSESSIVES), None)
        if holder is None:
            return None
        person = self._pronoun(holder)
        if person is None or person.country is None:
            return None
        return person.country, f"country {person.country}: '{holder.text}' = {person.text}"

    def _state_country(self, head: Token, actor: Actor, others: frozenset[int]) -> tuple[str, str] | None:
        """ "ROME - The foreign minister criticised Tunisia", "BOGOTA - The government ... resumed talks in Havana": a
        state's organ named as a subject takes no country from the rest of its own clause (the other party of its
        act, or where it acts), but the one country named outside it, else the story's (dateline, main country)."""
        if actor.sector not in _HOME_STATE_SECTORS:
            return None
        story = self._story_country()
        clause = _rest_of_clause(head)
        named = [(i, country) for i, country, _ in self._countries_of(head) if i not in others]
        if story is None or not any(i in clause for i, _ in named):
            return None
        outside = {country for i, country in named if i not in clause}
        if len(outside) == 1:
            [country] = outside
            return country, f"country {country}: the only country its sentence names outside its own clause"
        return story if not outside else None

    def context_country(self, head: Token, others: frozenset[int] = frozenset()) -> tuple[str, str] | None:
        """The country (and why) a countryless actor at `head` belongs to: the one country its sentence names
        outside `others`, else the document's main country."""
        countries = {country for i, country, _ in self._countries_of(head) if i not in others}
        if len(countries) == 1:
            [country] = countries
            return country, f"country {country}: the only country its sentence names"
        return self._story_country()

    def _story_country(self) -> tuple[str, str] | None:
        """The country of a story's countryless actors when their sentence names none: the dateline's ("LONDON
        (Wire) - ... Police charged three men with spying for Moscow": British police), else the main country."""
        if self._dateline_country is not None:
            return self._dateline_country, f"country {self._dateline_country}: the story's dateline"
        if self._main_country is not None:
            return self._main_country, f"country {self._main_country}: the document's main country"
        return None

    def _country_of_dateline(self) -> str | None:
        """The country of the dateline's place: a capital or country the dictionary knows, or a known city."""
        if self.dateline is None:
            return None
        place = self.dateline.place
        tokens = [t for t in self.doc if place.start <= t.idx < place.end]
        if not tokens:
            return None
        countries = {term.name.country for term in find_terms(tokens, tokens[0], self.dictionary, names_only=True)
                     if term.name is not None and term.name.country is not None}
        if len(countries) == 1:
            return next(iter(countries))
        return None if countries or self._cities is None else self._cities(place.text.title())

    def venue_country(self, token: Token) -> tuple[str, str] | None:
        """The country (and why) of the one place where the event at `token` happened ("were arrested in Minsk",
        a dateline), else the document's main country: whose police made an arrest no one is named for."""
        venues = {country for _, country, venue in self._countries_of(token) if venue}
        if len(venues) == 1:
            [country] = venues
            return country, f"country {country}: the place its sentence names"
        places = {country for i, country, _ in self._countries_of(token) if self._is_place(self.doc[i])}
        if not venues and len(places) == 1:
            [country] = places  # "detained in connection with the blast in Coimbatore"
            return country, f"country {country}: the one place its sentence names"
        return self._story_country()

    def _is_place(self, token: Token) -> bool:
        """Whether a name is of a place (not a demonym, a person or a body): "in Surat", "Kenya"."""
        return token.ent_type_ in {"GPE", "LOC", "FAC"} or _is_venue_name([token])

    def _foreign(self, head: Token) -> bool:
        """ "foreign media", "overseas fighters": said to be from elsewhere, so of no country of the context
        ("foreign ministry" is an agent term of its own and keeps the context)."""
        return any(c.dep_ in {"amod", "compound"} and c.lower_ in _ELSEWHERE
                   and self.dictionary.agent((c.lower_, head.lemma_.lower())) is None for c in head.children)

    def _countries_of(self, head: Token) -> tuple[tuple[int, str, bool], ...]:
        """(token index, country, named as a venue) of the countries named in the sentence of `head`: names,
        demonyms, seats, national organisations and people."""
        sent = sentence_of(head)
        if sent.start not in self._sentence_countries:
            found: list[tuple[int, str, bool]] = []
            allies = affiliated(list(sent))  # "Russian-backed rebels" names no country of the sentence's actors
            allies |= self._acts_of(sent)  # "civilians killed in a Russian air strike on Kharkiv" are not Russian
            named = (list(ent) for ent in span_entities(sent) if ent.label_ in _COUNTRY_ENTITIES)
            spans = [*named, *_unlabelled_names(sent), *_venue_names(sent)]
            for tokens in spans:
                if tokens[0].i in allies or tokens[-1].i in allies or _foreign_premises(tokens):
                    continue
                venue, before = self._is_venue(tokens), len(found)
                for term in find_terms(tokens, tokens[0], self.dictionary, names_only=True):
                    if term.name is not None and term.name.country is not None and not is_ethnic(term, self.doc):
                        found.append((tokens[0].i, term.name.country, venue))
                city = self._city(tokens) if len(found) == before else None
                if city is not None:
                    found.append((tokens[0].i, city, venue))
            first, last = bisect_left(self._mention_starts, sent.start), bisect_left(self._mention_starts, sent.end)
            found.extend((i, p.country, False) for i, p in self._mentions[first:last] if p.country is not None)
            self._sentence_countries[sent.start] = tuple(found)
        return self._sentence_countries[sent.start]

    def _acts_of(self, sent: Span) -> set[int]:
        """Indices of the names that modify an event noun ("a Russian air strike", "US sanctions"): they say who
        acted, not where the sentence's other actors are from."""
        if self._event_noun is None:
            return set()
        acts = self._event_noun
        return {t.i for t in sent if t.dep_ in {"amod", "compound"} and t.pos_ in _NAME_POS and t.head.pos_ == "NOUN"
                and acts(lemma := t.head.lemma_.lower()) and self.dictionary.agent((lemma,)) is None}  # not "forces"

    def _own_city(self, head: Token) -> tuple[str, str] | None:
        """ "Police in Karachi": a big city in the actor's own "in"/"from" phrase places it, whatever else its
        sentence names."""
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in {"in", "from"}):
            for place in (o for o in prep.children if o.dep_ == "pobj"):
                country = self._city([t for t in place.subtree])
                if country is not None:
                    return country, f"country {country}: the city '{place.text}' in its phrase"
        return None

    def _city(self, tokens: Sequence[Token]) -> str | None:
        """The country of a city entity the dictionary does not know ("in Rotterdam")."""
        if self._cities is None or (tokens[0].ent_type_ not in {"GPE", "LOC"} and not _is_venue_name(tokens)):
            return None
        words = [t for t in tokens if t.pos_ != "DET"]
        return self._cities("".join(t.text_with_ws for t in words).strip()) if words else None

    def _is_venue(self, tokens: Sequence[Token]) -> bool:
        """Whether a name is where something happened (the dateline, "met in Geneva"), not whose actor it is."""
        if tokens[0].idx in self._dateline:
            return True
        inside = {t.i for t in tokens}
        root = next((t for t in tokens if t.head.i not in inside), tokens[-1])
        prep = root.head
        return root.dep_ == "pobj" and prep.lower_ in _VENUE_PREPS and prep.head.pos_ in {"VERB", "AUX"}

    def person(self, head: Token) -> Person | None:
        """The remembered person that `head` names, if any."""
        return self._people.by_token.get(head.i)

    def _resolve(self, head: Token) -> Actor | None:
        if head.idx in self._dateline:
            # "JOHANNESBURG (Wire) - The miners' union demanded ...": the parser makes the dateline the subject and
            # the real subject its apposition
            after = [c for c in head.children if c.dep_ == "appos" and c.idx >= self._dateline.stop]
            return self.resolve(after[0]) if after else None
        if head.lower_ in _PRONOUNS:
            return self._pronoun(head)
        grouped = self._grouped(head)
        if grouped is not None:
            return grouped
        if head.pos_ == "PRON":
            return self._standing(head)
        tokens = phrase_tokens(head)
        person = self._people.by_token.get(head.i)
        if person is not None:
            coded = person_code(person)
            return None if coded is None else self._actor(tokens, coded, keep_the=False, head=head)
        body = body_named_before(head, self._bodies)
        if body is not None:  # "the bloc" after "EU foreign ministers met"
            why = f"'the {head.text}' = {body.name}, the last {head.lemma_.lower()} named before"
            return self._actor(tokens, Coded(body.code, body.country, body.sector, body.name, why), False, head)
        people = {t.i: p for t in tokens if (p := self._people.by_token.get(t.i)) is not None}
        terms = find_terms(tokens, head, self.dictionary, people=people)
        holder = self._body_role(head, terms)
        if holder is not None:
            return self._actor(tokens, holder, keep_the=False, head=head)
        coded = compose(head, terms, tokens, people, self._main_country, self._people.roles)
        if coded is None:
            return None
        keep_the = any(t.name is not None and t.start == tokens[0].i + 1 for t in terms)
        return self._actor(tokens, coded, keep_the=keep_the, head=head)

    def _standing(self, head: Token) -> Actor | None:
        """A sentence-initial "It" or "They" is the subject of the sentence before ("The WHO warned ... It
        criticised ...")."""
        antecedent = standing_for(head, self.resolve)
        if antecedent is None:
            return None
        why = f"'{head.text}' = {antecedent.text}, the subject of the sentence before; {antecedent.why}"
        coded = Coded(antecedent.code, antecedent.country, antecedent.sector, antecedent.name, why)
        return self._actor([head], coded, keep_the=False)

    def _body_role(self, head: Token, terms: Sequence[Term]) -> Coded | None:
        """ "The envoy" after "The UN special envoy for Yemen, Hans Lindqvist": the role of a person the story
        gave an organisation's code stays that organisation's."""
        person = self._people.roles.get(head.lemma_.lower())
        if (person is None or person.code is None or person.country is not None or head.tag_ in {"NNS", "NNPS"}
                or any(t.name is not None for t in terms)
                or not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)):
            return None
        return Coded(person.code, None, person.sector, person.name, f"'the {head.text}' = {person.name} "
                     f"({person.code}), the story's {person.role}")

    def _grouped(self, head: Token) -> Actor | None:
        """ "Thousands of Iraqi Kurds" is coded as "Iraqi Kurds"."""
        if head.lower_ not in _GROUP_HEADS and head.lemma_.lower() not in _GROUP_HEADS and not head.like_num:
            return None
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        return self.resolve(obj)
        if head.lower_ in _CROWDS:  # "Thousands marched through Caracas": a crowd of unnamed people
            why = f"a crowd ('{head.text}') of unnamed people: sector CVL"
            return self._actor([head], Coded("---CVL", None, "CVL", None, why), keep_the=False, head=head)
        return None

    def pair(self, head: Token) -> list[Actor]:
        """ "The two leaders signed an agreement" after "Putin met Xi": the last two people the text named; "the two
        countries", "both sides", "the neighbours": the parties the text named before (parties.py)."""
        count = group_size(head, self.dictionary)
        if count is None:
            return []
        people = self._people_pair(head) if count == 2 and head.lemma_.lower() in _PAIR_HEADS else []
        if people:
            return people
        members = named_parties(head, count, self.resolve)
        if not members:
            return []
        kept = _contiguous(phrase_tokens(head), head)
        while len(kept) > 1 and kept[0].pos_ in _LEADING:
            kept.pop(0)
        start, end = kept[0].idx, kept[-1].idx + len(kept[-1].text)
        return as_group(members, head, start, end, self.dictionary)

    def _people_pair(self, head: Token) -> list[Actor]:
        named: list[tuple[Person, Coded]] = []
        for _, person in reversed(self._mentions[: bisect_left(self._mention_starts, head.i)]):
            coded = person_code(person)
            if coded is not None and all(person is not other for other, _ in named):
                named.append((person, coded))
            if len(named) == 2:
                break
        if len(named) < 2:
            return []
        tokens = phrase_tokens(head)
        names = " and ".join(person.name for person, _ in reversed(named))
        return [self._actor(tokens, replace(coded, why=f"'{head.text}' = {names}; {coded.why}"), keep_the=False,
                            head=head) for _, coded in reversed(named)]

    def _pronoun(self, head: Token) -> Actor | None:
        k = bisect_left(self._mention_starts, head.i)
        for _, person in reversed(self._mentions[:k]):
            coded = person_code(person)
            if coded is not None:
                why = f"pronoun '{head.text}' -> {person.name}; {coded.why}"
                pronoun = Coded(coded.code, coded.country, coded.sector, coded.name, why)
                return self._actor([head], pronoun, keep_the=False)
            return None
        return None

    def _actor(self, tokens: Sequence[Token], coded: Coded, keep_the: bool, head: Token | None = None) -> Actor:
        kept = _contiguous(tokens, head) if head is not None else list(tokens)
        while len(kept) > 1 and kept[0].pos_ in _LEADING and not (keep_the and kept[0].lower_ == "the"):
            kept.pop(0)
        while len(kept) > 1 and (kept[-1].pos_ == "PUNCT" or kept[-1].dep_ == "case"):
            kept.pop()
        start, end = kept[0].idx, kept[-1].idx + len(kept[-1].text)
        return Actor(
            text=self._text[start:end], start=start, end=end, code=coded.code,
            country=coded.country, sector=coded.sector, name=coded.name, why=coded.why,
        )


def _many_states(head: Token) -> bool:
    """ "Gulf states", "Western governments", "donor countries": several states, none of them the one country their
    sentence names."""
    return head.tag_ in {"NNS", "NNPS"} and head.lemma_.lower() in STATE_NOUNS


def _contiguous(tokens: Sequence[Token], head: Token) -> list[Token]:
    """The unbroken run of phrase tokens around the head: an apposition after a comma is not in the span."""
    present = {t.i for t in tokens}
    if head.i not in present:
        return list(tokens)
    start = end = head.i
    while start - 1 in present:
        start -= 1
    while end + 1 in present and head.doc[end + 1].pos_ != "PUNCT":
        end += 1
    return [t for t in tokens if start <= t.i <= end]


def _unlabelled_names(sent: Span) -> list[list[Token]]:
    """Capitalised modifiers the parser gave no entity label ("Ugandan soldiers"): they may still name a country."""
    return [[t] for t in sent if not t.ent_type_ and t.pos_ in _NAME_POS and t.text[:1].isupper()
            and t.dep_ == "amod"]  # "Ugandan soldiers"; not a word of a longer name ("Plaza Italia", "Saba news")


def _venue_names(sent: Span) -> list[list[Token]]:
    """Names after "in", "near" ... that the parser labelled as no place ("in Surat" a PERSON, "in meerut" in a
    lower-case feed): only the city gazetteer may place them (entities of the country labels are found already)."""
    return [[*(c for c in t.lefts if c.dep_ == "compound"), t] for t in sent
            if t.ent_type_ not in _COUNTRY_ENTITIES and _is_venue_name([t])]


def _is_venue_name(tokens: Sequence[Token]) -> bool:
    """Whether a phrase is a name after a place preposition: capitalised (any entity label but dates and
    numbers), or any noun where the whole sentence is in lower case."""
    root = tokens[-1]
    if root.dep_ != "pobj" or root.head.lower_ not in _VENUE_PREPS or root.ent_type_ not in _NAME_ENTITIES:
        return False
    if root.pos_ == "PROPN" and root.text[:1].isupper():
        return True
    return root.pos_ in {"PROPN", "NOUN"} and not any(c.isupper() for c in root.sent.text)


def _rest_of_clause(head: Token) -> frozenset[int]:
    """Token indices of the clause whose subject is `head`, outside the subject's own phrase."""
    top = head
    while top.dep_ == "conj" and top.head is not top:
        top = top.head
    if top.dep_ not in _SUBJECTS:
        return frozenset()
    return frozenset(t.i for t in top.head.subtree) - {t.i for t in top.subtree}


def _foreign_premises(tokens: Sequence[Token]) -> bool:
    """ "Students gathered outside the British embassy": the country of premises where something happens is not
    the country of the people there (the embassy itself is still coded where it is an actor)."""
    premises = tokens[-1].head
    return (premises.lemma_.lower() in _PREMISES and tokens[-1].dep_ in {"amod", "compound", "poss"}
            and premises.dep_ == "pobj" and premises.head.lower_ in _VENUE_PREPS)


def _coordinated_span(head: Token) -> frozenset[int]:
    """Token indices of the phrases coordinated with `head` ("rebels and Israeli troops"): other actors."""
    top = head
    while top.dep_ == "conj" and top.head is not top:
        top = top.head
    conjuncts = [top, *(t for t in top.subtree if t.dep_ == "conj" and t.head.pos_ in {"NOUN", "PROPN"})]
    if len(conjuncts) == 1:
        return frozenset()
    everything = {t.i for t in top.subtree}
    nested = {t.i for c in head.children if c.dep_ in {"conj", "cc"} for t in c.subtree}
    own = {t.i for t in head.subtree} - nested
    return frozenset(everything - own)


def _main_country(doc: Doc, dictionary: ActorDictionary) -> str | None:
    """Most mentioned country in the document (ties: the first mentioned); a story that names one country
    only, once, is that country's when the mention names the state or one of its actors ("in Sudan's Darfur
    region", "Ecuadorian President X"), not a mere description ("a statue of a Spanish conquistador")."""
    counts: Counter[str] = Counter()
    stated: set[str] = set()
    sentences = list(doc.sents) if doc.has_annotation("SENT_START") else [doc[:]]
    if len(sentences) < MIN_SENTENCES_FOR_CONTEXT:
        return None  # a lone sentence or two is no context to give anyone a country
    for ent in doc.ents:  # names of countries, seats and peoples are entities: no need to scan every token
        if ent.label_ not in _COUNTRY_ENTITIES:
            continue
        tokens = list(ent)
        for term in find_terms(tokens, tokens[0], dictionary, names_only=True):
            entry: NameEntry | None = term.name
            if entry is not None and entry.country is not None:
                counts[entry.country] += 1
                if not term.adjectival or _describes_an_actor(ent.root.head, dictionary):
                    stated.add(entry.country)
    ranked = counts.most_common(2)
    if len(ranked) == 1 and ranked[0][1] == 1:
        return ranked[0][0] if ranked[0][0] in stated else None
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None  # no dominant country: better unknown than wrong
    return ranked[0][0]


def _describes_an_actor(head: Token, dictionary: ActorDictionary) -> bool:
    """Whether a demonym's head is a person's name or an agent noun ("Ecuadorian President X", "Kenyan police")."""
    return head.pos_ == "PROPN" or dictionary.agent((head.lemma_.lower(),)) not in (None, NO_SECTOR)
