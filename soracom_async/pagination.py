"""Following `x-soracom-next-key` across pages, with bounded prefetch.

    async with client.sim.list_sims.paginate(limit=100) as sims:   # items across all pages
        async for sim in sims:
            ...

    async for page in client.sim.list_sims.pages(limit=100):       # pages: lists + .next_key
        process(page)
        checkpoint = page.next_key      # later: .pages(start_key=checkpoint) continues here

How it works:

* The key of the next page is `x-soracom-next-key`, else the `last_evaluated_key` of the
  `link: <...>; rel=next` URL; it is sent back as `last_evaluated_key`. A missing key, or the
  key that was just sent, ends the listing. A key already followed earlier in the same
  listing (A -> B -> A) would loop forever: the page that carries it is handed out, then the
  iteration raises `MalformedResponseError` naming the key.
* With `prefetch=N` (default 1) a fetch task runs up to N pages ahead of the caller: while the
  caller works on page k, page k+1 is already in flight. `prefetch=0` fetches each page in the
  caller's own task when it asks for it.
* The fetch task belongs to the iterator, not to a task group: it starts on the first
  `__anext__`, hands pages over a zero-buffer memory stream (so at most N pages exist beyond
  the caller's), and is cancelled - and waited for, so no request, connection or limiter slot
  outlives it - by `aclose()`, by leaving `async with`, or when the iterator is dropped (a bare
  `break` out of `async for`, which Python does not turn into `aclose()`). Nothing refers back
  from the task to the iterator, so dropping the iterator is what cancels it.
* A failed fetch reaches the caller at the point in the listing where it happened (after the
  pages before it), and ends the iteration.
* Pages are not kept after they are handed over: memory is one page plus the prefetched ones,
  however long the listing. `paginate()` lets go of each item's JSON as soon as its model is
  built, so a page's JSON and its models are not alive together (fewer objects for the
  garbage collector to walk and promote: its full collections were a tenth of a stream's CPU).
* `paginate()` builds each item as it is handed out: a page's JSON is decoded when it is
  fetched (a garbled body fails, and is retried, there), and when the page is a JSON array
  and the operation names how to build one item (`PageRequest.item`, the item model's
  from_dict; 51 of the 53 listings), each item becomes a model when the caller takes it. An
  item that cannot be built raises `MalformedResponseError` at that item, after the items
  before it were handed out, and ends the listing. `pages()` still builds each `Page` whole
  when it hands it out (a Page is a list), and so does `paginate()` for the two listings
  whose items are not the page's array (listOrderedSubscribers' page is an object holding
  them, listSoraCamDeviceRecordingsAndEvents' page is one item).
* Page bodies are decoded by `_json.loads`: orjson when installed (`soracom-async[speed]`),
  the standard library otherwise, with the same answers (NaN is refused by both, a big
  integer parsed exactly by both).
* Checkpoints (what a resumable bulk job needs, see journal.py): `ItemIterator.position` tells
  which page the last item handed out came from and that page's `next_key`, and `start_at(key)`
  moves a listing that has not started yet to a checkpoint; `listing` names the operation and
  its parameters, so a checkpoint is only ever applied to the listing it was taken from.
"""

from __future__ import annotations

import json
import re
from collections.abc import Awaitable, Callable, Iterable, Iterator
from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, TypeVar
from urllib.parse import parse_qs, urlsplit

import anyio

from ._json import loads
from .errors import MalformedResponseError
from .tasks import Background

if TYPE_CHECKING:
    from collections.abc import Mapping

    from anyio.streams.memory import MemoryObjectReceiveStream, MemoryObjectSendStream

    from .transport import RawResponse

T = TypeVar("T")

NEXT_KEY_HEADER = "x-soracom-next-key"
KEY_PARAM = "last_evaluated_key"
_LINK_NEXT = re.compile(r"<([^>]*)>\s*;\s*rel=\"?next\"?")

FetchPage = Callable[[dict[str, Any]], Awaitable[tuple[Any, "Mapping[str, str]"]]]
"""Fetch one page: request params in, (raw page, response headers) out."""
ParsePage = Callable[[Any], Iterable[T]]
"""Turn a raw page into its items (models), when the caller takes the page."""
BuildItem = Callable[[Any], T]
"""Build one item from its JSON (the item model's from_dict), when the caller takes it."""


