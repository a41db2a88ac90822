"""Client-side pacing per rate-limit group, learnt from `x-soracom-ratelimit-*` headers.

Soracom budgets requests per API group (the operation's tag; the auth-like operations per caller
IP) per window, shared by every caller of the operator, and reports the budget on every answer:
`-limit`, `-remaining` and `-seconds-before-refresh`. A bulk job is bounded by that budget: N
calls at L per window need N/L windows. Firing and retrying on 429 wastes requests and time
(the 429s count against nothing useful and the backoff overshoots the refresh); this scheduler
instead admits a request only when the window can be expected to have room for it, and parks
the rest until there is. See `RateLimitScheduler` for the algorithm.
"""

from __future__ import annotations

import datetime
import email.utils
import logging
import math
import time
from collections import deque
from collections.abc import Callable, Mapping
from typing import NamedTuple

import anyio

logger = logging.getLogger("soracom_async.ratelimit")

LIMIT = "x-soracom-ratelimit-limit"
REMAINING = "x-soracom-ratelimit-remaining"
REFRESH = "x-soracom-ratelimit-seconds-before-refresh"
RETRY_AFTER = "retry-after"

IP_LIMITED_OPERATIONS = frozenset(
    {
        "auth",
        "issuePasswordResetToken",
        "verifyPasswordResetToken",
        "issueMFARevokingToken",
        "verifyMFARevokingToken",
        "verifyAddEmailToken",
    }
)
"""Operations the usage guide limits per caller IP address rather than per operator."""

WINDOW = 60.0
"""The documented window, in seconds: budgets are "per minute", and the refresh header is "the
number of seconds remaining until the one minute period elapses". A larger refresh is clamped
to it: it is either a bug or a hostile server, and believing it would park a whole group for as
long as it says (1e9 s is 31 years)."""

RETRY_AFTER_MAX = 60.0
"""The longest `Retry-After` honoured, in seconds. The usage guide documents no `Retry-After`
and one throttle, the per-minute budget: a 429 is over within one window, so no useful wait is
longer. On a 5xx the header comes from whatever stands in front of the API (a load balancer, a
maintenance page); following it further than one window would hold the call (and every caller
behind it) hostage to one answer, while the retry policy's attempt count and retry budget still
bound how often such a server is asked again."""

STALE_AFTER = 2 * WINDOW
"""A group that got no answer for this long forgets what it learnt (limit, share, slack, window)
and probes afresh: the budget, the other sharers and the window may all have changed."""

NOT_ADMITTED = -1
_DEFAULT_WINDOW = WINDOW  # until a response says otherwise
_INF = math.inf
_MAX_SKIP = 1  # windows a sharer at most skips claiming after its claim was refused


def group_key(group: str, operation_id: str) -> str:
    """The scheduler's key for an operation: its group, or its group per caller IP."""
    return f"{group} (per IP)" if operation_id in IP_LIMITED_OPERATIONS else group


class _Waiter:
    __slots__ = ("armed", "cancelled", "epoch", "event")

    def __init__(self) -> None:
        self.event = anyio.Event()
        self.epoch = NOT_ADMITTED
        self.cancelled = False
        self.armed = _INF


