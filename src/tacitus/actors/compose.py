"""Build a CAMEO actor code from the terms of one phrase: owner (country / organisation) + sector."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from tacitus.actors.dictionary import NO_SECTOR, NameEntry, NameKind
from tacitus.actors.phrase import Relation, Term
from tacitus.parse import sentence_of

# A modifier's sector beats the head noun's ("army defectors" MIL, "opposition leader" OPP) except these
# weak ones, which only say who owns the head ("government troops" MIL, "civilian volunteers").
_WEAK_MODIFIERS = frozenset({"GOV", "CVL"})
# "former" turns state office holders into elites (PLOVER ELI: former officials and armed forces).
_STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "LEG", "JUD", "SPY"})
POLICE = frozenset({"police", "policeman", "policemen", "policewoman", "gendarme", "gendarmerie"})
_FORMER = frozenset({"former", "ex", "ex-", "ousted", "deposed", "toppled", "exiled", "disgraced"})
_OWNER_ORDER = {Relation.POSS: 0, Relation.MODIFIER: 1, Relation.PP: 2, Relation.APPOS: 3, Relation.HEAD: 4}
_HERE = frozenset({"country", "nation"})  # "the country's president": the document's main country
_CROWD_WORDS = frozenset({"thousand", "hundred", "dozen", "score", "million", "crowd", "group", "number"})


@dataclass(frozen=True, slots=True)
class Coded:
    """A code with its parts, before it is placed on a text span."""

    code: str
    country: str | None
    sector: str | None
    name: str | None
    why: str


@dataclass(frozen=True, slots=True)
class Owner:
    """Whose actor it is: a country, a seat's country or an organisation."""

    prefix: str
    country: str | None
    name: str | None
    why: str
    organization: NameEntry | None = None


@dataclass(slots=True)
class Person:
    """A person the document names, with the role it gives them; filled in document order."""

    name: str
    country: str | None = None
    sector: str | None = None
    role: str | None = None  # the agent lemma that gave the sector ("president")
    role_at: int = -1  # token index of the first mention with that role
    why: str = ""
    code: str | None = None  # a known person's full code (IGOUNO for Kofi Annan), beating country + sector
    known: bool = False  # `name` is the canonical name from people.tsv; later mentions keep it


def compose(head: Token, terms: Sequence[Term], tokens: Sequence[Token], people: Mapping[int, Person],
            main_country: str | None, roles: Mapping[str, Person]) -> Coded | None:
    """Code a phrase from its terms; None when its head is neither a name nor an agent noun."""
    head_term = next((t for t in terms if t.relation is Relation.HEAD), None)
    if head_term is not None and head_term.name is not None and is_ethnic(head_term, head.doc):
        why = f"'ethnic {head_term.text}': a people living outside its namesake country; sector CVL"
        return Coded("---CVL", None, "CVL", None, why)
    if head_term is not None and head_term.name is not None:
        home = _home_of_people(head_term, terms, tokens, people, main_country)
        if home is not None:
            return join(home, "CVL", f"sector CVL: the people '{head_term.text}' of {home.name or home.country}")
        if _nationals(head_term, head):
            coded = name_code(head_term)
            return Coded(coded.code + "CVL", coded.country, "CVL", coded.name,
                         f"{coded.why}: nationals ('{head.text}' with no article), sector CVL")
        return name_code(head_term)
    if head_term is None:
        if main_country and head.lemma_.lower() in _HERE and _has_the(head):
            name = f"'the {head.text}' = the document's main country {main_country}"
            return Coded(main_country, main_country, None, None, name)
        bodies = [t for t in terms if t.relation is Relation.APPOS and t.name is not None
                  and t.name.kind is NameKind.ORGANIZATION]
        if head.pos_ == "PROPN" and bodies:
            # "Kenzo Oshima, the United Nations Emergency Relief Coordinator": a name with an untitled office
            # of an organisation is the organisation's
            found, why = sector(terms, tokens)
            return join(owner(bodies, tokens, people, main_country), found, why)
        if head.ent_type_ == "NORP" or head.tag_ == "NNPS":
            # "Iraqi Kurds", "Bosnian Serbs": a people of a named country, coded as its civilians
            group = owner(terms, tokens, people, main_country)
            if group is not None and group.country is not None and group.organization is None:
                return join(group, "CVL", f"sector CVL: the group '{head.text}'")
        return None
    own = owner(terms, tokens, people, main_country) or _remembered_role(head, roles)
    found, why = sector(terms, tokens)
    if found == "COP" and own is not None and own.organization is not None and head.lemma_.lower() not in POLICE:
        found, why = None, ""  # "UN investigators", "IAEA inspectors" are the body's staff, not its police
    return join(own, found, why)


