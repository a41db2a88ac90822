"""Every operation the client offers, as data: derived from the generated facades at run time.

    from soracom_async.catalog import SPEC_VERSION, operations

    for info in operations().values():
        print(info.namespace, info.attr, info.method, info.path)

Nothing here is generated: each endpoint module's `SPEC` is the one statement of its
operation's facts, and the facades (`client.<namespace>.<attr>`) are what a caller reaches, so
the catalogue walks the client's namespaces and reads the spec of each operation declared on
them. A catalogue generated beside the facades could disagree with them; this one cannot.

Calling `operations()` imports every facade and endpoint module (once per process, then the
result is cached); `import soracom_async` never imports this module.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Mapping
from functools import cached_property
from types import MappingProxyType
from typing import TYPE_CHECKING, NamedTuple, cast

from ._generated import SPEC_VERSION
from ._generated.namespaces import TagNamespaces
from ._generated_sandbox.namespaces import SandboxNamespace
from .operation import Declaration, TagApi

if TYPE_CHECKING:
    from .pipeline import Pipeline

__all__ = ["SPEC_VERSION", "OperationInfo", "operations", "sandbox_operations"]


class OperationInfo(NamedTuple):
    """One operation: its document facts and where the client has it."""

    operation_id: str
    tag: str
    """The operation's tag: its rate-limit group and facade."""
    namespace: str
    """The client attribute of its group: `client.<namespace>`."""
    attr: str
    """Its attribute on the namespace: `client.<namespace>.<attr>`."""
    method: str
    path: str
    """The document's path template (placeholders named as the document names them)."""
    paginated: bool
    auth: bool
    redirect: bool


def _facades(
    mixin: type[TagNamespaces | SandboxNamespace] = TagNamespaces,
) -> Iterator[tuple[str, type[TagApi]]]:
    """(namespace, facade class) of each namespace of the client, as the client creates them."""
    holder = mixin()
    holder._pipeline = cast("Pipeline", None)  # facades only store it; nothing is sent
    for name, member in vars(mixin).items():
        if isinstance(member, cached_property):
            facade = getattr(holder, name)
            if not isinstance(facade, TagApi):
                raise TypeError(f"client.{name} is not an API group facade")
            yield name, type(facade)


def _declared(facade: type[TagApi]) -> Iterator[tuple[str, Declaration[..., object]]]:
    for attr, member in vars(facade).items():
        if isinstance(member, Declaration):
            yield attr, member


@functools.cache
def operations() -> Mapping[str, OperationInfo]:
    """Every operation of the main API, keyed by operationId, in operationId order
    (read-only)."""
    return _catalogue(TagNamespaces)


@functools.cache
def sandbox_operations() -> Mapping[str, OperationInfo]:
    """The API Sandbox's own operations (`client.sandbox.<attr>`), as `operations()`."""
    return _catalogue(SandboxNamespace)


def _catalogue(mixin: type[TagNamespaces | SandboxNamespace]) -> Mapping[str, OperationInfo]:
    found: dict[str, OperationInfo] = {}
    for namespace, facade in _facades(mixin):
        for attr, declared in _declared(facade):
            spec = declared.spec
            if spec.operation_id in found:
                raise ValueError(f"{spec.operation_id} is declared twice")
            found[spec.operation_id] = OperationInfo(
                operation_id=spec.operation_id,
                tag=spec.group,
                namespace=namespace,
                attr=attr,
                method=spec.method,
                path=spec.path,
                paginated=spec.paginated,
                auth=spec.auth,
                redirect=spec.redirect,
            )
    return MappingProxyType(dict(sorted(found.items())))
