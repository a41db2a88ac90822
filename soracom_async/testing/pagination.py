"""Pagination as Soracom does it: `limit`, `last_evaluated_key`, `x-soracom-next-key`, `link`.

A page holds the `limit` items after `last_evaluated_key` (the key of the last item of the
previous page). When more remain, the answer carries `x-soracom-next-key: <key>` and
`link: </v1/...?last_evaluated_key=<key>>; rel=next` (the link keeps the request's other query
parameters, `limit` included, so following it yields the next page of the same query).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from .spec import Operation

DEFAULT_PAGE_SIZE = 10
MAX_PAGE_SIZE = 1000


@dataclass(frozen=True)
class Page:
    start: int
    end: int
    next_key: str | None


def page_size(op: Operation, requested: Any, default: int = DEFAULT_PAGE_SIZE) -> int:
    """The effective `limit`: the requested one, else the document's default, else `default`.

    Non-positive values (the document's `-1` default of some device lists) mean "the default";
    requests beyond a documented maximum were already rejected by validation.
    """
    if isinstance(requested, int) and requested > 0:
        return min(requested, MAX_PAGE_SIZE)
    schema = op.limit_param.schema if op.limit_param is not None else {}
    documented = schema.get("default")
    if isinstance(documented, int) and documented > 0:
        return documented
    maximum = schema.get("maximum")
    if isinstance(maximum, int) and maximum > 0:
        return min(default, maximum)
    return default


def page(keys: Sequence[str], last_key: object, limit: int, *, ascending: bool = False) -> Page:
    """Locate the page after `last_key` in `keys` (the listing order).

    With `ascending=True` the keys are sorted, so any key (even one no longer present) resumes
    at the right place; otherwise an unknown key yields an empty last page.
    """
    if last_key is None or last_key in ("", "null"):  # "null": a documented default
        start = 0
    elif not isinstance(last_key, str):  # some operations document an integer key
        return page(keys, str(last_key), limit, ascending=ascending)
    elif ascending:
        start = bisect.bisect_right(keys, last_key)
    else:
        try:
            start = keys.index(last_key) + 1
        except ValueError:
            start = len(keys)
    end = min(start + limit, len(keys))
    next_key = keys[end - 1] if end < len(keys) and end > start else None
    return Page(start, end, next_key)


def next_headers(
    path: str, query: Sequence[tuple[str, str]], param: str, next_key: str | None
) -> list[tuple[str, str]]:
    if next_key is None:
        return []
    kept = [(k, v) for k, v in query if k != param]
    link = f"<{path}?{urlencode([*kept, (param, next_key)])}>; rel=next"
    return [("x-soracom-next-key", next_key), ("link", link)]
