"""Reported (indirect) speech from the parse: "X said (that) ...", "..., X said", "according to X, ...",
"X told CNN ...", "X accused Y of ...", and speech acts with a phrase for content ("X called for talks")."""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from tacitus.coding.attribution import cited_source
from tacitus.coding.lexicon import Lexicon
from tacitus.parse import sentence_of, tokens_with_pos
from tacitus.quotes.speakers import subject_of

VERBAL_QUAD_CLASSES = frozenset({1, 3})  # verbal cooperation and verbal conflict: "agreed that", "warned that"
_CONTENT_DEPS = frozenset({"ccomp"})
_CUE_CLAUSE_DEPS = frozenset({"parataxis", "ccomp", "advcl"})
_EDGE_PUNCT = frozenset({",", ";", ":", "—", "–", "-", "(", ")", "'", '"', "“", "”", "‘", "’"})
_SET_OFF_PUNCT = frozenset({",", ";", ":", "—", "–", "-", "--", "(", "”", "’", '"', "'"})
_MODIFIER_DEPS = frozenset({"relcl", "acl", "amod", "conj"})
_SUBORDINATORS = frozenset({"when", "while", "where", "if", "because", "after", "before", "since", "although",
                            "though", "until", "unless", "whether", "once"})
_PARENTHESIS_MARKS = frozenset({",", "—", "–"})  # "A, he said, B" and "A — he said — B"
_OWN_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_SENTENCE_END = frozenset({".", "!", "?"})
# complements of a speech act's object that belong to what was said: "cited the report as proof of fraud"
_OBJECT_PREPS = frozenset({"as", "for", "of", "about", "over"})
_OBJECT_TAIL_DEPS = frozenset({"oprd", "xcomp", "ccomp", "acl", "relcl", "dep"})
_RELATIVE_WORDS = frozenset({"which", "who", "whose", "whom"})
_CONCESSIVE = frozenset({"although", "though", "whereas", "as"})  # "as" only after "even"
MIN_CONTENT_WORDS = 3
MAX_QUOTE_RUN_ON = 40  # tokens a content may run on to close a quotation it opened
_CURLY_OPENERS = frozenset({"“", "„", "``"})
_CURLY_CLOSERS = frozenset({"”"})
_STRAIGHT_MARKS = frozenset({'"', "''"})
_CUE_POS = frozenset({"VERB", "AUX"})
_ACCORDING = frozenset({"according"})


@dataclass(frozen=True, slots=True)
class Reported:
    """One reported clause: its tokens (end exclusive), the cue, the speaker head and any cited outlet."""

    start: int
    end: int
    cue: Span
    speaker: Token | None
    according_to: str | None = None
    phrase: bool = False  # the content is a phrase object of a speech act ("called for talks"), not a clause
    gap: tuple[int, int] | None = None  # tokens of a cue clause inside the content ("A, he said, B")


def is_cue(token: Token, lexicon: Lexicon) -> bool:
    """A verb of speech: listed as reporting, or a verb whose every coded sense is a verbal event."""
    if token.pos_ not in {"VERB", "AUX"}:
        return False
    lemma = token.lemma_.lower()
    if lemma in lexicon.reporting:
        return token.pos_ == "VERB"
    entries = lexicon.verb_entries(lemma)
    return token.pos_ == "VERB" and bool(entries) and all(
        entry.code in lexicon.ontology and lexicon.ontology[entry.code].quad_class in VERBAL_QUAD_CLASSES
        for entry in entries
    )


def _trimmed(doc: Doc, start: int, end: int) -> tuple[int, int]:
    while start < end and (doc[start].text in _EDGE_PUNCT or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].text in _EDGE_PUNCT or doc[end - 1].is_space or
                           (doc[end - 1].is_punct and doc[end - 1].text not in {".", "!", "?"})):
        end -= 1
    while end > start and doc[end - 1].text in {".", "!", "?"}:
        end -= 1
    return start, end


