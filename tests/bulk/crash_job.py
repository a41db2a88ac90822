"""A bulk job run in a subprocess by test_crash.py, to be SIGKILLed at a chosen point.

Environment: SORACOM_ENDPOINT, AUTH_KEY_ID, AUTH_KEY (the emulator's), JOURNAL (the file),
MODE ("set": a blind setSimGroup POST, not replay-safe; "check-set": read the SIM first and
set its group only if needed; "speed": updateSimSpeedClass, a PUT, replay-safe), TARGET (the
group id or speed class), RETRY_UNKNOWN ("1" to replay unknown outcomes), and
KILL_AFTER_COMMITS=N: the process SIGKILLs itself right after its N-th journal transaction.
Writes the job's counts as one JSON line on stdout when it completes.
"""

from __future__ import annotations

import json
import os
import signal
import sys
from typing import Any

import anyio

import soracom_async as sa
from soracom_async import journal as journal_module

PAGE = 7
CONCURRENCY = 4


COMMITS = [0]


def arm_kill_switch(after: int) -> None:
    """Count the journal's commits; SIGKILL this process right after the `after`-th one (the
    test's kill point; 0: never)."""
    flush = journal_module.Journal.flush

    def flush_then_maybe_die(self: journal_module.Journal) -> None:
        before = self.commits
        flush(self)
        if self.commits > before:
            COMMITS[0] += 1
            if COMMITS[0] == after:
                os.kill(os.getpid(), signal.SIGKILL)

    journal_module.Journal.flush = flush_then_maybe_die  # type: ignore[method-assign]


async def main() -> dict[str, Any]:
    env = os.environ
    mode, target = env["MODE"], env["TARGET"]
    credentials = sa.AuthKeyCredentials(auth_key_id=env["AUTH_KEY_ID"], auth_key=env["AUTH_KEY"])
    async with sa.SoracomClient(credentials=credentials) as client:

        async def work(sim: Any) -> None:
            if mode == "speed":
                await client.sim.update_sim_speed_class(
                    sim_id=sim.sim_id, body={"speedClass": target}
                )
                return
            if mode == "check-set":
                current = await client.sim.get_sim(sim_id=sim.sim_id)
                if current.group_id == target:
                    return
            await client.sim.set_sim_group(sim_id=sim.sim_id, body={"groupId": target})

        result = await client.bulk(
            work,
            client.sim.list_sims.paginate(limit=PAGE),
            concurrency=CONCURRENCY,
            journal=env["JOURNAL"],
            key=lambda sim: str(sim.sim_id),
            replay_safe=mode == "speed",
            retry_unknown=env.get("RETRY_UNKNOWN") == "1",
        )
    stats = result.stats
    return {
        "succeeded": stats.succeeded,
        "failed": stats.failed,
        "unknown": stats.unknown,
        "skipped": stats.skipped,
        "failed_before": stats.failed_before,
        "errors": [repr(e.error) for e in result.errors],
        "commits": COMMITS[0],
    }


if __name__ == "__main__":
    arm_kill_switch(int(os.environ.get("KILL_AFTER_COMMITS", "0")))
    sys.stdout.write(json.dumps(anyio.run(main)) + "\n")