class _Group:
    """What one client knows about one group's current window."""

    __slots__ = (
        "admitted",
        "answered_at",
        "answered_own",
        "backoff",
        "burst",
        "claim_answers",
        "claim_at",
        "claims_paused",
        "deadline",
        "deadline_known",
        "epoch",
        "inflight",
        "key",
        "limit",
        "metered",
        "opened",
        "others_early",
        "others_early_last",
        "others_seen",
        "remaining",
        "share",
        "skip_windows",
        "slack",
        "waiters",
        "window",
    )

    def __init__(self, key: str) -> None:
        self.key = key
        self.epoch = 0  # our count of windows; answers to older windows' requests are ignored
        self.inflight = 0  # our requests admitted and not answered (any window)
        self.waiters: deque[_Waiter] = deque()
        self.forget()

    def forget(self) -> None:
        """Back to knowing nothing (fresh, or stale): the next request probes the group."""
        self.limit: int | None = None  # None: nothing learnt yet (one probe at a time)
        self.metered: bool | None = None  # False: the probe taught nothing: not paced
        self.answered_at = -_INF  # when the last answer (or failure) came, monotonic
        self.opened = 0.0  # when we rolled over into this window
        self.deadline = _INF  # refresh of this window, an upper bound (monotonic seconds)
        self.deadline_known = False  # False: provisional (no answer in this window yet)
        self.window = 0.0  # window length, an upper bound (0: not known yet)
        self.slack = 0.0  # added to deadlines if the server turns out to round down
        self.remaining: int | None = None  # lowest `remaining` the server reported this window
        self.admitted = 0  # our requests admitted in this window
        self.burst = 1  # requests released when the window opens (before any answer)
        self.claim_at = 0.0  # when we may claim more than our burst, if we share the budget
        self.claim_answers = 0  # answers to requests sent since claim_at
        self.backoff = 0  # windows to skip claiming after a refused claim (doubles)
        self.skip_windows = 0  # windows still to skip
        self.claims_paused = False  # skipping claims in this window (unless the others left)
        self.others_early = 0  # others' requests seen spent in this window before our claims
        self.others_early_last = 0  # the same, last window
        self.others_seen = 0  # requests of others seen spent in this window, at least
        self.answered_own = 0  # our requests answered (and counted) in this window
        self.share: float | None = None  # our share of the last window's consumption


