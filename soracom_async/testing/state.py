"""The stateful core: per operator, the seeded account, SIMs and their subscribers, groups,
status history; `Operators`, every operator of one emulator.

Everything is deterministic from the seed. SIM records are kept in the exact shape of the
document's `Sim` schema so they can be served as they are; a subscriber is a view of its SIM's
primary subscription (`subscriber_view`). Nulls as the real API sends them (see `nulls.py`):
with a `null_share` above 0 every SIM carries the nulls the document describes (expiryAction
without an expiry, lastPortMappingCreatedTime, an unknown sessionStatus.imei), and a share of
the SIMs and groups is in "null style": their other unset optional fields are present as JSON
null instead of absent. Unsetting a field writes null where it would be null (`_unset`).

All mutation happens under `lock` (an RLock) - the server thread holds it while applying a
request, and tests may hold it to inspect a consistent snapshot.
"""

from __future__ import annotations

import bisect
import random
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from .clock import Clock
from .errors import ApiError
from .files import FileStore
from .nulls import DEFAULT_NULL_SHARE, null_style
from .records import ResourceStore

SEED_EPOCH_MS = 1_700_000_000_000
SPEED_CLASSES = (
    "s1.minimum",
    "s1.slow",
    "s1.standard",
    "s1.fast",
    "s1.4xfast",
    "s1.8xfast",
    "u1.standard",
    "u1.slow",
)
SIM_STATUSES = ("ready", "active", "inactive", "standby", "suspended", "terminated")
# (status, weight) of the seeded fleet.
_SEED_STATUS_WEIGHTS = (
    ("active", 70),
    ("ready", 10),
    ("inactive", 10),
    ("suspended", 5),
    ("standby", 5),
)
_SEED_SPEED_WEIGHTS = (
    ("s1.standard", 60),
    ("s1.fast", 15),
    ("s1.slow", 10),
    ("s1.minimum", 10),
    ("s1.4xfast", 5),
)
# Which statuses each action may start from.
_TRANSITIONS: dict[str, tuple[str, frozenset[str]]] = {
    "activate": ("active", frozenset({"ready", "active", "inactive", "standby", "suspended"})),
    "deactivate": ("inactive", frozenset({"ready", "active", "inactive", "standby", "suspended"})),
    "suspend": ("suspended", frozenset({"ready", "active", "inactive", "standby", "suspended"})),
    "standby": ("standby", frozenset({"ready", "standby"})),
    "terminate": ("terminated", frozenset({"ready", "active", "inactive", "standby", "suspended"})),
}
# Every VIRTUAL_EVERY-th seeded SIM is a virtual SIM (active, no serial number).
VIRTUAL_EVERY = 7
# Optional SIM fields a null-style SIM carries as null until they are set.
_SIM_NULLS = (
    "groupId",
    "expiryTime",
    "expiryAction",
    "imeiLock",
    "lastPortMappingCreatedTime",
    "previousSession",
)
# Fields of every SIM that the document says are null when unset (nulls.DOCUMENTED_NULLS).
_SIM_DOCUMENTED_NULLS = frozenset({"expiryAction", "lastPortMappingCreatedTime"})
# Subscriber fields copied from the SIM when present (null included).
_SUBSCRIBER_OPTIONAL = (*_SIM_NULLS, "serialNumber")


def _uuid(rng: random.Random) -> str:
    h = f"{rng.getrandbits(128):032x}"
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def _token(rng: random.Random, length: int) -> str:
    alphabet = "abcdefghijklmnopqrstuvwxyz0123456789"
    return "".join(rng.choice(alphabet) for _ in range(length))


def _weighted(rng: random.Random, table: Sequence[tuple[str, int]]) -> str:
    return rng.choices([v for v, _ in table], weights=[w for _, w in table])[0]


def not_found(resource: str, ident: str) -> ApiError:
    return ApiError(404, "SEM0001", resource=resource, ident=ident)


@dataclass
class AuthKey:
    auth_key_id: str
    auth_key: str = field(repr=False)
    created_s: int
    user_name: str | None = None
    last_used_s: int | None = None


FULL_ACCESS = '{"statements":[{"api":"*","effect":"allow"}]}'
"""The inline permission of the seeded SAM user: every API."""


