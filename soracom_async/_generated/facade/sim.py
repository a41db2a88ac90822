"""The `Sim` API group: one rate-limit group, one namespace on the client."""

from typing import TYPE_CHECKING

from ...operation import TagApi, lazy_operation, lazy_paginated_operation

if TYPE_CHECKING:
    from ...operation import operation, paginated_operation
    from ..api.sim import activate_sim as _activate_sim
    from ..api.sim import add_subscription as _add_subscription
    from ..api.sim import attach_arc_sim_credentials as _attach_arc_sim_credentials
    from ..api.sim import (
        cancel_subscription_container_download as _cancel_subscription_container_download,
    )
    from ..api.sim import create_arc_session as _create_arc_session
    from ..api.sim import create_sim as _create_sim
    from ..api.sim import create_sim_packet_capture_session as _create_sim_packet_capture_session
    from ..api.sim import deactivate_sim as _deactivate_sim
    from ..api.sim import delete_sim_packet_capture_session as _delete_sim_packet_capture_session
    from ..api.sim import delete_sim_session as _delete_sim_session
    from ..api.sim import delete_sim_tag as _delete_sim_tag
    from ..api.sim import disable_sim_termination as _disable_sim_termination
    from ..api.sim import enable_sim_termination as _enable_sim_termination
    from ..api.sim import get_data_from_sim as _get_data_from_sim
    from ..api.sim import get_sim as _get_sim
    from ..api.sim import get_sim_packet_capture_session as _get_sim_packet_capture_session
    from ..api.sim import get_testing_usage as _get_testing_usage
    from ..api.sim import list_sim_packet_capture_sessions as _list_sim_packet_capture_sessions
    from ..api.sim import list_sim_session_events as _list_sim_session_events
    from ..api.sim import list_sim_status_history as _list_sim_status_history
    from ..api.sim import list_sims as _list_sims
    from ..api.sim import put_sim_tags as _put_sim_tags
    from ..api.sim import register_sim as _register_sim
    from ..api.sim import remove_arc_sim_credentials as _remove_arc_sim_credentials
    from ..api.sim import renew_arc_sim_credentials as _renew_arc_sim_credentials
    from ..api.sim import report_sim_local_info as _report_sim_local_info
    from ..api.sim import send_downlink_http as _send_downlink_http
    from ..api.sim import send_downlink_ping as _send_downlink_ping
    from ..api.sim import send_downlink_rtsp as _send_downlink_rtsp
    from ..api.sim import send_downlink_ssh as _send_downlink_ssh
    from ..api.sim import send_downlink_tcp as _send_downlink_tcp
    from ..api.sim import send_downlink_udp as _send_downlink_udp
    from ..api.sim import send_sms_to_sim as _send_sms_to_sim
    from ..api.sim import set_sim_expiry_time as _set_sim_expiry_time
    from ..api.sim import set_sim_group as _set_sim_group
    from ..api.sim import set_sim_imei_lock as _set_sim_imei_lock
    from ..api.sim import set_sim_to_standby as _set_sim_to_standby
    from ..api.sim import stop_sim_packet_capture_session as _stop_sim_packet_capture_session
    from ..api.sim import suspend_sim as _suspend_sim
    from ..api.sim import terminate_sim as _terminate_sim
    from ..api.sim import terminate_subscription_container as _terminate_subscription_container
    from ..api.sim import unset_sim_expiry_time as _unset_sim_expiry_time
    from ..api.sim import unset_sim_group as _unset_sim_group
    from ..api.sim import unset_sim_imei_lock as _unset_sim_imei_lock
    from ..api.sim import update_sim_speed_class as _update_sim_speed_class


