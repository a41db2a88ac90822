"""Where the records of the derived resource families live (see resources.py).

Kept apart from the handlers so that `EmulatorState` can own the store without importing
the request machinery. Touch it with the state lock held.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any, Protocol

Ids = tuple[str, ...]


class _Family(Protocol):
    @property
    def item(self) -> str: ...

    @property
    def id_fields(self) -> tuple[str, ...]: ...


class ResourceStore:
    """Records of every family, per scope (touch with the state lock held)."""

    def __init__(self, *, seed: int, now_ms: Callable[[], int], list_size: int) -> None:
        self._seed = seed
        self._now_ms = now_ms
        self._list_size = list_size
        self._records: dict[tuple[str, Ids], dict[Ids, dict[str, Any]]] = {}
        self._seeded_ids: set[tuple[str, tuple[str, ...]]] = set()
        self.singles: dict[tuple[str, tuple[str, ...]], Any] = {}
        self.touched: set[tuple[str, Ids]] = set()  # scopes seeded from other state
        self._counter = 0

    def next_index(self) -> int:
        self._counter += 1
        return self._seed * 1_000_003 + self._counter

    def scope(
        self,
        family: _Family,
        scope: tuple[str, ...],
        seed_with: Callable[[int], dict[str, Any]] | None,
    ) -> dict[tuple[str, ...], dict[str, Any]]:
        key = (family.item, scope)
        records = self._records.get(key)
        if records is None:
            records = self._records[key] = {}
            if seed_with is not None:
                for i in range(self._list_size):
                    record = seed_with(i)
                    ident = tuple(str(record.get(f)) for f in family.id_fields)
                    records[ident] = record
                    self._seeded_ids.add((family.item, (*scope, *ident)))
        return records

    def is_seeded(self, family_item: str, path: tuple[str, ...]) -> bool:
        return (family_item, path) in self._seeded_ids

    def records(self) -> Iterator[tuple[str, tuple[str, ...], dict[str, Any]]]:
        for (item, scope), records in self._records.items():
            for record in records.values():
                yield item, scope, record
