"""The data models of the Soracom API, imported on first use (there are hundreds)."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .sandbox_auth_response import SandboxAuthResponse
    from .sandbox_beam_counts import SandboxBeamCounts
    from .sandbox_create_coupon_request import SandboxCreateCouponRequest
    from .sandbox_create_coupon_request_applicable_bill_item_name import (
        SandboxCreateCouponRequestApplicableBillItemName,
    )
    from .sandbox_create_coupon_response import SandboxCreateCouponResponse
    from .sandbox_create_subscriber_request import SandboxCreateSubscriberRequest
    from .sandbox_create_subscriber_request_bundles_item import (
        SandboxCreateSubscriberRequestBundlesItem,
    )
    from .sandbox_create_subscriber_request_subscription import (
        SandboxCreateSubscriberRequestSubscription,
    )
    from .sandbox_create_subscriber_response import SandboxCreateSubscriberResponse
    from .sandbox_data_traffic_stats import SandboxDataTrafficStats
    from .sandbox_get_signup_token_request import SandboxGetSignupTokenRequest
    from .sandbox_get_signup_token_response import SandboxGetSignupTokenResponse
    from .sandbox_init_request import SandboxInitRequest
    from .sandbox_init_request_coverage_types_item import SandboxInitRequestCoverageTypesItem
    from .sandbox_insert_air_stats_request import SandboxInsertAirStatsRequest
    from .sandbox_insert_air_stats_request_data_traffic_stats_map import (
        SandboxInsertAirStatsRequestDataTrafficStatsMap,
    )
    from .sandbox_insert_beam_stats_request import SandboxInsertBeamStatsRequest
    from .sandbox_insert_beam_stats_request_beam_stats_map import (
        SandboxInsertBeamStatsRequestBeamStatsMap,
    )
    from .sandbox_ship_order_request import SandboxShipOrderRequest
    from .tag_set import TagSet

_MODULE_OF = {
    "SandboxAuthResponse": ".sandbox_auth_response",
    "SandboxBeamCounts": ".sandbox_beam_counts",
    "SandboxCreateCouponRequest": ".sandbox_create_coupon_request",
    "SandboxCreateCouponRequestApplicableBillItemName": ".sandbox_create_coupon_request_applicable_bill_item_name",
    "SandboxCreateCouponResponse": ".sandbox_create_coupon_response",
    "SandboxCreateSubscriberRequest": ".sandbox_create_subscriber_request",
    "SandboxCreateSubscriberRequestBundlesItem": ".sandbox_create_subscriber_request_bundles_item",
    "SandboxCreateSubscriberRequestSubscription": ".sandbox_create_subscriber_request_subscription",
    "SandboxCreateSubscriberResponse": ".sandbox_create_subscriber_response",
    "SandboxDataTrafficStats": ".sandbox_data_traffic_stats",
    "SandboxGetSignupTokenRequest": ".sandbox_get_signup_token_request",
    "SandboxGetSignupTokenResponse": ".sandbox_get_signup_token_response",
    "SandboxInitRequest": ".sandbox_init_request",
    "SandboxInitRequestCoverageTypesItem": ".sandbox_init_request_coverage_types_item",
    "SandboxInsertAirStatsRequest": ".sandbox_insert_air_stats_request",
    "SandboxInsertAirStatsRequestDataTrafficStatsMap": ".sandbox_insert_air_stats_request_data_traffic_stats_map",
    "SandboxInsertBeamStatsRequest": ".sandbox_insert_beam_stats_request",
    "SandboxInsertBeamStatsRequestBeamStatsMap": ".sandbox_insert_beam_stats_request_beam_stats_map",
    "SandboxShipOrderRequest": ".sandbox_ship_order_request",
    "TagSet": ".tag_set",
}

__all__ = (
    "SandboxAuthResponse",
    "SandboxBeamCounts",
    "SandboxCreateCouponRequest",
    "SandboxCreateCouponRequestApplicableBillItemName",
    "SandboxCreateCouponResponse",
    "SandboxCreateSubscriberRequest",
    "SandboxCreateSubscriberRequestBundlesItem",
    "SandboxCreateSubscriberRequestSubscription",
    "SandboxCreateSubscriberResponse",
    "SandboxDataTrafficStats",
    "SandboxGetSignupTokenRequest",
    "SandboxGetSignupTokenResponse",
    "SandboxInitRequest",
    "SandboxInitRequestCoverageTypesItem",
    "SandboxInsertAirStatsRequest",
    "SandboxInsertAirStatsRequestDataTrafficStatsMap",
    "SandboxInsertBeamStatsRequest",
    "SandboxInsertBeamStatsRequestBeamStatsMap",
    "SandboxShipOrderRequest",
    "TagSet",
)


def __getattr__(name: str) -> Any:
    try:
        module = _MODULE_OF[name]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(__all__)
