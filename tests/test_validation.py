"""Tests of app/validation.py: the Chinese ID, credit-code, phone and date rules (DESIGN.md section 5)."""
from __future__ import annotations

import datetime as dt

import pytest

from app.validation import (
    ValidationError,
    id_check_char,
    id_number_problem,
    mask_id_number,
    mask_phone,
    normalize_phone,
    parse_date,
    phone_problem,
    uscc_check_char,
    uscc_problem,
)

TODAY = dt.date(2026, 11, 22)


def with_id_check(first17: str) -> str:
    """A full ID number whose check character is right, so only the part under test is wrong."""
    return first17 + id_check_char(first17)


# --- resident ID numbers (GB 11643-1999) -------------------------------------------------------


@pytest.mark.parametrize("value", ["11010519491231002X", "440524188001010014"])
def test_design_examples_of_id_numbers_are_valid(value):
    assert id_number_problem(value) is None
    assert id_number_problem(value, today=TODAY) is None


def test_id_check_char_of_the_design_examples():
    assert id_check_char("11010519491231002") == "X"
    assert id_check_char("44052418800101001") == "4"


def test_id_check_char_covers_all_eleven_results():
    seen = {id_check_char(f"11010519800101{n:03d}") for n in range(1000)}
    assert seen == set("10X98765432")


def test_lowercase_x_and_surrounding_spaces_are_accepted():
    assert id_number_problem("11010519491231002x") is None
    assert id_number_problem("  11010519491231002X \t") is None


@pytest.mark.parametrize("last", [c for c in "0123456789X" if c != "X"])
def test_wrong_check_character_is_rejected(last):
    assert id_number_problem("11010519491231002" + last) is not None


def test_every_single_digit_change_is_caught_by_the_check_character():
    good = "440524188001010014"
    for i in range(17):
        for d in "0123456789":
            if d == good[i]:
                continue
            bad = good[:i] + d + good[i + 1 :]
            if id_check_char(bad[:17]) == bad[17]:
                pytest.fail(f"{bad} passes the check")  # GB 11643 detects every single substitution


@pytest.mark.parametrize(
    "value",
    ["", "1101051949123100", "11010519491231002", "11010519491231002X1", "110105491231002"],  # incl. old 15-digit
)
def test_wrong_length_is_rejected(value):
    assert id_number_problem(value) is not None


@pytest.mark.parametrize(
    "value",
    [
        "1101051949123100XX",  # X only as the last character
        "11010519491231002Y",
        "A1010519491231002X",
        "110105-9491231002X",
        "１１０１０５１９４９１２３１００２Ｘ",  # full-width digits
        "²10105194912310020",  # str.isdigit() says True, int() fails
    ],
)
def test_non_digits_are_rejected(value):
    assert id_number_problem(value) is not None


@pytest.mark.parametrize(
    "birth",
    [
        "19900230",  # 30 February
        "19900229",  # 1990 is not a leap year
        "19901301",  # month 13
        "19900001",  # month 0
        "19900100",  # day 0
        "19900431",  # 31 April
        "00000101",  # year 0
    ],
)
def test_impossible_birth_dates_are_rejected(birth):
    assert id_number_problem(with_id_check("110105" + birth + "123"), today=TODAY) is not None


def test_leap_day_is_a_real_birth_date():
    assert id_number_problem(with_id_check("110105" + "20000229" + "123"), today=TODAY) is None


def test_future_birth_date_is_rejected():
    future = with_id_check("110105" + "20261123" + "001")
    assert id_number_problem(future, today=TODAY) is not None
    assert id_number_problem(future, today=dt.date(2026, 11, 23)) is None  # born today
    assert id_number_problem(with_id_check("110105" + "20990101" + "001")) is not None  # real today


def test_birth_before_1880_is_rejected():
    assert id_number_problem(with_id_check("110105" + "18791231" + "001"), today=TODAY) is not None
    assert id_number_problem(with_id_check("110105" + "18800101" + "001"), today=TODAY) is None


# --- unified social credit codes (GB 32100-2015) -------------------------------------------------


def test_design_example_of_credit_code_is_valid():
    assert uscc_problem("91350100M000100Y43") is None
    assert uscc_check_char("91350100M000100Y4") == "3"


def test_credit_code_lowercase_and_spaces_are_accepted():
    assert uscc_problem(" 91350100m000100y43 ") is None


@pytest.mark.parametrize("last", [c for c in "0123456789ABCDEFGHJKLMNPQRTUWXY" if c != "3"])
def test_credit_code_wrong_check_character_is_rejected(last):
    assert uscc_problem("91350100M000100Y4" + last) is not None


