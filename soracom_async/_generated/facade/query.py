"""The `Query` API group: one rate-limit group, one namespace on the client."""

from typing import TYPE_CHECKING

from ...operation import TagApi, lazy_operation, lazy_paginated_operation

if TYPE_CHECKING:
    from ...operation import operation, paginated_operation
    from ..api.query import search_devices as _search_devices
    from ..api.query import search_sigfox_devices as _search_sigfox_devices
    from ..api.query import search_sims as _search_sims
    from ..api.query import (
        search_subscriber_traffic_volume_ranking as _search_subscriber_traffic_volume_ranking,
    )
    from ..api.query import search_subscribers as _search_subscribers


class QueryApi(TagApi):
    """Operations of the `Query` group, as `client.query.<operation>`.

    One rate-limit group. `help(client.query.<operation>)` shows an operation's
    parameters, result and pagination.

    Operations:
        search_devices: Search Soracom Inventory devices by query (paginated)
        search_sigfox_devices: Search Sigfox devices by query (paginated)
        search_sims: Search SIMs by query terms (paginated)
        search_subscriber_traffic_volume_ranking: Search traffic volume ranking of subscribers
        search_subscribers: (DEPRECATED) Search subscribers by query terms (paginated)
    """

    group = "Query"

    # What a type checker sees: each operation typed from its endpoint module. At run time
    # the module is imported when the operation is first used (operation.lazy_operation).
    if TYPE_CHECKING:
        search_devices = paginated_operation(
            _search_devices.SPEC,
            _search_devices.build,
            _search_devices.parse,
            items=_search_devices.items,
            paging=_search_devices.paging,
        )
        search_sigfox_devices = paginated_operation(
            _search_sigfox_devices.SPEC,
            _search_sigfox_devices.build,
            _search_sigfox_devices.parse,
            items=_search_sigfox_devices.items,
            paging=_search_sigfox_devices.paging,
        )
        search_sims = paginated_operation(
            _search_sims.SPEC,
            _search_sims.build,
            _search_sims.parse,
            items=_search_sims.items,
            paging=_search_sims.paging,
        )
        search_subscriber_traffic_volume_ranking = operation(
            _search_subscriber_traffic_volume_ranking.SPEC,
            _search_subscriber_traffic_volume_ranking.build,
            _search_subscriber_traffic_volume_ranking.parse,
        )
        search_subscribers = paginated_operation(
            _search_subscribers.SPEC,
            _search_subscribers.build,
            _search_subscribers.parse,
            items=_search_subscribers.items,
            paging=_search_subscribers.paging,
        )
    else:
        search_devices = lazy_paginated_operation(
            "..api.query.search_devices", __package__, group=group
        )
        search_sigfox_devices = lazy_paginated_operation(
            "..api.query.search_sigfox_devices", __package__, group=group
        )
        search_sims = lazy_paginated_operation("..api.query.search_sims", __package__, group=group)
        search_subscriber_traffic_volume_ranking = lazy_operation(
            "..api.query.search_subscriber_traffic_volume_ranking", __package__, group=group
        )
        search_subscribers = lazy_paginated_operation(
            "..api.query.search_subscribers", __package__, group=group
        )
