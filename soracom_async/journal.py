"""The journal of a resumable bulk job: every item's outcome, durably, in one SQLite file.

    result = await client.bulk(activate, sim_ids, journal="activate.db")    # killed half-way?
    result = await client.bulk(activate, sim_ids, journal="activate.db")    # run it again
    print(result.summary())   # "... 480 succeeded, 520 skipped (done before), 1 outcome unknown"

What the journal holds, and why:

* One row per item key: its state (`started`, `done`, `failed`, `unknown`), how many runs
  started it, and for a failure the error's type name, HTTP status, API code and message. Never
  the item itself, a result, request headers or credentials: an error is reduced to those four
  fields (`describe_error`), so the file holds nothing a log could not. Keys are strings chosen
  by the caller (bulk.py: the item itself when it is a string, else `key=`), looked up by
  primary key (an index: a lookup stays a few microseconds at 100,000 rows, so no batching).
* One meta row per setting: the format, and the checkpoint of a paginator source.
* Standard-library `sqlite3` in WAL mode: a commit appends to the write-ahead log and never
  rewrites the database in place, so a process killed at any instant (SIGKILL included) leaves
  the last committed transaction intact and the uncommitted one absent; there is no server.

The write order (bulk.py drives it, per item):

1. `started` is committed before `fn(item)` is called (unless `replay_safe`, below, where
   it would change nothing);
2. the outcome (`done`, `failed`, or `unknown`) is committed after `fn` returns or raises,
   and before the outcome is reported to anyone (progress, `Outcome`, `BulkResult`).

So after a crash an item is in exactly one of three conditions: no row (never called: run it),
an outcome (final: skip it, or retry a failure with `retry_failed=True`), or `started` with no
outcome: `fn` was running, and its write may or may not have reached the server. What happens
to that last kind is the whole guarantee, and depends on what `fn` tells the job:

* `replay_safe=False` (the default): `fn` may make a non-idempotent write (a POST such as
  `setSimGroup`, `activateSim`). A `started` item is recorded and reported as `unknown`, never
  called again unless the caller opts in with `retry_unknown=True`. Together with the order
  above this is **at most once**: no item whose call may have been applied is called again
  without that opt-in, so no successful write is ever applied twice; every item ends `done`
  (applied exactly once), `failed` (the API refused it, known), or `unknown` (applied at most
  once: look at the resource, or pass `retry_unknown=True` if a replay is harmless). In-run,
  a `SoracomConnectionError` with `request_sent=True` from an operation whose method is not in
  the retry policy's idempotent set is `unknown` too (the SDK already refused to replay it).
* `replay_safe=True`: calling `fn` again for an item whose earlier call may have been applied
  is harmless (it only makes writes that set a state rather than add one: `putSimTags` (a
  PUT), `updateSimSpeedClass` (a POST, but setting a speed class twice leaves one), DELETE,
  or reads). A `started` item is simply run again, a dropped connection is an ordinary
  failure, and nothing is `unknown`: **at least once**, converging on the same end state. Each
  redo is bounded by the calls that were in flight when the process died.

That flag is the rule the journal goes by, because it is the only honest one: what matters is
what `fn` does, and `fn` can call any number of operations; deriving it from the operations
would need to see them before the crash that hides them. A fleet job that only sets speed
classes says `replay_safe=True`; one that activates SIMs leaves the default.

Durability: `synchronous=FULL` (the WAL is fsynced at every commit) when `replay_safe=False`:
there a `started` row lost to a power cut (not just a killed process) would let a write that
reached the server run again, which the guarantee forbids. `synchronous=NORMAL` when
`replay_safe=True`: WAL commits are still durable against a killed process (the log is in the
OS's page cache at commit), and a power cut can only lose recent rows, whose items are then
redone, which `replay_safe` declared harmless. Commits are grouped: items finishing in the same
event-loop turn share one transaction (`Journal.commit`), so an fsync is paid per batch.

A paginator's position is checkpointed with the rows (`ListingCheckpoint`): the `next_key` of
the last page whose items, and all before it, have a final outcome (items of a page complete
out of order at concurrency > 1, so it is the page, not the item, that counts). A resumed job
starts the listing there (`start_at`): only the page in progress is listed again, and its
finished items are skipped by key. Two checkpoints are kept, "settled" (every earlier item has
a final outcome) and "done" (every earlier item succeeded); a run retrying failures or unknowns
starts from the second, since what it must see again lies before the first. A checkpoint
belongs to one listing (operation and parameters); another listing starts from its beginning.

One journal, one job at a time: the connection runs in SQLite's exclusive locking mode and
takes the lock when it opens, so a second process (or job) gets `JournalLockedError` naming
the file, at once. The lock is the database's own file lock, which the kernel drops when its
process dies, so a SIGKILLed job never leaves a stale lock behind (a lock file would).
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
import time
from collections import deque
from collections.abc import Iterator
from typing import Any, Literal

import anyio
import anyio.lowlevel
import attrs

from .errors import SoracomError

logger = logging.getLogger("soracom_async.journal")

FORMAT = "soracom-async bulk journal 1"
State = Literal["started", "done", "failed", "unknown"]
STATES: tuple[State, ...] = ("started", "done", "failed", "unknown")
_MESSAGE_LIMIT = 500
"""Characters of an error message kept: enough to read, bounded per row."""

_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID",
    "CREATE TABLE IF NOT EXISTS items ("
    " key TEXT PRIMARY KEY,"
    " state TEXT NOT NULL,"
    " runs INTEGER NOT NULL,"
    " error_type TEXT, status INTEGER, code TEXT, message TEXT,"
    " updated REAL NOT NULL"
    ") WITHOUT ROWID",
)
_UPSERT = (
    "INSERT INTO items (key, state, runs, error_type, status, code, message, updated)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (key) DO UPDATE SET"
    " state = excluded.state, runs = excluded.runs, error_type = excluded.error_type,"
    " status = excluded.status, code = excluded.code, message = excluded.message,"
    " updated = excluded.updated"
)


class JournalError(SoracomError):
    """The journal file cannot be used (not a journal, unreadable, or a failed write)."""

    def __init__(self, path: str, reason: str) -> None:
        self.path = path
        super().__init__(f"bulk journal {path!r}: {reason}")


class JournalLockedError(JournalError):
    """Another process (or another job in this one) has the journal open."""

    def __init__(self, path: str) -> None:
        super().__init__(
            path, "in use by another bulk job (one journal, one job at a time); retry once it ends"
        )


@attrs.frozen
class ErrorInfo:
    """What the journal keeps of an error: never headers, bodies or credentials."""

    type: str
    status: int | None = None
    code: str | None = None
    message: str | None = None


def describe_error(error: BaseException) -> ErrorInfo:
    """Reduce `error` to what the journal stores: type name, HTTP status, API code, message.

    For the SDK's errors the message is the API's `message` (or the SDK's own text, which never
    carries request headers, see errors.py); for any other exception, its text, truncated."""
    status = getattr(error, "status_code", None)
    code = getattr(error, "code", None)
    message = getattr(error, "message", None)
    if not isinstance(message, str):
        message = str(error)
    return ErrorInfo(
        type(error).__name__,
        status if isinstance(status, int) else None,
        code if isinstance(code, str) else None,
        message[:_MESSAGE_LIMIT] or None,
    )


class RecordedError(SoracomError):
    """An item's outcome from an earlier run of the job, as the journal recorded it.

    Reported for items skipped because they failed before (`outcome_unknown=False`), or whose
    outcome is unknown (`outcome_unknown=True`: their call was in flight when that run died, or
    its connection dropped after sending a non-idempotent request)."""

    def __init__(self, info: ErrorInfo | None, *, outcome_unknown: bool) -> None:
        self.info = info
        self.outcome_unknown = outcome_unknown
        self.error_type = info.type if info else None
        self.status_code = info.status if info else None
        self.code = info.code if info else None
        self.message = info.message if info else None
        if info is None:
            text = "in flight when an earlier run stopped: outcome unknown"
        else:
            status = f" {info.status}" if info.status is not None else ""
            code = f" {info.code}" if info.code else ""
            verb = "outcome unknown after" if outcome_unknown else "failed in an earlier run:"
            text = f"{verb} {info.type}{status}{code}: {info.message}"
        super().__init__(text)


@attrs.frozen
class Record:
    """One item's row."""

    state: State
    runs: int
    error: ErrorInfo | None = None


