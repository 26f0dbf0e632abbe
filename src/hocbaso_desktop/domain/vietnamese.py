"""Vietnamese alphabetical order, for class lists (danh sách lớp sorted by given name).

The Vietnamese alphabet orders a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y; tone marks
(ngang, huyền, hỏi, ngã, sắc, nặng) break ties only after the letters. Python's default order puts
"Đ" after "Z" and "Ă" after "Â", which a teacher would see at once on a printed list.
"""

from __future__ import annotations

import functools
import unicodedata

_ALPHABET = "aăâbcdđeêghiklmnoôơpqrstuưvxyz"
_RANK = {ch: i for i, ch in enumerate(_ALPHABET)}
_TONES = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}  # huyền, hỏi, ngã, sắc, nặng
_OTHER = len(_ALPHABET)


@functools.lru_cache(maxsize=8192)  # names repeat their words: a school of 3,000 has a few hundred distinct ones
def _letters_and_tones(word: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    letters: list[int] = []
    tones: list[int] = []
    for ch in unicodedata.normalize("NFD", word.casefold()):
        if ch in _TONES:
            if tones:  # a tone mark belongs to the vowel before it
                tones[-1] = _TONES[ch]
            continue
        if unicodedata.combining(ch):
            # a vowel modifier (breve, circumflex, horn) joins the previous letter: recompose it
            prev = _ALPHABET[letters[-1]] if letters and letters[-1] < _OTHER else ""
            composed = unicodedata.normalize("NFC", prev + ch)
            if composed in _RANK:
                letters[-1] = _RANK[composed]
            continue
        letters.append(_RANK.get(ch, _OTHER + ord(ch)))
        tones.append(0)
    return tuple(letters), tuple(tones)


_SPACE = (_OTHER + ord(" "),)


def collation_key(text: str) -> tuple:
    """A sort key giving Vietnamese dictionary order: letters first, then tone marks."""
    if " " not in text:
        return _letters_and_tones(text)
    # word by word (each word's key is cached), joined as the whole text's key would be: a space is a letter
    # ranked after the alphabet, with no tone
    letters: tuple[int, ...] = ()
    tones: tuple[int, ...] = ()
    for i, word in enumerate(text.split(" ")):
        word_letters, word_tones = _letters_and_tones(word)
        if i:
            letters, tones = letters + _SPACE, (*tones, 0)
        letters, tones = letters + word_letters, tones + word_tones
    return (letters, tones)


def name_order_key(full_name: str) -> tuple:
    """Sort key for a class list: the given name (last word), then the whole name."""
    words = full_name.split()
    return (collation_key(words[-1]) if words else ((), ()), collation_key(full_name))
