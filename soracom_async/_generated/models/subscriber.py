from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.subscriber_expiry_action import SubscriberExpiryAction
from ..models.subscriber_module_type import SubscriberModuleType
from ..models.subscriber_status import SubscriberStatus
from ..types import UNSET, Unset, as_enum, as_model, as_models, missing_field, wrong_shape

if TYPE_CHECKING:
    from ..models.imei_lock import ImeiLock
    from ..models.location_registration_status import LocationRegistrationStatus
    from ..models.previous_session_status import PreviousSessionStatus
    from ..models.session_status import SessionStatus
    from ..models.subscriber_packet_capture_sessions_item import SubscriberPacketCaptureSessionsItem
    from ..models.tag_set import TagSet


T = TypeVar("T", bound="Subscriber")


@_attrs_define(init=False, repr=False, eq=False)
class Subscriber:
    """
    Attributes:
        imsi (str): The IMSI of the SIM.
        apn (str | None | Unset): The APN (Access Point Name) configured.
        bundles (list[str] | None | Unset):
        created_at (int | None | Unset): UNIX time (in milliseconds) when this subscription was created. For example,
            for a secondary subscription, it is the UNIX time (in milliseconds) that the secondary subscription was created.
        created_time (int | None | Unset): UNIX time (in milliseconds) when this subscription was created. For example,
            for a secondary subscription, it is the UNIX time (in milliseconds) that the secondary subscription was created.
        expired_at (int | None | Unset): IoT SIM expiration date (UNIX time in milliseconds)
        expiry_action (SubscriberExpiryAction | None | Unset): Action when expiration date expires. Please refer to
            [Soracom Air Expiration Function](/en/docs/air/expiration/) for more detail.

            - `doNothing` : do nothing
            - `deleteSession` : delete session of the SIM if any
            - `deactivate` : change the SIM status to Inactive
            - `suspend` : change the SIM status to Suspended
            - `terminate` : forcibly end any existing connections, and terminate the SIM
            - `null`: No expiration date set.
        expiry_time (int | None | Unset): IoT SIM expiration date (UNIX time in milliseconds).
        group_id (str | None | Unset): The SIM group ID where the SIM belongs to.
        iccid (str | None | Unset): The ICCID of the SIM.
        imei_lock (ImeiLock | None | Unset): IMEI lock configuration.
        ip_address (str | None | Unset):
        last_modified_at (int | None | Unset): UNIX time in milliseconds that the IoT SIM information was changed
        last_modified_time (int | None | Unset): UNIX time in milliseconds that the IoT SIM information was changed
        last_port_mapping_created_time (int | None | Unset): UNIX time in milliseconds that Napter was used with the
            SIM. If Napter has never been used with the SIM, null is returned.
        location_registration_status (LocationRegistrationStatus | None | Unset):
        module_type (SubscriberModuleType | None | Unset): The form factor of the physical SIM.

            - `mini`: standard (2FF) size.
            - `micro`: micro (3FF) size.
            - `nano`: nano (4FF) size.
            - `trio`: 3 in 1 (can be cut into 2FF/3FF/4FF depending on how you cut it).
            - `embedded`: Embedded (MFF2).
            - `virtual`: Virtual SIM/Subscriber.
            - `integrated`: Embedded (iSIM).
            - `profilePackage`: Profile Package (eSIM profile).
            - `null`: null for secondary subscriptions.
        msisdn (str | None | Unset): The MSISDN of the SIM.
        operator_id (str | None | Unset): The ID of the operator who owns this SIM.
        packet_capture_sessions (list[SubscriberPacketCaptureSessionsItem] | None | Unset):
        plan (int | None | Unset): Whether or not the subscription supports SMS functionality.

            - `0`: SMS not supported.
            - `1`: SMS supported.
        previous_session (PreviousSessionStatus | None | Unset): Information about the previous session.
        registered_time (int | None | Unset): UNIX time (in milliseconds) that the IoT SIM was manually registered to
            the operator. When purchasing SIMs directly through the User Console, SIMs will automatically be registered to
            your account, the field is not present.
        renewal_fee_status_set_time (int | None | Unset): UNIX time (in milliseconds) that the IoT SIM status is either
            "ready", "standby", or "suspended".
        serial_number (str | None | Unset): The serial number of the SIM. Virtual SIM/Subscriber does not have a serial
            number.
        session_status (SessionStatus | None | Unset): Information about the current session.
        sim_id (str | None | Unset): The SIM ID of the SIM.
        speed_class (str | None | Unset): The speed class of the SIM.
        status (SubscriberStatus | None | Unset): Status of the IoT SIM (Primary subscription of the IoT SIM) Note that
            the status of a virtual SIM/Subscriber added to an IoT SIM is either `active` or `terminated`.

            - `ready`
            - `active`
            - `inactive`
            - `standby`
            - `suspended`
            - `terminated`
        subscription (str | None | Unset): The name of the subscription for the SIM.
        tags (TagSet | None | Unset): An object which always contains at least one property "name" with a string value.
            If you give a subscriber/SIM a name, the name will be returned as the value of the "name" property. If the
            subscriber/SIM does not have a name, an empty string "" is returned. In addition, if you create any custom tags
            for the subscriber/SIM, each custom tag will appear as additional properties in the object. Example:
            {'tagName1': 'tagValue1', 'tagName2': 'tagValue2...'}.
        termination_enabled (bool | None | Unset): Configure IoT SIM termination protection

            - `true`: Termination protection OFF (can be terminated).
            - `false`: Termination protection ON
        type_ (str | None | Unset): The speed class of the SIM.
    """

    imsi: str
    apn: str | None | Unset = UNSET
    bundles: list[str] | None | Unset = UNSET
    created_at: int | None | Unset = UNSET
    created_time: int | None | Unset = UNSET
    expired_at: int | None | Unset = UNSET
    expiry_action: SubscriberExpiryAction | None | Unset = UNSET
    expiry_time: int | None | Unset = UNSET
    group_id: str | None | Unset = UNSET
    iccid: str | None | Unset = UNSET
    imei_lock: ImeiLock | None | Unset = UNSET
    ip_address: str | None | Unset = UNSET
    last_modified_at: int | None | Unset = UNSET
    last_modified_time: int | None | Unset = UNSET
    last_port_mapping_created_time: int | None | Unset = UNSET
    location_registration_status: LocationRegistrationStatus | None | Unset = UNSET
    module_type: SubscriberModuleType | None | Unset = UNSET
    msisdn: str | None | Unset = UNSET
    operator_id: str | None | Unset = UNSET
    packet_capture_sessions: list[SubscriberPacketCaptureSessionsItem] | None | Unset = UNSET
    plan: int | None | Unset = UNSET
    previous_session: PreviousSessionStatus | None | Unset = UNSET
    registered_time: int | None | Unset = UNSET
    renewal_fee_status_set_time: int | None | Unset = UNSET
    serial_number: str | None | Unset = UNSET
    session_status: SessionStatus | None | Unset = UNSET
    sim_id: str | None | Unset = UNSET
    speed_class: str | None | Unset = UNSET
    status: SubscriberStatus | None | Unset = UNSET
    subscription: str | None | Unset = UNSET
    tags: TagSet | None | Unset = UNSET
    termination_enabled: bool | None | Unset = UNSET
    type_: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        imsi: str,
        apn: str | None | Unset = UNSET,
        bundles: list[str] | None | Unset = UNSET,
        created_at: int | None | Unset = UNSET,
        created_time: int | None | Unset = UNSET,
        expired_at: int | None | Unset = UNSET,
        expiry_action: SubscriberExpiryAction
        | Literal[
            "doNothing", "deleteSession", "deactivate", "suspend", "terminate", "(null value)"
        ]
        | None
        | Unset = UNSET,
        expiry_time: int | None | Unset = UNSET,
        group_id: str | None | Unset = UNSET,
        iccid: str | None | Unset = UNSET,
        imei_lock: ImeiLock | Mapping[str, Any] | None | Unset = UNSET,
        ip_address: str | None | Unset = UNSET,
        last_modified_at: int | None | Unset = UNSET,
        last_modified_time: int | None | Unset = UNSET,
        last_port_mapping_created_time: int | None | Unset = UNSET,
        location_registration_status: LocationRegistrationStatus
        | Mapping[str, Any]
        | None
        | Unset = UNSET,
        module_type: SubscriberModuleType
        | Literal[
            "mini",
            "micro",
            "nano",
            "trio",
            "embedded",
            "virtual",
            "integrated",
            "profilePackage",
            "(null value)",
        ]
        | None
        | Unset = UNSET,
        msisdn: str | None | Unset = UNSET,
        operator_id: str | None | Unset = UNSET,
        packet_capture_sessions: Sequence[SubscriberPacketCaptureSessionsItem | Mapping[str, Any]]
        | None
        | Unset = UNSET,
        plan: int | None | Unset = UNSET,
        previous_session: PreviousSessionStatus | Mapping[str, Any] | None | Unset = UNSET,
        registered_time: int | None | Unset = UNSET,
        renewal_fee_status_set_time: int | None | Unset = UNSET,
        serial_number: str | None | Unset = UNSET,
        session_status: SessionStatus | Mapping[str, Any] | None | Unset = UNSET,
        sim_id: str | None | Unset = UNSET,
        speed_class: str | None | Unset = UNSET,
        status: SubscriberStatus
        | Literal["ready", "active", "inactive", "standby", "suspended", "terminated"]
        | None
        | Unset = UNSET,
        subscription: str | None | Unset = UNSET,
        tags: TagSet | Mapping[str, Any] | None | Unset = UNSET,
        termination_enabled: bool | None | Unset = UNSET,
        type_: str | None | Unset = UNSET,
    ) -> None:
        self.imsi = imsi
        self.apn = apn
        self.bundles = bundles
        self.created_at = created_at
        self.created_time = created_time
        self.expired_at = expired_at
        self.expiry_action = as_enum(
            expiry_action, SubscriberExpiryAction, "Subscriber", "expiry_action"
        )
        self.expiry_time = expiry_time
        self.group_id = group_id
        self.iccid = iccid
        self.imei_lock = as_model(imei_lock, ImeiLock, "Subscriber", "imei_lock")
        self.ip_address = ip_address
        self.last_modified_at = last_modified_at
        self.last_modified_time = last_modified_time
        self.last_port_mapping_created_time = last_port_mapping_created_time
        self.location_registration_status = as_model(
            location_registration_status,
            LocationRegistrationStatus,
            "Subscriber",
            "location_registration_status",
        )
        self.module_type = as_enum(module_type, SubscriberModuleType, "Subscriber", "module_type")
        self.msisdn = msisdn
        self.operator_id = operator_id
        self.packet_capture_sessions = as_models(
            packet_capture_sessions,
            SubscriberPacketCaptureSessionsItem,
            "Subscriber",
            "packet_capture_sessions",
        )
        self.plan = plan
        self.previous_session = as_model(
            previous_session, PreviousSessionStatus, "Subscriber", "previous_session"
        )
        self.registered_time = registered_time
        self.renewal_fee_status_set_time = renewal_fee_status_set_time
        self.serial_number = serial_number
        self.session_status = as_model(
            session_status, SessionStatus, "Subscriber", "session_status"
        )
        self.sim_id = sim_id
        self.speed_class = speed_class
        self.status = as_enum(status, SubscriberStatus, "Subscriber", "status")
        self.subscription = subscription
        self.tags = as_model(tags, TagSet, "Subscriber", "tags")
        self.termination_enabled = termination_enabled
        self.type_ = type_
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"imsi={self.imsi!r}, "
            f"apn={self.apn!r}, "
            f"bundles={self.bundles!r}, "
            f"created_at={self.created_at!r}, "
            f"created_time={self.created_time!r}, "
            f"expired_at={self.expired_at!r}, "
            f"expiry_action={self.expiry_action!r}, "
            f"expiry_time={self.expiry_time!r}, "
            f"group_id={self.group_id!r}, "
            f"iccid={self.iccid!r}, "
            f"imei_lock={self.imei_lock!r}, "
            f"ip_address={self.ip_address!r}, "
            f"last_modified_at={self.last_modified_at!r}, "
            f"last_modified_time={self.last_modified_time!r}, "
            f"last_port_mapping_created_time={self.last_port_mapping_created_time!r}, "
            f"location_registration_status={self.location_registration_status!r}, "
            f"module_type={self.module_type!r}, "
            f"msisdn={self.msisdn!r}, "
            f"operator_id={self.operator_id!r}, "
            f"packet_capture_sessions={self.packet_capture_sessions!r}, "
            f"plan={self.plan!r}, "
            f"previous_session={self.previous_session!r}, "
            f"registered_time={self.registered_time!r}, "
            f"renewal_fee_status_set_time={self.renewal_fee_status_set_time!r}, "
            f"serial_number={self.serial_number!r}, "
            f"session_status={self.session_status!r}, "
            f"sim_id={self.sim_id!r}, "
            f"speed_class={self.speed_class!r}, "
            f"status={self.status!r}, "
            f"subscription={self.subscription!r}, "
            f"tags={self.tags!r}, "
            f"termination_enabled={self.termination_enabled!r}, "
            f"type_={self.type_!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, Subscriber):
            return NotImplemented
        return (
            self.imsi,
            self.apn,
            self.bundles,
            self.created_at,
            self.created_time,
            self.expired_at,
            self.expiry_action,
            self.expiry_time,
            self.group_id,
            self.iccid,
            self.imei_lock,
            self.ip_address,
            self.last_modified_at,
            self.last_modified_time,
            self.last_port_mapping_created_time,
            self.location_registration_status,
            self.module_type,
            self.msisdn,
            self.operator_id,
            self.packet_capture_sessions,
            self.plan,
            self.previous_session,
            self.registered_time,
            self.renewal_fee_status_set_time,
            self.serial_number,
            self.session_status,
            self.sim_id,
            self.speed_class,
            self.status,
            self.subscription,
            self.tags,
            self.termination_enabled,
            self.type_,
            self.additional_properties,
        ) == (
            other.imsi,
            other.apn,
            other.bundles,
            other.created_at,
            other.created_time,
            other.expired_at,
            other.expiry_action,
            other.expiry_time,
            other.group_id,
            other.iccid,
            other.imei_lock,
            other.ip_address,
            other.last_modified_at,
            other.last_modified_time,
            other.last_port_mapping_created_time,
            other.location_registration_status,
            other.module_type,
            other.msisdn,
            other.operator_id,
            other.packet_capture_sessions,
            other.plan,
            other.previous_session,
            other.registered_time,
            other.renewal_fee_status_set_time,
            other.serial_number,
            other.session_status,
            other.sim_id,
            other.speed_class,
            other.status,
            other.subscription,
            other.tags,
            other.termination_enabled,
            other.type_,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        imsi = self.imsi

        apn = self.apn

        bundles: list[str] | None | Unset
        if self.bundles is None or self.bundles is UNSET:
            bundles = self.bundles
        else:
            bundles = self.bundles

        created_at = self.created_at

        created_time = self.created_time

        expired_at = self.expired_at

        expiry_action: str | None | Unset
        if self.expiry_action is None or self.expiry_action is UNSET:
            expiry_action = self.expiry_action
        else:
            expiry_action = str(self.expiry_action)

        expiry_time = self.expiry_time

        group_id = self.group_id

        iccid = self.iccid

        imei_lock: dict[str, Any] | None | Unset
        if self.imei_lock is None or self.imei_lock is UNSET:
            imei_lock = self.imei_lock
        else:
            imei_lock = self.imei_lock.to_dict()

        ip_address = self.ip_address

        last_modified_at = self.last_modified_at

        last_modified_time = self.last_modified_time

        last_port_mapping_created_time = self.last_port_mapping_created_time

        location_registration_status: dict[str, Any] | None | Unset
        if self.location_registration_status is None or self.location_registration_status is UNSET:
            location_registration_status = self.location_registration_status
        else:
            location_registration_status = self.location_registration_status.to_dict()

        module_type: str | None | Unset
        if self.module_type is None or self.module_type is UNSET:
            module_type = self.module_type
        else:
            module_type = str(self.module_type)

        msisdn = self.msisdn

        operator_id = self.operator_id

        packet_capture_sessions: list[dict[str, Any]] | None | Unset
        if self.packet_capture_sessions is None or self.packet_capture_sessions is UNSET:
            packet_capture_sessions = self.packet_capture_sessions
        else:
            packet_capture_sessions = []
            for packet_capture_sessions_item_data in self.packet_capture_sessions:
                packet_capture_sessions_item = packet_capture_sessions_item_data.to_dict()

                packet_capture_sessions.append(packet_capture_sessions_item)

        plan = self.plan

        previous_session: dict[str, Any] | None | Unset
        if self.previous_session is None or self.previous_session is UNSET:
            previous_session = self.previous_session
        else:
            previous_session = self.previous_session.to_dict()

        registered_time = self.registered_time

        renewal_fee_status_set_time = self.renewal_fee_status_set_time

        serial_number = self.serial_number

        session_status: dict[str, Any] | None | Unset
        if self.session_status is None or self.session_status is UNSET:
            session_status = self.session_status
        else:
            session_status = self.session_status.to_dict()

        sim_id = self.sim_id

        speed_class = self.speed_class

        status: str | None | Unset
        if self.status is None or self.status is UNSET:
            status = self.status
        else:
            status = str(self.status)

        subscription = self.subscription

        tags: dict[str, Any] | None | Unset
        if self.tags is None or self.tags is UNSET:
            tags = self.tags
        else:
            tags = self.tags.to_dict()

        termination_enabled = self.termination_enabled

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "imsi": imsi,
            }
        )
        if apn is not UNSET:
            field_dict["apn"] = apn
        if bundles is not UNSET:
            field_dict["bundles"] = bundles
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if created_time is not UNSET:
            field_dict["createdTime"] = created_time
        if expired_at is not UNSET:
            field_dict["expiredAt"] = expired_at
        if expiry_action is not UNSET:
            field_dict["expiryAction"] = expiry_action
        if expiry_time is not UNSET:
            field_dict["expiryTime"] = expiry_time
        if group_id is not UNSET:
            field_dict["groupId"] = group_id
        if iccid is not UNSET:
            field_dict["iccid"] = iccid
        if imei_lock is not UNSET:
            field_dict["imeiLock"] = imei_lock
        if ip_address is not UNSET:
            field_dict["ipAddress"] = ip_address
        if last_modified_at is not UNSET:
            field_dict["lastModifiedAt"] = last_modified_at
        if last_modified_time is not UNSET:
            field_dict["lastModifiedTime"] = last_modified_time
        if last_port_mapping_created_time is not UNSET:
            field_dict["lastPortMappingCreatedTime"] = last_port_mapping_created_time
        if location_registration_status is not UNSET:
            field_dict["locationRegistrationStatus"] = location_registration_status
        if module_type is not UNSET:
            field_dict["moduleType"] = module_type
        if msisdn is not UNSET:
            field_dict["msisdn"] = msisdn
        if operator_id is not UNSET:
            field_dict["operatorId"] = operator_id
        if packet_capture_sessions is not UNSET:
            field_dict["packetCaptureSessions"] = packet_capture_sessions
        if plan is not UNSET:
            field_dict["plan"] = plan
        if previous_session is not UNSET:
            field_dict["previousSession"] = previous_session
        if registered_time is not UNSET:
            field_dict["registeredTime"] = registered_time
        if renewal_fee_status_set_time is not UNSET:
            field_dict["renewalFeeStatusSetTime"] = renewal_fee_status_set_time
        if serial_number is not UNSET:
            field_dict["serialNumber"] = serial_number
        if session_status is not UNSET:
            field_dict["sessionStatus"] = session_status
        if sim_id is not UNSET:
            field_dict["simId"] = sim_id
        if speed_class is not UNSET:
            field_dict["speedClass"] = speed_class
        if status is not UNSET:
            field_dict["status"] = status
        if subscription is not UNSET:
            field_dict["subscription"] = subscription
        if tags is not UNSET:
            field_dict["tags"] = tags
        if termination_enabled is not UNSET:
            field_dict["terminationEnabled"] = termination_enabled
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _required_imsi = d.pop("imsi", None)
        if _required_imsi is None:
            raise missing_field(cls.__name__, "imsi")
        imsi = _required_imsi

        apn = d.pop("apn", UNSET)

        _bundles = d.pop("bundles", UNSET)
        bundles: list[str] | None | Unset
        if _bundles is None or _bundles is UNSET:
            bundles = _bundles
        elif not isinstance(_bundles, list):
            raise wrong_shape("bundles", "a JSON array", _bundles)
        else:
            bundles = _bundles

        created_at = d.pop("createdAt", UNSET)

        created_time = d.pop("createdTime", UNSET)

        expired_at = d.pop("expiredAt", UNSET)

        _expiry_action = d.pop("expiryAction", UNSET)
        expiry_action: SubscriberExpiryAction | None | Unset
        if _expiry_action is None or _expiry_action is UNSET:
            expiry_action = _expiry_action
        else:
            try:
                expiry_action = _by_value_SubscriberExpiryAction[_expiry_action]
            except (KeyError, TypeError):
                expiry_action = SubscriberExpiryAction(_expiry_action)

        expiry_time = d.pop("expiryTime", UNSET)

        group_id = d.pop("groupId", UNSET)

        iccid = d.pop("iccid", UNSET)

        _imei_lock = d.pop("imeiLock", UNSET)
        imei_lock: ImeiLock | None | Unset
        if _imei_lock is None or _imei_lock is UNSET:
            imei_lock = _imei_lock
        else:
            imei_lock = _from_dict_ImeiLock(_imei_lock)

        ip_address = d.pop("ipAddress", UNSET)

        last_modified_at = d.pop("lastModifiedAt", UNSET)

        last_modified_time = d.pop("lastModifiedTime", UNSET)

        last_port_mapping_created_time = d.pop("lastPortMappingCreatedTime", UNSET)

        _location_registration_status = d.pop("locationRegistrationStatus", UNSET)
        location_registration_status: LocationRegistrationStatus | None | Unset
        if _location_registration_status is None or _location_registration_status is UNSET:
            location_registration_status = _location_registration_status
        else:
            location_registration_status = _from_dict_LocationRegistrationStatus(
                _location_registration_status
            )

        _module_type = d.pop("moduleType", UNSET)
        module_type: SubscriberModuleType | None | Unset
        if _module_type is None or _module_type is UNSET:
            module_type = _module_type
        else:
            try:
                module_type = _by_value_SubscriberModuleType[_module_type]
            except (KeyError, TypeError):
                module_type = SubscriberModuleType(_module_type)

        msisdn = d.pop("msisdn", UNSET)

        operator_id = d.pop("operatorId", UNSET)

        _packet_capture_sessions = d.pop("packetCaptureSessions", UNSET)
        packet_capture_sessions: list[SubscriberPacketCaptureSessionsItem] | None | Unset
        if _packet_capture_sessions is None or _packet_capture_sessions is UNSET:
            packet_capture_sessions = _packet_capture_sessions
        elif not isinstance(_packet_capture_sessions, list):
            raise wrong_shape("packetCaptureSessions", "a JSON array", _packet_capture_sessions)
        else:
            packet_capture_sessions = [
                _from_dict_SubscriberPacketCaptureSessionsItem(v) for v in _packet_capture_sessions
            ]

        plan = d.pop("plan", UNSET)

        _previous_session = d.pop("previousSession", UNSET)
        previous_session: PreviousSessionStatus | None | Unset
        if _previous_session is None or _previous_session is UNSET:
            previous_session = _previous_session
        else:
            previous_session = _from_dict_PreviousSessionStatus(_previous_session)

        registered_time = d.pop("registeredTime", UNSET)

        renewal_fee_status_set_time = d.pop("renewalFeeStatusSetTime", UNSET)

        serial_number = d.pop("serialNumber", UNSET)

        _session_status = d.pop("sessionStatus", UNSET)
        session_status: SessionStatus | None | Unset
        if _session_status is None or _session_status is UNSET:
            session_status = _session_status
        else:
            session_status = _from_dict_SessionStatus(_session_status)

        sim_id = d.pop("simId", UNSET)

        speed_class = d.pop("speedClass", UNSET)

        _status = d.pop("status", UNSET)
        status: SubscriberStatus | None | Unset
        if _status is None or _status is UNSET:
            status = _status
        else:
            try:
                status = _by_value_SubscriberStatus[_status]
            except (KeyError, TypeError):
                status = SubscriberStatus(_status)

        subscription = d.pop("subscription", UNSET)

        _tags = d.pop("tags", UNSET)
        tags: TagSet | None | Unset
        if _tags is None or _tags is UNSET:
            tags = _tags
        else:
            tags = _from_dict_TagSet(_tags)

        termination_enabled = d.pop("terminationEnabled", UNSET)

        type_ = d.pop("type", UNSET)

        _self = cls.__new__(cls)
        _self.imsi = imsi
        _self.apn = apn
        _self.bundles = bundles
        _self.created_at = created_at
        _self.created_time = created_time
        _self.expired_at = expired_at
        _self.expiry_action = expiry_action
        _self.expiry_time = expiry_time
        _self.group_id = group_id
        _self.iccid = iccid
        _self.imei_lock = imei_lock
        _self.ip_address = ip_address
        _self.last_modified_at = last_modified_at
        _self.last_modified_time = last_modified_time
        _self.last_port_mapping_created_time = last_port_mapping_created_time
        _self.location_registration_status = location_registration_status
        _self.module_type = module_type
        _self.msisdn = msisdn
        _self.operator_id = operator_id
        _self.packet_capture_sessions = packet_capture_sessions
        _self.plan = plan
        _self.previous_session = previous_session
        _self.registered_time = registered_time
        _self.renewal_fee_status_set_time = renewal_fee_status_set_time
        _self.serial_number = serial_number
        _self.session_status = session_status
        _self.sim_id = sim_id
        _self.speed_class = speed_class
        _self.status = status
        _self.subscription = subscription
        _self.tags = tags
        _self.termination_enabled = termination_enabled
        _self.type_ = type_
        _self.additional_properties = d if d else {}
        return _self

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Referenced models, imported after the class so that cycles resolve.
from ..models.imei_lock import ImeiLock  # noqa: E402
from ..models.location_registration_status import LocationRegistrationStatus  # noqa: E402
from ..models.previous_session_status import PreviousSessionStatus  # noqa: E402
from ..models.session_status import SessionStatus  # noqa: E402
from ..models.subscriber_packet_capture_sessions_item import SubscriberPacketCaptureSessionsItem  # noqa: E402
from ..models.tag_set import TagSet  # noqa: E402

# Parsers called per object, bound once (after every import).
_by_value_SubscriberExpiryAction = SubscriberExpiryAction._value2member_map_
_by_value_SubscriberModuleType = SubscriberModuleType._value2member_map_
_by_value_SubscriberStatus = SubscriberStatus._value2member_map_
_from_dict_ImeiLock = ImeiLock.from_dict
_from_dict_LocationRegistrationStatus = LocationRegistrationStatus.from_dict
_from_dict_PreviousSessionStatus = PreviousSessionStatus.from_dict
_from_dict_SessionStatus = SessionStatus.from_dict
_from_dict_SubscriberPacketCaptureSessionsItem = SubscriberPacketCaptureSessionsItem.from_dict
_from_dict_TagSet = TagSet.from_dict
