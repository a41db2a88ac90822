"""The SDK never prints: a rejected credential is logged, and nothing reaches stderr unless the
application configured logging."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from soracom_async.testing import SoracomEmulator


def test_a_rejected_key_prints_nothing(emulator: SoracomEmulator) -> None:
    script = textwrap.dedent(
        f"""
        import asyncio
        import soracom_async as sa

        async def main():
            credentials = sa.AuthKeyCredentials(auth_key_id="keyId-bad", auth_key="secret-bad")
            url = {emulator.base_url!r}
            async with sa.SoracomClient(credentials=credentials, base_url=url) as c:
                try:
                    await c.sim.list_sims()
                except sa.AuthenticationError:
                    pass
                else:
                    raise SystemExit("the wrong key was accepted")

        asyncio.run(main())
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == ""
    assert done.stderr == ""
    assert emulator.counters.auth_failures == 1