@dataclass
class SamUser:
    """A SAM user (sam.py serves and checks them); `password` None: none set."""

    user_name: str
    password: str | None = field(repr=False)
    description: str = ""
    permission: str | None = None
    """The inline permission JSON (None: none)."""
    roles: list[str] = field(default_factory=list)
    """Attached role IDs, in attachment order."""
    created_s: int = SEED_EPOCH_MS // 1000
    updated_s: int = SEED_EPOCH_MS // 1000
    mfa: str = "INACTIVE"
    """INACTIVE, UNCONFIRMED (enabled, waiting for its first code) or ACTIVE."""
    trust_policy: str | None = None


@dataclass
class Role:
    """An operator managed role."""

    role_id: str
    permission: str
    description: str = ""
    created_s: int = SEED_EPOCH_MS // 1000
    updated_s: int = SEED_EPOCH_MS // 1000


@dataclass
class Account:
    operator_id: str
    email: str
    password: str = field(repr=False)
    created_ms: int
    auth_keys: dict[str, AuthKey] = field(default_factory=dict)
    sam_users: dict[str, SamUser] = field(default_factory=dict)
    roles: dict[str, Role] = field(default_factory=dict)
    default_permissions: str | None = None
    """The SAM default permissions JSON, applied to every SAM user (None: none)."""


@dataclass(frozen=True)
class OperatorCredentials:
    """How to sign in as one emulated operator (secrets stay out of the repr)."""

    operator_id: str
    email: str
    password: str = field(repr=False)
    auth_key_id: str
    auth_key: str = field(repr=False)
    sam_user_name: str
    sam_password: str = field(repr=False)


