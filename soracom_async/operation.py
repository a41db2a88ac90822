"""Operations: what `client.<group>.<operation>` is.

The generated facade declares each operation as `operation(SPEC, build, parse)`, all three
from the operation's endpoint module: `SPEC` (contracts.OperationSpec) is what the pipeline
needs to know of it (method, path, rate-limit group, auth, ...), `build` turns typed keyword
arguments into request parts, `parse` turns a 2xx response into a model. This module binds
them to the client's pipeline, so a call is `pipeline.send(SPEC, build(...), parse)` and the
signature a user sees (and an editor completes) is the generated `build`'s. The spec is used
as given: nothing here restates or rebuilds an operation's facts.

What an editor, the REPL and `help()` show of an operation comes from the same three:
`inspect.signature(op)` is `build`'s keyword signature with `parse`'s return type,
`op.__doc__` the endpoint's summary, description and parameters followed by its return type,
HTTP method and path, rate-limit group and whether it paginates. An `Operation` is
routine-like (it defines `__get__`, returning itself) so that pydoc documents it as the
function it stands for, and the descriptors on a facade class carry the same name, docstring
and signature, so `help(client.sim)` lists every operation. A paginated operation's `pages()`
and `paginate()` take the generated `paging()` signature of its module (the operation's own
parameters plus `start_key` and `prefetch`): a misspelt argument is a type error, and a
TypeError at run time.
"""

from __future__ import annotations

import copy
import functools
import importlib
import inspect
import re
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any, Generic, NoReturn, ParamSpec, TypeVar, overload

from .contracts import ApiResponse, OperationSpec, RequestOptions
from .errors import MalformedResponseError

if TYPE_CHECKING:
    from ._generated.types import PageRequest, ResponseLike
    from .files import Download
    from .pagination import ItemIterator, JsonBody, PageIterator
    from .pipeline import Pipeline
    from .retry import RetryPolicy

__all__ = [
    "ApiResponse",
    "Operation",
    "OperationSpec",
    "PaginatedOperation",
    "RequestOptions",
    "TagApi",
    "lazy_operation",
    "lazy_paginated_operation",
    "operation",
    "paginated_operation",
]

P = ParamSpec("P")
Q = ParamSpec("Q")
R = TypeVar("R")
T = TypeVar("T")

# Module paths in a rendered annotation: `soracom_async._generated.models.sim.Sim` is `Sim`.
_QUALIFIED = re.compile(r"\b(?:soracom_async\.[\w.]*\.|typing\.|collections\.abc\.)(?=\w)")


def _short(text: str) -> str:
    return _QUALIFIED.sub("", text)


class _Signature(inspect.Signature):
    """A signature that renders its types by their names, as the generated code writes them."""

    __slots__ = ()

    def __str__(self) -> str:
        return _short(super().__str__())


def signature_of(build: Callable[..., Any], parse: Callable[..., Any]) -> inspect.Signature:
    """`build`'s parameters with `parse`'s return type: what calling the operation takes and
    gives (awaited)."""
    params = inspect.signature(build).parameters.values()
    returns = inspect.signature(parse).return_annotation
    return _Signature(list(params), return_annotation=returns)


def describe(spec: OperationSpec, build: Callable[..., Any], signature: inspect.Signature) -> str:
    """An operation's docstring: the endpoint's own (summary, description, parameters), then
    what it returns, where it goes, its rate-limit group and whether it paginates."""
    text = inspect.cleandoc(build.__doc__ or f"{spec.method} {spec.path}")
    returned = signature.return_annotation
    result = "None" if returned is None else _short(inspect.formatannotation(returned))
    if spec.paginated:
        paging = (
            "Paginated: `paginate(...)` yields every item across pages, `pages(...)` each page"
            " (a list with `.next_key`);\nboth take these arguments plus `start_key` and"
            " `prefetch`."
        )
    else:
        paging = "Not paginated."
    return (
        f"{text}\n\nReturns:\n    {result} (awaited; `with_response(...)` gives the status"
        f" and headers too)\n\n{spec.method} {spec.path} (operationId {spec.operation_id})."
        f"\nRate-limit group: {spec.group!r}.\n{paging}"
    )


