from enum import Enum
from typing import Any

from ..types import OpenEnumMeta


class CredentialsModelType(str, Enum, metaclass=OpenEnumMeta):
    API_TOKEN_CREDENTIALS = "api-token-credentials"
    AWS_CREDENTIALS = "aws-credentials"
    AWS_IAM_ROLE_CREDENTIALS = "aws-iam-role-credentials"
    AZURE_CREDENTIALS = "azure-credentials"
    AZURE_IO_T_CREDENTIALS = "azureIoT-credentials"
    ESRIJ_CREDENTIALS = "esrij-credentials"
    GOOGLE_IO_T_CREDENTIALS = "googleIoT-credentials"
    GOOGLE_SERVICE_ACCOUNT_JSON = "google-service-account-json"
    INFOTERIA_PLATIO_CREDENTIALS = "infoteria-platio-credentials"
    KII_THINGIF_CREDENTIALS = "kii-thingif-credentials"
    LANDLOG_CREDENTIALS = "landlog-credentials"
    MMCLOUD_CREDENTIALS = "mmcloud-credentials"
    MOTIONBOARD_CREDENTIALS = "motionboard-credentials"
    OPTIM_CLOUD_IO_T_OS_CREDENTIALS = "optim-cloud-IoT-OS-credentials"
    PRIVATE_KEY_PEM = "private-key-pem"
    PSK = "psk"
    PUBNUB_CREDENTIALS = "pubnub-credentials"
    SENSORCORPUS_CREDENTIALS = "sensorcorpus-credentials"
    USERNAME_PASSWORD_CREDENTIALS = "username-password-credentials"
    X509 = "x509"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "CredentialsModelType | None":
        # A value this pin does not list (the API grew): keep it rather than fail to parse.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
