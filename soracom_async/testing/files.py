"""Harvest Files as a real store: bytes, content types, ETags and directories per scope.

Keys are paths below a scope's root without the leading "/" (`reports/2024/a.csv`); directory
keys end with "/" and the root is "". Putting a file creates its parent directories, which stay
after the file is deleted (they are removed with deleteDirectory once empty), as the Harvest
Files console shows them. The scopes ("private", "public") are separate stores. Listing entries
follow the document's `FileEntry` schema; a share of directory entries carries null for the
fields a directory has no value for (see `nulls.py`).

The store is part of `EmulatorState` and is only touched with the state lock held; a stored
`FileObject` is immutable, so the storage origin streams one without holding the lock.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass, field

from .errors import ApiError
from .nulls import null_style

DEFAULT_CONTENT_TYPE = "application/octet-stream"
SCOPES = ("private", "public")


@dataclass(frozen=True)
class FileObject:
    content: bytes
    content_type: str
    etag: str  # the MD5 of the content in hex, in double quotes (as S3 sends it)
    created_ms: int
    modified_ms: int

    @property
    def size(self) -> int:
        return len(self.content)


def file_key(path: str) -> str:
    """The key of a file path ("/a/b.txt" -> "a/b.txt"); 400 for a directory or an empty path."""
    key = path.lstrip("/")
    if not key or key.endswith("/"):
        raise ApiError(400, "COM0001", name="path", detail=f"{path!r} is not a file path")
    _check_segments(key)
    return key


def dir_key(path: str) -> str:
    """The key of a directory path: "" for the root ("" or "/"), else "a/b/"."""
    stripped = path.strip("/")
    if not stripped:
        return ""
    _check_segments(stripped)
    return stripped + "/"


def _check_segments(key: str) -> None:
    for segment in key.rstrip("/").split("/"):
        if segment in ("", ".", ".."):
            raise ApiError(
                400, "COM0001", name="path", detail=f"{key!r} has an empty or dot segment"
            )


def _parent(key: str) -> str:
    """The directory key holding `key` (a file or directory key)."""
    head, _, _ = key.rstrip("/").rpartition("/")
    return head + "/" if head else ""


def _name(key: str) -> str:
    return key.rstrip("/").rpartition("/")[2]


@dataclass
class _Scope:
    files: dict[str, FileObject] = field(default_factory=dict)
    dirs: dict[str, int] = field(default_factory=dict)  # directory key -> created (ms)


class FileStore:
    """The files of one operator; see the module docstring (call with the state lock held)."""

    def __init__(self, *, seed: int, null_share: float) -> None:
        self._seed = seed
        self._null_share = null_share
        self._scopes = {scope: _Scope() for scope in SCOPES}

    def _scope(self, scope: str) -> _Scope:
        try:
            return self._scopes[scope]
        except KeyError:
            raise ApiError(400, "COM0001", name="scope", detail=f"{scope!r} is no scope") from None

    def put(self, scope: str, key: str, content: bytes, content_type: str, now_ms: int) -> bool:
        """Store a file; True when it is new, False when it replaced one."""
        store = self._scope(scope)
        if key + "/" in store.dirs:
            raise ApiError(400, "COM0001", name="path", detail=f"{key!r} is a directory")
        previous = store.files.get(key)
        store.files[key] = FileObject(
            content=content,
            content_type=content_type or DEFAULT_CONTENT_TYPE,
            etag='"' + hashlib.md5(content, usedforsecurity=False).hexdigest() + '"',
            created_ms=previous.created_ms if previous is not None else now_ms,
            modified_ms=now_ms,
        )
        parent = _parent(key)
        while parent and parent not in store.dirs:
            store.dirs[parent] = now_ms
            parent = _parent(parent)
        return previous is None

    def get(self, scope: str, key: str) -> FileObject | None:
        return self._scope(scope).files.get(key)

    def is_dir(self, scope: str, key: str) -> bool:
        return key == "" or key in self._scope(scope).dirs

    def delete(self, scope: str, key: str) -> bool:
        return self._scope(scope).files.pop(key, None) is not None

    def delete_dir(self, scope: str, key: str) -> None:
        store = self._scope(scope)
        if key == "":
            raise ApiError(400, "COM0001", name="path", detail="the root cannot be deleted")
        if key not in store.dirs:
            raise ApiError(404, "SEM0001", resource="Directory", ident="/" + key)
        if next(self._children(scope, key), None) is not None:
            raise ApiError(400, "SEM0004", path="/" + key)
        del store.dirs[key]

    def _children(self, scope: str, key: str) -> Iterator[str]:
        store = self._scope(scope)
        for child in (*store.files, *store.dirs):
            if child != key and child.startswith(key) and _parent(child) == key:
                yield child

    def listing(self, scope: str, key: str) -> list[tuple[str, dict[str, object]]]:
        """(page key, FileEntry) of the directory's files and sub-directories, by name."""
        if not self.is_dir(scope, key):
            raise ApiError(404, "SEM0001", resource="Directory", ident="/" + key)
        entries = [
            (_name(c) + ("/" if c.endswith("/") else ""), c) for c in self._children(scope, key)
        ]
        return [(page_key, self.entry(scope, child)) for page_key, child in sorted(entries)]

    def find(self, scope: str, prefix: str) -> list[tuple[str, dict[str, object]]]:
        """(key, FileEntry) of every file whose key starts with `prefix`, by key."""
        store = self._scope(scope)
        wanted = prefix.lstrip("/")
        return [(k, self.entry(scope, k)) for k in sorted(store.files) if k.startswith(wanted)]

    def entry(self, scope: str, key: str) -> dict[str, object]:
        store = self._scope(scope)
        base: dict[str, object] = {
            "filename": _name(key),
            "filePath": "/" + key,
            "directory": "/" + _parent(key),
        }
        if key.endswith("/"):
            created = store.dirs[key]
            base.update(isDirectory=True, createdTime=created, lastModifiedTime=created)
            if null_style(self._null_share, self._seed, "dir", scope, key):
                base.update(contentLength=None, contentType=None, etag=None)
            return base
        obj = store.files[key]
        base.update(
            isDirectory=False,
            contentLength=obj.size,
            contentType=obj.content_type,
            etag=obj.etag,
            createdTime=obj.created_ms,
            lastModifiedTime=obj.modified_ms,
        )
        return base