_Op = TypeVar("_Op", bound="Operation[Any, Any]")


class Operation(Generic[P, R]):
    """One API operation bound to a client. Await it to call it.

    `await op(**params)` returns the parsed body; `await op.with_response(**params)` returns
    an `ApiResponse` with status, headers and attempt count; `op.with_options(...)` returns the
    same operation with per-call timeout, retry policy or extra headers.

    Each instance has the operation's own `__name__`, `__doc__` and `__signature__` (see the
    module docstring): `help(op)` and `inspect.signature(op)` show the operation, not this
    class.
    """

    __signature__: inspect.Signature

    def __init__(
        self,
        pipeline: Pipeline,
        spec: OperationSpec,
        name: str,
        build: Callable[P, dict[str, Any]],
        parse: Callable[[ResponseLike], R],
        options: RequestOptions | None = None,
        *,
        signature: inspect.Signature | None = None,
        doc: str | None = None,
    ) -> None:
        self._pipeline = pipeline
        self.spec = spec
        self._name = name
        self._build = build
        self._parse = parse
        self._options = options
        self.__name__ = self.__qualname__ = name
        self.__signature__ = signature or signature_of(build, parse)
        self.__doc__ = doc or describe(spec, build, self.__signature__)

    def __get__(self: _Op, instance: object, owner: type | None = None) -> _Op:
        """Itself (never bound): this makes an operation routine-like for pydoc and IDEs."""
        return self

    def _request(self, args: tuple[Any, ...], kwargs: dict[str, Any]) -> dict[str, Any]:
        try:
            return self._build(*args, **kwargs)
        except TypeError as exc:
            # Name the operation the user called, not the generated builder.
            raise TypeError(str(exc).replace("build()", f"{self._name}()")) from None

    async def __call__(self, *args: P.args, **kwargs: P.kwargs) -> R:
        return await self._pipeline.call(
            self.spec, self._request(args, kwargs), self._parse, self._options
        )

    async def with_response(self, *args: P.args, **kwargs: P.kwargs) -> ApiResponse[R]:
        return await self._pipeline.send(
            self.spec, self._request(args, kwargs), self._parse, self._options
        )

    def stream(self, *args: P.args, **kwargs: P.kwargs) -> Download:
        """The answer's body as a stream, for file downloads (files.py):

        async with client.file_entry.get_file.stream(scope=..., path=...) as download:
            async for chunk in download: ...     # or: await download.save(path)
        """
        from .files import Download  # downloads are rare: not imported with every facade

        opening = self._pipeline.stream_opener(
            self.spec, self._request(args, kwargs), self._options
        )
        return Download(opening, self._pipeline.open_streams, self.spec.operation_id)

    def with_options(
        self: _Op,
        *,
        timeout: float | None = None,
        retry: RetryPolicy | None = None,
        headers: Mapping[str, str] | None = None,
        auth_headers: Mapping[str, str] | None = None,
    ) -> _Op:
        """This operation with per-call settings. Settings not given here keep what an earlier
        `with_options` set (headers are merged, later ones winning), else the client's.

        `auth_headers` (`X-Soracom-API-Key` and `X-Soracom-Token`) sends the call with another
        token than the client's: its session is not asked, and a 401 is final."""
        bound = copy.copy(self)
        bound._options = RequestOptions.merge(
            self._options, timeout=timeout, retry=retry, headers=headers, auth_headers=auth_headers
        )
        return bound

    def __repr__(self) -> str:
        return f"<Operation {self.spec.operation_id}: {self.spec.method} {self.spec.path}>"


