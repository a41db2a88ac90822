"""The `Query` API group: one rate-limit group, one namespace on the client."""

from ...operation import TagApi, operation, paginated_operation
from ..api.query import search_devices as _search_devices
from ..api.query import search_sigfox_devices as _search_sigfox_devices
from ..api.query import search_sims as _search_sims
from ..api.query import (
    search_subscriber_traffic_volume_ranking as _search_subscriber_traffic_volume_ranking,
)
from ..api.query import search_subscribers as _search_subscribers


class QueryApi(TagApi):
    """Operations of the `Query` group, as `client.query.<operation>`."""

    group = "Query"

    search_devices = paginated_operation(
        _search_devices.SPEC,
        _search_devices.build,
        _search_devices.parse,
        items=_search_devices.items,
    )
    search_sigfox_devices = paginated_operation(
        _search_sigfox_devices.SPEC,
        _search_sigfox_devices.build,
        _search_sigfox_devices.parse,
        items=_search_sigfox_devices.items,
    )
    search_sims = paginated_operation(
        _search_sims.SPEC, _search_sims.build, _search_sims.parse, items=_search_sims.items
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
    )