_Row = tuple[str, str, int, "str | None", "int | None", "str | None", "str | None", float]


def _row(key: str, record: Record) -> _Row:
    error = record.error
    return (
        key,
        record.state,
        record.runs,
        error.type if error else None,
        error.status if error else None,
        error.code if error else None,
        error.message if error else None,
        time.time(),
    )


class Journal:
    """An open journal: lookups, staged rows, and group commits. One job at a time.

    Rows are staged in memory (`stage`) and written by `commit()`, which every staging task
    awaits; whoever calls it first yields one event-loop turn, so rows staged by other tasks in
    that turn ride in the same transaction. `close()` commits whatever is still staged (the
    outcome of an item whose task was cancelled while waiting, say) and releases the lock.
    SQLite runs in the event loop's thread: a lookup or a grouped commit takes microseconds
    (plus one fsync per batch with `durable=True`), less than handing it to a thread would.
    """

    def __init__(self, path: str | os.PathLike[str], *, durable: bool) -> None:
        if not isinstance(path, (str, os.PathLike)):
            raise TypeError(f"journal= must be a file path, got {path!r}")
        self.path = os.fspath(path)
        if not self.path:
            raise ValueError("journal= must be a file path, got ''")
        self.durable = durable
        self._staged: dict[str, Record | None] = {}
        self._meta: dict[str, str] = {}
        self._staged_seq = 0
        """Changes staged so far (a sequence number)..."""
        self._written_seq = 0
        """...and how many of them are written: `commit()` waits until it catches up."""
        self._failure: JournalError | None = None
        self._flushing = False
        self._flushed: anyio.Event | None = None  # made in commit(): needs the event loop
        self._conn: sqlite3.Connection | None = self._open()
        self.commits = 0
        """Transactions written (a group commit counts once)."""

    # -- opening ---------------------------------------------------------------------------

    def _open(self) -> sqlite3.Connection:
        try:
            conn = sqlite3.connect(self.path, timeout=0, isolation_level=None)
        except sqlite3.Error as exc:
            raise JournalError(self.path, f"cannot open it ({exc})") from None
        try:
            self._prepare(conn)
        except BaseException:
            conn.close()
            raise
        return conn

    def _prepare(self, conn: sqlite3.Connection) -> None:
        try:
            # Exclusive locking: the lock taken below is kept until close (and no -shm file).
            conn.execute("PRAGMA locking_mode=EXCLUSIVE")
            mode = conn.execute("PRAGMA journal_mode=WAL").fetchone()[0]
            if str(mode).lower() != "wal":
                raise JournalError(self.path, f"cannot use write-ahead logging (mode {mode})")
            conn.execute(f"PRAGMA synchronous={'FULL' if self.durable else 'NORMAL'}")
            conn.execute("BEGIN EXCLUSIVE")
            for statement in _SCHEMA:
                conn.execute(statement)
            found = conn.execute("SELECT value FROM meta WHERE name = 'format'").fetchone()
            if found is None:
                if conn.execute("SELECT 1 FROM items LIMIT 1").fetchone() is not None:
                    raise JournalError(self.path, "has items but no format: not a bulk journal")
                conn.execute("INSERT INTO meta VALUES ('format', ?)", (FORMAT,))
            elif found[0] != FORMAT:
                raise JournalError(self.path, f"unsupported format {found[0]!r}")
            conn.execute("COMMIT")
        except sqlite3.OperationalError as exc:
            if "locked" in str(exc) or "busy" in str(exc):
                raise JournalLockedError(self.path) from None
            raise JournalError(self.path, f"not usable ({exc})") from None
        except sqlite3.DatabaseError as exc:
            raise JournalError(self.path, f"not a bulk journal ({exc})") from None

    @property
    def closed(self) -> bool:
        return self._conn is None

    def _db(self) -> sqlite3.Connection:
        if self._conn is None:
            raise JournalError(self.path, "closed")
        return self._conn

    # -- reading ---------------------------------------------------------------------------

    def lookup(self, key: str) -> Record | None:
        """The item's record: staged, else committed; None if the job never saw it."""
        if key in self._staged:
            return self._staged[key]
        found = (
            self._db()
            .execute(
                "SELECT state, runs, error_type, status, code, message FROM items WHERE key = ?",
                (key,),
            )
            .fetchone()
        )
        if found is None:
            return None
        state, runs, error_type, status, code, message = found
        error = ErrorInfo(error_type, status, code, message) if error_type else None
        return Record(state, runs, error)

    def meta(self, name: str) -> str | None:
        if name in self._meta:
            return self._meta[name]
        found = self._db().execute("SELECT value FROM meta WHERE name = ?", (name,)).fetchone()
        return None if found is None else str(found[0])

    def counts(self) -> dict[State, int]:
        """Items per state, committed and staged."""
        self.flush()
        totals: dict[State, int] = dict.fromkeys(STATES, 0)
        rows = self._db().execute("SELECT state, count(*) FROM items GROUP BY state")
        for state, count in rows:
            if state in totals:
                totals[state] = int(count)
        return totals

    def keys(self, state: State) -> Iterator[str]:
        """The keys of the items in `state` (e.g. "unknown": the ones to look at by hand)."""
        self.flush()
        for (key,) in self._db().execute("SELECT key FROM items WHERE state = ?", (state,)):
            yield str(key)

    # -- writing ---------------------------------------------------------------------------

    def stage(self, key: str, record: Record | None) -> None:
        """Set the item's record (None: forget it) at the next commit."""
        self._staged[key] = record
        self._staged_seq += 1

    def stage_meta(self, name: str, value: str) -> None:
        self._meta[name] = value
        self._staged_seq += 1

    def unstage(self, key: str) -> bool:
        """Drop a staged, not yet written, change to `key`; False if there was none."""
        return self._staged.pop(key, _MISSING) is not _MISSING

    async def commit(self) -> None:
        """Write everything staged so far, grouped with what other tasks stage meanwhile."""
        target = self._staged_seq
        while self._written_seq < target:
            if self._flushed is None:
                self._flushed = anyio.Event()
            if self._flushing:
                await self._flushed.wait()
                continue
            self._flushing = True
            flushed = self._flushed
            try:
                await anyio.lowlevel.checkpoint()  # rows staged in this turn join the batch
                self.flush()
            finally:
                self._flushing = False
                self._flushed = anyio.Event()
                flushed.set()

    def flush(self) -> None:
        """Write everything staged, now, in one transaction."""
        if self._failure is not None:
            raise self._failure  # what was staged with the failed write is lost: stay failed
        seq = self._staged_seq
        if not self._staged and not self._meta:
            self._written_seq = seq
            return
        staged, self._staged = self._staged, {}
        meta, self._meta = self._meta, {}
        conn = self._db()
        try:
            conn.execute("BEGIN IMMEDIATE")
            forget = [(key,) for key, record in staged.items() if record is None]
            if forget:
                conn.executemany("DELETE FROM items WHERE key = ?", forget)
            conn.executemany(
                _UPSERT, [_row(key, record) for key, record in staged.items() if record]
            )
            if meta:
                conn.executemany(
                    "INSERT INTO meta VALUES (?, ?) ON CONFLICT (name) DO UPDATE"
                    " SET value = excluded.value",
                    list(meta.items()),
                )
            conn.execute("COMMIT")
        except sqlite3.Error as exc:
            if conn.in_transaction:
                conn.rollback()
            self._failure = JournalError(self.path, f"write failed ({exc})")
            raise self._failure from None
        self._written_seq = seq
        self.commits += 1

    def close(self) -> None:
        """Commit what is still staged and release the file (and its lock). Idempotent."""
        conn = self._conn
        if conn is None:
            return
        try:
            self.flush()
        finally:
            self._conn = None
            conn.close()

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<Journal {self.path!r}{' closed' if self.closed else ''}>"