class PaginatedOperation(Operation[P, R], Generic[P, R, T, Q]):
    """An operation whose results come in pages (`x-soracom-next-key`).

    `paginate(**params)` yields items across all pages, `pages(**params)` yields each page; both
    prefetch the next page while the caller works and resume from `start_key`. Leaving early,
    prefer `async with op.paginate(...) as items:` (see pagination.py). Their signature `Q` is
    the endpoint module's `paging()`: the operation's parameters, `start_key`, `prefetch`.
    """

    def __init__(
        self,
        pipeline: Pipeline,
        spec: OperationSpec,
        name: str,
        build: Callable[P, dict[str, Any]],
        parse: Callable[[ResponseLike], R],
        options: RequestOptions | None = None,
        items: Callable[[R], Iterable[T]] | None = None,
        paging: Callable[Q, PageRequest] | None = None,
        *,
        signature: inspect.Signature | None = None,
        doc: str | None = None,
    ) -> None:
        super().__init__(pipeline, spec, name, build, parse, options, signature=signature, doc=doc)
        self._items: Callable[[R], Iterable[T]] = items or _as_items
        self._paging = paging
        self._bind_paging()

    def _bind_paging(self) -> None:
        """`pages` and `paginate` of this instance, showing `paging()`'s signature at run time
        (`inspect.signature(op.pages)`); the methods below type them for checkers."""
        if self._paging is None:
            return
        from .pagination import ItemIterator, PageIterator

        params = list(inspect.signature(self._paging).parameters.values())
        for name, returns in (("pages", PageIterator), ("paginate", ItemIterator)):
            call = functools.partial(getattr(type(self), f"_{name}"), self)
            call.__signature__ = _Signature(params, return_annotation=returns)  # type: ignore[attr-defined]
            call.__doc__ = getattr(type(self), name).__doc__
            self.__dict__[name] = call

    def __copy__(self) -> PaginatedOperation[P, R, T, Q]:
        clone = object.__new__(type(self))
        clone.__dict__.update(self.__dict__)
        clone._bind_paging()  # bound to the copy, whose options with_options() changes
        return clone

    def pages(self, *args: Q.args, **kwargs: Q.kwargs) -> PageIterator[T]:
        """Each page in turn: a `Page` (a list with `.next_key`), following the next-page key.

        `start_key` resumes a listing after the page whose `next_key` it is; `prefetch` pages
        are fetched ahead while the caller works (0: none). Other keyword arguments are the
        operation's own (`limit` included). Leave early with `async with` or `aclose()`.
        """
        return self._pages(*args, **kwargs)

    def paginate(self, *args: Q.args, **kwargs: Q.kwargs) -> ItemIterator[T]:
        """Every item across all pages, streamed (nothing is kept after it is yielded).

        Same arguments as `pages()`.
        """
        return self._paginate(*args, **kwargs)

    def _paging_request(self, args: tuple[Any, ...], kwargs: dict[str, Any]) -> PageRequest:
        if self._paging is None:
            from ._generated.types import PageRequest

            start_key = kwargs.pop("start_key", None)
            prefetch = kwargs.pop("prefetch", 1)
            return PageRequest(kwargs, start_key, prefetch)
        try:
            return self._paging(*args, **kwargs)
        except TypeError as exc:
            raise TypeError(str(exc).replace("paging()", f"{self._name}.pages()")) from None

    def _pages(self, *args: Any, **kwargs: Any) -> PageIterator[T]:
        from .pagination import PageIterator

        request = self._paging_request(args, kwargs)
        params, start_key = self._pagination_params(dict(request.params), request.start_key)
        return PageIterator(
            self._fetch_page,
            self._page_items,
            params,
            start_key=start_key,
            prefetch=request.prefetch,
            name=self.spec.operation_id,
            item=request.item,
        )

    def _paginate(self, *args: Any, **kwargs: Any) -> ItemIterator[T]:
        from .pagination import ItemIterator

        return ItemIterator(self._pages(*args, **kwargs))

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
            failure: Exception = exc
        error = MalformedResponseError.from_parse_error(
            body.status_code, failure, operation_id=self.spec.operation_id
        )
        del failure
        raise error


def _as_items(page: Any) -> Iterable[Any]:
    return page  # type: ignore[no-any-return]


class TagApi:
    """Base of the generated per-group facades (`client.sim`, `client.group`, ...)."""

    group: str = ""

    def __init_subclass__(cls, **kwargs: Any) -> None:
        """A facade is one rate-limit group: each operation declared on it must be in it."""
        super().__init_subclass__(**kwargs)
        for name, member in vars(cls).items():
            if isinstance(member, Declaration) and member.group != cls.group:
                raise TypeError(
                    f"{cls.__name__}.{name}: {member.label} is in group"
                    f" {member.group!r}, not {cls.group!r}"
                )

    def __init__(self, pipeline: Pipeline) -> None:
        self._pipeline = pipeline

    def __repr__(self) -> str:
        return f"<{type(self).__name__} group={self.group!r}>"


