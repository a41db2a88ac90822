"""The API groups as lazily created namespaces of the client (`client.sim`, ...)."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..pipeline import Pipeline
    from .facade.sandbox import SandboxApi


class SandboxNamespace:
    """Mixed into SoracomClient: each group is imported on first use."""

    _pipeline: Pipeline

    @cached_property
    def sandbox(self) -> SandboxApi:
        """The `API Sandbox` operations."""
        from .facade.sandbox import SandboxApi

        return SandboxApi(self._pipeline)
