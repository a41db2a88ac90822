"""The `Subscriber` API group: one rate-limit group, one namespace on the client."""

from ...operation import TagApi, operation, paginated_operation
from ..api.subscriber import activate_subscriber as _activate_subscriber
from ..api.subscriber import deactivate_subscriber as _deactivate_subscriber
from ..api.subscriber import delete_subscriber_session as _delete_subscriber_session
from ..api.subscriber import delete_subscriber_tag as _delete_subscriber_tag
from ..api.subscriber import delete_subscriber_transfer_token as _delete_subscriber_transfer_token
from ..api.subscriber import disable_termination as _disable_termination
from ..api.subscriber import enable_termination as _enable_termination
from ..api.subscriber import export_subscribers as _export_subscribers
from ..api.subscriber import get_data_from_subscriber as _get_data_from_subscriber
from ..api.subscriber import get_subscriber as _get_subscriber
from ..api.subscriber import issue_subscriber_transfer_token as _issue_subscriber_transfer_token
from ..api.subscriber import list_session_events as _list_session_events
from ..api.subscriber import list_subscribers as _list_subscribers
from ..api.subscriber import put_bundles as _put_bundles
from ..api.subscriber import put_subscriber_tags as _put_subscriber_tags
from ..api.subscriber import register_subscriber as _register_subscriber
from ..api.subscriber import report_local_info as _report_local_info
from ..api.subscriber import send_sms as _send_sms
from ..api.subscriber import send_sms_by_msisdn as _send_sms_by_msisdn
from ..api.subscriber import set_expiry_time as _set_expiry_time
from ..api.subscriber import set_group as _set_group
from ..api.subscriber import set_imei_lock as _set_imei_lock
from ..api.subscriber import set_subscriber_to_standby as _set_subscriber_to_standby
from ..api.subscriber import (
    subscriber_downlink_ping_to_user_equipment as _subscriber_downlink_ping_to_user_equipment,
)
from ..api.subscriber import suspend_subscriber as _suspend_subscriber
from ..api.subscriber import terminate_subscriber as _terminate_subscriber
from ..api.subscriber import unset_expiry_time as _unset_expiry_time
from ..api.subscriber import unset_group as _unset_group
from ..api.subscriber import unset_imei_lock as _unset_imei_lock
from ..api.subscriber import update_speed_class as _update_speed_class
from ..api.subscriber import verify_subscriber_transfer_token as _verify_subscriber_transfer_token