class Declaration(Generic[P, R]):
    """Creates the bound operation on first access from an instance, then caches it there.

    On the facade class it stands for the operation in pydoc: it has the operation's
    `__name__`, `__doc__` and `__signature__` (computed on first use, then shared by every
    client's bound operation).

    The generated facades declare their operations lazily (`lazy_operation`): the endpoint
    module (its SPEC, build, parse and models) is imported when the operation is first
    touched, so `client.sim` costs nothing until `client.sim.get_sim` is used, and then only
    what get_sim needs (a group's 40 modules imported at once blocked the loop 100+ ms)."""

    paginated = False

    def __init__(
        self,
        spec: OperationSpec,
        build: Callable[P, dict[str, Any]],
        parse: Callable[[ResponseLike], R],
    ) -> None:
        self._adopt(spec, build, parse)
        self.group = spec.group
        self._module: tuple[str, str] | None = None
        self._name = ""

    @classmethod
    def lazily(cls, module: str, package: str, *, group: str) -> Any:
        """A declaration of the endpoint module `module` (relative to `package`), imported on
        first use; `group` is its rate-limit group (checked against the module's SPEC then)."""
        self = cls.__new__(cls)
        self.group = group
        self._module = (module, package)
        self._name = ""
        return self

    def _adopt(
        self,
        spec: OperationSpec,
        build: Callable[P, dict[str, Any]],
        parse: Callable[[ResponseLike], R],
    ) -> None:
        if spec.paginated is not self.paginated:
            helper = "paginated_operation" if spec.paginated else "operation"
            raise TypeError(f"{spec.operation_id} must be declared with {helper}()")
        self._spec = spec
        self._build = build
        self._parse = parse

    def _load(self) -> None:
        """Import the endpoint module of a lazy declaration (once)."""
        if self._module is None:
            return
        found = importlib.import_module(*self._module)
        if found.SPEC.group != self.group:
            raise TypeError(f"{found.SPEC.operation_id} is in group {found.SPEC.group!r}")
        self._adopt(found.SPEC, found.build, found.parse)
        self._adopt_paging(found)
        self._module = None

    def _adopt_paging(self, module: Any) -> None:
        """What a paginated declaration takes of its module besides SPEC, build and parse."""

    @property
    def label(self) -> str:
        """The operationId, or (not imported yet) the endpoint module's name."""
        return self._module[0] if self._module is not None else self._spec.operation_id

    @property
    def spec(self) -> OperationSpec:
        """The operation's facts (contracts.OperationSpec), from its endpoint module."""
        self._load()
        return self._spec

    def __set_name__(self, owner: type[TagApi], name: str) -> None:
        self._name = name

    @property
    def name(self) -> str:
        """The attribute the operation is on its facade (`client.<group>.<name>`)."""
        return self._name

    @property
    def __name__(self) -> str:
        return self._name

    @functools.cached_property
    def __signature__(self) -> inspect.Signature:
        self._load()
        return signature_of(self._build, self._parse)

    @functools.cached_property
    def __doc__(self) -> str:  # type: ignore[override]
        return describe(self.spec, self._build, self.__signature__)

    def __call__(self, *args: Any, **kwargs: Any) -> NoReturn:
        """Not callable on the class: `client.<group>.<operation>(...)` is (this exists so that
        `inspect.signature` and pydoc read the operation's signature here too)."""
        raise TypeError(f"{self._name} is called on a client: client.<group>.{self._name}(...)")