class RateLimitScheduler:
    """Paces requests per rate-limit group into the server's window; one per client.

    Why: Soracom states the budget on every answer, so a client can spend it exactly instead
    of discovering it through 429s (botocore's adaptive token bucket, driven by the explicit
    headers rather than by measured throttling). The budget is shared by every caller of the
    operator and there is no coordination service: what other processes spend shows only in
    the server's `remaining`, so that is trusted over any local count.

    How, per group (`acquire` before sending, `observe` each answer, `release` when none came):

    * **Learn.** A group nothing is known about gets one request, the probe. If its answer
      carries no headers, or it gets no answer at all (timeout, dropped connection, a load
      balancer's bare 503), the group is not paced from then on, until an answer carries the
      headers: an unknown budget is not a budget of one, and learning it costs one round trip
      at most. Each answer gives `limit`, `remaining` and the refresh. `seconds-before-refresh`
      counts whole seconds (rounded up), so the deadline kept is the tightest upper bound
      consistent with every answer of the window, min(received_at + seconds_before_refresh):
      never early. A 429 means remaining=0 (`Retry-After` stands in when the rate-limit
      headers are absent).
    * **Distrust.** Every hint is clamped (`parse_budget`): a refresh to the documented
      one-minute `WINDOW`, `Retry-After` to `RETRY_AFTER_MAX`; so no deadline lies further
      than one window (plus a second of slack) past the answer that set it, whatever the
      server says. A group that heard nothing for `STALE_AFTER` forgets what it learnt and
      probes afresh.
    * **Admit.** Never more of our requests unanswered than the lowest `remaining` the server
      reported in this window (its count may not include them yet). Alone, that is all of it;
      when others spend from the same window too, only our proportion of what is left
      (`our answered / window consumed`), so that independent processes do not all grab the
      same remainder.
    * **Refresh.** Once the window is spent, callers park (FIFO) until the deadline. Then,
      before the new window answers, `share * limit` are released at once, `share` being the
      part of the last window's budget we got (1 when alone: the whole budget goes out at
      once). Not the whole herd: sharers' bursts add up to the limit, never past it.
    * **Claim what is left.** A process whose share is below 1 waits a while after its burst
      (a tenth of the window, at least the header's 1 s resolution, at most half the window),
      so that the other processes' bursts land first, then probes what is left with one
      request and doubles per answer, within its proportion. A probe refused with a 429 means
      the others spend their part: claiming is skipped for the next window, unless the others
      are seen to spend less than before (some of them left). The claims also make the shares
      follow demand: a process whose partners finished gets the whole budget in the next
      window. This favours efficiency over fairness: a process that arrives while another
      spends the whole budget gets what is left over until that one slows down; the total
      never suffers.
    * **First window.** With no share known, admission starts with one probe and doubles per
      answer (slow start), so processes that start together do not overshoot.
    * **Correct.** An answer whose window must be newer than the one tracked (its earliest
      possible refresh is past our deadline) rolls the window over; answers to requests of an
      earlier window are not used for the current one. If a request sent right after our
      computed refresh is refused for the old window, the server rounds the refresh down, and
      a second of slack is added to later deadlines.

    Waiting is FIFO and cancellable: only the head of a group's queue sleeps until the next
    change (refresh or end of the settling time); the rest wait for their turn, so parking
    10,000 callers costs no timers. Cancelling a parked caller (or one admitted but not yet
    sent) gives its place back. Admission without waiting costs a few attribute updates.

    `enabled=False` turns pacing off (requests go out at once and only the retry policy
    reacts to 429s), e.g. to compare against in a benchmark.
    """

    def __init__(
        self, *, enabled: bool = True, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.enabled = enabled
        self._clock = clock
        """The monotonic clock that `observe`'s times come from (tests inject one)."""
        self._groups: dict[str, _Group] = {}

    # -- the pipeline's side ---------------------------------------------------------------

    async def acquire(self, key: str) -> int:
        """Wait until a request of group `key` may be sent; returns its ticket (the window)."""
        ticket = self.try_acquire(key)
        if ticket is not None:
            return ticket
        return await self._park(self._groups[key])

    def try_acquire(self, key: str) -> int | None:
        """`acquire` without waiting: the ticket if a request of group `key` may be sent now,
        else None (the pipeline then parks in `acquire`, inside a scope that closing cancels)."""
        if not self.enabled:
            return NOT_ADMITTED
        group = self._groups.get(key)
        if group is None:
            group = self._groups[key] = _Group(key)
        if not group.waiters and self._can_admit(group, self._clock()):
            return self._admit(group)
        return None

    def observe(
        self,
        key: str,
        ticket: int,
        status: int,
        headers: Mapping[str, str],
        sent_at: float,
        received_at: float,
    ) -> None:
        """Learn from the answer to an admitted request (monotonic send/receive times)."""
        if ticket == NOT_ADMITTED:
            return
        group = self._groups[key]
        group.inflight -= 1
        group.answered_at = received_at
        try:
            self._learn(group, ticket, status, headers, sent_at, received_at)
        finally:
            self._pump(group)

    def release(self, key: str, ticket: int, *, sent: bool = True) -> None:
        """An admitted request got no answer (failed, cancelled, or never `sent`).

        If it was the probe of a group that nothing is known about, the group is not paced
        from now on (until an answer carries the headers): learning the budget may cost one
        round trip, never a queue of callers each waiting for a timeout in turn."""
        if ticket == NOT_ADMITTED:
            return
        group = self._groups[key]
        group.answered_at = self._clock()
        if group.metered is None:
            group.metered = False
            logger.debug("group %s: the probe got no answer; not paced until one", group.key)
        self._give_back(group, ticket, sent=sent)

    def _give_back(self, group: _Group, ticket: int, *, sent: bool) -> None:
        group.inflight -= 1
        if not sent and ticket == group.epoch:
            group.admitted -= 1
        self._pump(group)

    def retry_hint(self, key: str) -> float | None:
        """Seconds until `key`'s window refreshes, if it is known to be spent."""
        group = self._groups.get(key)
        if group is None or not self.enabled or group.remaining != 0 or not group.deadline_known:
            return None
        return max(0.0, group.deadline - self._clock())

    def snapshot(self, key: str) -> dict[str, float | int | None]:
        """What the scheduler knows about a group (for logs, tests and benchmarks)."""
        group = self._groups.get(key)
        if group is None:
            return {}
        return {
            "limit": group.limit,
            "remaining": group.remaining,
            "in_flight": group.inflight,
            "waiting": sum(1 for w in group.waiters if not w.cancelled),
            "share": group.share,
            "seconds_before_refresh": (
                max(0.0, group.deadline - self._clock()) if group.deadline_known else None
            ),
        }

    # -- admission -------------------------------------------------------------------------

    def _can_admit(self, group: _Group, now: float) -> bool:
        if group.metered is False:
            return True
        if now >= group.deadline:
            if group.inflight == 0 and now - group.answered_at > STALE_AFTER:
                self._forget(group)
            else:
                self._roll_over(group, now)
        if group.limit is None:
            return group.inflight == 0  # probing
        if group.remaining is None:  # this window has not answered yet
            return group.admitted < group.burst
        if group.remaining <= group.inflight:
            return False
        if group.admitted < group.burst:
            return True  # our part of the window's opening burst
        if group.share is None:
            if group.inflight > group.answered_own:
                return False  # slow start in the first window: doubling per answer
        elif group.share < 1.0:
            if now < group.claim_at:
                return False  # let the others' bursts land before claiming what is left
            if group.claims_paused and group.others_early * 2 >= group.others_early_last:
                return False  # our last claims were refused, and the others still spend
            if group.inflight > group.claim_answers:
                return False  # our view of `remaining` is old: probe, then double per answer
        consumed = group.limit - group.remaining
        share = min(1.0, group.answered_own / consumed) if consumed > 0 else 1.0
        # Our share of what is left, rounded: sharing processes' claims add up to `remaining`.
        return share >= 1.0 or group.inflight + 0.5 <= share * group.remaining

    @staticmethod
    def _wake_time(group: _Group, now: float) -> float:
        """When admission may next change without an answer arriving: the refresh, or the end
        of the opening burst's settling time."""
        if group.admitted >= group.burst and now < group.claim_at < group.deadline:
            return group.claim_at
        return group.deadline

    def _admit(self, group: _Group) -> int:
        group.inflight += 1
        group.admitted += 1
        return group.epoch

    @staticmethod
    def _forget(group: _Group) -> None:
        logger.debug("group %s: nothing heard for %.0f s; probing afresh", group.key, STALE_AFTER)
        group.epoch += 1  # answers to requests of before are not used
        group.forget()

    def _roll_over(self, group: _Group, now: float) -> None:
        if group.limit and group.remaining is not None:
            # What we got of the whole budget: exact when the window was spent, and never more
            # than our true part when others spent some after our last answer (so the sharers'
            # bursts add up to the limit at most). But when most of the budget was left and
            # nobody else was seen spending, all of it: a light user need not ramp up again.
            idle = group.others_seen == 0 and group.remaining >= 0.9 * group.limit
            group.share = 1.0 if idle else min(1.0, group.answered_own / group.limit)
        if group.share is not None and group.limit:
            group.burst = max(1, int(group.share * group.limit + 0.5))
        else:
            group.burst = 1  # a probe
        group.claim_at = now
        group.claims_paused = False
        if group.share is not None and group.share < 1.0:
            group.claim_at = now + min(0.5 * group.window, max(0.1 * group.window, 1.0))
            if group.skip_windows > 0:
                group.skip_windows -= 1
                group.claims_paused = True
        group.claim_answers = 0
        group.others_early_last, group.others_early = group.others_early, 0
        group.others_seen = 0
        group.epoch += 1
        if logger.isEnabledFor(logging.DEBUG):
            logger.debug(
                "%s: window %d (share %s, burst %d, claims after %.3fs%s, %d waiting)",
                group.key,
                group.epoch,
                "?" if group.share is None else f"{group.share:.2f}",
                group.burst,
                group.claim_at - now,
                " unless others leave" if group.claims_paused else "",
                len(group.waiters),
            )
        group.opened = now
        group.remaining = None
        group.admitted = group.answered_own = 0
        # Provisional, so that callers parked behind requests that never answer still move on.
        group.deadline = now + (group.window or _DEFAULT_WINDOW) + group.slack
        group.deadline_known = False

    async def _park(self, group: _Group) -> int:
        waiter = _Waiter()
        group.waiters.append(waiter)
        try:
            self._pump(group, waiter)
            while waiter.epoch == NOT_ADMITTED:
                timeout = _INF
                if group.waiters and group.waiters[0] is waiter:
                    now = self._clock()
                    waiter.armed = self._wake_time(group, now)
                    timeout = waiter.armed - now
                with anyio.move_on_after(timeout):
                    await waiter.event.wait()
                if waiter.epoch != NOT_ADMITTED:
                    break
                waiter.event = anyio.Event()
                self._pump(group, waiter)
        except BaseException:
            waiter.cancelled = True
            if waiter.epoch != NOT_ADMITTED:
                self._give_back(group, waiter.epoch, sent=False)  # never left: nothing learnt
            else:
                self._pump(group)
            raise
        return waiter.epoch

    def _pump(self, group: _Group, current: _Waiter | None = None) -> None:
        """Admit parked callers in order while the budget allows; keep the head's timer set."""
        waiters = group.waiters
        if not waiters:
            return
        now = self._clock()
        while waiters:
            head = waiters[0]
            if head.cancelled:
                waiters.popleft()
                continue
            if not self._can_admit(group, now):
                if head is not current and head.armed != self._wake_time(group, now):
                    head.event.set()  # the new head (or a changed deadline): re-arm its timer
                return
            waiters.popleft()
            head.epoch = self._admit(group)
            head.event.set()

    # -- learning ----------------------------------------------------------------------------

    def _learn(
        self,
        group: _Group,
        ticket: int,
        status: int,
        headers: Mapping[str, str],
        sent_at: float,
        received_at: float,
    ) -> None:
        limit, remaining, refresh = parse_budget(headers, status)
        if refresh is None:
            if group.metered is None:
                # The probe's answer (any status: a load balancer's 503 too) taught nothing.
                group.metered = False
                logger.debug("group %s carries no rate-limit headers: not paced", group.key)
            return
        group.metered = True
        if limit is not None:
            group.limit = limit
        elif group.limit is None:
            group.limit = remaining + 1 if remaining is not None else 1
        if ticket != group.epoch:
            return  # the request belonged to an earlier window
        deadline = received_at + refresh + group.slack
        earliest = sent_at + refresh - 1.0
        if group.deadline_known and earliest > group.deadline + 1e-3:
            # Only a newer window than the one tracked can refresh this late.
            self._roll_over(group, received_at)
            group.admitted = 1
        if status == 429 or remaining is not None:
            # Spent by others so far, at least (our unanswered requests may be counted).
            spent = group.limit if status == 429 else group.limit - (remaining or 0)
            others = spent - group.answered_own - (0 if status == 429 else 1) - group.inflight
            group.others_seen = max(group.others_seen, others)
        if sent_at < group.claim_at and remaining is not None and status != 429:
            # Others' spending seen before our claims (as of our latest answer, not counting our
            # requests in flight): less than last window's means some of them left.
            group.others_early = max(
                0, group.limit - remaining - group.answered_own - 1 - group.inflight
            )
        elif sent_at >= group.claim_at and group.share is not None and group.share < 1.0:
            group.claim_answers += 1
            if status == 429:
                if group.skip_windows == 0:  # nothing was left over after all: claim less often
                    group.backoff = min(_MAX_SKIP, 2 * group.backoff or 1)
                    group.skip_windows = group.backoff
            else:
                group.backoff = 0
        if status == 429:
            if (
                not group.deadline_known
                and group.answered_own == 0
                and group.epoch > 1
                and group.slack == 0.0
                and deadline < group.opened + group.window - 1.0
            ):
                # Refused for the window we took as refreshed: the server rounds down.
                group.slack = 1.0
                deadline += 1.0
                logger.info("group %s: refresh came late; adding 1 s of slack", group.key)
            group.remaining = 0
        else:
            group.answered_own += 1
            if remaining is not None:
                group.remaining = (
                    remaining if group.remaining is None else min(group.remaining, remaining)
                )
        if group.remaining is None:
            group.remaining = remaining
        if not group.deadline_known:
            group.deadline = deadline
            group.deadline_known = True
            group.window = max(group.window, refresh)
        elif deadline < group.deadline:
            group.deadline = deadline


# -- the one parser of the servers' hints ----------------------------------------------------


class Budget(NamedTuple):
    """What one answer says about its group's budget (None: absent or unusable)."""

    limit: int | None
    remaining: int | None
    refresh: float | None
    """Seconds before the window refreshes, at most `WINDOW`."""


def header(headers: Mapping[str, str], name: str) -> str | None:
    """A header's value by its lower-case `name`, whatever the case of the mapping's keys.

    The transports' mappings are case-insensitive; a plain dict (an error's copy, a test's) is
    searched by lower-casing its keys."""
    value = headers.get(name)
    if value is None and isinstance(headers, dict):
        for key, candidate in headers.items():
            if key.lower() == name:
                found: str = candidate
                return found
    return value


def _count(raw: str | None, *, minimum: int) -> int | None:
    if raw is None:
        return None
    try:
        value = int(raw.strip())
    except ValueError:
        return None
    return value if value >= minimum else None


def refresh_seconds(headers: Mapping[str, str]) -> float | None:
    """`x-soracom-ratelimit-seconds-before-refresh`, clamped to the documented `WINDOW`.

    None when absent, not a number, negative, NaN or infinite: a hint we cannot use is no hint."""
    raw = header(headers, REFRESH)
    if raw is None:
        return None
    try:
        seconds = float(raw)
    except ValueError:
        return None
    if not 0.0 <= seconds < _INF:  # also False for NaN
        return None
    return min(seconds, WINDOW)


def retry_after_seconds(headers: Mapping[str, str], *, now: float | None = None) -> float | None:
    """`Retry-After` in seconds, clamped to [0, `RETRY_AFTER_MAX`].

    Both forms of RFC 9110 are understood: delay-seconds and an HTTP-date (a date in the past
    means "now"); `now` is the wall clock to measure a date against (default `time.time()`).
    None when absent or unparseable."""
    raw = header(headers, RETRY_AFTER)
    if raw is None:
        return None
    raw = raw.strip()
    try:
        seconds = float(raw)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(raw)
        except (TypeError, ValueError, IndexError):
            return None
        if when.tzinfo is None:  # RFC 9110 dates are GMT; a zone-less one is taken as UTC
            when = when.replace(tzinfo=datetime.timezone.utc)
        seconds = when.timestamp() - (time.time() if now is None else now)
        seconds = max(0.0, seconds)
    if not 0.0 <= seconds < _INF:
        return None
    return min(seconds, RETRY_AFTER_MAX)


def server_hint(headers: Mapping[str, str], *, rate_limited: bool = True) -> float | None:
    """Seconds the server asked us to wait before trying again, clamped.

    For a 429 (`rate_limited`), `x-soracom-ratelimit-seconds-before-refresh`, else
    `Retry-After`; for other statuses, `Retry-After` only (every answer carries the window's
    refresh, but only a 429 is told to wait for it)."""
    if rate_limited:
        refresh = refresh_seconds(headers)
        if refresh is not None:
            return refresh
    return retry_after_seconds(headers)


def parse_budget(headers: Mapping[str, str], status: int) -> Budget:
    """The budget an answer states. A 429 without the refresh header but with `Retry-After`
    counts as a spent window refreshing after it."""
    limit = _count(header(headers, LIMIT), minimum=1)
    remaining = _count(header(headers, REMAINING), minimum=0)
    refresh = refresh_seconds(headers)
    if refresh is None and status == 429:
        refresh = retry_after_seconds(headers)
        if refresh is not None:
            remaining = 0
    return Budget(limit, remaining, refresh)