def _clause_end(clause: Token, verb: Token, lexicon: Lexicon) -> int:
    """The sentence end after a clause, quoted words included, but not past the closing mark of a quote the
    clause lies in, into a quoted sentence the parser ran on, nor into a new statement ("X said A, but he
    added B", "X said A, arguing B")."""
    doc = verb.doc
    depth = 0  # quotation marks opened since the clause began
    for token in doc[clause.left_edge.i : sentence_of(verb).end]:
        after = token.i > clause.right_edge.i
        if token.is_quote:
            opening = token.i == 0 or bool(doc[token.i - 1].whitespace_)
            if after and (depth == 0 and not opening or opening and doc[token.i - 1].text in _SENTENCE_END):
                return token.i
            depth = depth + 1 if opening else max(depth - 1, 0)
        elif after and token.head.i == verb.i and _starts_statement(token, lexicon):
            end = token.left_edge.i
            while end > clause.right_edge.i + 1 and (doc[end - 1].dep_ == "cc" or doc[end - 1].is_punct):
                end -= 1
            return end
    return sentence_of(verb).end


def _before_semicolon(doc: Doc, start: int, end: int) -> int:
    """The end at the first semicolon outside quotation marks: in "X said A; B", B is a statement of its own."""
    quoted = False
    for token in doc[start:end]:
        if token.is_quote:
            quoted = not quoted
        elif token.text == ";" and not quoted:
            return token.i
    return end


def _starts_statement(token: Token, lexicon: Lexicon) -> bool:
    """A clause hanging on the cue that says something new: a clause with its own subject or a speech verb
    ("but he added", "and polls are"), a participle ("arguing that"), an aside ("; he said")."""
    if token.dep_ == "parataxis":
        return True
    if token.dep_ == "conj":
        return is_cue(token, lexicon) or any(c.dep_ in _OWN_SUBJECT_DEPS for c in token.children)
    if token.dep_ == "advcl":
        return is_cue(token, lexicon) or token.tag_ == "VBG"
    return False


def _paragraph_end(doc: Doc, start: int, end: int) -> int:
    """A reported clause stops at a line break (the parse can run a sentence over a heading)."""
    for token in doc[start:end]:
        if "\n" in token.text or "\n" in token.whitespace_:
            return token.i + (0 if "\n" in token.text else 1)
    return end


def _quote_mark(token: Token) -> bool | None:
    """True for an opening quotation mark, False for a closing one, None for any other token."""
    text = token.text
    if text in _CURLY_OPENERS:
        return True
    if text in _CURLY_CLOSERS:
        return False
    if text not in _STRAIGHT_MARKS:
        return None
    before = token.i == 0 or bool(token.doc[token.i - 1].whitespace_)
    return before and not token.whitespace_


def _past_open_quote(doc: Doc, start: int, end: int) -> int:
    """A content that stops inside a quotation it opened (the parse cut `called it "a clear violation and
    a threat"` short) runs on to the closing mark, within the paragraph and a few words."""
    open_at: int | None = None
    for token in doc[start:end]:
        mark = _quote_mark(token)
        if mark is not None:
            open_at = token.i if mark else None
    if open_at is None:
        return end
    for token in doc[end : min(end + MAX_QUOTE_RUN_ON, len(doc))]:
        if "\n" in token.text or "\n" in doc[token.i - 1].whitespace_:
            break
        mark = _quote_mark(token)
        if mark is not None:
            return token.i if mark is False else end
    return end


def _words(doc: Doc, start: int, end: int) -> int:
    return sum(1 for t in doc[start:end] if not t.is_punct and not t.is_space)


def _complement(verb: Token, lexicon: Lexicon, speaker: Token | None) -> Reported | None:
    """The clause a verb governs: "X said that A and B" runs on to the end of the sentence. A clause after the
    verb comes first; one before it must not be a reporting clause itself nor lie across a colon or a line break
    ("The news set off fireworks: Republicans said they ..." reports what follows the colon)."""
    doc = verb.doc
    clauses = sorted((c for c in verb.children if c.dep_ in _CONTENT_DEPS), key=lambda c: c.i < verb.i)
    for child in clauses:
        cue = doc[verb.i : verb.i + 1]
        if child.i > verb.i and not _broken_off(doc, verb.i, child.left_edge.i, marks=frozenset()):
            end = _before_semicolon(doc, child.left_edge.i,
                                    max(_clause_end(child, verb, lexicon), child.right_edge.i + 1))
            return Reported(child.left_edge.i, end, cue, speaker)
        before = child.i < verb.i and child.lemma_.lower() not in lexicon.reporting
        if before and not _broken_off(doc, child.right_edge.i, verb.left_edge.i):
            return Reported(child.left_edge.i, child.right_edge.i + 1, cue, speaker)
    return None