class OperationDescriptor(Declaration[P, R]):
    __doc__ = Declaration.__dict__["__doc__"]  # a class without a docstring has __doc__ None

    @overload
    def __get__(self, instance: None, owner: type[TagApi]) -> OperationDescriptor[P, R]: ...
    @overload
    def __get__(self, instance: TagApi, owner: type[TagApi]) -> Operation[P, R]: ...
    def __get__(
        self, instance: TagApi | None, owner: type[TagApi]
    ) -> OperationDescriptor[P, R] | Operation[P, R]:
        if instance is None:
            return self
        op = Operation(
            instance._pipeline,
            self.spec,  # imports the endpoint module of a lazy declaration
            self._name,
            self._build,
            self._parse,
            signature=self.__signature__,
            doc=self.__doc__,
        )
        instance.__dict__[self._name] = op
        return op


class PaginatedDescriptor(Declaration[P, R], Generic[P, R, T, Q]):
    __doc__ = Declaration.__dict__["__doc__"]
    paginated = True

    def __init__(
        self,
        spec: OperationSpec,
        build: Callable[P, dict[str, Any]],
        parse: Callable[[ResponseLike], R],
        items: Callable[[R], Iterable[T]] | None,
        paging: Callable[Q, PageRequest] | None = None,
    ) -> None:
        super().__init__(spec, build, parse)
        self._items = items
        self._paging = paging

    def _adopt_paging(self, module: Any) -> None:
        self._items = getattr(module, "items", None)
        self._paging = getattr(module, "paging", None)

    @overload
    def __get__(self, instance: None, owner: type[TagApi]) -> PaginatedDescriptor[P, R, T, Q]: ...
    @overload
    def __get__(self, instance: TagApi, owner: type[TagApi]) -> PaginatedOperation[P, R, T, Q]: ...
    def __get__(
        self, instance: TagApi | None, owner: type[TagApi]
    ) -> PaginatedDescriptor[P, R, T, Q] | PaginatedOperation[P, R, T, Q]:
        if instance is None:
            return self
        op = PaginatedOperation(
            instance._pipeline,
            self.spec,  # imports the endpoint module of a lazy declaration
            self._name,
            self._build,
            self._parse,
            None,
            self._items,
            self._paging,
            signature=self.__signature__,
            doc=self.__doc__,
        )
        instance.__dict__[self._name] = op
        return op


def operation(
    spec: OperationSpec,
    build: Callable[P, dict[str, Any]],
    parse: Callable[[ResponseLike], R],
) -> OperationDescriptor[P, R]:
    """Declare an operation on a generated facade class: its spec, request builder and parser
    (`build` and `parse` also give the call its signature and result type)."""
    return OperationDescriptor(spec, build, parse)


@overload
def paginated_operation(
    spec: OperationSpec,
    build: Callable[P, dict[str, Any]],
    parse: Callable[[ResponseLike], list[T]],
    *,
    paging: Callable[Q, PageRequest] | None = None,
) -> PaginatedDescriptor[P, list[T], T, Q]: ...
@overload
def paginated_operation(
    spec: OperationSpec,
    build: Callable[P, dict[str, Any]],
    parse: Callable[[ResponseLike], R],
    *,
    items: Callable[[R], Iterable[T]],
    paging: Callable[Q, PageRequest] | None = None,
) -> PaginatedDescriptor[P, R, T, Q]: ...
def paginated_operation(
    spec: OperationSpec,
    build: Callable[P, dict[str, Any]],
    parse: Callable[[ResponseLike], Any],
    *,
    items: Callable[[Any], Iterable[Any]] | None = None,
    paging: Callable[Q, PageRequest] | None = None,
) -> PaginatedDescriptor[P, Any, Any, Q]:
    """Declare a paginated operation; `items` gives a page's items (default: the page is the
    list of them), `paging` the arguments of its pages() and paginate() (the module's
    `paging()`: the operation's own plus `start_key` and `prefetch`; the generated facades
    always pass it, without it they take any keyword)."""
    return PaginatedDescriptor(spec, build, parse, items, paging)


def lazy_operation(module: str, package: str, *, group: str) -> Any:
    """Declare an operation whose endpoint module is imported on first use (what the
    generated facades do at run time; to a type checker they declare `operation(...)`)."""
    return OperationDescriptor.lazily(module, package, group=group)


def lazy_paginated_operation(module: str, package: str, *, group: str) -> Any:
    """`lazy_operation` of a paginated operation."""
    return PaginatedDescriptor.lazily(module, package, group=group)