class JsonBody:
    """A response whose JSON body is already decoded: what a generated parser reads of it."""

    __slots__ = ("_data", "content", "headers", "status_code")

    def __init__(
        self, status_code: int, content: bytes, data: Any, headers: Mapping[str, str]
    ) -> None:
        self.status_code = status_code
        self.content = content
        self._data = data
        self.headers = headers

    def json(self) -> Any:
        return self._data


def decode_json(response: RawResponse) -> JsonBody:
    """The pipeline's parser for pages: JSON only (a garbled body fails, and is retried, here)."""
    content = response.content
    return JsonBody(response.status_code, content, loads(content), response.headers)


class Page(list[T], Generic[T]):
    """One page of results: a list, plus the key that continues the listing after it.

    `next_key` is None on the last page; pass it as `start_key=` to resume after this page.
    """

    __slots__ = ("next_key",)

    def __init__(self, items: Iterable[T] = (), next_key: str | None = None) -> None:
        super().__init__(items)
        self.next_key = next_key

    def __repr__(self) -> str:
        return f"Page({list.__repr__(self)}, next_key={self.next_key!r})"


def next_key_from(headers: Mapping[str, str]) -> str | None:
    """The key of the next page: `x-soracom-next-key`, else the `link: <...>; rel=next` URL."""
    key = headers.get(NEXT_KEY_HEADER)
    if key:
        return key
    link = headers.get("link")
    if link:
        match = _LINK_NEXT.search(link)
        if match:
            values = parse_qs(urlsplit(match.group(1)).query).get(KEY_PARAM)
            if values and values[0]:
                return values[0]
    return None


def _built(
    data: list[Any], build: BuildItem[T], pages: PageIterator[T], status: int
) -> Iterator[T]:
    """Each item of a page's JSON array built as it is taken. An item that cannot be built is
    a MalformedResponseError raised there, after the items before it were handed out, and it
    ends the listing (as a page that cannot be parsed does).

    The array is the iterator's own (decoded for this listing, seen by nothing else): each
    item's JSON is let go of as soon as its model is built, so a page's JSON and its models
    are not alive together (fewer objects for the garbage collector to carry and promote)."""
    for index in range(len(data)):
        raw = data[index]
        data[index] = None
        try:
            item = build(raw)
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            failure: Exception = exc
        except BaseException:
            pages._abandon()
            raise
        else:
            del raw
            yield item
            continue
        pages._abandon()
        error = MalformedResponseError.from_parse_error(status, failure, operation_id=pages._name)
        del failure
        raise error


class _Failure:
    """A fetch error travelling from the fetch task to the caller."""

    __slots__ = ("error",)

    def __init__(self, error: BaseException) -> None:
        self.error = error


class _Fetched:
    """A fetched page, not yet parsed into models, travelling to the caller."""

    __slots__ = ("next_key", "raw")

    def __init__(self, raw: Any, next_key: str | None) -> None:
        self.raw = raw
        self.next_key = next_key


def _is_last(page: _Fetched, key: str | None) -> bool:
    return page.next_key is None or page.next_key == key


class _Trail:
    """The keys a listing has followed, to stop one whose pages cycle."""

    __slots__ = ("_name", "_seen", "start")

    def __init__(self, name: str, start_key: str | None) -> None:
        self._name = name
        self.start = start_key
        self._seen: set[str] = set() if start_key is None else {start_key}

    def follow(self, key: str) -> MalformedResponseError | None:
        """Record `key` as the next to fetch; the error to raise if it was followed before."""
        if key in self._seen:
            return MalformedResponseError(
                200,
                operation_id=self._name,
                reason=f"the next-page key {key!r} was already followed in this listing",
            )
        self._seen.add(key)
        return None


async def _fetch(fetch: FetchPage, params: dict[str, Any], key: str | None) -> _Fetched:
    if key is not None:
        params = {**params, KEY_PARAM: key}
    raw, headers = await fetch(params)
    return _Fetched(raw, next_key_from(headers))


