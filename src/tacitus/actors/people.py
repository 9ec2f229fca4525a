"""Find the people a document names and their roles ("US national security advisor John Bolton")."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Doc, Span, Token

from tacitus.actors.compose import Person, join, owner, sector
from tacitus.actors.dictionary import NO_SECTOR, ActorDictionary, KnownPeriod, normalize_name
from tacitus.actors.phrase import Relation, Term, find_terms, is_mislabelled_name, phrase_tokens
from tacitus.parse import tokens_with_pos

__all__ = ["People", "Person", "find_people"]

# A titled person with no country in sight takes the document's main country for these sectors only:
# "President Maduro" in a Venezuelan story is Venezuelan, "Senator Rubio" need not be.
_HOME_SECTORS = frozenset({"GOV", "MIL"})
_LEADS = frozenset({"head", "lead", "run", "chair", "command"})
_PROPER = frozenset({"PROPN"})
_NOUNS = frozenset({"NOUN", "PROPN"})  # the only tokens that may name a person


@dataclass(slots=True)
class People:
    """Everything the pre-scan learned: who each token names, mentions in order, and roles by lemma."""

    by_token: dict[int, Person] = field(default_factory=dict)
    mentions: list[tuple[int, Person]] = field(default_factory=list)
    roles: dict[str, Person] = field(default_factory=dict)
    by_key: dict[str, Person] = field(default_factory=dict)


def find_people(doc: Doc, dictionary: ActorDictionary, main_country: str | None, *,
                on: date | None = None) -> People:
    """Scan the document in order; a person keeps the first role and country it is given.

    A name in people.tsv ("Obama", "President obama") takes its code for the date `on` unless the text gives
    the person a country of its own ("Venezuelan President Nicolas Maduro").
    """
    people = People()
    spans = sorted(_candidate_spans(doc, dictionary, on), key=lambda s: s.start)
    for found in spans:
        span = _trim_titles(found, dictionary)
        role = _role(span, dictionary)
        # a bare title ("President Bill Clinton") picks the period of an undated story; an organisation's title
        # ("UN Secretary-General Antonio Guterres") is no sector of a country's office
        titled = role.sector if role.code is None else None
        known = _known(span, dictionary, on, sector=titled)
        if known is not None:
            role = _with_known(role, known)
        elif span.label_ != "PERSON" and role.sector is None:
            continue
        _remember(people, span, role)
    _late_mentions(doc, dictionary, people)
    for person in {id(p): p for p in people.by_key.values()}.values():
        if person.country is None and person.sector in _HOME_SECTORS and main_country and person.code is None:
            person.country = main_country
            person.why += f"; country {main_country} from the document's main country"
    return people


def _candidate_spans(doc: Doc, dictionary: ActorDictionary, on: date | None) -> Iterator[Span]:
    """PERSON entities, plus proper-noun chains with a title or role ("President Maduro" tagged ORG) or
    naming a known person ("Museveni" tagged ORG, "Putin" in "the Putin government")."""
    in_person: set[int] = set()
    for ent in doc.ents:
        if ent.label_ == "PERSON":
            if is_mislabelled_name(ent.text, dictionary) or all(t.tag_ in ("JJ", "NNPS") for t in ent):
                continue  # "Sri Lanka", "Mali", "Bosnian Serbs" tagged as a person
            in_person.update(range(ent.start, ent.end))
            if not _is_title(ent.root, dictionary):  # a headline's "Military Defectors" is no name
                yield ent
    for i in tokens_with_pos(doc, _NOUNS):
        if i in in_person:
            continue
        token = doc[i]
        if token.pos_ == "NOUN" and _capitalised_inside(token):  # "Britain's Starmer" tagged as a common noun
            if _known(token.doc[token.i : token.i + 1], dictionary, on) is not None:
                yield Span(doc, token.i, token.i + 1, label="KNOWN")
            continue
        if token.pos_ != "PROPN":
            continue
        inner = token.dep_ == "compound"  # a chain of a common noun ("Putin government") may be a known name
        if inner and token.head.pos_ == "PROPN":
            continue
        start = token.i
        while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ == "compound":
            start -= 1
        span = doc[start : token.i + 1]
        if not inner and _titled(span, dictionary) and dictionary.name(span.text) is None \
                and token.ent_type_ != "NORP":  # "Azerbaijanis, an editor ..." misparsed: a people, not a person
            yield Span(doc, start, token.i + 1, label="TITLED")
        elif _known(_trim_titles(span, dictionary), dictionary, on) is not None:
            yield Span(doc, start, token.i + 1, label="KNOWN")


def _capitalised_inside(token: Token) -> bool:
    """A capitalised word that does not start its sentence: a name even when the tagger calls it a noun."""
    return token.text[:1].isupper() and not token.is_sent_start and not token.text.isupper()


def _known(span: Span, dictionary: ActorDictionary, on: date | None, *,
           sector: str | None = None) -> KnownPeriod | None:
    """The known person the whole span names (never a part: "Michelle Obama" is not "Obama"); `sector` is the
    one its title gives, which picks the period of an undated story."""
    if dictionary.name(span.text) is not None:
        return None  # a country or organisation name wins over a person's alias
    return dictionary.known_person(span.text, on, sector=sector)


def _with_known(role: Person, known: KnownPeriod) -> Person:
    """A known person's code, unless the text gives a country: then the text's role wins."""
    period = f"{known.valid_from or '...'} to {known.valid_to or '...'}"
    if role.country is not None:
        if role.sector is None and role.country == known.country:
            role.sector = known.sector
        role.name, role.known = known.name, True
        role.why += f"; known person {known.name} (text role kept over {known.code})"
        return role
    why = f"known person {known.name}: {known.code} from {period}"
    if role.role is not None:
        why += f"; the text's role '{role.role}' gives no country"
    return Person(name=known.name, country=known.country, sector=known.sector, role=role.role,
                  role_at=role.role_at, why=why, code=known.code, known=True)


def _titled(span: Span, dictionary: ActorDictionary) -> bool:
    """A non-PERSON proper noun counts as a person only with a title or a singular role apposition."""
    root = span.root
    if _is_title(root, dictionary):
        return False  # "Venezuelan Military Defectors" in a headline is an agent phrase, not a name
    if _is_title(span[0], dictionary) and not dictionary.name(span[0].text):
        return True  # "President Maduro" tagged as one proper-noun chain
    if _two_word_title(span, 0, dictionary):
        return True  # "Interior Minister Mamadou Diallo": the title's first word is no title alone
    before = span.doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.head.i == root.i and before.pos_ == "NOUN":
        return _is_title(before, dictionary)
    return any(c.dep_ == "appos" and c.tag_ == "NN" and _is_title(c, dictionary) for c in root.children)


def _role(span: Span, dictionary: ActorDictionary) -> Person:
    """The role, country and sector the phrase around a name gives it."""
    root = span.root
    names = frozenset(range(span.start, span.end))
    tokens = [t for t in phrase_tokens(root) if t.i not in names]
    terms = find_terms(tokens, root, dictionary)
    noun = _role_noun(root)
    if noun is not None:  # "soldiers Carlos Guillen Martinez": the name is an apposition of the role
        skip = frozenset(t.i for t in root.subtree)
        noun_tokens = phrase_tokens(noun, skip=skip)
        terms = [*find_terms(noun_tokens, noun, dictionary), *terms]
        tokens = [*noun_tokens, *tokens]
    led = _led_body(root)
    if led is not None:  # "Ahmed Bakr, who heads Egypt's intelligence service": the body he leads
        led_tokens = phrase_tokens(led)
        terms = [*terms, *find_terms(led_tokens, led, dictionary)]
        tokens = [*tokens, *led_tokens]
    terms = [_as_modifier(t) for t in terms]
    own = owner(terms, tokens, {}, None)
    found, why = sector(terms, tokens)
    role = _role_lemma(terms, found, span.doc)
    parts = [p for p in ((own.why if own else ""), why) if p]
    # "Arab League Secretary-General X" is the organisation's (IGOARBARL), not a country-less GOV
    coded = join(own, found, why) if own is not None and own.organization is not None else None
    return Person(name=span.text, country=own.country if own else None, sector=found, role=role,
                  role_at=span.start if role else -1, why="; ".join(parts) or "no role",
                  code=coded.code if coded is not None else None)


def _trim_titles(span: Span, dictionary: ActorDictionary) -> Span:
    """Drop leading titles and demonyms an entity may include ("President Maduro" -> "Maduro")."""
    start = span.start
    if _two_word_title(span, 0, dictionary):
        start += 2
    while start < span.end - 1 and _is_title(span.doc[start], dictionary):
        start += 1
    return Span(span.doc, start, span.end, label=span.label_)


def _two_word_title(span: Span, k: int, dictionary: ActorDictionary) -> bool:
    """Whether a two-word title ("Interior Minister", "Vice President") starts at `k` and a name follows it."""
    return len(span) > k + 2 and dictionary.agent((span[k].lower_, span[k + 1].lemma_.lower())) is not None


def _is_title(token: Token, dictionary: ActorDictionary) -> bool:
    word = (token.lemma_.lower(),)
    return bool(dictionary.agent(word) or dictionary.agent((token.lower_,)) or dictionary.name(token.text))


def _role_noun(root: Token) -> Token | None:
    """The common noun a name stands in apposition to, also through a conjunct ("X and Y")."""
    node = root
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    if node.dep_ == "appos" and node.head.pos_ == "NOUN":
        return node.head
    place = node.head
    if node.dep_ == "appos" and place.ent_type_ in {"GPE", "LOC"} and place.dep_ == "pobj" \
            and place.head.head.pos_ == "NOUN":
        return place.head.head  # "the envoy to Libya, Hans X": the parser hangs the name on the place
    return None


def _led_body(root: Token) -> Token | None:
    """The object of a relative clause of leading after a name: "X, who heads / leads / runs the army"."""
    for clause in root.children:
        if clause.dep_ == "relcl" and clause.lemma_.lower() in _LEADS:
            return next((c for c in clause.children if c.dep_ in {"dobj", "obj"}), None)
    return None


def _as_modifier(term: Term) -> Term:
    """Around a name, every term is a modifier: sector rules then treat 'advisor' like 'army'."""
    if term.relation in (Relation.HEAD, Relation.APPOS):
        return Term(start=term.start, end=term.end, text=term.text, relation=Relation.MODIFIER,
                    name=term.name, sector=term.sector, adjectival=term.adjectival)
    return term


def _role_lemma(terms: Sequence[Term], found: str | None, doc: Doc) -> str | None:
    """The agent noun that gave the role ("soldier" for "former soldiers", whose sector is ELI)."""
    agents = [t for t in terms if t.sector not in (None, NO_SECTOR)]
    best = next((t for t in agents if t.sector == found), agents[-1] if agents else None)
    return doc[best.end - 1].lemma_.lower() if best is not None else None


def _remember(people: People, span: Span, role: Person) -> None:
    keys = _keys(span.text)
    if role.known:  # the same known person under any of its names; never another person's surname
        keys = [f"={normalize_name(role.name)}", *keys]
        person = people.by_key.get(keys[0]) or people.by_key.get(keys[1])
    else:
        person = next((people.by_key[k] for k in keys if k in people.by_key), None)
    if person is None:
        person = role
    else:
        if len(span.text) > len(person.name) and not person.known:
            person.name = span.text
        if person.sector is None and role.sector is not None:
            person.sector, person.role, person.role_at = role.sector, role.role, role.role_at
            person.why = role.why
        if person.country is None and role.country is not None:
            person.country = role.country
    for key in keys:
        people.by_key.setdefault(key, person)
    if person.role is not None:
        people.roles.setdefault(person.role, person)
    for i in range(span.start, span.end):
        people.by_token[i] = person
    people.mentions.append((span.root.i, person))


def _late_mentions(doc: Doc, dictionary: ActorDictionary, people: People) -> None:
    """Surnames the parser did not tag as PERSON ("Maduro" as ORG) still name a remembered person."""
    for i in tokens_with_pos(doc, _PROPER):
        if i in people.by_token:
            continue
        token = doc[i]
        person = people.by_key.get(token.lower_)
        if person is not None and dictionary.name(token.text) is None:
            people.by_token[token.i] = person
            people.mentions.append((token.i, person))
    people.mentions.sort(key=lambda m: m[0])


def _keys(name: str) -> list[str]:
    words = name.lower().replace("'s", "").split()
    keys = [" ".join(words)]
    if len(words) > 2:
        keys.append(" ".join(words[-2:]))
    if len(words) > 1:
        keys.append(words[-1])
    return keys