class SubscriberApi(TagApi):
    """Operations of the `Subscriber` group, as `client.subscriber.<operation>`."""

    group = "Subscriber"

    activate_subscriber = operation(
        _activate_subscriber.build,
        _activate_subscriber.parse,
        "activateSubscriber",
        "POST",
        "/subscribers/{imsi}/activate",
    )
    deactivate_subscriber = operation(
        _deactivate_subscriber.build,
        _deactivate_subscriber.parse,
        "deactivateSubscriber",
        "POST",
        "/subscribers/{imsi}/deactivate",
    )
    delete_subscriber_session = operation(
        _delete_subscriber_session.build,
        _delete_subscriber_session.parse,
        "deleteSubscriberSession",
        "POST",
        "/subscribers/{imsi}/delete_session",
    )
    delete_subscriber_tag = operation(
        _delete_subscriber_tag.build,
        _delete_subscriber_tag.parse,
        "deleteSubscriberTag",
        "DELETE",
        "/subscribers/{imsi}/tags/{tag_name}",
    )
    delete_subscriber_transfer_token = operation(
        _delete_subscriber_transfer_token.build,
        _delete_subscriber_transfer_token.parse,
        "deleteSubscriberTransferToken",
        "DELETE",
        "/subscribers/transfer_token/{token}",
    )
    disable_termination = operation(
        _disable_termination.build,
        _disable_termination.parse,
        "disableTermination",
        "POST",
        "/subscribers/{imsi}/disable_termination",
    )
    enable_termination = operation(
        _enable_termination.build,
        _enable_termination.parse,
        "enableTermination",
        "POST",
        "/subscribers/{imsi}/enable_termination",
    )
    export_subscribers = operation(
        _export_subscribers.build,
        _export_subscribers.parse,
        "exportSubscribers",
        "POST",
        "/subscribers/export",
    )
    get_data_from_subscriber = paginated_operation(
        _get_data_from_subscriber.build,
        _get_data_from_subscriber.parse,
        "getDataFromSubscriber",
        "GET",
        "/subscribers/{imsi}/data",
    )
    get_subscriber = operation(
        _get_subscriber.build, _get_subscriber.parse, "getSubscriber", "GET", "/subscribers/{imsi}"
    )
    issue_subscriber_transfer_token = operation(
        _issue_subscriber_transfer_token.build,
        _issue_subscriber_transfer_token.parse,
        "issueSubscriberTransferToken",
        "POST",
        "/subscribers/transfer_token/issue",
    )
    list_session_events = paginated_operation(
        _list_session_events.build,
        _list_session_events.parse,
        "listSessionEvents",
        "GET",
        "/subscribers/{imsi}/events/sessions",
    )
    list_subscribers = paginated_operation(
        _list_subscribers.build, _list_subscribers.parse, "listSubscribers", "GET", "/subscribers"
    )
    put_bundles = operation(
        _put_bundles.build, _put_bundles.parse, "putBundles", "PUT", "/subscribers/{imsi}/bundles"
    )
    put_subscriber_tags = operation(
        _put_subscriber_tags.build,
        _put_subscriber_tags.parse,
        "putSubscriberTags",
        "PUT",
        "/subscribers/{imsi}/tags",
    )
    register_subscriber = operation(
        _register_subscriber.build,
        _register_subscriber.parse,
        "registerSubscriber",
        "POST",
        "/subscribers/{imsi}/register",
    )
    report_local_info = operation(
        _report_local_info.build,
        _report_local_info.parse,
        "reportLocalInfo",
        "POST",
        "/subscribers/{imsi}/report_local_info",
    )
    send_sms = operation(
        _send_sms.build, _send_sms.parse, "sendSms", "POST", "/subscribers/{imsi}/send_sms"
    )
    send_sms_by_msisdn = operation(
        _send_sms_by_msisdn.build,
        _send_sms_by_msisdn.parse,
        "sendSmsByMsisdn",
        "POST",
        "/subscribers/msisdn/{msisdn}/send_sms",
    )
    set_expiry_time = operation(
        _set_expiry_time.build,
        _set_expiry_time.parse,
        "setExpiryTime",
        "POST",
        "/subscribers/{imsi}/set_expiry_time",
    )
    set_group = operation(
        _set_group.build, _set_group.parse, "setGroup", "POST", "/subscribers/{imsi}/set_group"
    )
    set_imei_lock = operation(
        _set_imei_lock.build,
        _set_imei_lock.parse,
        "setImeiLock",
        "POST",
        "/subscribers/{imsi}/set_imei_lock",
    )
    set_subscriber_to_standby = operation(
        _set_subscriber_to_standby.build,
        _set_subscriber_to_standby.parse,
        "setSubscriberToStandby",
        "POST",
        "/subscribers/{imsi}/set_to_standby",
    )
    subscriber_downlink_ping_to_user_equipment = operation(
        _subscriber_downlink_ping_to_user_equipment.build,
        _subscriber_downlink_ping_to_user_equipment.parse,
        "subscriberDownlinkPingToUserEquipment",
        "POST",
        "/subscribers/{imsi}/downlink/ping",
    )
    suspend_subscriber = operation(
        _suspend_subscriber.build,
        _suspend_subscriber.parse,
        "suspendSubscriber",
        "POST",
        "/subscribers/{imsi}/suspend",
    )
    terminate_subscriber = operation(
        _terminate_subscriber.build,
        _terminate_subscriber.parse,
        "terminateSubscriber",
        "POST",
        "/subscribers/{imsi}/terminate",
    )
    unset_expiry_time = operation(
        _unset_expiry_time.build,
        _unset_expiry_time.parse,
        "unsetExpiryTime",
        "POST",
        "/subscribers/{imsi}/unset_expiry_time",
    )
    unset_group = operation(
        _unset_group.build,
        _unset_group.parse,
        "unsetGroup",
        "POST",
        "/subscribers/{imsi}/unset_group",
    )
    unset_imei_lock = operation(
        _unset_imei_lock.build,
        _unset_imei_lock.parse,
        "unsetImeiLock",
        "POST",
        "/subscribers/{imsi}/unset_imei_lock",
    )
    update_speed_class = operation(
        _update_speed_class.build,
        _update_speed_class.parse,
        "updateSpeedClass",
        "POST",
        "/subscribers/{imsi}/update_speed_class",
    )
    verify_subscriber_transfer_token = operation(
        _verify_subscriber_transfer_token.build,
        _verify_subscriber_transfer_token.parse,
        "verifySubscriberTransferToken",
        "POST",
        "/subscribers/transfer_token/verify",
    )
