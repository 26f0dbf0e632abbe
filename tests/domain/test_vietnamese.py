"""Vietnamese alphabetical order for class lists."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from hocbaso_desktop.domain.vietnamese import _letters_and_tones, collation_key, name_order_key


def test_alphabet_order():
    words = ["Đức", "Dung", "Ăn", "Ân", "An", "Yến", "Ưng", "Uyên", "Ơn", "Ô", "Oanh"]
    assert sorted(words, key=collation_key) == ["An", "Ăn", "Ân", "Dung", "Đức", "Oanh", "Ô", "Ơn", "Uyên", "Ưng",
                                                "Yến"]


def test_tones_break_ties_after_letters():
    assert sorted(["Hạ", "Ha", "Hà", "Hả", "Hã", "Há", "Hai"], key=collation_key) == [
        "Ha", "Hà", "Hả", "Hã", "Há", "Hạ", "Hai"]


def test_class_list_by_given_name():
    names = ["Trần Văn Đạt", "Lê Thị Dung", "Nguyễn An", "Phạm Ánh"]
    assert sorted(names, key=name_order_key) == ["Nguyễn An", "Phạm Ánh", "Lê Thị Dung", "Trần Văn Đạt"]


@given(st.text(alphabet="aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ ",
               max_size=12))
def test_nfc_and_nfd_sort_alike(text):
    assert collation_key(unicodedata.normalize("NFD", text)) == collation_key(text)


@given(st.text(alphabet="aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵĐ  ",
               max_size=24))
def test_a_text_keyed_word_by_word_sorts_as_the_whole_text(text):
    # collation_key caches each word's key and joins them; the result must equal keying the text in one pass
    assert collation_key(text) == _letters_and_tones.__wrapped__(text)