async def _produce(
    fetch: FetchPage,
    params: dict[str, Any],
    key: str | None,
    trail: _Trail,
    send: MemoryObjectSendStream[_Fetched | _Failure],
) -> None:
    """The fetch loop of a prefetching iterator. Refers to nothing of the iterator itself."""
    async with send:
        item: _Fetched | _Failure
        while True:
            try:
                item = await _fetch(fetch, params, key)
            except Exception as exc:
                item = _Failure(exc)
            try:
                await send.send(item)
                if isinstance(item, _Failure) or _is_last(item, key):
                    return
                key = item.next_key
                del item  # the caller's now: not held while the next page is fetched
                assert key is not None
                cycle = trail.follow(key)
                if cycle is not None:
                    await send.send(_Failure(cycle))
                    return
            except (anyio.BrokenResourceError, anyio.ClosedResourceError):
                return  # the caller has gone


class PageIterator(Generic[T]):
    """Async iterator over the pages of a listing; each page is a `Page` (a list + `next_key`).

    Returned by `op.pages(...)`. Close it when leaving early: `async with op.pages() as pages`,
    `contextlib.aclosing(...)` or `await pages.aclose()`; a dropped iterator is cleaned up too.
    """

    __slots__ = (
        "_background",
        "_closed",
        "_fetch",
        "_item",
        "_key",
        "_name",
        "_params",
        "_parse",
        "_prefetch",
        "_receive",
        "_stop",
        "_trail",
    )

    def __init__(
        self,
        fetch: FetchPage,
        parse: ParsePage[T],
        params: dict[str, Any],
        *,
        start_key: str | None = None,
        prefetch: int = 1,
        name: str = "pages",
        item: BuildItem[T] | None = None,
    ) -> None:
        if not isinstance(prefetch, int) or prefetch < 0:
            raise ValueError(f"prefetch must be an int >= 0, got {prefetch!r}")
        self._fetch = fetch
        self._parse = parse
        self._item = item
        self._params = params
        self._key = start_key
        self._prefetch = prefetch
        self._name = name
        self._closed = False
        self._receive: MemoryObjectReceiveStream[_Fetched | _Failure] | None = None
        self._background: Background | None = None
        self._trail = _Trail(name, start_key)
        self._stop: MalformedResponseError | None = None
        """Raised by the next `__anext__` (inline mode): the listing cycled."""

    @property
    def listing(self) -> str:
        """The operation and its parameters (not the start key): which listing this is."""
        params = json.dumps(self._params, sort_keys=True, default=str, separators=(",", ":"))
        return f"{self._name} {params}"

    def start_at(self, key: str) -> None:
        """Begin the listing at the page after the one whose `next_key` is `key` (a checkpoint),
        instead of where it was created to begin; only before the first page is asked for."""
        if not isinstance(key, str) or not key:
            raise ValueError(f"start_at needs a non-empty next-page key, got {key!r}")
        begun = self._receive is not None or self._key != self._trail.start
        if begun or self._closed or self._stop is not None:
            raise RuntimeError(f"{self._name}: start_at() after the listing has started")
        self._key = key
        self._trail = _Trail(self._name, key)

    def __aiter__(self) -> PageIterator[T]:
        return self

    async def __anext__(self) -> Page[T]:
        return self._page(await self._next_fetched())

    async def _next_fetched(self) -> _Fetched:
        """The next fetched page, not yet turned into models (StopAsyncIteration at the end)."""
        receive = self._receive
        if receive is None:
            if self._stop is not None:
                error, self._stop = self._stop, None
                raise error
            if self._closed:
                raise StopAsyncIteration
            if self._prefetch == 0:
                return await self._next_inline()
            receive = self._start()
        try:
            item = await receive.receive()
        except (anyio.EndOfStream, anyio.ClosedResourceError):
            self._finish()
            raise StopAsyncIteration from None
        if isinstance(item, _Failure):
            self._finish()
            raise item.error
        return item

    def _page(self, fetched: _Fetched) -> Page[T]:
        # Parsed here, in the caller's turn: the fetch task is already after the next page.
        self._key = fetched.next_key
        try:
            return Page(self._parse(fetched.raw), fetched.next_key)
        except BaseException:
            self._abandon()
            raise

    def _items_of(self, fetched: _Fetched) -> Iterator[T]:
        """The items of a fetched page for `ItemIterator`: built one by one as they are taken
        when the page is a JSON array and the operation names how to build an item, else the
        page built whole (`_page`)."""
        build = self._item
        data = fetched.raw.json() if build is not None else None
        if build is None or type(data) is not list:
            return iter(self._page(fetched))
        self._key = fetched.next_key
        return _built(data, build, self, fetched.raw.status_code)

    def _abandon(self) -> None:
        """A page could not be turned into models: the listing ends, its prefetch is stopped."""
        self._finish()
        if self._background is not None:
            self._background.cancel()

    async def _next_inline(self) -> _Fetched:
        key = self._key
        try:
            fetched = await _fetch(self._fetch, self._params, key)
        except BaseException:
            self._closed = True
            raise
        if _is_last(fetched, key):
            self._closed = True
        else:
            assert fetched.next_key is not None
            self._key = fetched.next_key
            self._stop = self._trail.follow(fetched.next_key)
            if self._stop is not None:
                self._closed = True
        return fetched

    def _start(self) -> MemoryObjectReceiveStream[_Fetched | _Failure]:
        # A zero buffer: the fetch task holds at most one finished page while it waits for
        # the caller, so `prefetch` pages exist beyond the caller's (a buffer of N-1 + that one).
        send, receive = anyio.create_memory_object_stream[_Fetched | _Failure](self._prefetch - 1)
        fetch, params, key, trail = self._fetch, self._params, self._key, self._trail
        self._receive = receive
        self._background = Background(
            lambda: _produce(fetch, params, key, trail, send),
            name=f"soracom-prefetch:{self._name}",
        )
        return receive

    def _finish(self) -> None:
        self._closed = True
        receive, self._receive = self._receive, None
        if receive is not None:
            receive.close()

    async def aclose(self) -> None:
        """Stop: cancel the prefetch and wait for it to end. Idempotent."""
        self._finish()
        background, self._background = self._background, None
        if background is not None:
            await background.aclose()

    async def __aenter__(self) -> PageIterator[T]:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    def __del__(self) -> None:
        # Dropped without aclose() (a bare `break`): stop the fetch task. Best effort only,
        # since the event loop may already be gone.
        try:
            if self._receive is not None:
                self._receive.close()
            if self._background is not None:
                self._background.cancel()
        except Exception:  # noqa: S110
            pass

    def __repr__(self) -> str:
        state = "closed" if self._closed else f"next_key={self._key!r}"
        return f"<PageIterator {self._name} prefetch={self._prefetch} {state}>"


