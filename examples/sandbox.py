"""A throwaway API Sandbox operator, end to end: fake SIMs, inserted traffic, read back.

    python examples/sandbox.py          # against a local emulator it starts

`SoracomClient.sandbox_session()` creates a sandbox operator (the sandbox demands a production
AuthKey for that; here the emulator's seeded one stands in), authenticates as it, and deletes
it when the block ends. Inside, `client.sandbox.<operation>` makes test data and the normal
operations see it. Against the real sandbox, drop `base_url=` and pass your production
AuthKey (or set SORACOM_AUTH_KEY_ID and SORACOM_AUTH_KEY).
"""

from __future__ import annotations

import asyncio

import soracom_async as sa
from soracom_async.testing import SoracomEmulator

HOUR = 3600
START = 1_699_920_000  # 2023-11-14T00:00:00Z, a UNIX time in seconds


async def demo(base_url: str, production_key: sa.AuthKeyCredentials) -> None:
    async with sa.SoracomClient.sandbox_session(
        base_url=base_url, credentials=production_key
    ) as client:
        created = await client.sandbox.create_subscriber(body={"subscription": "plan01s"})
        imsi = created.imsi or ""
        print(f"created subscriber {imsi} ({created.status})")
        for hour in range(3):
            traffic = {"uploadByteSizeTotal": 1000 * (hour + 1), "downloadByteSizeTotal": 5000}
            await client.sandbox.insert_air_stats(
                imsi=imsi,
                body={"unixtime": START + hour * HOUR, "dataTrafficStatsMap": {"s1.fast": traffic}},
            )
        subscriber = await client.subscriber.get_subscriber(imsi=imsi)
        print(f"getSubscriber sees it: {subscriber.imsi} {subscriber.status}")
        stats = await client.stats.get_air_stats(
            imsi=imsi, from_=START, to=START + 3 * HOUR, period="day"
        )
        for day in stats:
            by_speed = day.data_traffic_stats_map
            fast = by_speed.additional_properties.get("s1.fast") if by_speed else None
            print(f"day {day.unixtime}: {fast.upload_byte_size_total if fast else 0} bytes up")
        coupon = await client.sandbox.create_coupon(body={"amount": 500})
        print(f"coupon {coupon.coupon_code} worth {coupon.amount}")
    print("sandbox operator deleted")


async def main() -> None:
    async with SoracomEmulator(sim_count=10) as emu:
        key = sa.AuthKeyCredentials(auth_key_id=emu.auth_key_id, auth_key=emu.auth_key)
        await demo(emu.base_url, key)


if __name__ == "__main__":
    asyncio.run(main())
