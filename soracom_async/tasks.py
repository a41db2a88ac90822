"""Background work, one way: a task beside the caller's, owned by an object.

Structured concurrency (a task group) is used wherever the work ends before the caller goes
on. Some work must outlive the call that starts it and stop when its owner is closed or
dropped: a paginator's prefetch, a bulk iterator's job, the token session's early refresh.
`Background` is that primitive, for asyncio and trio alike, so each of them spawns its task the
same way and is cancelled and awaited the same way.
"""

from __future__ import annotations

import contextvars
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

import anyio
import sniffio

if TYPE_CHECKING:  # imported when a task is spawned on it: `import soracom_async` stays light
    import asyncio

__all__ = ["Background"]


_BACKGROUND_TASKS: set[asyncio.Task[None]] = set()
"""Strong references to running asyncio background tasks (the loop keeps only weak ones)."""


class Background:
    """A task beside the caller's, owned by one object rather than by a task group.

    It runs `fn` inside its own cancel scope, never raises into the event loop (`fn` must
    catch its own errors), and is cancelled with `cancel()` - safe from `__del__` - or
    cancelled and waited for with `aclose()`. On asyncio it is a plain task; on trio a system
    task (trio has no other unparented task), given a copy of the caller's context variables.
    """

    __slots__ = ("_done", "_scope")

    def __init__(self, fn: Callable[[], Awaitable[None]], *, name: str) -> None:
        scope = self._scope = anyio.CancelScope()
        done = self._done = anyio.Event()

        async def run() -> None:
            try:
                with scope:
                    await fn()
            finally:
                done.set()

        if sniffio.current_async_library() == "trio":
            import trio

            trio.lowlevel.spawn_system_task(run, name=name, context=contextvars.copy_context())
        else:
            import asyncio

            task = asyncio.get_running_loop().create_task(run(), name=name)
            _BACKGROUND_TASKS.add(task)
            task.add_done_callback(_BACKGROUND_TASKS.discard)

    @property
    def done(self) -> bool:
        return self._done.is_set()

    def cancel(self) -> None:
        """Ask the task to stop (returns at once; the task ends at its next checkpoint)."""
        if not self._done.is_set():
            self._scope.cancel()

    async def aclose(self) -> None:
        """Cancel the task and wait until it has ended (even if the caller is cancelled)."""
        self.cancel()
        with anyio.CancelScope(shield=True):
            await self._done.wait()
