"""The `Sim` API group: one rate-limit group, one namespace on the client."""

from ...operation import TagApi, operation, paginated_operation
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
    """Operations of the `Sim` group, as `client.sim.<operation>`."""

    group = "Sim"

    activate_sim = operation(
        _activate_sim.build, _activate_sim.parse, "activateSim", "POST", "/sims/{sim_id}/activate"
    )
    add_subscription = operation(
        _add_subscription.build,
        _add_subscription.parse,
        "addSubscription",
        "POST",
        "/sims/{sim_id}/profiles/{iccid}/add_subscription",
    )
    attach_arc_sim_credentials = operation(
        _attach_arc_sim_credentials.build,
        _attach_arc_sim_credentials.parse,
        "attachArcSimCredentials",
        "POST",
        "/sims/{sim_id}/credentials/arc",
    )
    cancel_subscription_container_download = operation(
        _cancel_subscription_container_download.build,
        _cancel_subscription_container_download.parse,
        "cancelSubscriptionContainerDownload",
        "POST",
        "/sims/{sim_id}/profiles/{iccid}/subscribers/{imsi}/cancel_download",
    )
    create_arc_session = operation(
        _create_arc_session.build,
        _create_arc_session.parse,
        "createArcSession",
        "POST",
        "/sims/{sim_id}/sessions/arc",
    )
    create_sim = operation(_create_sim.build, _create_sim.parse, "createSim", "POST", "/sims")
    create_sim_packet_capture_session = operation(
        _create_sim_packet_capture_session.build,
        _create_sim_packet_capture_session.parse,
        "createSimPacketCaptureSession",
        "POST",
        "/sims/{sim_id}/packet_capture_sessions",
    )
    deactivate_sim = operation(
        _deactivate_sim.build,
        _deactivate_sim.parse,
        "deactivateSim",
        "POST",
        "/sims/{sim_id}/deactivate",
    )
    delete_sim_packet_capture_session = operation(
        _delete_sim_packet_capture_session.build,
        _delete_sim_packet_capture_session.parse,
        "deleteSimPacketCaptureSession",
        "DELETE",
        "/sims/{sim_id}/packet_capture_sessions/{session_id}",
    )
    delete_sim_session = operation(
        _delete_sim_session.build,
        _delete_sim_session.parse,
        "deleteSimSession",
        "POST",
        "/sims/{sim_id}/delete_session",
    )
    delete_sim_tag = operation(
        _delete_sim_tag.build,
        _delete_sim_tag.parse,
        "deleteSimTag",
        "DELETE",
        "/sims/{sim_id}/tags/{tag_name}",
    )
    disable_sim_termination = operation(
        _disable_sim_termination.build,
        _disable_sim_termination.parse,
        "disableSimTermination",
        "POST",
        "/sims/{sim_id}/disable_termination",
    )
    enable_sim_termination = operation(
        _enable_sim_termination.build,
        _enable_sim_termination.parse,
        "enableSimTermination",
        "POST",
        "/sims/{sim_id}/enable_termination",
    )
    get_data_from_sim = paginated_operation(
        _get_data_from_sim.build,
        _get_data_from_sim.parse,
        "getDataFromSim",
        "GET",
        "/sims/{sim_id}/data",
    )
    get_sim = operation(_get_sim.build, _get_sim.parse, "getSim", "GET", "/sims/{sim_id}")
    get_sim_packet_capture_session = operation(
        _get_sim_packet_capture_session.build,
        _get_sim_packet_capture_session.parse,
        "getSimPacketCaptureSession",
        "GET",
        "/sims/{sim_id}/packet_capture_sessions/{session_id}",
    )
    get_testing_usage = operation(
        _get_testing_usage.build,
        _get_testing_usage.parse,
        "getTestingUsage",
        "GET",
        "/sims/{sim_id}/testing/usage",
    )
    list_sim_packet_capture_sessions = paginated_operation(
        _list_sim_packet_capture_sessions.build,
        _list_sim_packet_capture_sessions.parse,
        "listSimPacketCaptureSessions",
        "GET",
        "/sims/{sim_id}/packet_capture_sessions",
    )
    list_sim_session_events = paginated_operation(
        _list_sim_session_events.build,
        _list_sim_session_events.parse,
        "listSimSessionEvents",
        "GET",
        "/sims/{sim_id}/events/sessions",
    )
    list_sim_status_history = paginated_operation(
        _list_sim_status_history.build,
        _list_sim_status_history.parse,
        "listSimStatusHistory",
        "GET",
        "/sims/{sim_id}/statuses/history",
    )
    list_sims = paginated_operation(_list_sims.build, _list_sims.parse, "listSims", "GET", "/sims")
    put_sim_tags = operation(
        _put_sim_tags.build, _put_sim_tags.parse, "putSimTags", "PUT", "/sims/{sim_id}/tags"
    )
    register_sim = operation(
        _register_sim.build, _register_sim.parse, "registerSim", "POST", "/sims/{sim_id}/register"
    )
    remove_arc_sim_credentials = operation(
        _remove_arc_sim_credentials.build,
        _remove_arc_sim_credentials.parse,
        "removeArcSimCredentials",
        "DELETE",
        "/sims/{sim_id}/credentials/arc",
    )
    renew_arc_sim_credentials = operation(
        _renew_arc_sim_credentials.build,
        _renew_arc_sim_credentials.parse,
        "renewArcSimCredentials",
        "PUT",
        "/sims/{sim_id}/credentials/arc",
    )
    report_sim_local_info = operation(
        _report_sim_local_info.build,
        _report_sim_local_info.parse,
        "reportSimLocalInfo",
        "POST",
        "/sims/{sim_id}/report_local_info",
    )
    send_downlink_http = operation(
        _send_downlink_http.build,
        _send_downlink_http.parse,
        "sendDownlinkHttp",
        "POST",
        "/sims/{sim_id}/downlink/http",
    )
    send_downlink_ping = operation(
        _send_downlink_ping.build,
        _send_downlink_ping.parse,
        "sendDownlinkPing",
        "POST",
        "/sims/{sim_id}/downlink/ping",
    )
    send_downlink_rtsp = operation(
        _send_downlink_rtsp.build,
        _send_downlink_rtsp.parse,
        "sendDownlinkRtsp",
        "POST",
        "/sims/{sim_id}/downlink/rtsp",
    )
    send_downlink_ssh = operation(
        _send_downlink_ssh.build,
        _send_downlink_ssh.parse,
        "sendDownlinkSsh",
        "POST",
        "/sims/{sim_id}/downlink/ssh",
    )
    send_downlink_tcp = operation(
        _send_downlink_tcp.build,
        _send_downlink_tcp.parse,
        "sendDownlinkTcp",
        "POST",
        "/sims/{sim_id}/downlink/tcp",
    )
    send_downlink_udp = operation(
        _send_downlink_udp.build,
        _send_downlink_udp.parse,
        "sendDownlinkUdp",
        "POST",
        "/sims/{sim_id}/downlink/udp",
    )
    send_sms_to_sim = operation(
        _send_sms_to_sim.build,
        _send_sms_to_sim.parse,
        "sendSmsToSim",
        "POST",
        "/sims/{sim_id}/send_sms",
    )
    set_sim_expiry_time = operation(
        _set_sim_expiry_time.build,
        _set_sim_expiry_time.parse,
        "setSimExpiryTime",
        "POST",
        "/sims/{sim_id}/set_expiry_time",
    )
    set_sim_group = operation(
        _set_sim_group.build,
        _set_sim_group.parse,
        "setSimGroup",
        "POST",
        "/sims/{sim_id}/set_group",
    )
    set_sim_imei_lock = operation(
        _set_sim_imei_lock.build,
        _set_sim_imei_lock.parse,
        "setSimImeiLock",
        "POST",
        "/sims/{sim_id}/set_imei_lock",
    )
    set_sim_to_standby = operation(
        _set_sim_to_standby.build,
        _set_sim_to_standby.parse,
        "setSimToStandby",
        "POST",
        "/sims/{sim_id}/set_to_standby",
    )
    stop_sim_packet_capture_session = operation(
        _stop_sim_packet_capture_session.build,
        _stop_sim_packet_capture_session.parse,
        "stopSimPacketCaptureSession",
        "POST",
        "/sims/{sim_id}/packet_capture_sessions/{session_id}/stop",
    )
    suspend_sim = operation(
        _suspend_sim.build, _suspend_sim.parse, "suspendSim", "POST", "/sims/{sim_id}/suspend"
    )
    terminate_sim = operation(
        _terminate_sim.build,
        _terminate_sim.parse,
        "terminateSim",
        "POST",
        "/sims/{sim_id}/terminate",
    )
    terminate_subscription_container = operation(
        _terminate_subscription_container.build,
        _terminate_subscription_container.parse,
        "terminateSubscriptionContainer",
        "POST",
        "/sims/{sim_id}/profiles/{iccid}/subscribers/{imsi}/terminate",
    )
    unset_sim_expiry_time = operation(
        _unset_sim_expiry_time.build,
        _unset_sim_expiry_time.parse,
        "unsetSimExpiryTime",
        "POST",
        "/sims/{sim_id}/unset_expiry_time",
    )
    unset_sim_group = operation(
        _unset_sim_group.build,
        _unset_sim_group.parse,
        "unsetSimGroup",
        "POST",
        "/sims/{sim_id}/unset_group",
    )
    unset_sim_imei_lock = operation(
        _unset_sim_imei_lock.build,
        _unset_sim_imei_lock.parse,
        "unsetSimImeiLock",
        "POST",
        "/sims/{sim_id}/unset_imei_lock",
    )
    update_sim_speed_class = operation(
        _update_sim_speed_class.build,
        _update_sim_speed_class.parse,
        "updateSimSpeedClass",
        "POST",
        "/sims/{sim_id}/update_speed_class",
    )
