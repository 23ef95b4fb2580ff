"""How a figure and a fact line up, dimension by dimension, in words an editor reads: the period
(a year, a quarter, a day; a level said today against a recent fact), a part against the whole."""

from __future__ import annotations

import datetime as dt
import functools
import re

from ..evidence.store import Fact
from .about import About, Period, as_of_date, fact_about
from .taxonomy import stem


@functools.lru_cache(maxsize=20_000)
def fact_stems(attribute: str, keywords: tuple[str, ...], unit: str) -> frozenset[str]:
    """The stems of a fact's attribute, keywords and unit."""
    words = re.findall(r"[A-Za-z]+", " ".join((attribute, *keywords, unit)))
    return frozenset(stem(w) for w in words if len(w) > 1)


_UNNAMED = "neither the figure nor the fact names a measure the checker knows"


_BASIS_WORDS = {"actual": "a reported result", "planned": "a plan", "forecast": "a forecast or guidance",
                "consensus": "analysts' consensus", "target": "a target"}  # fmt: skip


@functools.lru_cache(maxsize=200_000)
def fact_about_cached(fact: Fact) -> About:
    return fact_about(fact)


@functools.lru_cache(maxsize=200_000)
def fact_word_stems(fact: Fact) -> frozenset[str]:
    return fact_stems(fact.attribute, fact.keywords, "")


def _whole_words(fact: Fact) -> set[str]:
    return {stem(w) for w in re.findall(r"[A-Za-z]+", fact.entity)}


def _overlaps(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two sets of stems share a word, "europ" and "european" counting as one."""
    return bool(a & b) or any(len(x) >= 4 and len(y) >= 4 and (x.startswith(y) or y.startswith(x))
                              for x in a for y in b)  # fmt: skip


def _scope_words(fact: Fact, scope: frozenset[str]) -> str:
    words = [w for w in re.findall(r"[\w-]+", fact.attribute) if stem(w) in scope]
    return " ".join(words) or fact.attribute


SLOW_LEVEL_CURRENT_DAYS = 120  # how long a level that moves slowly (staff, branches) stays current


def _relate_periods(
    cp: Period, fp: Period, fact: Fact, measure, today: dt.date | None
) -> tuple[list[str], list[str]]:  # type: ignore[no-untyped-def]
    """Whether the figure's period and the fact's are one: lists of what differs and what is unsure."""
    differs: list[str] = []
    unsure: list[str] = []
    point = measure is not None and measure.point
    daily = measure is not None and measure.daily
    if daily and fp.day is not None:
        day = cp.day or (
            today
            if not cp.explicit or cp.span is None and cp.year in (None, today and today.year)
            else None
        )
        if day is None:
            unsure.append(f"the fact is of {fp.words()}; this figure's day is not said")
        elif day != fp.day and today is not None and day == today and _last_trading_day(day) == day \
                and fp.day == _trading_day_before(day):  # fmt: skip
            # a morning report dated today quotes yesterday's close: it may agree with that
            # close, it cannot be called wrong by it
            unsure.append(f"the fact is of {fp.words()}, the trading day before this report")
        elif day != fp.day and not (not cp.explicit and _last_trading_day(day) == fp.day):
            differs.append(
                f"the fact is of {fp.words()}, this figure of {day.strftime('%d %b %Y').lstrip('0')}"
            )
        return differs, unsure
    if daily and fp.span in (None, "month") and (cp.day is not None or not cp.explicit):
        # "10-year yield: 4.45%" as of 2026-10: a level that moves daily, dated to a month only
        unsure.append(f"the fact is dated {fact.as_of} only; this level moves every trading day")
        return differs, unsure
    if point and cp.span in (None, "day") and not cp.prior and (cp.year is None or not cp.explicit):
        # a level said today: the fact must be recent
        when = fp.day or (dt.date(fp.year, 12, 28) if fp.year else None)
        if fact.as_of:
            when = as_of_date(fact.as_of) or when
        if today is None or when is None:
            unsure.append("this figure's date is not known")
        elif (today - when).days > 400:
            differs.append(f"the fact dates from {fact.as_of}, this figure is a current one")
        elif (today - when).days > (45 if daily else SLOW_LEVEL_CURRENT_DAYS):
            # a level said today may have moved since: it may agree, it cannot be called wrong
            # (a headcount or a branch network at the year's end is still the latest in spring)
            unsure.append(f"the fact dates from {fact.as_of}; this figure may be of a later date")
        elif when > today + dt.timedelta(days=31):
            unsure.append(f"the fact dates from {fact.as_of}, after the article")
        return differs, unsure
    if (
        point
        and fp.day is not None
        and cp.year is not None
        and cp.span in ("quarter", "half", "year")
    ):
        # "ended the quarter with net debt of $420 million" (Q3) against "net debt at 30 June"
        months = {"quarter": 3, "half": 6, "year": 12}[cp.span]
        last = (cp.part or 12 // months) * months
        start, end = dt.date(cp.year, last - months + 1, 1), _month_end(cp.year, last)
        if end is not None and not start <= fp.day <= end:
            differs.append(f"the fact is of {fp.words()}, this figure of {cp.words()}")
            return differs, unsure
    if cp.year is not None and fp.year is not None and cp.year != fp.year \
            and not (point and cp.span == "month" and fp.day):  # fmt: skip
        differs.append(f"the fact is about {fp.words()}, this figure about {cp.words()}")
        return differs, unsure
    if cp.span and fp.span and fp.span != "day" and cp.span != "day":
        if cp.span != fp.span or cp.part and fp.part and cp.part != fp.part:
            differs.append(f"the fact is about {fp.words()}, this figure about {cp.words()}")
        elif cp.span in ("quarter", "half", "month") and bool(cp.part) != bool(fp.part) \
                and not cp.frequency and not fp.frequency:  # fmt: skip
            unsure.append(
                f"the fact is about {fp.words()}; which {cp.span} this figure covers is not said"
            )
    elif cp.span and fp.span is None and not point:
        when = as_of_date(fact.as_of)
        ends = {"quarter": (cp.part or 0) * 3, "half": (cp.part or 0) * 6, "month": cp.part or 0}
        if cp.day is not None and when is not None and abs((cp.day - when).days) <= 45:
            pass  # "is now cleared in 14 countries" against a count as of this month
        elif when is None or cp.span == "year" or ends.get(cp.span) != when.month:
            unsure.append(
                f"the fact does not say which period it covers ({fact.as_of or 'no date'})"
            )
    elif fp.span and fp.span != "day" and cp.span is None and not point:
        unsure.append(f"the fact is about {fp.words()}; this figure's period is not said")
    if cp.year is None and fp.year is not None and not differs:
        if today is None:
            unsure.append("this figure's year is not said")
        elif fp.year < today.year - 1:
            differs.append(f"the fact is about {fp.words()}, this figure is a recent one")
    return differs, unsure


def _last_trading_day(day: dt.date) -> dt.date:
    """The last weekday before `day` when `day` falls on a weekend or a Monday (prices quoted on
    a Monday morning are Friday's closes), else `day` itself."""
    if day.weekday() in (5, 6, 0):
        return day - dt.timedelta(days=(day.weekday() - 4) % 7 or 3)
    return day


def _trading_day_before(day: dt.date) -> dt.date:
    """The weekday before a weekday from Tuesday to Friday."""
    return day - dt.timedelta(days=1)


def _month_end(year: int, month: int) -> dt.date | None:
    try:
        return dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
    except (ValueError, OverflowError):
        return None
