"""Operations: what `client.<group>.<operation>` is.

The generated facade declares each operation as `operation(build, parse, ...)`: `build` turns
typed keyword arguments into request parts, `parse` turns a 2xx response into a model. This
module binds the two to the client's pipeline, so a call is `pipeline.send(build(...), parse)`
and the signature a user sees (and an editor completes) is the generated `build`'s.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any, Generic, ParamSpec, TypeVar, overload

import attrs

if TYPE_CHECKING:
    from ._generated.types import ResponseLike
    from .files import Download
    from .pagination import ItemIterator, JsonBody, PageIterator
    from .pipeline import Pipeline
    from .retry import RetryPolicy

P = ParamSpec("P")
R = TypeVar("R")
T = TypeVar("T")


@attrs.frozen
class OperationSpec:
    """What the pipeline needs to know about an operation besides its request."""

    operation_id: str
    method: str
    path: str
    group: str
    """The rate-limit group: the operation's tag."""
    auth: bool = True
    redirect: bool = False
    """The document declares a 3xx answer (Harvest Files' getFile): the pipeline follows it,
    without credentials; any other 3xx is an `UnexpectedRedirectError`."""


@attrs.frozen(kw_only=True)
class RequestOptions:
    """Per-call overrides of the client's settings (see `Operation.with_options`)."""

    timeout: float | None = None
    retry: RetryPolicy | None = None
    headers: Mapping[str, str] = attrs.field(factory=dict)


@attrs.frozen
class ApiResponse(Generic[R]):
    """A successful response: the parsed body plus what a caller may want to inspect."""

    parsed: R
    status_code: int
    headers: Mapping[str, str] = attrs.field(repr=False)
    """Case-insensitive response headers."""
    operation_id: str
    attempts: int = 1
    """How many HTTP attempts the call took (1 when nothing was retried)."""


_Op = TypeVar("_Op", bound="Operation[Any, Any]")