class EmulatorState:
    """The data of one operator. See the module docstring for the locking rule."""

    def __init__(
        self,
        *,
        seed: int,
        clock: Clock,
        sim_count: int,
        group_count: int = 3,
        coverage_types: Sequence[str] = ("jp", "g"),
        null_share: float = DEFAULT_NULL_SHARE,
        list_size: int = 25,
        lock: threading.RLock | None = None,
    ) -> None:
        self.lock = lock or threading.RLock()
        """Shared by every operator of one emulator (`Operators`)."""
        self.clock = clock
        self.seed = seed
        self.null_share = null_share
        self._null_style: set[str] = set()  # IDs of the records in null style
        self.coverage_types = tuple(coverage_types)
        rng = random.Random(f"soracom-emulator:{seed}")  # noqa: S311 - reproducible test data
        self._rng = rng
        operator_id = f"OP00{rng.randrange(10**8):08d}"
        self.account = Account(
            operator_id=operator_id,
            email=f"emulator{seed}@example.com",
            password=f"Pw-{_token(rng, 16)}",
            created_ms=SEED_EPOCH_MS - 86_400_000,
        )
        key = AuthKey(
            f"keyId-{_token(rng, 32)}", f"secret-{_token(rng, 64)}", SEED_EPOCH_MS // 1000
        )
        self.account.auth_keys[key.auth_key_id] = key
        self.seeded_auth_key = key
        sam = SamUser("emulator-user", f"SamPw-{_token(rng, 16)}", permission=FULL_ACCESS)
        self.account.sam_users[sam.user_name] = sam
        self.seeded_sam_user = sam
        self.sims: dict[str, dict[str, Any]] = {}
        self.sim_order: list[str] = []  # sorted simIds (listSims order and page keys)
        self.imsi_to_sim: dict[str, str] = {}
        self.imsi_order: list[str] = []  # sorted IMSIs (listSubscribers order and page keys)
        self.history: dict[str, list[dict[str, Any]]] = {}
        self.groups: dict[str, dict[str, Any]] = {}
        self.group_order: list[str] = []  # creation order
        self.files = FileStore(seed=seed, null_share=null_share)  # Harvest Files
        self.resources = ResourceStore(seed=seed, now_ms=clock.now_ms, list_size=list_size)
        """Every derived resource family (resources.py)."""
        self.seeded_sim_ids: set[str] = set()
        self._next_sim = 0
        self._seed_groups(group_count)
        self._seed_fleet(sim_count)

    # -- identities ------------------------------------------------------------------------

    @property
    def operator_id(self) -> str:
        return self.account.operator_id

    def credentials(self) -> OperatorCredentials:
        """The seeded credentials of this operator."""
        sam_password = self.seeded_sam_user.password or ""
        return OperatorCredentials(
            operator_id=self.operator_id,
            email=self.account.email,
            password=self.account.password,
            auth_key_id=self.seeded_auth_key.auth_key_id,
            auth_key=self.seeded_auth_key.auth_key,
            sam_user_name=self.seeded_sam_user.user_name,
            sam_password=sam_password,
        )

    def new_auth_key(self, user_name: str | None = None) -> AuthKey:
        with self.lock:
            key = AuthKey(
                f"keyId-{_token(self._rng, 32)}",
                f"secret-{_token(self._rng, 64)}",
                int(self.clock.now()),
                user_name,
            )
            self.account.auth_keys[key.auth_key_id] = key
            return key

    # -- null style ----------------------------------------------------------------------------

    def _adopt_null_style(self, kind: str, ident: str) -> bool:
        if null_style(self.null_share, self.seed, kind, ident):
            self._null_style.add(ident)
            return True
        return False

    def in_null_style(self, ident: str) -> bool:
        return ident in self._null_style

    def _unset(self, record: dict[str, Any], key: str) -> None:
        """Clear an optional field: null in a null-style record, absent otherwise."""
        ident = record.get("simId") or record.get("groupId")
        documented = "simId" in record and key in _SIM_DOCUMENTED_NULLS and self.null_share > 0
        if documented or ident in self._null_style:
            record[key] = None
        else:
            record.pop(key, None)

    # -- seeding ---------------------------------------------------------------------------

    def _seed_groups(self, count: int) -> None:
        for k in range(count):
            created = SEED_EPOCH_MS + k * 60_000
            group: dict[str, Any] = {
                "groupId": _uuid(self._rng),
                "operatorId": self.operator_id,
                "tags": {"name": f"group-{k}"},
                "configuration": {"SoracomAir": {"metadata": {"enabled": True}}},
                "createdTime": created,
                "lastModifiedTime": created,
            }
            if self._adopt_null_style("group", group["groupId"]):
                group["configuration"] = None  # a group that was never configured
            self.groups[group["groupId"]] = group
            self.group_order.append(group["groupId"])

    def _seed_fleet(self, count: int) -> None:
        group_ids = list(self.group_order)
        for i in range(count):
            self.seeded_sim_ids.add(f"8942310{self.seed % 1000:03d}{self._next_sim:09d}")
            status = _weighted(self._rng, _SEED_STATUS_WEIGHTS)
            speed = _weighted(self._rng, _SEED_SPEED_WEIGHTS)
            group_id = group_ids[i % 10] if i % 10 < len(group_ids) else None
            tags = {"name": f"device-{i:04d}", "fleet": "blue" if i % 2 else "green"}
            virtual = i % VIRTUAL_EVERY == VIRTUAL_EVERY - 1
            self._add_sim(
                status="active" if virtual else status,
                speed_class=speed,
                tags=tags,
                group_id=group_id,
                created_ms=SEED_EPOCH_MS + i * 1000,
                sim_type="virtual" if virtual else "uicc",
                module_type="virtual" if virtual else "nano",
                subscription=None,
            )

    def _add_sim(
        self,
        *,
        status: str,
        speed_class: str,
        tags: dict[str, str],
        group_id: str | None,
        created_ms: int,
        sim_type: str,
        module_type: str,
        subscription: str | None,
    ) -> dict[str, Any]:
        n = self._next_sim
        self._next_sim += 1
        jp = "jp" in self.coverage_types and (n % 4 == 3 or "g" not in self.coverage_types)
        sim_id = f"8942310{self.seed % 1000:03d}{n:09d}"
        imsi = f"{'44010' if jp else '29505'}{self.seed % 100:02d}{n:08d}"
        msisdn = f"{'8080' if jp else '4230'}{n:08d}"
        subscription = subscription or ("plan-D" if jp else "plan01s")
        online = status == "active" and n % 3 != 0
        sim: dict[str, Any] = {
            "simId": sim_id,
            "operatorId": self.operator_id,
            "type": sim_type,
            "moduleType": module_type,
            "status": status,
            "speedClass": speed_class,
            "tags": tags,
            "terminationEnabled": False,
            "activeProfileId": sim_id,
            "capabilities": {"data": True, "sms": True},
            "profiles": {
                sim_id: {
                    "iccid": sim_id,
                    "otaSupported": False,
                    "primaryImsi": imsi,
                    "subscribers": {
                        imsi: {
                            "imsi": imsi,
                            "msisdn": msisdn,
                            "subscription": subscription,
                            "bundles": [],
                            "capabilities": {"data": True, "sms": True},
                        }
                    },
                }
            },
            "sessionStatus": {
                "online": online,
                "imsi": imsi,
                "subscription": subscription,
                "lastUpdatedAt": created_ms,
                "ueIpAddress": f"10.{(n >> 16) & 255}.{(n >> 8) & 255}.{n & 255}" if online else "",
                "dnsServers": ["100.127.0.53", "100.127.1.53"] if online else [],
            },
            "createdTime": created_ms,
            "lastModifiedTime": created_ms,
        }
        if sim_type != "virtual":  # a virtual SIM has no serial number
            sim["serialNumber"] = f"SN{self.seed % 100:02d}{n:010d}"
        if group_id is not None:
            sim["groupId"] = group_id
        if self.null_share > 0:
            sim.update(dict.fromkeys(_SIM_DOCUMENTED_NULLS))
            sim["sessionStatus"]["imei"] = None  # not known to the emulator
        if self._adopt_null_style("sim", sim_id):
            self._null_fields(sim)
        self.sims[sim_id] = sim
        bisect.insort(self.sim_order, sim_id)
        self.imsi_to_sim[imsi] = sim_id
        bisect.insort(self.imsi_order, imsi)
        self.history[sim_id] = []
        self._record(sim, created_ms)
        return sim

    @staticmethod
    def _null_fields(sim: dict[str, Any]) -> None:
        for key in _SIM_NULLS:
            sim.setdefault(key, None)
        sim.setdefault("serialNumber", None)
        session = sim["sessionStatus"]
        if not session["online"]:
            session.update(ueIpAddress=None, dnsServers=None, location=None, cell=None)

    # -- lookups -----------------------------------------------------------------------------

    def sim(self, sim_id: str) -> dict[str, Any]:
        sim = self.sims.get(sim_id)
        if sim is None:
            raise not_found("SIM", sim_id)
        return sim

    def sim_by_imsi(self, imsi: str) -> dict[str, Any]:
        sim_id = self.imsi_to_sim.get(imsi)
        if sim_id is None:
            raise not_found("Subscriber", imsi)
        return self.sims[sim_id]

    def group(self, group_id: str) -> dict[str, Any]:
        group = self.groups.get(group_id)
        if group is None:
            raise not_found("Group", group_id)
        return group

    @staticmethod
    def primary_imsi(sim: dict[str, Any]) -> str:
        profile = sim["profiles"][sim["activeProfileId"]]
        imsi: str = profile["primaryImsi"]
        return imsi

    def subscriber_view(self, sim: dict[str, Any]) -> dict[str, Any]:
        """The `Subscriber` document of the SIM's primary subscription."""
        imsi = self.primary_imsi(sim)
        sub = sim["profiles"][sim["activeProfileId"]]["subscribers"][imsi]
        view: dict[str, Any] = {
            "imsi": imsi,
            "msisdn": sub["msisdn"],
            "iccid": sim["activeProfileId"],
            "simId": sim["simId"],
            "operatorId": sim["operatorId"],
            "status": sim["status"],
            "speedClass": sim["speedClass"],
            "type": sim["speedClass"],
            "subscription": sub["subscription"],
            "bundles": list(sub["bundles"]),
            "tags": dict(sim["tags"]),
            "moduleType": sim["moduleType"],
            "apn": "soracom.io",
            "plan": 1,
            "terminationEnabled": sim["terminationEnabled"],
            "sessionStatus": sim["sessionStatus"],
            "createdAt": sim["createdTime"],
            "createdTime": sim["createdTime"],
            "lastModifiedAt": sim["lastModifiedTime"],
            "lastModifiedTime": sim["lastModifiedTime"],
        }
        for key in _SUBSCRIBER_OPTIONAL:
            if key in sim:
                view[key] = sim[key]
        if "expiryTime" in sim:
            view["expiredAt"] = sim["expiryTime"]  # the legacy name of the same value
        return view

    def sims_in_group(self, group_id: str) -> Iterator[dict[str, Any]]:
        for sim_id in self.sim_order:
            sim = self.sims[sim_id]
            if sim.get("groupId") == group_id:
                yield sim

    # -- SIM mutations -------------------------------------------------------------------------

    def _record(self, sim: dict[str, Any], when_ms: int) -> None:
        imsi = self.primary_imsi(sim)
        entry: dict[str, Any] = {
            "simId": sim["simId"],
            "imsi": imsi,
            "primaryImsi": imsi,
            "isPrimary": True,
            "status": sim["status"],
            "speedClass": sim["speedClass"],
            "subscription": sim["profiles"][sim["activeProfileId"]]["subscribers"][imsi][
                "subscription"
            ],
            "bundles": [],
            "applyDateTimeEpochSec": when_ms // 1000,
        }
        if "groupId" in sim:
            entry["groupId"] = sim["groupId"]
        self.history[sim["simId"]].append(entry)

    def _touch(self, sim: dict[str, Any]) -> int:
        now = self.clock.now_ms()
        sim["lastModifiedTime"] = now
        return now

    def transition(self, sim: dict[str, Any], action: str) -> dict[str, Any]:
        """Apply activate/deactivate/suspend/standby/terminate; records status history."""
        target, allowed = _TRANSITIONS[action]
        current = sim["status"]
        if current not in allowed:
            raise ApiError(400, "SEM0002", detail=f"cannot {action} a SIM that is {current}")
        if action == "terminate" and not sim["terminationEnabled"]:
            raise ApiError(
                400, "SEM0002", detail="termination is disabled for this SIM (enable it first)"
            )
        if current != target:
            sim["status"] = target
            if target != "active":
                sim["sessionStatus"] = {**sim["sessionStatus"], "online": False}
            self._record(sim, self._touch(sim))
        return sim

    def _ensure_alive(self, sim: dict[str, Any]) -> None:
        if sim["status"] == "terminated":
            raise ApiError(400, "SEM0002", detail="the SIM is terminated")

    def set_speed_class(self, sim: dict[str, Any], speed_class: str) -> dict[str, Any]:
        self._ensure_alive(sim)
        sim["speedClass"] = speed_class
        self._touch(sim)
        return sim

    def set_termination(self, sim: dict[str, Any], enabled: bool) -> dict[str, Any]:
        self._ensure_alive(sim)
        sim["terminationEnabled"] = enabled
        self._touch(sim)
        return sim

    def set_group(self, sim: dict[str, Any], group_id: str | None) -> dict[str, Any]:
        self._ensure_alive(sim)
        if group_id is None:
            self._unset(sim, "groupId")
        else:
            self.group(group_id)
            sim["groupId"] = group_id
        self._touch(sim)
        return sim

    def put_tags(self, target: dict[str, Any], tags: Sequence[dict[str, str]]) -> dict[str, Any]:
        merged = dict(target.get("tags") or {})
        for tag in tags:
            merged[tag["tagName"]] = tag["tagValue"]
        target["tags"] = merged
        target["lastModifiedTime"] = self.clock.now_ms()
        return target

    def delete_tag(self, target: dict[str, Any], tag_name: str) -> dict[str, Any]:
        tags = dict(target.get("tags") or {})
        if tag_name not in tags:
            raise ApiError(404, "SEM0003", name=tag_name)
        del tags[tag_name]
        target["tags"] = tags
        target["lastModifiedTime"] = self.clock.now_ms()
        return target

    def set_expiry(
        self, sim: dict[str, Any], expiry_time: int | None, action: str | None
    ) -> dict[str, Any]:
        if expiry_time is None:
            self._unset(sim, "expiryTime")
            self._unset(sim, "expiryAction")
        else:
            sim["expiryTime"] = expiry_time
            if action is not None:
                sim["expiryAction"] = action
            else:
                self._unset(sim, "expiryAction")
        self._touch(sim)
        return sim

    def set_imei_lock(self, sim: dict[str, Any], imei: str | None) -> dict[str, Any]:
        if imei is None:
            self._unset(sim, "imeiLock")
        else:
            sim["imeiLock"] = {"imei": imei}
        self._touch(sim)
        return sim

    def create_sim(self, sim_type: str, subscription: str) -> dict[str, Any]:
        now = self.clock.now_ms()
        return self._add_sim(
            status="ready",
            speed_class="s1.standard",
            tags={},
            group_id=None,
            created_ms=now,
            sim_type=sim_type,
            module_type="virtual" if sim_type == "virtual" else "nano",
            subscription=subscription,
        )

    # -- groups --------------------------------------------------------------------------------

    def create_group(
        self, tags: dict[str, str] | None, configuration: dict[str, Any] | None
    ) -> dict[str, Any]:
        now = self.clock.now_ms()
        group: dict[str, Any] = {
            "groupId": _uuid(self._rng),
            "operatorId": self.operator_id,
            "tags": dict(tags or {}),
            "configuration": dict(configuration or {}),
            "createdTime": now,
            "lastModifiedTime": now,
        }
        if self._adopt_null_style("group", group["groupId"]):
            group["tags"] = dict(tags) if tags else None
            group["configuration"] = dict(configuration) if configuration else None
        self.groups[group["groupId"]] = group
        self.group_order.append(group["groupId"])
        return group

    def delete_group(self, group_id: str) -> None:
        self.group(group_id)
        del self.groups[group_id]
        self.group_order.remove(group_id)
        for sim in self.sims.values():
            if sim.get("groupId") == group_id:
                self._unset(sim, "groupId")

    def put_group_configuration(
        self, group: dict[str, Any], namespace: str, params: Sequence[dict[str, Any]]
    ) -> dict[str, Any]:
        config = dict(group.get("configuration") or {})
        section = dict(config.get(namespace) or {})
        for item in params:
            section[item["key"]] = item["value"]
        config[namespace] = section
        group["configuration"] = config
        group["lastModifiedTime"] = self.clock.now_ms()
        return group

    def delete_group_configuration(
        self, group: dict[str, Any], namespace: str, name: str | None = None
    ) -> None:
        config = dict(group.get("configuration") or {})
        if namespace not in config:
            raise not_found("Configuration namespace", namespace)
        if name is None:
            del config[namespace]
        else:
            section = dict(config[namespace])
            if name not in section:
                raise not_found("Configuration parameter", name)
            del section[name]
            config[namespace] = section
        group["configuration"] = config
        group["lastModifiedTime"] = self.clock.now_ms()