def _broken_off(doc: Doc, first: int, last: int, marks: frozenset[str] = frozenset({":", ";"})) -> bool:
    """A line break (or one of `marks`) between tokens `first` and `last` of a sentence."""
    return any(t.text in marks or "\n" in t.text or "\n" in t.whitespace_ for t in doc[first:last])


def _from_complement(verb: Token, lexicon: Lexicon) -> Reported | None:
    """ "X hopes that ...": a verb listed with the `clause` frame reports the clause after it, when it has a
    subject of its own (a bare "knowing how ..." states no one's view)."""
    if verb.pos_ != "VERB" or "clause" not in lexicon.speech_acts.get(verb.lemma_.lower(), ()):
        return None
    clause = next((c for c in verb.children if c.dep_ in _CONTENT_DEPS and c.left_edge.i > verb.i), None)
    if clause is None or not _has_subject(verb):
        return None
    end = _before_semicolon(verb.doc, clause.left_edge.i,
                            max(_clause_end(clause, verb, lexicon), clause.right_edge.i + 1))
    return Reported(clause.left_edge.i, end, verb.doc[verb.i : verb.i + 1], subject_of(verb))


def _from_verb(verb: Token, lexicon: Lexicon) -> Reported | None:
    """ "X said (that) ..." and "..., X said": the clause the cue governs or hangs from."""
    doc = verb.doc
    cue = doc[verb.i : verb.i + 1]
    speaker = subject_of(verb)
    complement = _complement(verb, lexicon, speaker)
    if complement is not None:
        return complement
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "of" and verb.lemma_.lower() == "accuse":
            for pcomp in child.children:
                if pcomp.dep_ in {"pcomp", "pobj"}:
                    return Reported(pcomp.left_edge.i, pcomp.right_edge.i + 1, cue, speaker)
    parenthetical = _from_parenthetical(verb, speaker, lexicon)
    if parenthetical is not None:
        return parenthetical
    head = verb.head
    if (verb.dep_ in _CUE_CLAUSE_DEPS and head.i < verb.i and speaker is not None
            and speaker.i > head.i and verb.lemma_.lower() in lexicon.reporting
            and _set_off(verb) and not is_cue(head, lexicon)):
        # "Talks will resume, the minister said": the content is the sentence before the cue clause
        start = max(head.left_edge.i, sentence_of(verb).start)
        if not _broken_off(doc, start, verb.left_edge.i, marks=frozenset()):
            return Reported(start, verb.left_edge.i, cue, speaker)
    return None


def _from_parenthetical(verb: Token, speaker: Token | None, lexicon: Lexicon) -> Reported | None:
    """ "Acts of protest, Mr. Obama said, are acts of patriotism": a cue clause set off by commas inside the
    sentence it reports. The content is the whole sentence; the cue clause is a gap in it."""
    if speaker is None or verb.lemma_.lower() not in lexicon.reporting:
        return None
    if verb.dep_ in _MODIFIER_DEPS or any(c.dep_ in {"mark", "advmod"} and c.lower_ in _SUBORDINATORS
                                           for c in verb.children):
        return None  # "when my mother mentioned it, ...": a subordinate clause ("as I said" is a cue clause)
    doc = verb.doc
    first, last = verb.left_edge.i, verb.right_edge.i
    while first < verb.i and doc[first].is_punct:
        first += 1
    while last > verb.i and doc[last].is_punct:
        last -= 1
    sent = sentence_of(verb)
    if not first <= speaker.i <= last or first - 1 <= sent.start or last + 2 >= sent.end:
        return None
    mark = doc[first - 1].text
    if mark not in _PARENTHESIS_MARKS or doc[last + 1].text != mark:
        return None
    # "the stadium, which, Tompkins said, is full of ...": the content is the clause the cue interrupts
    head = verb.head
    start, end = max(head.left_edge.i, sent.start), min(head.right_edge.i + 1, sent.end)
    if not start < first - 1 or not last + 2 < end:
        return None
    return Reported(start, end, doc[verb.i : verb.i + 1], speaker, gap=(first - 1, last + 2))