_MISSING: Any = object()


def read(path: str | os.PathLike[str]) -> Journal:
    """Open a journal to look at it (`counts()`, `keys("unknown")`); close it when done.

    It takes the journal's lock like a job would, so it is refused while a job runs."""
    return Journal(path, durable=False)


# -- the checkpoint of a paginator source -------------------------------------------------------


class PendingPage:
    """A page of the listing with items not yet settled."""

    __slots__ = ("fed", "next_key", "not_done", "number", "open")

    def __init__(self, number: int, next_key: str | None) -> None:
        self.number = number
        self.next_key = next_key
        self.open = 0
        """Items of the page taken and not yet settled."""
        self.not_done = 0
        """Items of the page settled otherwise than done (failed, unknown)."""
        self.fed = False
        """Every item of the page has been taken (the next page's first, or the end, seen)."""


@attrs.define
class Position:
    """Where a listing resumes: after `key`, or `end` (it was all settled), or its start."""

    key: str | None = None
    end: bool = False

    def as_json(self) -> Any:
        return "end" if self.end else self.key

    @classmethod
    def from_json(cls, value: Any) -> Position:
        if value == "end":
            return cls(None, end=True)
        return cls(value if isinstance(value, str) and value else None)


class ListingCheckpoint:
    """Tracks which pages of a paginator source have every item settled, in order.

    Holds one small entry per page with items in flight (a few pages: the in-flight window),
    never one per item. `settled` moves past a page once it and every page before it have a
    final outcome for every item; `done` only while every item so far succeeded."""

    META = "listing"

    def __init__(self, journal: Journal, listing: str, *, from_done: bool) -> None:
        self.journal = journal
        self.listing = listing
        stored = self._stored()
        self.settled = stored[0]
        self.done = stored[1]
        self.start = self.done if from_done else self.settled
        # Started past the done-checkpoint: the items in between did not all succeed.
        self._done_blocked = self.start != self.done
        self._pages: deque[PendingPage] = deque()

    def _stored(self) -> tuple[Position, Position]:
        raw = self.journal.meta(self.META)
        if raw is None:
            return Position(), Position()
        try:
            data = json.loads(raw)
        except ValueError:
            return Position(), Position()
        if not isinstance(data, dict) or data.get("listing") != self.listing:
            logger.info("bulk journal %s: another listing; starting from its beginning", self)
            return Position(), Position()
        return Position.from_json(data.get("settled")), Position.from_json(data.get("done"))

    def fed(self, number: int, next_key: str | None) -> PendingPage:
        """An item of page `number` was taken; returns the token to `settle` it with."""
        pages = self._pages
        if not pages or pages[-1].number != number:
            if pages:
                pages[-1].fed = True
            pages.append(PendingPage(number, next_key))
        page = pages[-1]
        page.open += 1
        return page

    def settle(self, page: PendingPage, *, done: bool) -> None:
        """An item of `page` reached a final outcome."""
        page.open -= 1
        if not done:
            page.not_done += 1
        self._advance()

    def ended(self) -> None:
        """The listing ran out: its last page is complete."""
        if self._pages:
            self._pages[-1].fed = True
            self._advance()
        elif not self.settled.end:  # nothing (more) to list: the listing is all settled
            self._move(None, failed=False)

    def _advance(self) -> None:
        pages = self._pages
        moved = False
        while pages and pages[0].fed and pages[0].open == 0:
            page = pages.popleft()
            self._move(page.next_key, failed=page.not_done > 0, write=False)
            moved = True
        if moved:
            self._write()

    def _move(self, next_key: str | None, *, failed: bool, write: bool = True) -> None:
        position = Position(next_key, end=next_key is None)
        self.settled = position
        if failed:
            self._done_blocked = True
        if not self._done_blocked:
            self.done = position
        if write:
            self._write()

    def _write(self) -> None:
        value = {
            "listing": self.listing,
            "settled": self.settled.as_json(),
            "done": self.done.as_json(),
        }
        self.journal.stage_meta(self.META, json.dumps(value, separators=(",", ":")))

    def __str__(self) -> str:
        return self.journal.path


