"""The `Subscriber` API group: one rate-limit group, one namespace on the client."""

from typing import TYPE_CHECKING

from ...operation import TagApi, lazy_operation, lazy_paginated_operation

if TYPE_CHECKING:
    from ...operation import operation, paginated_operation
    from ..api.subscriber import activate_subscriber as _activate_subscriber
    from ..api.subscriber import deactivate_subscriber as _deactivate_subscriber
    from ..api.subscriber import delete_subscriber_session as _delete_subscriber_session
    from ..api.subscriber import delete_subscriber_tag as _delete_subscriber_tag
    from ..api.subscriber import (
        delete_subscriber_transfer_token as _delete_subscriber_transfer_token,
    )
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
    from ..api.subscriber import (
        verify_subscriber_transfer_token as _verify_subscriber_transfer_token,
    )


class SubscriberApi(TagApi):
    """Operations of the `Subscriber` group, as `client.subscriber.<operation>`.

    One rate-limit group. `help(client.subscriber.<operation>)` shows an operation's
    parameters, result and pagination.

    Operations:
        activate_subscriber: Activate Subscriber.
        deactivate_subscriber: Deactivate Subscriber.
        delete_subscriber_session: Delete Session
        delete_subscriber_tag: Delete Subscriber Tag.
        delete_subscriber_transfer_token: Cancel the transfer of Ready status SIMs (Invalidate
            the transfer token)
        disable_termination: Disable Termination of Subscriber.
        enable_termination: Enable Termination of Subscriber.
        export_subscribers: Export all subscribers.
        get_data_from_subscriber: Get data sent from a subscriber to Harvest Data. (paginated)
        get_subscriber: Get Subscriber.
        issue_subscriber_transfer_token: Initiate the transfer of Ready status SIMs (Issue a
            transfer token)
        list_session_events: List Session Events. (paginated)
        list_subscribers: List Subscribers. (paginated)
        put_bundles: Set Bundles to Subscriber.
        put_subscriber_tags: Bulk Insert or Update Subscriber Tags.
        register_subscriber: Register Subscriber.
        report_local_info: Triggers Subscriber to report SIM local info.
        send_sms: Send SMS to Subscriber
        send_sms_by_msisdn: Send SMS to Subscriber by MSISDN
        set_expiry_time: Update Expiry Time of Subscriber.
        set_group: Adds a SIM to a SIM group
        set_imei_lock: Set IMEI lock configuration for Subscriber.
        set_subscriber_to_standby: Set Subscriber to standby mode.
        subscriber_downlink_ping_to_user_equipment: Send ping requests to a subscriber.
        suspend_subscriber: Suspend Subscriber.
        terminate_subscriber: Terminate Subscriber.
        unset_expiry_time: Delete Expiry Time of Subscriber.
        unset_group: Removes a SIM from a SIM group
        unset_imei_lock: Unset IMEI lock configuration for Subscriber.
        update_speed_class: Update Subscriber speed class.
        verify_subscriber_transfer_token: Accept the transfer of Ready status SIMs (Verify the
            transfer token)
    """

    group = "Subscriber"

    # What a type checker sees: each operation typed from its endpoint module. At run time
    # the module is imported when the operation is first used (operation.lazy_operation).
    if TYPE_CHECKING:
        activate_subscriber = operation(
            _activate_subscriber.SPEC, _activate_subscriber.build, _activate_subscriber.parse
        )
        deactivate_subscriber = operation(
            _deactivate_subscriber.SPEC, _deactivate_subscriber.build, _deactivate_subscriber.parse
        )
        delete_subscriber_session = operation(
            _delete_subscriber_session.SPEC,
            _delete_subscriber_session.build,
            _delete_subscriber_session.parse,
        )
        delete_subscriber_tag = operation(
            _delete_subscriber_tag.SPEC, _delete_subscriber_tag.build, _delete_subscriber_tag.parse
        )
        delete_subscriber_transfer_token = operation(
            _delete_subscriber_transfer_token.SPEC,
            _delete_subscriber_transfer_token.build,
            _delete_subscriber_transfer_token.parse,
        )
        disable_termination = operation(
            _disable_termination.SPEC, _disable_termination.build, _disable_termination.parse
        )
        enable_termination = operation(
            _enable_termination.SPEC, _enable_termination.build, _enable_termination.parse
        )
        export_subscribers = operation(
            _export_subscribers.SPEC, _export_subscribers.build, _export_subscribers.parse
        )
        get_data_from_subscriber = paginated_operation(
            _get_data_from_subscriber.SPEC,
            _get_data_from_subscriber.build,
            _get_data_from_subscriber.parse,
            items=_get_data_from_subscriber.items,
            paging=_get_data_from_subscriber.paging,
        )
        get_subscriber = operation(
            _get_subscriber.SPEC, _get_subscriber.build, _get_subscriber.parse
        )
        issue_subscriber_transfer_token = operation(
            _issue_subscriber_transfer_token.SPEC,
            _issue_subscriber_transfer_token.build,
            _issue_subscriber_transfer_token.parse,
        )
        list_session_events = paginated_operation(
            _list_session_events.SPEC,
            _list_session_events.build,
            _list_session_events.parse,
            items=_list_session_events.items,
            paging=_list_session_events.paging,
        )
        list_subscribers = paginated_operation(
            _list_subscribers.SPEC,
            _list_subscribers.build,
            _list_subscribers.parse,
            items=_list_subscribers.items,
            paging=_list_subscribers.paging,
        )
        put_bundles = operation(_put_bundles.SPEC, _put_bundles.build, _put_bundles.parse)
        put_subscriber_tags = operation(
            _put_subscriber_tags.SPEC, _put_subscriber_tags.build, _put_subscriber_tags.parse
        )
        register_subscriber = operation(
            _register_subscriber.SPEC, _register_subscriber.build, _register_subscriber.parse
        )
        report_local_info = operation(
            _report_local_info.SPEC, _report_local_info.build, _report_local_info.parse
        )
        send_sms = operation(_send_sms.SPEC, _send_sms.build, _send_sms.parse)
        send_sms_by_msisdn = operation(
            _send_sms_by_msisdn.SPEC, _send_sms_by_msisdn.build, _send_sms_by_msisdn.parse
        )
        set_expiry_time = operation(
            _set_expiry_time.SPEC, _set_expiry_time.build, _set_expiry_time.parse
        )
        set_group = operation(_set_group.SPEC, _set_group.build, _set_group.parse)
        set_imei_lock = operation(_set_imei_lock.SPEC, _set_imei_lock.build, _set_imei_lock.parse)
        set_subscriber_to_standby = operation(
            _set_subscriber_to_standby.SPEC,
            _set_subscriber_to_standby.build,
            _set_subscriber_to_standby.parse,
        )
        subscriber_downlink_ping_to_user_equipment = operation(
            _subscriber_downlink_ping_to_user_equipment.SPEC,
            _subscriber_downlink_ping_to_user_equipment.build,
            _subscriber_downlink_ping_to_user_equipment.parse,
        )
        suspend_subscriber = operation(
            _suspend_subscriber.SPEC, _suspend_subscriber.build, _suspend_subscriber.parse
        )
        terminate_subscriber = operation(
            _terminate_subscriber.SPEC, _terminate_subscriber.build, _terminate_subscriber.parse
        )
        unset_expiry_time = operation(
            _unset_expiry_time.SPEC, _unset_expiry_time.build, _unset_expiry_time.parse
        )
        unset_group = operation(_unset_group.SPEC, _unset_group.build, _unset_group.parse)
        unset_imei_lock = operation(
            _unset_imei_lock.SPEC, _unset_imei_lock.build, _unset_imei_lock.parse
        )
        update_speed_class = operation(
            _update_speed_class.SPEC, _update_speed_class.build, _update_speed_class.parse
        )
        verify_subscriber_transfer_token = operation(
            _verify_subscriber_transfer_token.SPEC,
            _verify_subscriber_transfer_token.build,
            _verify_subscriber_transfer_token.parse,
        )
    else:
        activate_subscriber = lazy_operation(
            "..api.subscriber.activate_subscriber", __package__, group=group
        )
        deactivate_subscriber = lazy_operation(
            "..api.subscriber.deactivate_subscriber", __package__, group=group
        )
        delete_subscriber_session = lazy_operation(
            "..api.subscriber.delete_subscriber_session", __package__, group=group
        )
        delete_subscriber_tag = lazy_operation(
            "..api.subscriber.delete_subscriber_tag", __package__, group=group
        )
        delete_subscriber_transfer_token = lazy_operation(
            "..api.subscriber.delete_subscriber_transfer_token", __package__, group=group
        )
        disable_termination = lazy_operation(
            "..api.subscriber.disable_termination", __package__, group=group
        )
        enable_termination = lazy_operation(
            "..api.subscriber.enable_termination", __package__, group=group
        )
        export_subscribers = lazy_operation(
            "..api.subscriber.export_subscribers", __package__, group=group
        )
        get_data_from_subscriber = lazy_paginated_operation(
            "..api.subscriber.get_data_from_subscriber", __package__, group=group
        )
        get_subscriber = lazy_operation("..api.subscriber.get_subscriber", __package__, group=group)
        issue_subscriber_transfer_token = lazy_operation(
            "..api.subscriber.issue_subscriber_transfer_token", __package__, group=group
        )
        list_session_events = lazy_paginated_operation(
            "..api.subscriber.list_session_events", __package__, group=group
        )
        list_subscribers = lazy_paginated_operation(
            "..api.subscriber.list_subscribers", __package__, group=group
        )
        put_bundles = lazy_operation("..api.subscriber.put_bundles", __package__, group=group)
        put_subscriber_tags = lazy_operation(
            "..api.subscriber.put_subscriber_tags", __package__, group=group
        )
        register_subscriber = lazy_operation(
            "..api.subscriber.register_subscriber", __package__, group=group
        )
        report_local_info = lazy_operation(
            "..api.subscriber.report_local_info", __package__, group=group
        )
        send_sms = lazy_operation("..api.subscriber.send_sms", __package__, group=group)
        send_sms_by_msisdn = lazy_operation(
            "..api.subscriber.send_sms_by_msisdn", __package__, group=group
        )
        set_expiry_time = lazy_operation(
            "..api.subscriber.set_expiry_time", __package__, group=group
        )
        set_group = lazy_operation("..api.subscriber.set_group", __package__, group=group)
        set_imei_lock = lazy_operation("..api.subscriber.set_imei_lock", __package__, group=group)
        set_subscriber_to_standby = lazy_operation(
            "..api.subscriber.set_subscriber_to_standby", __package__, group=group
        )
        subscriber_downlink_ping_to_user_equipment = lazy_operation(
            "..api.subscriber.subscriber_downlink_ping_to_user_equipment", __package__, group=group
        )
        suspend_subscriber = lazy_operation(
            "..api.subscriber.suspend_subscriber", __package__, group=group
        )
        terminate_subscriber = lazy_operation(
            "..api.subscriber.terminate_subscriber", __package__, group=group
        )
        unset_expiry_time = lazy_operation(
            "..api.subscriber.unset_expiry_time", __package__, group=group
        )
        unset_group = lazy_operation("..api.subscriber.unset_group", __package__, group=group)
        unset_imei_lock = lazy_operation(
            "..api.subscriber.unset_imei_lock", __package__, group=group
        )
        update_speed_class = lazy_operation(
            "..api.subscriber.update_speed_class", __package__, group=group
        )
        verify_subscriber_transfer_token = lazy_operation(
            "..api.subscriber.verify_subscriber_transfer_token", __package__, group=group
        )