def _from_speech_act(verb: Token, lexicon: Lexicon) -> Reported | None:
    """ "called for talks", "urged X to act", "called the plan a disaster", "criticized X as ...": the phrase
    a speech act takes as its content, by the verb's frames in speech_acts.tsv."""
    frames = lexicon.speech_acts.get(verb.lemma_.lower())
    if not frames or verb.pos_ != "VERB":
        return None
    after = [c for c in verb.children if c.i > verb.i]
    dobj = next((c for c in after if c.dep_ == "dobj"), None)
    xcomp = next((c for c in after if c.dep_ == "xcomp"), None)
    span: tuple[int, int] | None = None
    if dobj is not None:
        predicate = next((c for c in after if c.dep_ in {"oprd", "ccomp", "xcomp"} and c.i > dobj.i), None)
        if "name" in frames and predicate is not None:
            span = (dobj.left_edge.i, predicate.right_edge.i + 1)
        elif "object_to" in frames and xcomp is not None and xcomp.i > dobj.i:
            span = (dobj.left_edge.i, xcomp.right_edge.i + 1)
        elif "object" in frames:
            span = (dobj.left_edge.i, _object_end(dobj, after))
    elif "object_to" in frames and xcomp is not None and any(c.lower_ == "on" for c in after if c.i < xcomp.i):
        span = (xcomp.left_edge.i, xcomp.right_edge.i + 1)  # "called on the rebels to disarm"
    elif "infinitive" in frames and xcomp is not None and _infinitive(xcomp) and _states_intent(verb):
        span = (xcomp.left_edge.i, _infinitive_end(xcomp, after))  # "vowed to fight on"
    else:
        objects = [o for p in after if p.dep_ == "prep" and p.lower_ in frames
                   for o in p.children if o.dep_ in {"pobj", "pcomp"}]
        span = (objects[0].left_edge.i, objects[0].right_edge.i + 1) if objects else None  # "called for talks"
    if span is None:
        return None
    return Reported(span[0], span[1], verb.doc[verb.i : verb.i + 1], subject_of(verb), phrase=True)


def _has_subject(verb: Token) -> bool:
    """The verb has a subject of its own ("Cruz vowed to ...", not "a plan expected to ...")."""
    return any(c.dep_ in _OWN_SUBJECT_DEPS for c in verb.children)


def _states_intent(verb: Token) -> bool:
    """Someone's own stated intent: an active subject ("Cruz vowed to ..."; not "the pact is expected to ...")
    in a main clause (not the background of a relative clause, "a candidate who pledged to ...")."""
    return verb.dep_ != "relcl" and any(c.dep_ == "nsubj" for c in verb.children)


def _infinitive(xcomp: Token) -> bool:
    """A to-infinitive ("to fight on"), not a participle or an adjective."""
    return xcomp.pos_ in {"VERB", "AUX"} and any(c.dep_ == "aux" and c.lower_ == "to" for c in xcomp.children)


def _infinitive_end(xcomp: Token, after: list[Token]) -> int:
    """The infinitive's end, with the bare infinitives the parse coordinated with the verb instead ("wants to
    triple the program, grow the corps and create a service")."""
    end = xcomp.right_edge.i + 1
    for child in after:
        if child.i > xcomp.i and child.dep_ == "conj" and child.tag_ == "VB" and not _has_subject(child):
            end = max(end, child.right_edge.i + 1)
    return end


def _object_end(dobj: Token, after: list[Token]) -> int:
    """The object's end, with the complements after it ("as a disaster", "for its silence")."""
    end = dobj.right_edge.i + 1
    for child in after:
        if child.i > dobj.i and (child.dep_ in _OBJECT_TAIL_DEPS or
                                 child.dep_ == "prep" and child.lower_ in _OBJECT_PREPS):
            end = max(end, child.right_edge.i + 1)
    return end


def _set_off(verb: Token) -> bool:
    """The cue clause is set off from what comes before it ("..., the minister said"), not the object of
    an earlier verb ("X said he cannot comment")."""
    first = verb.left_edge.i
    return first > 0 and verb.doc[first - 1].text in _SET_OFF_PUNCT