def _home_of_people(head_term: Term, terms: Sequence[Term], tokens: Sequence[Token], people: Mapping[int, Person],
                    main_country: str | None) -> Owner | None:
    """ "Bosnian Serbs", "the Albanians of southern Serbia": a people named by a plural demonym and placed by a
    modifier or an "of" phrase in another country belong to that country."""
    entry = head_term.name
    if entry is None or entry.kind is not NameKind.COUNTRY or not head_term.adjectival:
        return None
    head = tokens[0].doc[head_term.end - 1]
    if head.tag_ not in ("NNS", "NNPS") and head.morph.get("Number", []) != ["Plur"]:
        return None
    placed = [t for t in terms if t.name is not None and (t.relation is Relation.MODIFIER or (
        t.relation is Relation.PP and head.doc[t.start - 1].lower_ != "in"))]
    if not placed:
        return None
    home = owner(placed, tokens, {}, main_country)
    if home is None or home.organization is not None or home.country in (None, entry.country):
        return None
    return home


def _nationals(head_term: Term, head: Token) -> bool:
    """ "Thousands of Nigerians", "young Algerians": a plural demonym with no article names people of the country,
    not the state ("the Palestinians" may be their side at the table)."""
    entry = head_term.name
    if (entry is None or entry.kind is not NameKind.COUNTRY or not head_term.adjectival
            or head_term.end - head_term.start != 1 or head.tag_ not in ("NNS", "NNPS")
            or any(c.dep_ == "det" for c in head.children)):
        return False
    counted = head.dep_ == "pobj" and head.head.lower_ == "of" and (
        head.head.head.like_num or head.head.head.lemma_.lower() in _CROWD_WORDS)
    described = any(c.dep_ in {"amod", "nummod"} and c.ent_type_ not in {"NORP", "GPE"} for c in head.children)
    return counted or described  # "Israelis and Palestinians resumed talks": the two sides, not civilians


def _remembered_role(head: Token, roles: Mapping[str, Person]) -> Owner | None:
    """'the president' after 'President Nicolas Maduro' is Maduro's country (and, singular, Maduro)."""
    person = roles.get(head.lemma_.lower())
    if person is None or person.country is None or not _has_the(head):
        return None
    sentence_end = sentence_of(head).end
    if person.role_at >= sentence_end:
        return None
    plural = head.tag_ in ("NNS", "NNPS") or head.morph.get("Number", []) == ["Plur"]
    why = f"'the {head.text}' = role '{person.role}' of {person.name} ({person.country})"
    return Owner(person.country, person.country, None if plural else person.name, why)


def person_code(person: Person) -> Coded | None:
    """The code of a remembered person, or None when the document gives them no country and no role."""
    if person.code is None and person.country is None and person.sector is None:
        return None
    code = person.code or (person.country or "---") + (person.sector or "")
    return Coded(code, person.country, person.sector, person.name, f"person '{person.name}': {person.why}")


def name_code(term: Term) -> Coded:
    """Code of a phrase headed by a name: a country (ISR), a seat (RUSGOV) or an organisation (IGOUNO)."""
    entry = term.name
    if entry is None:
        raise ValueError("name_code needs a name term")
    seat = f" + sector {entry.sector}" if entry.kind is NameKind.SEAT else ""
    why = f"{_kind(term)} '{term.text}'{seat}"
    return Coded(entry.code, entry.country, entry.sector, entry.name, why)


