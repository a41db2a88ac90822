from enum import Enum
from typing import Any

from ..types import OpenEnumMeta


class DeleteConfigurationParameterNamespace(str, Enum, metaclass=OpenEnumMeta):
    SORACOM_AIR = "SoracomAir"
    SORACOM_BEAM = "SoracomBeam"
    SORACOM_ENDORSE = "SoracomEndorse"
    SORACOM_FLUX = "SoracomFlux"
    SORACOM_FUNK = "SoracomFunk"
    SORACOM_FUNNEL = "SoracomFunnel"
    SORACOM_HARVEST = "SoracomHarvest"
    SORACOM_HARVEST_FILES = "SoracomHarvestFiles"
    SORACOM_KRYPTON = "SoracomKrypton"
    UNIFIED_ENDPOINT = "UnifiedEndpoint"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "DeleteConfigurationParameterNamespace | None":
        # A value this pin does not list (the API grew): keep it rather than fail to parse.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