# -- what a job does with each item's record ----------------------------------------------------


Action = Literal["run", "skipped", "failed_before", "unknown"]
"""What a job does with an item: call `fn`, or report it without calling (and how)."""


class JobJournal:
    """A bulk job's use of its journal: the decision per item, and the write order.

    Validates its settings when made (before any I/O); `open()` opens the file."""

    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        retry_failed: bool = False,
        retry_unknown: bool = False,
        replay_safe: bool = False,
    ) -> None:
        if not isinstance(path, (str, os.PathLike)) or not os.fspath(path):
            raise TypeError(f"journal= must be a file path, got {path!r}")
        for name, value in (
            ("retry_failed", retry_failed),
            ("retry_unknown", retry_unknown),
            ("replay_safe", replay_safe),
        ):
            if not isinstance(value, bool):
                raise TypeError(f"{name}= must be True or False, got {value!r}")
        self.path = path
        self.retry_failed = retry_failed
        self.retry_unknown = retry_unknown
        self.replay_safe = replay_safe
        self._journal: Journal | None = None
        self._in_flight: set[str] = set()
        """Keys being run in this job right now (bounded by its concurrency)."""

    @property
    def journal(self) -> Journal:
        if self._journal is None:
            raise JournalError(os.fspath(self.path), "not open")
        return self._journal

    def open(self) -> Journal:
        self._journal = Journal(self.path, durable=not self.replay_safe)
        return self._journal

    def checkpoint(self, listing: str) -> ListingCheckpoint:
        """The checkpoint of `listing`; a run retrying anything resumes from the done one."""
        return ListingCheckpoint(
            self.journal, listing, from_done=self.retry_failed or self.retry_unknown
        )

    def plan(self, key: str) -> tuple[Action, Record | None]:
        """What to do with the item `key`, from its record (call `begin` at once to run it)."""
        if key in self._in_flight:  # the same key twice in one job: the first one runs
            return "skipped", None
        prior = self.journal.lookup(key)
        if prior is None:
            return "run", prior
        if prior.state == "done":
            return "skipped", prior
        if prior.state == "failed":
            return ("run" if self.retry_failed else "failed_before"), prior
        if prior.state == "unknown":
            return ("run" if self.retry_unknown else "unknown"), prior
        # "started" and no outcome: that run stopped while fn was running for this item.
        if self.replay_safe or self.retry_unknown:
            return "run", prior
        self.journal.stage(key, Record("unknown", prior.runs, prior.error))
        return "unknown", prior

    def skip_error(self, action: Action, prior: Record | None) -> RecordedError | None:
        """The error to report an item skipped by `action` with."""
        if action == "failed_before":
            return RecordedError(prior.error if prior else None, outcome_unknown=False)
        if action == "unknown":
            return RecordedError(prior.error if prior else None, outcome_unknown=True)
        return None

    def begin(self, key: str, prior: Record | None) -> bool:
        """Stage `started` (write order, step 1); True when it must be committed before fn is
        called. Not with `replay_safe`: there a `started` row and no row lead the next run to
        the same decision (run it), so the row would cost a transaction and change nothing."""
        self._in_flight.add(key)
        if self.replay_safe:
            return False
        self.journal.stage(key, Record("started", (prior.runs if prior else 0) + 1))
        return True

    def abandon(self, key: str, prior: Record | None) -> None:
        """fn was never called (cancelled while `started` was being written): put back the
        record the item had, so the next run does not take it for one in flight."""
        self._in_flight.discard(key)
        if not self.journal.unstage(key):
            self.journal.stage(key, prior)

    def finish(self, key: str, prior: Record | None, state: State, error: Exception | None) -> None:
        """Stage the outcome: commit it before reporting it (write order, step 2)."""
        self._in_flight.discard(key)
        runs = (prior.runs if prior else 0) + 1
        info = describe_error(error) if error is not None else None
        self.journal.stage(key, Record(state, runs, info))

    async def commit(self) -> None:
        await self.journal.commit()

    def close(self) -> None:
        journal, self._journal = self._journal, None
        if journal is not None:
            journal.close()
