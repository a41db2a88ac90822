"""The SDK on trio: httpx's own transport, same pipeline, same results as on asyncio."""

from __future__ import annotations

import trio

import soracom_async as sa
from soracom_async import models
from soracom_async.testing import SoracomEmulator


def test_calls_work_on_trio_through_the_httpx_transport() -> None:
    async def main() -> tuple[str, int, str | None]:
        async with SoracomEmulator(sim_count=5) as emu:
            creds = sa.AuthKeyCredentials(auth_key_id=emu.auth_key_id, auth_key=emu.auth_key)
            async with sa.SoracomClient(credentials=creds, base_url=emu.base_url) as client:
                sims = await client.sim.list_sims(limit=3)
                sim = await client.sim.get_sim(sim_id=str(sims[0].sim_id))
                assert isinstance(sim, models.Sim)
                transport = type(client._pipeline.backend).__name__
                with trio.fail_after(10):
                    results = []
                    async with trio.open_nursery() as nursery:

                        async def fetch(sim_id: str) -> None:
                            results.append(await client.sim.get_sim(sim_id=sim_id))

                        for s in sims:
                            nursery.start_soon(fetch, str(s.sim_id))
                return transport, len(results), sim.sim_id

    transport, fetched, sim_id = trio.run(main)
    assert transport == "HttpxBackend"  # not aiohttp: it cannot run on trio
    assert fetched == 3
    assert sim_id is not None and sim_id.startswith("8942")