def _from_according(token: Token) -> Reported | None:
    """ "according to X, ..." / "..., according to X": the clause it modifies, minus the phrase."""
    objects = [obj for prep in token.children if prep.lower_ == "to" for obj in prep.children if obj.dep_ == "pobj"]
    if not objects:
        return None
    source = objects[0]
    doc = token.doc
    clause = token.head
    while clause.dep_ not in {"ROOT", "ccomp", "conj", "parataxis"} and clause.head is not clause:
        clause = clause.head
    sent = sentence_of(token)
    start, end = max(clause.left_edge.i, sent.start), min(clause.right_edge.i + 1, sent.end)
    phrase_start, phrase_end = token.i, source.right_edge.i + 1
    if phrase_start <= start + 1:
        start = phrase_end
    elif phrase_end >= end - 2 or doc[phrase_start - 1].text == ",":
        end = phrase_start  # "A, according to X, B": the source vouches for what comes before it
    cue = doc[token.i : min(token.i + 2, len(doc))]
    return Reported(start, end, cue, source, cited_source(source))


def _without_aside(doc: Doc, start: int, end: int) -> int:
    """The end before a trailing aside set off by a comma: a non-restrictive relative clause (", which ...",
    ", who ...") or a participle (", citing ...", ", sending him to ..."), the writer's words, not the speaker's."""
    for token in doc[start + 2 : end]:
        if doc[token.i - 1].text != ",":
            continue
        head = token.head if token.lower_ in _RELATIVE_WORDS or token.dep_ == "advmod" else token
        relative = head.dep_ in {"relcl", "advcl"} and token.lower_ in _RELATIVE_WORDS
        participle = head.tag_ == "VBG" and head.dep_ in {"advcl", "xcomp"}
        if (relative or participle) and head.right_edge.i + 1 >= end or _concession(token, end):
            return token.i - 1
    return end


def _concession(token: Token, end: int) -> bool:
    """A concessive clause after a comma (", although ...", ", even as ..."): the writer's qualification."""
    mark = token.doc[token.i + 1] if token.lower_ == "even" and token.i + 1 < end else token
    if mark is token and mark.lower_ == "as":
        return False  # ", as he put it": only "even as" concedes
    return (mark.lower_ in _CONCESSIVE and mark.dep_ == "mark" and mark.head.dep_ == "advcl"
            and mark.head.right_edge.i + 1 >= end)


def _before_according(doc: Doc, start: int, end: int) -> int:
    """The end before ", according to X": the clause cites a second source for what follows the comma."""
    for token in doc[start + 1 : end - 1]:
        if token.lower_ == "according" and doc[token.i + 1].lower_ == "to" and doc[token.i - 1].text == ",":
            return token.i - 1
    return end


def _apart(doc: Doc, start: int, end: int, cue: Span) -> bool:
    """A line break between the content and its cue: the parse ran a headline into the first sentence."""
    if cue.start >= end:
        return _broken_off(doc, end - 1, cue.start, marks=frozenset())
    return cue.end <= start and _broken_off(doc, cue.end - 1, start, marks=frozenset())


def reported_clauses(doc: Doc, lexicon: Lexicon, story_start: int = 0) -> list[Reported]:
    """Every reported clause of `doc` with at least a few words, trimmed of edge punctuation; none starts before
    `story_start` (the end of the dateline: "CARACAS, Feb 3 (Reuters) -" is nobody's words)."""
    found: list[Reported] = []
    # only a verb reports (each branch below wants a VERB or AUX), and "according to" whatever its tag
    for i in tokens_with_pos(doc, _CUE_POS, words=_ACCORDING):
        token = doc[i]
        if token.is_upper and len(token.text) > 1:
            continue  # "EVEN HIS BOSS THINKS ...": a headline or kicker in capitals, not a sentence of the story
        if token.lower_ == "according":
            reported = _from_according(token)
        elif is_cue(token, lexicon):
            reported = _from_verb(token, lexicon) or _from_speech_act(token, lexicon)
        elif token.lemma_.lower() in lexicon.speech_acts:
            reported = _from_complement(token, lexicon) or _from_speech_act(token, lexicon)
        else:
            continue
        if reported is None:
            continue
        end = _past_open_quote(doc, reported.start, _paragraph_end(doc, reported.start, reported.end))
        start = reported.start
        while start < end and doc[start].idx < story_start:
            start += 1
        start, end = _trimmed(doc, start, end)
        end = _without_aside(doc, start, end)
        if token.lower_ != "according":
            end = _before_according(doc, start, end)
        if _words(doc, start, end) < MIN_CONTENT_WORDS or _apart(doc, start, end, reported.cue):
            continue
        found.append(replace(reported, start=start, end=end))
    return found