def owner(terms: Sequence[Term], tokens: Sequence[Token], people: Mapping[int, Person],
          main_country: str | None) -> Owner | None:
    """The phrase's owner: a possessor, a modifier, a PP object or an apposition, in that order."""
    candidates: list[tuple[int, int, Owner]] = []
    for term in terms:
        entry = term.name
        if entry is None or term.relation is Relation.HEAD or (tokens and is_ethnic(term, tokens[0].doc)):
            continue
        org = entry if entry.kind is NameKind.ORGANIZATION else None
        prefix = entry.code if org is not None else (entry.country or entry.code)
        why = f"{_kind(term)} '{term.text}'"
        own = Owner(prefix, entry.country, entry.name, why, org)
        # "Colombian FARC dissidents": a group with a code of its own beats the demonym beside it
        candidates.append((_OWNER_ORDER[term.relation], -1 if org is not None and org.sector else term.start, own))
    for token in tokens:
        person = people.get(token.i)
        if person is not None and person.country is not None:
            why = f"person '{person.name}' ({person.country})"
            own = Owner(person.country, person.country, None, why)
            candidates.append((_OWNER_ORDER[Relation.MODIFIER] + 4, token.i, own))
        elif main_country and token.lemma_.lower() in _HERE and _has_the(token):
            why = f"'the {token.text}' = the document's main country {main_country}"
            candidates.append((9, token.i, Owner(main_country, main_country, None, why)))
    return min(candidates, key=lambda c: (c[0], c[1]))[2] if candidates else None


def sector(terms: Sequence[Term], tokens: Sequence[Token]) -> tuple[str | None, str]:
    """The phrase's sector and the reason: modifiers beat the head unless they are weak."""
    head_sector = next((t.sector for t in terms if t.relation is Relation.HEAD), None)
    head_sector = None if head_sector == NO_SECTOR else head_sector
    chosen: tuple[str | None, str] = (head_sector, "")
    mods = [t for t in terms if t.relation in (Relation.POSS, Relation.MODIFIER, Relation.PP)]
    for term in sorted(mods, key=lambda t: (_OWNER_ORDER[t.relation], t.start)):
        found = term.sector or (term.name.sector if term.name and term.name.kind is NameKind.SEAT else None)
        if found == NO_SECTOR:
            continue
        if found and not (found in _WEAK_MODIFIERS and head_sector and head_sector != found):
            chosen = (found, term.text)
            break
    else:
        head = next((t for t in terms if t.relation is Relation.HEAD), None)
        chosen = (head_sector, head.text if head else "")
    found, source = chosen
    if found is None:
        return None, ""
    if found in _STATE_SECTORS and any(t.lower_ in _FORMER or t.lower_.startswith("ex-") for t in tokens):
        return "ELI", f"sector ELI from 'former' + {found} '{source}'"
    return found, f"sector {found} from '{source}'"


def join(own: Owner | None, found: str | None, sector_why: str) -> Coded | None:
    """Put owner and sector together: VEN + MIL, IGOUNO + MIL, --- + REB."""
    if own is None and found is None:
        return None
    if own is None:
        return Coded("---" + (found or ""), None, found, None, f"no country; {sector_why}")
    org = own.organization
    if org is not None and (org.sector is not None or not org.code.startswith("IGO") or found == "GOV"):
        # "Hamas leaders" stay PSEREBHMS, "al-Qaeda fighters" IMGMUSAQD, "UN officials" IGOUNO;
        # only an IGO takes a sector: "UN peacekeepers" IGOUNOMIL
        return Coded(org.code, org.country, org.sector, own.name, own.why)
    why = own.why + (f" + {sector_why}" if found else "")
    return Coded(own.prefix + (found or ""), own.country, found, own.name, why)


def is_ethnic(term: Term, doc: Doc) -> bool:
    """ "ethnic Albanians (in Serbia)": the demonym names an ethnic group, not the country the group lives in."""
    entry = term.name
    return (entry is not None and entry.kind is not NameKind.ORGANIZATION and term.start > 0
            and doc[term.start - 1].lower_ == "ethnic")


def _has_the(token: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)


def _kind(term: Term) -> str:
    entry = term.name
    if entry is None:
        return "agent"
    if entry.kind is NameKind.ORGANIZATION:
        return "organisation"
    if entry.kind is NameKind.SEAT:
        return "seat of government"
    return "demonym" if term.adjectival else "country"
