from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sim_expiry_action import SimExpiryAction
from ..models.sim_module_type import SimModuleType
from ..models.sim_status import SimStatus
from ..models.sim_type import SimType
from ..types import UNSET, Unset, as_enum, as_model, missing_field, wrong_shape

if TYPE_CHECKING:
    from ..models.arc_session_status import ArcSessionStatus
    from ..models.capabilities import Capabilities
    from ..models.imei_lock import ImeiLock
    from ..models.map_ import Map
    from ..models.previous_session_status import PreviousSessionStatus
    from ..models.session_status import SessionStatus
    from ..models.sim_profiles import SimProfiles
    from ..models.tag_set import TagSet


T = TypeVar("T", bound="Sim")


@_attrs_define(init=False, repr=False, eq=False)
class Sim:
    """
    Attributes:
        sim_id (str): The SIM ID of the SIM.
        active_profile_id (str | None | Unset):
        arc_session_status (ArcSessionStatus | None | Unset):
        capabilities (Capabilities | None | Unset):
        created_time (int | None | Unset): UNIX time (in milliseconds) that the IoT SIM (primary subscription to the IoT
            SIM) was created.
        expiry_action (SimExpiryAction | None | Unset): Action when expiration date expires. Please refer to [Soracom
            Air Expiration Function](/en/docs/air/expiration/) for more detail.

            - `doNothing` : do nothing
            - `deleteSession` : delete session of the SIM if any
            - `deactivate` : change the SIM status to Inactive
            - `suspend` : change the SIM status to Suspended
            - `terminate` : forcibly end any existing connections, and terminate the SIM
            - `null`: No expiration date set.
        expiry_time (int | None | Unset): IoT SIM expiration date (UNIX time in milliseconds).
        group_id (str | None | Unset): The SIM group ID where the SIM belongs to.
        imei_lock (ImeiLock | None | Unset): IMEI lock configuration.
        last_location_update_time (int | None | Unset): UNIX time (in milliseconds) of the most recent Location Update
            activity across all subscribers of this SIM. This timestamp indicates when the device last registered with the
            network. A recent timestamp suggests that the device is likely attached to the network. If no Location Update
            data is available, this field is omitted.
        last_modified_time (int | None | Unset): UNIX time (in milliseconds) that the information in the IoT SIM
            (primary subscription to the IoT SIM) was changed
        last_port_mapping_created_time (int | None | Unset): UNIX time in milliseconds that Napter was used with the
            SIM. If Napter has never been used with the SIM, null is returned.
        local_info (Map | None | Unset):
        module_type (SimModuleType | None | Unset): The form factor of the physical SIM.

            - `mini`: standard (2FF) size.
            - `micro`: micro (3FF) size.
            - `nano`: nano (4FF) size.
            - `trio`: 3 in 1 (can be cut into 2FF/3FF/4FF depending on how you cut it).
            - `embedded`: Embedded (MFF2).
            - `virtual`: Virtual SIM/Subscriber.
            - `integrated`: Embedded (iSIM).
            - `profilePackage`: Profile Package (eSIM profile).
        operator_id (str | None | Unset): The ID of the operator who owns this SIM.
        ota_serial_number (str | None | Unset):
        pcap_end_time (int | None | Unset):
        pcap_start_time (int | None | Unset):
        previous_session (PreviousSessionStatus | None | Unset): Information about the previous session.
        profiles (SimProfiles | None | Unset):
        renewal_fee_status_set_time (int | None | Unset): UNIX time (in milliseconds) that the IoT SIM status is either
            "ready", "standby", or "suspended".
        serial_number (str | None | Unset): The serial number of the SIM. Virtual SIM/Subscriber does not have a serial
            number.
        session_status (SessionStatus | None | Unset): Information about the current session.
        speed_class (str | None | Unset): The speed class of the SIM.
        status (SimStatus | None | Unset): Status of the IoT SIM (primary subscription of the IoT SIM). The status of
            the virtual SIM/subscriber added to the IoT SIM is either `active` or `terminated`.

            - `ready`
            - `active`
            - `inactive`
            - `standby`
            - `suspended`
            - `terminated`
        tags (TagSet | None | Unset): An object which always contains at least one property "name" with a string value.
            If you give a subscriber/SIM a name, the name will be returned as the value of the "name" property. If the
            subscriber/SIM does not have a name, an empty string "" is returned. In addition, if you create any custom tags
            for the subscriber/SIM, each custom tag will appear as additional properties in the object. Example:
            {'tagName1': 'tagValue1', 'tagName2': 'tagValue2...'}.
        termination_enabled (bool | None | Unset): Value indicating whether the IoT SIM can be terminated (termination
            protection setting).

            - `true`: Can be terminated (termination protection OFF)
            - `false`: Cannot be terminated (termination protection ON)
        testmode_exhausted_time (int | None | Unset): UNIX time (in milliseconds) when the SIM exceeded the testing
            usage limit.
        type_ (SimType | None | Unset): IoT SIM Type

            - `euicc`: Chip type (eSIM)
            - `uicc`: Card type
            - `virtual`: Virtual SIM/Subscriber
    """

    sim_id: str
    active_profile_id: str | None | Unset = UNSET
    arc_session_status: ArcSessionStatus | None | Unset = UNSET
    capabilities: Capabilities | None | Unset = UNSET
    created_time: int | None | Unset = UNSET
    expiry_action: SimExpiryAction | None | Unset = UNSET
    expiry_time: int | None | Unset = UNSET
    group_id: str | None | Unset = UNSET
    imei_lock: ImeiLock | None | Unset = UNSET
    last_location_update_time: int | None | Unset = UNSET
    last_modified_time: int | None | Unset = UNSET
    last_port_mapping_created_time: int | None | Unset = UNSET
    local_info: Map | None | Unset = UNSET
    module_type: SimModuleType | None | Unset = UNSET
    operator_id: str | None | Unset = UNSET
    ota_serial_number: str | None | Unset = UNSET
    pcap_end_time: int | None | Unset = UNSET
    pcap_start_time: int | None | Unset = UNSET
    previous_session: PreviousSessionStatus | None | Unset = UNSET
    profiles: SimProfiles | None | Unset = UNSET
    renewal_fee_status_set_time: int | None | Unset = UNSET
    serial_number: str | None | Unset = UNSET
    session_status: SessionStatus | None | Unset = UNSET
    speed_class: str | None | Unset = UNSET
    status: SimStatus | None | Unset = UNSET
    tags: TagSet | None | Unset = UNSET
    termination_enabled: bool | None | Unset = UNSET
    testmode_exhausted_time: int | None | Unset = UNSET
    type_: SimType | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        sim_id: str,
        active_profile_id: str | None | Unset = UNSET,
        arc_session_status: ArcSessionStatus | Mapping[str, Any] | None | Unset = UNSET,
        capabilities: Capabilities | Mapping[str, Any] | None | Unset = UNSET,
        created_time: int | None | Unset = UNSET,
        expiry_action: SimExpiryAction
        | Literal[
            "doNothing", "deleteSession", "deactivate", "suspend", "terminate", "(null value)"
        ]
        | None
        | Unset = UNSET,
        expiry_time: int | None | Unset = UNSET,
        group_id: str | None | Unset = UNSET,
        imei_lock: ImeiLock | Mapping[str, Any] | None | Unset = UNSET,
        last_location_update_time: int | None | Unset = UNSET,
        last_modified_time: int | None | Unset = UNSET,
        last_port_mapping_created_time: int | None | Unset = UNSET,
        local_info: Map | Mapping[str, Any] | None | Unset = UNSET,
        module_type: SimModuleType
        | Literal[
            "mini", "micro", "nano", "trio", "embedded", "virtual", "integrated", "profilePackage"
        ]
        | None
        | Unset = UNSET,
        operator_id: str | None | Unset = UNSET,
        ota_serial_number: str | None | Unset = UNSET,
        pcap_end_time: int | None | Unset = UNSET,
        pcap_start_time: int | None | Unset = UNSET,
        previous_session: PreviousSessionStatus | Mapping[str, Any] | None | Unset = UNSET,
        profiles: SimProfiles | Mapping[str, Any] | None | Unset = UNSET,
        renewal_fee_status_set_time: int | None | Unset = UNSET,
        serial_number: str | None | Unset = UNSET,
        session_status: SessionStatus | Mapping[str, Any] | None | Unset = UNSET,
        speed_class: str | None | Unset = UNSET,
        status: SimStatus
        | Literal["ready", "active", "inactive", "standby", "suspended", "terminated"]
        | None
        | Unset = UNSET,
        tags: TagSet | Mapping[str, Any] | None | Unset = UNSET,
        termination_enabled: bool | None | Unset = UNSET,
        testmode_exhausted_time: int | None | Unset = UNSET,
        type_: SimType | Literal["euicc", "uicc", "virtual"] | None | Unset = UNSET,
    ) -> None:
        self.sim_id = sim_id
        self.active_profile_id = active_profile_id
        self.arc_session_status = as_model(
            arc_session_status, ArcSessionStatus, "Sim", "arc_session_status"
        )
        self.capabilities = as_model(capabilities, Capabilities, "Sim", "capabilities")
        self.created_time = created_time
        self.expiry_action = as_enum(expiry_action, SimExpiryAction, "Sim", "expiry_action")
        self.expiry_time = expiry_time
        self.group_id = group_id
        self.imei_lock = as_model(imei_lock, ImeiLock, "Sim", "imei_lock")
        self.last_location_update_time = last_location_update_time
        self.last_modified_time = last_modified_time
        self.last_port_mapping_created_time = last_port_mapping_created_time
        self.local_info = as_model(local_info, Map, "Sim", "local_info")
        self.module_type = as_enum(module_type, SimModuleType, "Sim", "module_type")
        self.operator_id = operator_id
        self.ota_serial_number = ota_serial_number
        self.pcap_end_time = pcap_end_time
        self.pcap_start_time = pcap_start_time
        self.previous_session = as_model(
            previous_session, PreviousSessionStatus, "Sim", "previous_session"
        )
        self.profiles = as_model(profiles, SimProfiles, "Sim", "profiles")
        self.renewal_fee_status_set_time = renewal_fee_status_set_time
        self.serial_number = serial_number
        self.session_status = as_model(session_status, SessionStatus, "Sim", "session_status")
        self.speed_class = speed_class
        self.status = as_enum(status, SimStatus, "Sim", "status")
        self.tags = as_model(tags, TagSet, "Sim", "tags")
        self.termination_enabled = termination_enabled
        self.testmode_exhausted_time = testmode_exhausted_time
        self.type_ = as_enum(type_, SimType, "Sim", "type_")
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"sim_id={self.sim_id!r}, "
            f"active_profile_id={self.active_profile_id!r}, "
            f"arc_session_status={self.arc_session_status!r}, "
            f"capabilities={self.capabilities!r}, "
            f"created_time={self.created_time!r}, "
            f"expiry_action={self.expiry_action!r}, "
            f"expiry_time={self.expiry_time!r}, "
            f"group_id={self.group_id!r}, "
            f"imei_lock={self.imei_lock!r}, "
            f"last_location_update_time={self.last_location_update_time!r}, "
            f"last_modified_time={self.last_modified_time!r}, "
            f"last_port_mapping_created_time={self.last_port_mapping_created_time!r}, "
            f"local_info={self.local_info!r}, "
            f"module_type={self.module_type!r}, "
            f"operator_id={self.operator_id!r}, "
            f"ota_serial_number={self.ota_serial_number!r}, "
            f"pcap_end_time={self.pcap_end_time!r}, "
            f"pcap_start_time={self.pcap_start_time!r}, "
            f"previous_session={self.previous_session!r}, "
            f"profiles={self.profiles!r}, "
            f"renewal_fee_status_set_time={self.renewal_fee_status_set_time!r}, "
            f"serial_number={self.serial_number!r}, "
            f"session_status={self.session_status!r}, "
            f"speed_class={self.speed_class!r}, "
            f"status={self.status!r}, "
            f"tags={self.tags!r}, "
            f"termination_enabled={self.termination_enabled!r}, "
            f"testmode_exhausted_time={self.testmode_exhausted_time!r}, "
            f"type_={self.type_!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, Sim):
            return NotImplemented
        return (
            self.sim_id,
            self.active_profile_id,
            self.arc_session_status,
            self.capabilities,
            self.created_time,
            self.expiry_action,
            self.expiry_time,
            self.group_id,
            self.imei_lock,
            self.last_location_update_time,
            self.last_modified_time,
            self.last_port_mapping_created_time,
            self.local_info,
            self.module_type,
            self.operator_id,
            self.ota_serial_number,
            self.pcap_end_time,
            self.pcap_start_time,
            self.previous_session,
            self.profiles,
            self.renewal_fee_status_set_time,
            self.serial_number,
            self.session_status,
            self.speed_class,
            self.status,
            self.tags,
            self.termination_enabled,
            self.testmode_exhausted_time,
            self.type_,
            self.additional_properties,
        ) == (
            other.sim_id,
            other.active_profile_id,
            other.arc_session_status,
            other.capabilities,
            other.created_time,
            other.expiry_action,
            other.expiry_time,
            other.group_id,
            other.imei_lock,
            other.last_location_update_time,
            other.last_modified_time,
            other.last_port_mapping_created_time,
            other.local_info,
            other.module_type,
            other.operator_id,
            other.ota_serial_number,
            other.pcap_end_time,
            other.pcap_start_time,
            other.previous_session,
            other.profiles,
            other.renewal_fee_status_set_time,
            other.serial_number,
            other.session_status,
            other.speed_class,
            other.status,
            other.tags,
            other.termination_enabled,
            other.testmode_exhausted_time,
            other.type_,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        sim_id = self.sim_id

        active_profile_id = self.active_profile_id

        arc_session_status: dict[str, Any] | None | Unset
        if self.arc_session_status is None or self.arc_session_status is UNSET:
            arc_session_status = self.arc_session_status
        else:
            arc_session_status = self.arc_session_status.to_dict()

        capabilities: dict[str, Any] | None | Unset
        if self.capabilities is None or self.capabilities is UNSET:
            capabilities = self.capabilities
        else:
            capabilities = self.capabilities.to_dict()

        created_time = self.created_time

        expiry_action: str | None | Unset
        if self.expiry_action is None or self.expiry_action is UNSET:
            expiry_action = self.expiry_action
        else:
            expiry_action = str(self.expiry_action)

        expiry_time = self.expiry_time

        group_id = self.group_id

        imei_lock: dict[str, Any] | None | Unset
        if self.imei_lock is None or self.imei_lock is UNSET:
            imei_lock = self.imei_lock
        else:
            imei_lock = self.imei_lock.to_dict()

        last_location_update_time = self.last_location_update_time

        last_modified_time = self.last_modified_time

        last_port_mapping_created_time = self.last_port_mapping_created_time

        local_info: dict[str, Any] | None | Unset
        if self.local_info is None or self.local_info is UNSET:
            local_info = self.local_info
        else:
            local_info = self.local_info.to_dict()

        module_type: str | None | Unset
        if self.module_type is None or self.module_type is UNSET:
            module_type = self.module_type
        else:
            module_type = str(self.module_type)

        operator_id = self.operator_id

        ota_serial_number = self.ota_serial_number

        pcap_end_time = self.pcap_end_time

        pcap_start_time = self.pcap_start_time

        previous_session: dict[str, Any] | None | Unset
        if self.previous_session is None or self.previous_session is UNSET:
            previous_session = self.previous_session
        else:
            previous_session = self.previous_session.to_dict()

        profiles: dict[str, Any] | None | Unset
        if self.profiles is None or self.profiles is UNSET:
            profiles = self.profiles
        else:
            profiles = self.profiles.to_dict()

        renewal_fee_status_set_time = self.renewal_fee_status_set_time

        serial_number = self.serial_number

        session_status: dict[str, Any] | None | Unset
        if self.session_status is None or self.session_status is UNSET:
            session_status = self.session_status
        else:
            session_status = self.session_status.to_dict()

        speed_class = self.speed_class

        status: str | None | Unset
        if self.status is None or self.status is UNSET:
            status = self.status
        else:
            status = str(self.status)

        tags: dict[str, Any] | None | Unset
        if self.tags is None or self.tags is UNSET:
            tags = self.tags
        else:
            tags = self.tags.to_dict()

        termination_enabled = self.termination_enabled

        testmode_exhausted_time = self.testmode_exhausted_time

        type_: str | None | Unset
        if self.type_ is None or self.type_ is UNSET:
            type_ = self.type_
        else:
            type_ = str(self.type_)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "simId": sim_id,
            }
        )
        if active_profile_id is not UNSET:
            field_dict["activeProfileId"] = active_profile_id
        if arc_session_status is not UNSET:
            field_dict["arcSessionStatus"] = arc_session_status
        if capabilities is not UNSET:
            field_dict["capabilities"] = capabilities
        if created_time is not UNSET:
            field_dict["createdTime"] = created_time
        if expiry_action is not UNSET:
            field_dict["expiryAction"] = expiry_action
        if expiry_time is not UNSET:
            field_dict["expiryTime"] = expiry_time
        if group_id is not UNSET:
            field_dict["groupId"] = group_id
        if imei_lock is not UNSET:
            field_dict["imeiLock"] = imei_lock
        if last_location_update_time is not UNSET:
            field_dict["lastLocationUpdateTime"] = last_location_update_time
        if last_modified_time is not UNSET:
            field_dict["lastModifiedTime"] = last_modified_time
        if last_port_mapping_created_time is not UNSET:
            field_dict["lastPortMappingCreatedTime"] = last_port_mapping_created_time
        if local_info is not UNSET:
            field_dict["localInfo"] = local_info
        if module_type is not UNSET:
            field_dict["moduleType"] = module_type
        if operator_id is not UNSET:
            field_dict["operatorId"] = operator_id
        if ota_serial_number is not UNSET:
            field_dict["otaSerialNumber"] = ota_serial_number
        if pcap_end_time is not UNSET:
            field_dict["pcapEndTime"] = pcap_end_time
        if pcap_start_time is not UNSET:
            field_dict["pcapStartTime"] = pcap_start_time
        if previous_session is not UNSET:
            field_dict["previousSession"] = previous_session
        if profiles is not UNSET:
            field_dict["profiles"] = profiles
        if renewal_fee_status_set_time is not UNSET:
            field_dict["renewalFeeStatusSetTime"] = renewal_fee_status_set_time
        if serial_number is not UNSET:
            field_dict["serialNumber"] = serial_number
        if session_status is not UNSET:
            field_dict["sessionStatus"] = session_status
        if speed_class is not UNSET:
            field_dict["speedClass"] = speed_class
        if status is not UNSET:
            field_dict["status"] = status
        if tags is not UNSET:
            field_dict["tags"] = tags
        if termination_enabled is not UNSET:
            field_dict["terminationEnabled"] = termination_enabled
        if testmode_exhausted_time is not UNSET:
            field_dict["testmodeExhaustedTime"] = testmode_exhausted_time
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _required_sim_id = d.pop("simId", None)
        if _required_sim_id is None:
            raise missing_field(cls.__name__, "simId")
        sim_id = _required_sim_id

        active_profile_id = d.pop("activeProfileId", UNSET)

        _arc_session_status = d.pop("arcSessionStatus", UNSET)
        arc_session_status: ArcSessionStatus | None | Unset
        if _arc_session_status is None or _arc_session_status is UNSET:
            arc_session_status = _arc_session_status
        else:
            arc_session_status = _from_dict_ArcSessionStatus(_arc_session_status)

        _capabilities = d.pop("capabilities", UNSET)
        capabilities: Capabilities | None | Unset
        if _capabilities is None or _capabilities is UNSET:
            capabilities = _capabilities
        else:
            capabilities = _from_dict_Capabilities(_capabilities)

        created_time = d.pop("createdTime", UNSET)

        _expiry_action = d.pop("expiryAction", UNSET)
        expiry_action: SimExpiryAction | None | Unset
        if _expiry_action is None or _expiry_action is UNSET:
            expiry_action = _expiry_action
        else:
            try:
                expiry_action = _by_value_SimExpiryAction[_expiry_action]
            except (KeyError, TypeError):
                expiry_action = SimExpiryAction(_expiry_action)

        expiry_time = d.pop("expiryTime", UNSET)

        group_id = d.pop("groupId", UNSET)

        _imei_lock = d.pop("imeiLock", UNSET)
        imei_lock: ImeiLock | None | Unset
        if _imei_lock is None or _imei_lock is UNSET:
            imei_lock = _imei_lock
        else:
            imei_lock = _from_dict_ImeiLock(_imei_lock)

        last_location_update_time = d.pop("lastLocationUpdateTime", UNSET)

        last_modified_time = d.pop("lastModifiedTime", UNSET)

        last_port_mapping_created_time = d.pop("lastPortMappingCreatedTime", UNSET)

        _local_info = d.pop("localInfo", UNSET)
        local_info: Map | None | Unset
        if _local_info is None or _local_info is UNSET:
            local_info = _local_info
        else:
            local_info = _from_dict_Map(_local_info)

        _module_type = d.pop("moduleType", UNSET)
        module_type: SimModuleType | None | Unset
        if _module_type is None or _module_type is UNSET:
            module_type = _module_type
        else:
            try:
                module_type = _by_value_SimModuleType[_module_type]
            except (KeyError, TypeError):
                module_type = SimModuleType(_module_type)

        operator_id = d.pop("operatorId", UNSET)

        ota_serial_number = d.pop("otaSerialNumber", UNSET)

        pcap_end_time = d.pop("pcapEndTime", UNSET)

        pcap_start_time = d.pop("pcapStartTime", UNSET)

        _previous_session = d.pop("previousSession", UNSET)
        previous_session: PreviousSessionStatus | None | Unset
        if _previous_session is None or _previous_session is UNSET:
            previous_session = _previous_session
        else:
            previous_session = _from_dict_PreviousSessionStatus(_previous_session)

        _profiles = d.pop("profiles", UNSET)
        profiles: SimProfiles | None | Unset
        if _profiles is None or _profiles is UNSET:
            profiles = _profiles
        else:
            profiles = _from_dict_SimProfiles(_profiles)

        renewal_fee_status_set_time = d.pop("renewalFeeStatusSetTime", UNSET)

        serial_number = d.pop("serialNumber", UNSET)

        _session_status = d.pop("sessionStatus", UNSET)
        session_status: SessionStatus | None | Unset
        if _session_status is None or _session_status is UNSET:
            session_status = _session_status
        else:
            session_status = _from_dict_SessionStatus(_session_status)

        speed_class = d.pop("speedClass", UNSET)

        _status = d.pop("status", UNSET)
        status: SimStatus | None | Unset
        if _status is None or _status is UNSET:
            status = _status
        else:
            try:
                status = _by_value_SimStatus[_status]
            except (KeyError, TypeError):
                status = SimStatus(_status)

        _tags = d.pop("tags", UNSET)
        tags: TagSet | None | Unset
        if _tags is None or _tags is UNSET:
            tags = _tags
        else:
            tags = _from_dict_TagSet(_tags)

        termination_enabled = d.pop("terminationEnabled", UNSET)

        testmode_exhausted_time = d.pop("testmodeExhaustedTime", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: SimType | None | Unset
        if _type_ is None or _type_ is UNSET:
            type_ = _type_
        else:
            try:
                type_ = _by_value_SimType[_type_]
            except (KeyError, TypeError):
                type_ = SimType(_type_)

        _self = cls.__new__(cls)
        _self.sim_id = sim_id
        _self.active_profile_id = active_profile_id
        _self.arc_session_status = arc_session_status
        _self.capabilities = capabilities
        _self.created_time = created_time
        _self.expiry_action = expiry_action
        _self.expiry_time = expiry_time
        _self.group_id = group_id
        _self.imei_lock = imei_lock
        _self.last_location_update_time = last_location_update_time
        _self.last_modified_time = last_modified_time
        _self.last_port_mapping_created_time = last_port_mapping_created_time
        _self.local_info = local_info
        _self.module_type = module_type
        _self.operator_id = operator_id
        _self.ota_serial_number = ota_serial_number
        _self.pcap_end_time = pcap_end_time
        _self.pcap_start_time = pcap_start_time
        _self.previous_session = previous_session
        _self.profiles = profiles
        _self.renewal_fee_status_set_time = renewal_fee_status_set_time
        _self.serial_number = serial_number
        _self.session_status = session_status
        _self.speed_class = speed_class
        _self.status = status
        _self.tags = tags
        _self.termination_enabled = termination_enabled
        _self.testmode_exhausted_time = testmode_exhausted_time
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
from ..models.arc_session_status import ArcSessionStatus  # noqa: E402
from ..models.capabilities import Capabilities  # noqa: E402
from ..models.imei_lock import ImeiLock  # noqa: E402
from ..models.map_ import Map  # noqa: E402
from ..models.previous_session_status import PreviousSessionStatus  # noqa: E402
from ..models.session_status import SessionStatus  # noqa: E402
from ..models.sim_profiles import SimProfiles  # noqa: E402
from ..models.tag_set import TagSet  # noqa: E402

# Parsers called per object, bound once (after every import).
_by_value_SimExpiryAction = SimExpiryAction._value2member_map_
_by_value_SimModuleType = SimModuleType._value2member_map_
_by_value_SimStatus = SimStatus._value2member_map_
_by_value_SimType = SimType._value2member_map_
_from_dict_ArcSessionStatus = ArcSessionStatus.from_dict
_from_dict_Capabilities = Capabilities.from_dict
_from_dict_ImeiLock = ImeiLock.from_dict
_from_dict_Map = Map.from_dict
_from_dict_PreviousSessionStatus = PreviousSessionStatus.from_dict
_from_dict_SessionStatus = SessionStatus.from_dict
_from_dict_SimProfiles = SimProfiles.from_dict
_from_dict_TagSet = TagSet.from_dict