# -- several operators -------------------------------------------------------------------------


class Operators:
    """Every operator of one emulator, each its own `EmulatorState` (account, credentials,
    fleet, groups, files, derived resources), in creation order; the first is the primary one
    that `SoracomEmulator`'s credential attributes and `emu.state` name.

    Operator number `n` (0 for the primary) is seeded with `seed + n`, so its operator ID, SIM
    IDs, IMSIs and keys differ from every other operator's. All operators share one lock: a
    request that signs in looks across accounts, and `emu.state.lock` keeps meaning "the
    emulator's data is still"."""

    def __init__(
        self, *, seed: int, make: Callable[[int, threading.RLock, bool], EmulatorState]
    ) -> None:
        self.lock = threading.RLock()
        self._seed = seed
        self._make = make
        self._by_id: dict[str, EmulatorState] = {}
        self._made = 0  # operators ever made: a removed one's seed is never reused
        self.primary = self.add()

    def add(self, *, fleet: bool = True) -> EmulatorState:
        """Create the next operator (seeded as the class docstring says); `fleet=False`: with
        no SIMs and no groups, as a new sandbox operator starts."""
        with self.lock:
            state = self._make(self._seed + self._made, self.lock, fleet)
            self._made += 1
            if state.operator_id in self._by_id:  # pragma: no cover - 10**8 operator IDs
                raise RuntimeError(f"operator ID {state.operator_id} is taken")
            self._by_id[state.operator_id] = state
            return state

    def remove(self, operator_id: str) -> None:
        """Forget an operator (`sandboxDeleteOperator`); the primary one stays."""
        with self.lock:
            if self._by_id.get(operator_id) is self.primary:
                raise ValueError("the primary operator cannot be removed")
            self._by_id.pop(operator_id, None)

    def __iter__(self) -> Iterator[EmulatorState]:
        return iter(list(self._by_id.values()))

    def __len__(self) -> int:
        return len(self._by_id)

    def get(self, operator_id: str | None) -> EmulatorState | None:
        return self._by_id.get(operator_id or "")

    def __getitem__(self, operator_id: str) -> EmulatorState:
        state = self._by_id.get(operator_id)
        if state is None:
            raise KeyError(f"no operator {operator_id!r} in this emulator")
        return state

    def find_auth_key(self, auth_key_id: str) -> tuple[EmulatorState, AuthKey] | None:
        """The operator and key of an auth key ID (operators' and SAM users' keys alike)."""
        for state in self:
            key = state.account.auth_keys.get(auth_key_id)
            if key is not None:
                return state, key
        return None

    def find_email(self, email: str) -> EmulatorState | None:
        return next((s for s in self if s.account.email == email), None)
