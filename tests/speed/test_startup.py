"""What a process imports to get its first answer on asyncio (issue 13's start-up row).

- httpx is never imported on the aiohttp path: the backend, the timeouts and the errors'
  headers are all free of it (httpx_backend.py is imported only when that backend is chosen).
- profiles.py is imported only when there is a profile to look up (credentials passed as an
  argument need none).
- anyio's primitives and asyncio backend are imported at construction when the first call
  will use them (a token to request: the flight runs on them), and not at all before the
  first answer with a pre-issued token, whose first call runs on the fast path.
- Every call's timeouts are our `Timeouts`, made from what a caller passes (seconds, an
  `httpx.Timeout`, None), with a typed error naming the argument for anything else.

Each case runs in a fresh interpreter against the loopback emulator, since `sys.modules` is
what is asserted.
"""

from __future__ import annotations

import json
import math
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

import soracom_async as sa
from soracom_async.testing import SoracomEmulator

CHILD = r"""
import asyncio, json, os, sys
env = json.loads(os.environ["STARTUP_ENV"])

def loaded():
    names = ("httpx", "soracom_async.profiles", "soracom_async.httpx_backend",
             "anyio._backends._asyncio", "anyio._core._synchronization")
    return {name: name in sys.modules for name in names}

async def main():
    import soracom_async as sa
    if env["kind"] == "token":
        creds = sa.TokenCredentials(api_key=env["api_key"], token=env["token"])
    else:
        creds = sa.AuthKeyCredentials(auth_key_id=env["auth_key_id"], auth_key=env["auth_key"])
    client = sa.SoracomClient(credentials=creds, base_url=env["base_url"], **env["options"])
    constructed = loaded()
    sim = await client.sim.get_sim(sim_id=env["sim_id"])
    answered = loaded()
    await client.aclose()
    print(json.dumps({"constructed": constructed, "answered": answered,
                      "sim_id": str(sim.sim_id)}))

asyncio.run(main())
"""


@pytest.fixture(scope="module")
def emulator() -> Iterator[SoracomEmulator]:
    with SoracomEmulator(sim_count=3, seed=5) as emu:
        yield emu


@pytest.fixture(scope="module")
def issued(emulator: SoracomEmulator) -> dict[str, str]:
    """A pre-issued token, and a SIM to ask for."""
    auth = httpx.post(
        emulator.base_url + "/auth",
        json={"authKeyId": emulator.auth_key_id, "authKey": emulator.auth_key},
    ).json()
    headers = {"X-Soracom-API-Key": auth["apiKey"], "X-Soracom-Token": auth["token"]}
    sims = httpx.get(emulator.base_url + "/sims?limit=1", headers=headers).json()
    return {"api_key": auth["apiKey"], "token": auth["token"], "sim_id": sims[0]["simId"]}


def _first_answer(
    emulator: SoracomEmulator, issued: dict[str, str], kind: str, **options: Any
) -> dict[str, Any]:
    env = {
        **issued,
        "kind": kind,
        "base_url": emulator.base_url,
        "auth_key_id": emulator.auth_key_id,
        "auth_key": emulator.auth_key,
        "options": options,
    }
    done = subprocess.run(
        [sys.executable, "-c", CHILD],
        capture_output=True,
        text=True,
        timeout=120,
        env={"STARTUP_ENV": json.dumps(env), "PATH": "/usr/bin:/bin", "HOME": "/nonexistent"},
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    result: dict[str, Any] = json.loads(done.stdout.splitlines()[-1])
    assert result["sim_id"] == issued["sim_id"]
    return result


def test_a_pre_issued_token_answers_without_httpx_profiles_or_anyios_primitives(
    emulator: SoracomEmulator, issued: dict[str, str]
) -> None:
    result = _first_answer(emulator, issued, "token")
    assert not any(result["constructed"].values()), result
    assert not any(result["answered"].values()), result


def test_an_auth_key_client_loads_anyios_backend_at_construction_not_on_the_call(
    emulator: SoracomEmulator, issued: dict[str, str]
) -> None:
    result = _first_answer(emulator, issued, "authkey")
    assert result["constructed"]["anyio._backends._asyncio"]  # the token flight needs it
    assert result["constructed"]["anyio._core._synchronization"]  # and its events
    for moment in ("constructed", "answered"):
        assert not result[moment]["httpx"], result
        assert not result[moment]["soracom_async.profiles"], result


def test_the_httpx_backend_asked_for_is_loaded_at_construction(
    emulator: SoracomEmulator, issued: dict[str, str]
) -> None:
    result = _first_answer(emulator, issued, "token", http_backend="httpx", timeout=7.5)
    assert result["constructed"]["httpx"] and result["constructed"]["soracom_async.httpx_backend"]
    # Off the fast path every call runs on anyio's primitives: loaded before the first call.
    assert result["constructed"]["anyio._backends._asyncio"]
    assert result["constructed"]["anyio._core._synchronization"]


# -- Timeouts ----------------------------------------------------------------------------------


def test_timeouts_from_seconds_an_httpx_timeout_or_none() -> None:
    assert sa.Timeouts.of(5) == sa.Timeouts(5.0, 5.0, 5.0, 5.0)
    assert sa.Timeouts.of(None) == sa.Timeouts(None, None, None, None)
    given = httpx.Timeout(30.0, connect=2.0, write=4.0)
    assert sa.Timeouts.of(given) == sa.Timeouts(connect=2.0, read=30.0, write=4.0, pool=30.0)
    ours = sa.Timeouts(1.0, 2.0, 3.0, 4.0)
    assert sa.Timeouts.of(ours) is ours
    assert (
        sa.Timeouts(1.0, 2.0, 3.0, 4.0).as_dict()
        == httpx.Timeout(connect=1.0, read=2.0, write=3.0, pool=4.0).as_dict()
    )


@pytest.mark.parametrize("bad", [0, -1, math.nan])
def test_a_timeout_that_is_not_positive_is_a_configuration_error(bad: float) -> None:
    with pytest.raises(sa.ConfigurationError, match="timeout must be > 0"):
        sa.SoracomClient(credentials=sa.TokenCredentials(api_key="k", token="t"), timeout=bad)


@pytest.mark.parametrize("bad", ["30", True, (1, 2)])
def test_a_timeout_of_another_type_is_a_type_error_naming_it(bad: Any) -> None:
    with pytest.raises(TypeError, match="timeout must be seconds"):
        sa.SoracomClient(credentials=sa.TokenCredentials(api_key="k", token="t"), timeout=bad)