class SimApi(TagApi):
    """Operations of the `Sim` group, as `client.sim.<operation>`.

    One rate-limit group. `help(client.sim.<operation>)` shows an operation's
    parameters, result and pagination.

    Operations:
        activate_sim: Activate SIM
        add_subscription: Adds a new secondary subscription to an IoT SIM
        attach_arc_sim_credentials: (DEPRECATED) Attaches the credentials for Arc to a SIM
        cancel_subscription_container_download: Cancel the OTA to the subscription container for
            an additional subscription
        create_arc_session: Creates a Soracom Arc session
        create_sim: Creates a new virtual SIM/Subscriber
        create_sim_packet_capture_session: Creates a packet capture session associated with the
            SIM
        deactivate_sim: Deactivate SIM
        delete_sim_packet_capture_session: Deletes a packet capture session associated with the
            SIM
        delete_sim_session: Delete and reconnect the Session
        delete_sim_tag: Deletes a tag from the specified SIM
        disable_sim_termination: Disables termination of the SIM
        enable_sim_termination: Enables termination of the SIM.
        get_data_from_sim: Get data sent from a SIM to Harvest Data. (paginated)
        get_sim: Gets information about the IoT SIM
        get_sim_packet_capture_session: Gets a packet capture session associated with the SIM
        get_testing_usage: Get usage of IoT SIM in testing status
        list_sim_packet_capture_sessions: Lists packet capture sessions associated with the SIM
            (paginated)
        list_sim_session_events: Retrieves session event history (session history) (paginated)
        list_sim_status_history: List IoT SIM status operation history (paginated)
        list_sims: List SIMs (paginated)
        put_sim_tags: Bulk Add or Update tags for an IoT SIM
        register_sim: Registers an IoT SIM to an operator
        remove_arc_sim_credentials: (DEPRECATED) Removes the credentials for Arc from a SIM
        renew_arc_sim_credentials: Renew the credentials for Arc to a SIM
        report_sim_local_info: Gets SIM local information report
        send_downlink_http: Send an HTTP request to a device using an IoT SIM
        send_downlink_ping: Sends ping requests to a SIM.
        send_downlink_rtsp: Send a command to a RTSP stream to a device using an IoT SIM
        send_downlink_ssh: Connect to a device using an IoT SIM via SSH and execute a specified
            command
        send_downlink_tcp: Connect to a device using an IoT SIM via TCP and send/receive data
        send_downlink_udp: Send data using IoT SIM via UDP
        send_sms_to_sim: Send an SMS to an IoT SIM
        set_sim_expiry_time: Sets expiry time of IoT SIM
        set_sim_group: Adds a SIM to a SIM group
        set_sim_imei_lock: Sets IMEI lock configuration for the SIM
        set_sim_to_standby: Set SIM to standby mode.
        stop_sim_packet_capture_session: Stops a packet capture session associated with the SIM
        suspend_sim: Suspend SIM
        terminate_sim: Terminate an IoT SIM
        terminate_subscription_container: Terminates subscription container
        unset_sim_expiry_time: Deletes expiry time of the SIM
        unset_sim_group: Removes a SIM from a SIM group
        unset_sim_imei_lock: Unsets IMEI lock of SIM
        update_sim_speed_class: Updates the IoT SIM speed class
    """

    group = "Sim"

    # What a type checker sees: each operation typed from its endpoint module. At run time
    # the module is imported when the operation is first used (operation.lazy_operation).
    if TYPE_CHECKING:
        activate_sim = operation(_activate_sim.SPEC, _activate_sim.build, _activate_sim.parse)
        add_subscription = operation(
            _add_subscription.SPEC, _add_subscription.build, _add_subscription.parse
        )
        attach_arc_sim_credentials = operation(
            _attach_arc_sim_credentials.SPEC,
            _attach_arc_sim_credentials.build,
            _attach_arc_sim_credentials.parse,
        )
        cancel_subscription_container_download = operation(
            _cancel_subscription_container_download.SPEC,
            _cancel_subscription_container_download.build,
            _cancel_subscription_container_download.parse,
        )
        create_arc_session = operation(
            _create_arc_session.SPEC, _create_arc_session.build, _create_arc_session.parse
        )
        create_sim = operation(_create_sim.SPEC, _create_sim.build, _create_sim.parse)
        create_sim_packet_capture_session = operation(
            _create_sim_packet_capture_session.SPEC,
            _create_sim_packet_capture_session.build,
            _create_sim_packet_capture_session.parse,
        )
        deactivate_sim = operation(
            _deactivate_sim.SPEC, _deactivate_sim.build, _deactivate_sim.parse
        )
        delete_sim_packet_capture_session = operation(
            _delete_sim_packet_capture_session.SPEC,
            _delete_sim_packet_capture_session.build,
            _delete_sim_packet_capture_session.parse,
        )
        delete_sim_session = operation(
            _delete_sim_session.SPEC, _delete_sim_session.build, _delete_sim_session.parse
        )
        delete_sim_tag = operation(
            _delete_sim_tag.SPEC, _delete_sim_tag.build, _delete_sim_tag.parse
        )
        disable_sim_termination = operation(
            _disable_sim_termination.SPEC,
            _disable_sim_termination.build,
            _disable_sim_termination.parse,
        )
        enable_sim_termination = operation(
            _enable_sim_termination.SPEC,
            _enable_sim_termination.build,
            _enable_sim_termination.parse,
        )
        get_data_from_sim = paginated_operation(
            _get_data_from_sim.SPEC,
            _get_data_from_sim.build,
            _get_data_from_sim.parse,
            items=_get_data_from_sim.items,
            paging=_get_data_from_sim.paging,
        )
        get_sim = operation(_get_sim.SPEC, _get_sim.build, _get_sim.parse)
        get_sim_packet_capture_session = operation(
            _get_sim_packet_capture_session.SPEC,
            _get_sim_packet_capture_session.build,
            _get_sim_packet_capture_session.parse,
        )
        get_testing_usage = operation(
            _get_testing_usage.SPEC, _get_testing_usage.build, _get_testing_usage.parse
        )
        list_sim_packet_capture_sessions = paginated_operation(
            _list_sim_packet_capture_sessions.SPEC,
            _list_sim_packet_capture_sessions.build,
            _list_sim_packet_capture_sessions.parse,
            items=_list_sim_packet_capture_sessions.items,
            paging=_list_sim_packet_capture_sessions.paging,
        )
        list_sim_session_events = paginated_operation(
            _list_sim_session_events.SPEC,
            _list_sim_session_events.build,
            _list_sim_session_events.parse,
            items=_list_sim_session_events.items,
            paging=_list_sim_session_events.paging,
        )
        list_sim_status_history = paginated_operation(
            _list_sim_status_history.SPEC,
            _list_sim_status_history.build,
            _list_sim_status_history.parse,
            items=_list_sim_status_history.items,
            paging=_list_sim_status_history.paging,
        )
        list_sims = paginated_operation(
            _list_sims.SPEC,
            _list_sims.build,
            _list_sims.parse,
            items=_list_sims.items,
            paging=_list_sims.paging,
        )
        put_sim_tags = operation(_put_sim_tags.SPEC, _put_sim_tags.build, _put_sim_tags.parse)
        register_sim = operation(_register_sim.SPEC, _register_sim.build, _register_sim.parse)
        remove_arc_sim_credentials = operation(
            _remove_arc_sim_credentials.SPEC,
            _remove_arc_sim_credentials.build,
            _remove_arc_sim_credentials.parse,
        )
        renew_arc_sim_credentials = operation(
            _renew_arc_sim_credentials.SPEC,
            _renew_arc_sim_credentials.build,
            _renew_arc_sim_credentials.parse,
        )
        report_sim_local_info = operation(
            _report_sim_local_info.SPEC, _report_sim_local_info.build, _report_sim_local_info.parse
        )
        send_downlink_http = operation(
            _send_downlink_http.SPEC, _send_downlink_http.build, _send_downlink_http.parse
        )
        send_downlink_ping = operation(
            _send_downlink_ping.SPEC, _send_downlink_ping.build, _send_downlink_ping.parse
        )
        send_downlink_rtsp = operation(
            _send_downlink_rtsp.SPEC, _send_downlink_rtsp.build, _send_downlink_rtsp.parse
        )
        send_downlink_ssh = operation(
            _send_downlink_ssh.SPEC, _send_downlink_ssh.build, _send_downlink_ssh.parse
        )
        send_downlink_tcp = operation(
            _send_downlink_tcp.SPEC, _send_downlink_tcp.build, _send_downlink_tcp.parse
        )
        send_downlink_udp = operation(
            _send_downlink_udp.SPEC, _send_downlink_udp.build, _send_downlink_udp.parse
        )
        send_sms_to_sim = operation(
            _send_sms_to_sim.SPEC, _send_sms_to_sim.build, _send_sms_to_sim.parse
        )
        set_sim_expiry_time = operation(
            _set_sim_expiry_time.SPEC, _set_sim_expiry_time.build, _set_sim_expiry_time.parse
        )
        set_sim_group = operation(_set_sim_group.SPEC, _set_sim_group.build, _set_sim_group.parse)
        set_sim_imei_lock = operation(
            _set_sim_imei_lock.SPEC, _set_sim_imei_lock.build, _set_sim_imei_lock.parse
        )
        set_sim_to_standby = operation(
            _set_sim_to_standby.SPEC, _set_sim_to_standby.build, _set_sim_to_standby.parse
        )
        stop_sim_packet_capture_session = operation(
            _stop_sim_packet_capture_session.SPEC,
            _stop_sim_packet_capture_session.build,
            _stop_sim_packet_capture_session.parse,
        )
        suspend_sim = operation(_suspend_sim.SPEC, _suspend_sim.build, _suspend_sim.parse)
        terminate_sim = operation(_terminate_sim.SPEC, _terminate_sim.build, _terminate_sim.parse)
        terminate_subscription_container = operation(
            _terminate_subscription_container.SPEC,
            _terminate_subscription_container.build,
            _terminate_subscription_container.parse,
        )
        unset_sim_expiry_time = operation(
            _unset_sim_expiry_time.SPEC, _unset_sim_expiry_time.build, _unset_sim_expiry_time.parse
        )
        unset_sim_group = operation(
            _unset_sim_group.SPEC, _unset_sim_group.build, _unset_sim_group.parse
        )
        unset_sim_imei_lock = operation(
            _unset_sim_imei_lock.SPEC, _unset_sim_imei_lock.build, _unset_sim_imei_lock.parse
        )
        update_sim_speed_class = operation(
            _update_sim_speed_class.SPEC,
            _update_sim_speed_class.build,
            _update_sim_speed_class.parse,
        )
    else:
        activate_sim = lazy_operation("..api.sim.activate_sim", __package__, group=group)
        add_subscription = lazy_operation("..api.sim.add_subscription", __package__, group=group)
        attach_arc_sim_credentials = lazy_operation(
            "..api.sim.attach_arc_sim_credentials", __package__, group=group
        )
        cancel_subscription_container_download = lazy_operation(
            "..api.sim.cancel_subscription_container_download", __package__, group=group
        )
        create_arc_session = lazy_operation(
            "..api.sim.create_arc_session", __package__, group=group
        )
        create_sim = lazy_operation("..api.sim.create_sim", __package__, group=group)
        create_sim_packet_capture_session = lazy_operation(
            "..api.sim.create_sim_packet_capture_session", __package__, group=group
        )
        deactivate_sim = lazy_operation("..api.sim.deactivate_sim", __package__, group=group)
        delete_sim_packet_capture_session = lazy_operation(
            "..api.sim.delete_sim_packet_capture_session", __package__, group=group
        )
        delete_sim_session = lazy_operation(
            "..api.sim.delete_sim_session", __package__, group=group
        )
        delete_sim_tag = lazy_operation("..api.sim.delete_sim_tag", __package__, group=group)
        disable_sim_termination = lazy_operation(
            "..api.sim.disable_sim_termination", __package__, group=group
        )
        enable_sim_termination = lazy_operation(
            "..api.sim.enable_sim_termination", __package__, group=group
        )
        get_data_from_sim = lazy_paginated_operation(
            "..api.sim.get_data_from_sim", __package__, group=group
        )
        get_sim = lazy_operation("..api.sim.get_sim", __package__, group=group)
        get_sim_packet_capture_session = lazy_operation(
            "..api.sim.get_sim_packet_capture_session", __package__, group=group
        )
        get_testing_usage = lazy_operation("..api.sim.get_testing_usage", __package__, group=group)
        list_sim_packet_capture_sessions = lazy_paginated_operation(
            "..api.sim.list_sim_packet_capture_sessions", __package__, group=group
        )
        list_sim_session_events = lazy_paginated_operation(
            "..api.sim.list_sim_session_events", __package__, group=group
        )
        list_sim_status_history = lazy_paginated_operation(
            "..api.sim.list_sim_status_history", __package__, group=group
        )
        list_sims = lazy_paginated_operation("..api.sim.list_sims", __package__, group=group)
        put_sim_tags = lazy_operation("..api.sim.put_sim_tags", __package__, group=group)
        register_sim = lazy_operation("..api.sim.register_sim", __package__, group=group)
        remove_arc_sim_credentials = lazy_operation(
            "..api.sim.remove_arc_sim_credentials", __package__, group=group
        )
        renew_arc_sim_credentials = lazy_operation(
            "..api.sim.renew_arc_sim_credentials", __package__, group=group
        )
        report_sim_local_info = lazy_operation(
            "..api.sim.report_sim_local_info", __package__, group=group
        )
        send_downlink_http = lazy_operation(
            "..api.sim.send_downlink_http", __package__, group=group
        )
        send_downlink_ping = lazy_operation(
            "..api.sim.send_downlink_ping", __package__, group=group
        )
        send_downlink_rtsp = lazy_operation(
            "..api.sim.send_downlink_rtsp", __package__, group=group
        )
        send_downlink_ssh = lazy_operation("..api.sim.send_downlink_ssh", __package__, group=group)
        send_downlink_tcp = lazy_operation("..api.sim.send_downlink_tcp", __package__, group=group)
        send_downlink_udp = lazy_operation("..api.sim.send_downlink_udp", __package__, group=group)
        send_sms_to_sim = lazy_operation("..api.sim.send_sms_to_sim", __package__, group=group)
        set_sim_expiry_time = lazy_operation(
            "..api.sim.set_sim_expiry_time", __package__, group=group
        )
        set_sim_group = lazy_operation("..api.sim.set_sim_group", __package__, group=group)
        set_sim_imei_lock = lazy_operation("..api.sim.set_sim_imei_lock", __package__, group=group)
        set_sim_to_standby = lazy_operation(
            "..api.sim.set_sim_to_standby", __package__, group=group
        )
        stop_sim_packet_capture_session = lazy_operation(
            "..api.sim.stop_sim_packet_capture_session", __package__, group=group
        )
        suspend_sim = lazy_operation("..api.sim.suspend_sim", __package__, group=group)
        terminate_sim = lazy_operation("..api.sim.terminate_sim", __package__, group=group)
        terminate_subscription_container = lazy_operation(
            "..api.sim.terminate_subscription_container", __package__, group=group
        )
        unset_sim_expiry_time = lazy_operation(
            "..api.sim.unset_sim_expiry_time", __package__, group=group
        )
        unset_sim_group = lazy_operation("..api.sim.unset_sim_group", __package__, group=group)
        unset_sim_imei_lock = lazy_operation(
            "..api.sim.unset_sim_imei_lock", __package__, group=group
        )
        update_sim_speed_class = lazy_operation(
            "..api.sim.update_sim_speed_class", __package__, group=group
        )
