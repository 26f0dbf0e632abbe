"""The one translation layer for user-facing text outside Qt widgets.

It lives in domain/ because the rules speak: their refusals and labels are messages. It only reads the catalogue
installed with the program; the language chosen on a computer is a file, kept by app.py.

Source strings are Vietnamese (the program's language). `_()` looks a string up in the active
catalogue (none for Vietnamese, so the source string is used), fills in ``{named}`` fields and
returns NFC text. `set_language("en")` loads the English catalogue from the Qt Linguist file
`resources/i18n/hocbaso_en.ts` (read at run time, so the bundle needs no compiled .qm); the Qt
interface's translator (ui/translator.py) answers from the same catalogue.

Documents the school hands out (học bạ, copies, reports) are Vietnamese whatever the interface
language: their drawing runs inside `vietnamese()`, which switches the catalogue off for the
current thread only (a ContextVar, so the interface on another thread keeps its language).
"""

from __future__ import annotations

import collections
import contextlib
import functools
import logging
import unicodedata
from collections.abc import Callable, Iterator, Mapping
from contextvars import ContextVar
from datetime import UTC, date, datetime, timedelta, timezone
from typing import ParamSpec, TypeVar

LANGUAGES = {"vi": "Tiếng Việt", "en": "English"}
DEFAULT_LANGUAGE = "vi"
log = logging.getLogger(__name__)

_catalogue: dict[str, str] = {}
# The names of the subject catalogue (resources/subjects.json: subjects, qualities, competencies), context
# "catalogue" of the .ts file: translated wherever they fill a message's field, so "Môn {n} ở mức …" reads
# "Subject Mathematics is at …" in English, while documents (vietnamese()) keep the official names.
CATALOGUE_CONTEXT = "catalogue"
_names: dict[str, str] = {}
_language = [DEFAULT_LANGUAGE]
_documents: ContextVar[bool] = ContextVar("hocbaso_documents", default=False)
P = ParamSpec("P")
R = TypeVar("R")

# Vietnam keeps UTC+7 all year (no daylight saving): the time zone of every date a school sees.
VIETNAM_TIME = timezone(timedelta(hours=7), "ICT")


def install_catalogue(messages: Mapping[str, str]) -> None:
    """Make `messages` (Vietnamese source → translation) the active catalogue."""
    _catalogue.clear()
    _catalogue.update({nfc(k): nfc(v) for k, v in messages.items()})
    _generation[0] += 1  # every look-up cached under the old catalogue is stale


# A report or a class's pages ask for the same few hundred messages hundreds of thousands of times; NFC-normalising
# and looking each up again was a tenth of a school report's time. Cached per catalogue generation.
_generation = [0]


@functools.lru_cache(maxsize=4096)
def _looked_up(message: str, generation: int, documents: bool) -> str:
    del generation  # part of the cache key only
    return nfc(message if documents else _catalogue.get(nfc(message), message))


def load_ts(data: bytes) -> dict[str, str]:
    """The finished translations of a Qt Linguist .ts file, by source text (all contexts)."""
    import xml.etree.ElementTree as ET

    messages: dict[str, str] = {}
    for msg in ET.fromstring(data).iter("message"):
        source, node = msg.findtext("source"), msg.find("translation")
        if source and node is not None and node.text and not node.get("type"):
            messages.setdefault(source, node.text)
    return messages


def catalogue_for(language: str) -> dict[str, str]:
    """The catalogue of a language code ("vi" has none: the sources are Vietnamese)."""
    if language == DEFAULT_LANGUAGE:
        return {}
    if language not in LANGUAGES:
        raise ValueError(language)
    from xml.etree.ElementTree import ParseError

    try:
        return load_ts(_ts_file(language))
    except (OSError, ParseError) as exc:  # a broken installation: the program still works, in Vietnamese
        log.warning("no %s catalogue: %s", language, exc)
        return {}


def catalogue_names(data: bytes) -> dict[str, str]:
    """The finished translations of the subject catalogue's names in a .ts file (context "catalogue")."""
    import xml.etree.ElementTree as ET

    names: dict[str, str] = {}
    for ctx in ET.fromstring(data).iter("context"):
        if ctx.findtext("name") == CATALOGUE_CONTEXT:
            for msg in ctx.iter("message"):
                source, node = msg.findtext("source"), msg.find("translation")
                if source and node is not None and node.text and not node.get("type"):
                    names[nfc(source)] = nfc(node.text)
    return names


def set_language(language: str) -> None:
    """Make `language` ("vi" or "en") the language of every message from now on."""
    install_catalogue(catalogue_for(language))
    _names.clear()
    if language != DEFAULT_LANGUAGE:
        _names.update({k: v for k, v in _catalogue.items() if k in _catalogue_sources(language)})
    _language[0] = language


@functools.cache
def _catalogue_sources(language: str) -> frozenset[str]:
    from xml.etree.ElementTree import ParseError

    try:
        return frozenset(catalogue_names(_ts_file(language)))
    except (OSError, ParseError):
        return frozenset()