@pytest.mark.parametrize("letter", list("IOZSV"))
def test_credit_code_forbidden_letters_are_rejected(letter):
    # I O Z S V are left out of the alphabet (they look like 1 0 2 5 U); they are wrong anywhere.
    assert uscc_problem("91350100" + letter + "000100Y43") is not None
    assert uscc_problem("91350100M000100Y4" + letter) is not None
    assert uscc_problem(("91350100" + letter + "000100Y43").lower()) is not None


@pytest.mark.parametrize("value", ["", "91350100M000100Y4", "91350100M000100Y433", "91350100M000100Y4-"])
def test_credit_code_wrong_length_or_character_is_rejected(value):
    assert uscc_problem(value) is not None


def test_credit_code_check_is_zero_when_the_sum_is_a_multiple_of_31():
    # 17 zeros sum to 0, so the check is (31 - 0) mod 31 = 0, not a 32nd character.
    assert uscc_check_char("0" * 17) == "0"
    assert uscc_problem("0" * 18) is None


# --- phones ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value",
    [
        "13812345678",
        "19912345678",
        "14712345678",
        " 138 1234 5678 ",
        "+8613812345678",
        "+86 138 1234 5678",
        "010-12345678",
        "01012345678",
        "0591-87654321",
        "0755-1234567",  # seven-digit local number
        "021-12345678-801",  # extension
        "0591—87654321",  # em dash typed by a Chinese IME
        "0591－87654321",  # full-width hyphen
    ],
)
def test_valid_phones(value):
    assert phone_problem(value) is None


@pytest.mark.parametrize(
    "value",
    [
        "",
        "abc",
        "12812345678",  # second digit must be 3-9
        "10012345678",
        "1381234567",  # ten digits
        "138123456789",  # twelve digits
        "23812345678",
        "87654321",  # landline without area code
        "010-123456",  # local part too short
        "010-123456789",  # local part too long
        "1234-5678",
        "１３８１２３４５６７８",  # full-width digits
        "13８12345678",
        "138-1234-5678x",
    ],
)
def test_invalid_phones(value):
    assert phone_problem(value) is not None


def test_normalize_phone():
    assert normalize_phone(" +86 138 1234 5678 ") == "13812345678"
    assert normalize_phone("0591—87654321") == "0591-87654321"


# --- masks -------------------------------------------------------------------------------------------


def test_mask_id_number():
    assert mask_id_number("11010519491231002X") == "110105********002X"
    assert mask_id_number("91350100M000100Y43") == "913501********0Y43"
    assert mask_id_number("") == ""
    assert mask_id_number(None) == ""  # type: ignore[arg-type]  # an empty database column


@pytest.mark.parametrize("value", ["1", "12345678", "123456789", "1234567890"])
def test_mask_id_number_never_shows_a_short_value(value):
    assert mask_id_number(value) == "*" * len(value)


def test_mask_phone():
    assert mask_phone("13812345678") == "138****5678"
    assert mask_phone("138-1234-5678") == "138****5678"
    assert mask_phone("0591-87654321") == "0591-****4321"
    assert mask_phone("010-12345678") == "010-****5678"
    assert mask_phone("") == ""
    assert mask_phone("1234") == "****"


@pytest.mark.parametrize("value", ["12345", "1234567", "0591-1234", "010-123"])
def test_mask_phone_never_shows_a_short_value_whole(value):
    masked = mask_phone(value)
    assert len(masked) == len(value)
    assert masked != value
    assert "*" in masked


def test_masks_keep_length():
    for value in ("11010519491231002X", "440524188001010014"):
        assert len(mask_id_number(value)) == len(value)
    for value in ("13812345678", "0591-87654321", "021-12345678-801"):
        assert len(mask_phone(value)) == len(value)


# --- dates ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-02-29", dt.date(2024, 2, 29)),
        ("2024/1/5", dt.date(2024, 1, 5)),
        ("2024.01.05", dt.date(2024, 1, 5)),
        (" 1949-10-01 ", dt.date(1949, 10, 1)),
    ],
)
def test_parse_date_valid(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    "text",
    ["", "abc", "2023-02-29", "2024-13-01", "2024-00-10", "2024-04-31", "20240105", "24-01-05", "2024-01", "2024-01-05 10:00"],
)
def test_parse_date_invalid(text):
    assert parse_date(text) is None


# --- error type ----------------------------------------------------------------------------------------


def test_validation_error_names_field_and_rule():
    err = ValidationError("ID number", "the check character of the ID number is wrong", key="id_number")
    assert isinstance(err, ValueError)
    assert err.field == "ID number"
    assert err.key == "id_number"
    assert err.rule == "the check character of the ID number is wrong"
    assert "ID number" in str(err) and err.rule in str(err)
    assert ValidationError("phone", "x").key == "phone"