class Operation(Generic[P, R]):
    """One API operation bound to a client. Await it to call it.

    `await op(**params)` returns the parsed body; `await op.with_response(**params)` returns
    an `ApiResponse` with status, headers and attempt count; `op.with_options(...)` returns the
    same operation with per-call timeout, retry policy or extra headers.
    """

    __slots__ = ("_build", "_name", "_options", "_parse", "_pipeline", "spec")

    def __init__(
        self,
        pipeline: Pipeline,
        spec: OperationSpec,
        name: str,
        build: Callable[P, dict[str, Any]],
        parse: Callable[[ResponseLike], R],
        options: RequestOptions | None = None,
    ) -> None:
        self._pipeline = pipeline
        self.spec = spec
        self._name = name
        self._build = build
        self._parse = parse
        self._options = options

    def _request(self, args: tuple[Any, ...], kwargs: dict[str, Any]) -> dict[str, Any]:
        try:
            return self._build(*args, **kwargs)
        except TypeError as exc:
            # Name the operation the user called, not the generated builder.
            raise TypeError(str(exc).replace("build()", f"{self._name}()")) from None

    async def __call__(self, *args: P.args, **kwargs: P.kwargs) -> R:
        response = await self._pipeline.send(
            self.spec, self._request(args, kwargs), self._parse, self._options
        )
        return response.parsed

    async def with_response(self, *args: P.args, **kwargs: P.kwargs) -> ApiResponse[R]:
        return await self._pipeline.send(
            self.spec, self._request(args, kwargs), self._parse, self._options
        )

    def stream(self, *args: P.args, **kwargs: P.kwargs) -> Download:
        """The answer's body as a stream, for file downloads (files.py):

        async with client.file_entry.get_file.stream(scope=..., path=...) as download:
            async for chunk in download: ...     # or: await download.save(path)
        """
        return self._pipeline.download(self.spec, self._request(args, kwargs), self._options)

    def with_options(
        self: _Op,
        *,
        timeout: float | None = None,
        retry: RetryPolicy | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> _Op:
        """This operation with per-call settings (unset ones keep the client's)."""
        bound = copy.copy(self)
        bound._options = RequestOptions(timeout=timeout, retry=retry, headers=dict(headers or {}))
        return bound

    def __repr__(self) -> str:
        return f"<Operation {self.spec.operation_id}: {self.spec.method} {self.spec.path}>"


class PaginatedOperation(Operation[P, R], Generic[P, R, T]):
    """An operation whose results come in pages (`x-soracom-next-key`).

    `paginate(**params)` yields items across all pages, `pages(**params)` yields each page; both
    prefetch the next page while the caller works and resume from `start_key`. Leaving early,
    prefer `async with op.paginate(...) as items:` (see pagination.py).
    """

    __slots__ = ("_items",)

    def __init__(
        self,
        pipeline: Pipeline,
        spec: OperationSpec,
        name: str,
        build: Callable[P, dict[str, Any]],
        parse: Callable[[ResponseLike], R],
        options: RequestOptions | None = None,
        items: Callable[[R], Iterable[T]] | None = None,
    ) -> None:
        super().__init__(pipeline, spec, name, build, parse, options)
        self._items: Callable[[R], Iterable[T]] = items or _as_items

    def pages(
        self, *, start_key: str | None = None, prefetch: int = 1, **params: Any
    ) -> PageIterator[T]:
        """Each page in turn: a `Page` (a list with `.next_key`), following the next-page key.

        `start_key` resumes a listing after the page whose `next_key` it is; `prefetch` pages
        are fetched ahead while the caller works (0: none). Other keyword arguments are the
        operation's own (`limit` included). Leave early with `async with` or `aclose()`.
        """
        from .pagination import PageIterator

        params, start_key = self._pagination_params(params, start_key)
        return PageIterator(
            self._fetch_page,
            self._page_items,
            params,
            start_key=start_key,
            prefetch=prefetch,
            name=self.spec.operation_id,
        )

    def paginate(
        self, *, start_key: str | None = None, prefetch: int = 1, **params: Any
    ) -> ItemIterator[T]:
        """Every item across all pages, streamed (nothing is kept after it is yielded).

        Same arguments as `pages()`.
        """
        from .pagination import ItemIterator

        return ItemIterator(self.pages(start_key=start_key, prefetch=prefetch, **params))

    def _pagination_params(
        self, params: dict[str, Any], start_key: str | None
    ) -> tuple[dict[str, Any], str | None]:
        key = params.pop("last_evaluated_key", None)
        if key is not None:
            if start_key is not None:
                raise TypeError(
                    f"{self._name}.pages(): pass start_key= or last_evaluated_key=, not both"
                )
            start_key = key
        self._request((), params)  # bad arguments fail here, not inside the fetch task
        return params, start_key

    async def _fetch_page(self, params: dict[str, Any]) -> tuple[JsonBody, Mapping[str, str]]:
        """One page's response, its JSON decoded (so a garbled body is retried like any GET).

        Turning it into models is left to `_page_items`, which the iterator calls when the
        caller takes the page: the fetch of the next page need not wait for it.
        """
        from .pagination import decode_json

        response = await self._pipeline.send(
            self.spec, self._request((), params), decode_json, self._options
        )
        return response.parsed, response.headers

    def _page_items(self, body: JsonBody) -> list[T]:
        """The page's items as models (the generated parser run on the decoded body)."""
        try:
            items = self._items(self._parse(body))
            return items if type(items) is list else list(items)
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            from .errors import MalformedResponseError

            raise MalformedResponseError(
                body.status_code, operation_id=self.spec.operation_id, reason=type(exc).__name__
            ) from exc


def _as_items(page: Any) -> Iterable[Any]:
    return page  # type: ignore[no-any-return]


class TagApi:
    """Base of the generated per-group facades (`client.sim`, `client.group`, ...)."""

    group: str = ""

    def __init__(self, pipeline: Pipeline) -> None:
        self._pipeline = pipeline

    def __repr__(self) -> str:
        return f"<{type(self).__name__} group={self.group!r}>"


class _Descriptor(Generic[P, R]):
    """Creates the bound operation on first access from an instance, then caches it there."""

    def __init__(
        self,
        build: Callable[P, dict[str, Any]],
        parse: Callable[[ResponseLike], R],
        operation_id: str,
        method: str,
        path: str,
        auth: bool,
    ) -> None:
        self._build = build
        self._parse = parse
        self._operation_id = operation_id
        self._method = method
        self._path = path
        self._auth = auth
        self._name = ""

    def __set_name__(self, owner: type[TagApi], name: str) -> None:
        self._name = name

    def _spec(self, owner: type[TagApi]) -> OperationSpec:
        return OperationSpec(self._operation_id, self._method, self._path, owner.group, self._auth)


class OperationDescriptor(_Descriptor[P, R]):
    @overload
    def __get__(self, instance: None, owner: type[TagApi]) -> OperationDescriptor[P, R]: ...
    @overload
    def __get__(self, instance: TagApi, owner: type[TagApi]) -> Operation[P, R]: ...
    def __get__(
        self, instance: TagApi | None, owner: type[TagApi]
    ) -> OperationDescriptor[P, R] | Operation[P, R]:
        if instance is None:
            return self
        op = Operation(instance._pipeline, self._spec(owner), self._name, self._build, self._parse)
        instance.__dict__[self._name] = op
        return op


class PaginatedDescriptor(_Descriptor[P, R], Generic[P, R, T]):
    def __init__(
        self,
        build: Callable[P, dict[str, Any]],
        parse: Callable[[ResponseLike], R],
        operation_id: str,
        method: str,
        path: str,
        auth: bool,
        items: Callable[[R], Iterable[T]] | None,
    ) -> None:
        super().__init__(build, parse, operation_id, method, path, auth)
        self._items = items

    @overload
    def __get__(self, instance: None, owner: type[TagApi]) -> PaginatedDescriptor[P, R, T]: ...
    @overload
    def __get__(self, instance: TagApi, owner: type[TagApi]) -> PaginatedOperation[P, R, T]: ...
    def __get__(
        self, instance: TagApi | None, owner: type[TagApi]
    ) -> PaginatedDescriptor[P, R, T] | PaginatedOperation[P, R, T]:
        if instance is None:
            return self
        op = PaginatedOperation(
            instance._pipeline,
            self._spec(owner),
            self._name,
            self._build,
            self._parse,
            None,
            self._items,
        )
        instance.__dict__[self._name] = op
        return op


def operation(
    build: Callable[P, dict[str, Any]],
    parse: Callable[[ResponseLike], R],
    operation_id: str,
    method: str,
    path: str,
    *,
    auth: bool = True,
) -> OperationDescriptor[P, R]:
    """Declare an operation on a generated facade class."""
    return OperationDescriptor(build, parse, operation_id, method, path, auth)


@overload
def paginated_operation(
    build: Callable[P, dict[str, Any]],
    parse: Callable[[ResponseLike], list[T]],
    operation_id: str,
    method: str,
    path: str,
    *,
    auth: bool = True,
) -> PaginatedDescriptor[P, list[T], T]: ...
@overload
def paginated_operation(
    build: Callable[P, dict[str, Any]],
    parse: Callable[[ResponseLike], R],
    operation_id: str,
    method: str,
    path: str,
    *,
    items: Callable[[R], Iterable[T]],
    auth: bool = True,
) -> PaginatedDescriptor[P, R, T]: ...
def paginated_operation(
    build: Callable[P, dict[str, Any]],
    parse: Callable[[ResponseLike], Any],
    operation_id: str,
    method: str,
    path: str,
    *,
    items: Callable[[Any], Iterable[Any]] | None = None,
    auth: bool = True,
) -> PaginatedDescriptor[P, Any, Any]:
    """Declare a paginated operation; `items` extracts the list when a page is an object."""
    return PaginatedDescriptor(build, parse, operation_id, method, path, auth, items)