def _ts_file(language: str) -> bytes:
    """The Qt Linguist file of a language, as installed.

    importlib.resources is imported here and the XML parser where a file is parsed, not with the module: most
    starts of the program, its token workers and commands never leave Vietnamese, and the two cost a process that
    imports little else ≈ 12 ms (process start, median of 25: 62 → 49 ms for this module alone)."""
    from importlib import resources

    return resources.files("hocbaso_desktop").joinpath("resources", "i18n", f"hocbaso_{language}.ts").read_bytes()


def shown_name(name: str) -> str:
    """A catalogue name (subject, quality, competency) in the interface's language; documents keep Vietnamese."""
    if _documents.get():
        return name
    return _names.get(nfc(name), name)


def language() -> str:
    """The code of the active language."""
    return _language[0]


def lookup(message: str) -> str | None:
    """The translation of `message` in the active language, or None (used by the Qt translator)."""
    if _documents.get():
        return None
    return _catalogue.get(nfc(message))


# The Vietnamese messages made inside vietnamese() → (source, fields), per thread: a context variable, and a thread
# starts with an empty context. The dictionary is made where vietnamese() is entered, so a message made in a copy
# of that context (an asyncio task inside the block; a thread started with a copy, as asyncio.to_thread does, then
# shares the dictionary, which only adds entries) is remembered where the failure is spoken again.
_made: ContextVar[collections.OrderedDict[str, tuple[str, dict[str, object]]] | None] = ContextVar(
    "hocbaso_made_messages", default=None)
_MADE_KEPT = 64


@contextlib.contextmanager
def vietnamese() -> Iterator[None]:
    """Within the block, on this thread, every message is the Vietnamese source (documents).

    A failure raised from the block speaks the interface's language: its message, made here in Vietnamese,
    is made again from the same source and fields once the block is left (documents stay Vietnamese, the
    person reading why one could not be made reads their own language).
    """
    if _made.get() is None:
        _made.set(collections.OrderedDict())
    token = _documents.set(True)
    try:
        yield
    except Exception as exc:
        _documents.reset(token)
        token = None
        _speak_interface_language(exc)
        raise
    finally:
        if token is not None:
            _documents.reset(token)


def _remember(text: str, message: str, fields: dict[str, object]) -> None:
    made = _made.get()
    if made is None:  # only a document's messages are remembered, and vietnamese() makes the record first
        return
    made[text] = (message, fields)
    made.move_to_end(text)
    while len(made) > _MADE_KEPT:
        made.popitem(last=False)


def _again(text: str) -> str:
    """`text` made again in the active language when it is a message made inside vietnamese(), else `text`."""
    made = _made.get() or {}
    if _documents.get() or text not in made:
        return text
    message, fields = made[text]
    return _(message, **{k: _again(v) if isinstance(v, str) else v for k, v in fields.items()})  # i18n: table (a message made before)


def _speak_interface_language(exc: BaseException) -> None:
    message = getattr(exc, "message", None)
    if isinstance(message, str) and exc.args and exc.args[0] == message:
        again = _again(message)
        if again != message:
            exc.message = again  # type: ignore[attr-defined]  (HocbasoError: domain/errors.py imports this module)
            exc.args = (again, *exc.args[1:])


def in_vietnamese(function: Callable[P, R]) -> Callable[P, R]:
    """Decorate a function that draws a document: its text is Vietnamese whatever the interface language."""
    @functools.wraps(function)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        with vietnamese():
            return function(*args, **kwargs)
    return wrapper


def _(message: str, /, **fields: object) -> str:
    """Translate `message`, fill its ``{fields}`` and return it NFC-normalised."""
    documents = _documents.get()
    text = _looked_up(message, _generation[0], documents)
    if fields:
        if _names and not documents:  # a catalogue name in a field speaks the message's language
            fields = {k: _names.get(nfc(v), v) if isinstance(v, str) else v for k, v in fields.items()}
        text = nfc(text.format(**fields))
    if documents and _catalogue:  # it may be raised out of the document: remembered to be made again
        _remember(text, message, fields)
    return text


def N_(message: str, /) -> str:  # noqa: N802 (gettext's name for it)
    """Mark `message` for translation where it is shown (a table of labels); returns it unchanged."""
    return message


def nfc(text: str) -> str:
    """Return `text` in Unicode NFC, the one form stored, hashed and printed."""
    return unicodedata.normalize("NFC", text)


def format_date(value: date | datetime | None) -> str:
    """Format a date as dd/mm/yyyy, the form shown everywhere in the interface."""
    if value is None:
        return ""
    return value.strftime("%d/%m/%Y")


def format_time(value: datetime | str | None) -> str:
    """A moment (aware datetime or RFC 3339 text, UTC when it names no zone) as dd/mm/yyyy hh:mm, Vietnam time."""
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return ""
    if value is None:
        return ""
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(VIETNAM_TIME).strftime("%d/%m/%Y %H:%M")