class ItemIterator(Generic[T]):
    """Async iterator over the items of every page of a listing, streamed.

    Returned by `op.paginate(...)`; it wraps a `PageIterator` (see there for closing).
    """

    __slots__ = ("_items", "_page_key", "_page_number", "_pages")

    def __init__(self, pages: PageIterator[T]) -> None:
        self._pages = pages
        self._items: Iterator[T] = iter(())
        self._page_number = 0
        self._page_key: str | None = None

    @property
    def pages(self) -> PageIterator[T]:
        """The underlying page iterator."""
        return self._pages

    @property
    def listing(self) -> str:
        """Which listing this is (operation and parameters); see `PageIterator.listing`."""
        return self._pages.listing

    @property
    def position(self) -> tuple[int, str | None]:
        """Where the last item handed out came from: (its page's number in this iteration,
        from 1; that page's `next_key`, None on the last page). (0, None) before the first."""
        return self._page_number, self._page_key

    def start_at(self, key: str) -> None:
        """Begin after the page whose `next_key` is `key`; see `PageIterator.start_at`."""
        self._pages.start_at(key)

    def __aiter__(self) -> ItemIterator[T]:
        return self

    async def __anext__(self) -> T:
        for item in self._items:
            return item
        pages = self._pages
        while True:
            # An exhausted iterator lets go of its page, so a page is freed as soon as its last
            # item has been handed out; each item is built as it is taken (`_built`).
            fetched = await pages._next_fetched()
            self._page_number += 1
            self._page_key = fetched.next_key
            self._items = pages._items_of(fetched)
            del fetched  # not held while the next page is awaited
            for item in self._items:
                return item

    async def aclose(self) -> None:
        """Stop: cancel the prefetch and wait for it to end. Idempotent."""
        self._items = iter(())
        await self._pages.aclose()

    async def __aenter__(self) -> ItemIterator[T]:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    def __repr__(self) -> str:
        return f"<ItemIterator over {self._pages!r}>"
