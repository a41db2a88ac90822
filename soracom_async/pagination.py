"""Following `x-soracom-next-key` across pages, with bounded prefetch.

While the caller consumes page N, page N+1 is already being fetched (`prefetch` pages ahead,
0 for none). Breaking out of the loop or `aclose()` cancels the prefetch; pages are not kept
after they are yielded, so memory stays flat however long the listing.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Any, Generic, TypeVar
from urllib.parse import parse_qs, urlsplit

import anyio

if TYPE_CHECKING:
    import httpx

    from .operation import PaginatedOperation

T = TypeVar("T")

NEXT_KEY_HEADER = "x-soracom-next-key"
_LINK_NEXT = re.compile(r"<([^>]*)>\s*;\s*rel=\"?next\"?")


class Page(list[T], Generic[T]):
    """One page of results: a list, plus the key that resumes the listing after it."""

    next_key: str | None

    def __init__(self, items: list[T], next_key: str | None) -> None:
        super().__init__(items)
        self.next_key = next_key


def next_key_from(headers: httpx.Headers) -> str | None:
    """The key of the next page: `x-soracom-next-key`, else the `link: <...>; rel=next` URL."""
    key: str | None = headers.get(NEXT_KEY_HEADER)
    if key:
        return key
    link = headers.get("link")
    if link:
        match = _LINK_NEXT.search(link)
        if match:
            values = parse_qs(urlsplit(match.group(1)).query).get("last_evaluated_key")
            if values and values[0]:
                return values[0]
    return None


async def iter_pages(
    op: PaginatedOperation[Any, Any, T],
    params: dict[str, Any],
    *,
    start_key: str | None,
    prefetch: int,
) -> AsyncIterator[Page[T]]:
    if prefetch < 0:
        raise ValueError(f"prefetch must be >= 0, got {prefetch}")

    async def fetch(key: str | None) -> Page[T]:
        page_params = dict(params)
        if key is not None:
            page_params["last_evaluated_key"] = key
        items, headers = await op._fetch_page(page_params)
        return Page(items, next_key_from(headers))

    if prefetch == 0:
        key = start_key
        while True:
            page = await fetch(key)
            yield page
            if page.next_key is None or page.next_key == key:
                return
            key = page.next_key
    else:
        send, receive = anyio.create_memory_object_stream[Page[T] | BaseException](prefetch)

        async def producer() -> None:
            key = start_key
            async with send:
                while True:
                    try:
                        page = await fetch(key)
                    except Exception as exc:
                        await send.send(exc)
                        return
                    await send.send(page)
                    if page.next_key is None or page.next_key == key:
                        return
                    key = page.next_key

        async with anyio.create_task_group() as tg:
            tg.start_soon(producer)
            try:
                async with receive:
                    async for item in receive:
                        if isinstance(item, BaseException):
                            raise item
                        yield item
            finally:
                tg.cancel_scope.cancel()


async def iter_items(
    op: PaginatedOperation[Any, Any, T],
    params: dict[str, Any],
    *,
    start_key: str | None,
    prefetch: int,
) -> AsyncIterator[T]:
    pages = iter_pages(op, params, start_key=start_key, prefetch=prefetch)
    try:
        async for page in pages:
            for item in page:
                yield item
            del page
    finally:
        await pages.aclose()  # type: ignore[attr-defined]
