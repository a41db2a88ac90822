from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.action_config_property_execution_date_time_const import (
    ActionConfigPropertyExecutionDateTimeConst,
)
from ..models.action_config_property_http_method import ActionConfigPropertyHttpMethod
from ..models.action_config_property_speed_class import ActionConfigPropertySpeedClass
from ..types import UNSET, Unset, as_enum, as_model, missing_field, wrong_shape

if TYPE_CHECKING:
    from ..models.action_config_property_headers import ActionConfigPropertyHeaders


T = TypeVar("T", bound="ActionConfigProperty")


@_attrs_define(init=False, repr=False, eq=False)
class ActionConfigProperty:
    """
    Attributes:
        execution_date_time_const (ActionConfigPropertyExecutionDateTimeConst): The timing of action execution.

            - `IMMEDIATELY`: Execute immediately.
            - `BEGINNING_OF_NEXT_MONTH`: Execute on the first day of the next month at 00:00 (*1).
            - `BEGINNING_OF_NEXT_DAY`: Execute on the next day at 00:00 (*1).
            - `AFTER_ONE_DAY`: Execute after one day (24 hours later).
            - `NEVER`: Do not execute.

            (*1) Action execution is based on UTC (Coordinated Universal Time). For example, if `BEGINNING_OF_NEXT_DAY` is
            specified, it will be executed when the date changes in UTC, not Japan Time.
        access_key (str | None | Unset): (Deprecated).
        body (str | None | Unset): HTTP request message body. Valid only when `httpMethod` is `POST` or `PUT`.

            - Variables can be used. For more details, refer to [Variables](/en/docs/air/event-handler/#variables).
        content_type (str | None | Unset): Content-Type.
        credentials_id (str | None | Unset): AWS Lambda's authentication information ID. Please register "AWS
            credentials" or "AWS IAM Role credentials" in advance in the [Credential Sets](/en/docs/security/credential-
            sets/).
        endpoint (str | None | Unset): AWS Lambda service endpoint. Example: `https://lambda.ap-
            northeast-1.amazonaws.com`
        execution_offset_minutes (str | None | Unset): Action offset in minutes. The default is `0`. Specify an integer
            between `0` and `525600` as a String. You can delay the actual execution time of the action from the timing
            specified in `executionDateTimeConst`. For more details, refer to [Event Handler](/en/docs/air/event-handler/).
        function_name (str | None | Unset): AWS Lambda function name. Versions or aliases can also be specified.
            Examples: `sample-function:12`, `sample-function:production`.
        headers (ActionConfigPropertyHeaders | None | Unset): HTTP request headers. Specify key and value as an escaped
            JSON object.

            Example: `"{\\"key1\\":\\"value1\\"},{\\"key2\\":\\"value2\\"}"`

            - Variables can be used. For more details, refer to [Variables](/en/docs/air/event-handler/#variables).
        http_method (ActionConfigPropertyHttpMethod | None | Unset): HTTP request method.
        message (str | None | Unset): Body.

            - Variables can be used. For more details, refer to [Variables](/en/docs/air/event-handler/#variables).
        parameter1 (str | None | Unset): Value of the parameter to pass to AWS Lambda.

            - Do not specify the same key repeatedly, such as specifying `parameter1` multiple times.
            - Variables can be used. For more details, refer to [Variables](/en/docs/air/event-handler/#variables).
        parameter2 (str | None | Unset): Identical to `parameter1`.
        parameter3 (str | None | Unset): Identical to `parameter1`.
        parameter4 (str | None | Unset): Identical to `parameter1`.
        parameter5 (str | None | Unset): Identical to `parameter1`.
        secret_access_key (str | None | Unset): (Deprecated).
        speed_class (ActionConfigPropertySpeedClass | None | Unset): Speed class. Specify one of the following. However,
            specify a speed class according to the subscription.

            - For plan01s, plan01s - Low Data Volume, planXM1, planX3 (X3-5MB), planP1, plan-D (without bundle), plan-D
            (D-500MB), plan-K2 (K2-500MB), plan-K:
                - `s1.minimum`
                - `s1.slow`
                - `s1.standard`
                - `s1.fast`
                - `s1.4xfast`
            - For plan-US:
                - `s1.minimum`
                - `s1.slow`
                - `s1.standard`
                - `s1.fast`
                - `s1.4xfast`
                - `s1.8xfast`
            - For plan-DU:
                - `u1.standard`
                - `u1.slow`

            **Warning**: Speed class cannot be changed for plan-KM1 and Virtual SIM/Subscriber as they have only one speed
            class.
        title (str | None | Unset): Subject.

            - Variables can be used. For more details, refer to [Variables](/en/docs/air/event-handler/#variables).
        to (str | None | Unset): The recipient's email address. Multiple email addresses cannot be specified.
        url (str | None | Unset): Destination URL and query parameters.

            - Variables can be used. For more details, refer to [Variables](/en/docs/air/event-handler/#variables).
    """

    execution_date_time_const: ActionConfigPropertyExecutionDateTimeConst
    access_key: str | None | Unset = UNSET
    body: str | None | Unset = UNSET
    content_type: str | None | Unset = UNSET
    credentials_id: str | None | Unset = UNSET
    endpoint: str | None | Unset = UNSET
    execution_offset_minutes: str | None | Unset = UNSET
    function_name: str | None | Unset = UNSET
    headers: ActionConfigPropertyHeaders | None | Unset = UNSET
    http_method: ActionConfigPropertyHttpMethod | None | Unset = UNSET
    message: str | None | Unset = UNSET
    parameter1: str | None | Unset = UNSET
    parameter2: str | None | Unset = UNSET
    parameter3: str | None | Unset = UNSET
    parameter4: str | None | Unset = UNSET
    parameter5: str | None | Unset = UNSET
    secret_access_key: str | None | Unset = UNSET
    speed_class: ActionConfigPropertySpeedClass | None | Unset = UNSET
    title: str | None | Unset = UNSET
    to: str | None | Unset = UNSET
    url: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        execution_date_time_const: ActionConfigPropertyExecutionDateTimeConst
        | Literal[
            "IMMEDIATELY",
            "BEGINNING_OF_NEXT_MONTH",
            "BEGINNING_OF_NEXT_DAY",
            "AFTER_ONE_DAY",
            "NEVER",
        ],
        access_key: str | None | Unset = UNSET,
        body: str | None | Unset = UNSET,
        content_type: str | None | Unset = UNSET,
        credentials_id: str | None | Unset = UNSET,
        endpoint: str | None | Unset = UNSET,
        execution_offset_minutes: str | None | Unset = UNSET,
        function_name: str | None | Unset = UNSET,
        headers: ActionConfigPropertyHeaders | Mapping[str, Any] | None | Unset = UNSET,
        http_method: ActionConfigPropertyHttpMethod
        | Literal["GET", "POST", "PUT", "DELETE"]
        | None
        | Unset = UNSET,
        message: str | None | Unset = UNSET,
        parameter1: str | None | Unset = UNSET,
        parameter2: str | None | Unset = UNSET,
        parameter3: str | None | Unset = UNSET,
        parameter4: str | None | Unset = UNSET,
        parameter5: str | None | Unset = UNSET,
        secret_access_key: str | None | Unset = UNSET,
        speed_class: ActionConfigPropertySpeedClass
        | Literal[
            "s1.minimum",
            "s1.slow",
            "s1.standard",
            "s1.fast",
            "s1.4xfast",
            "s1.8xfast",
            "u1.standard",
            "u1.slow",
        ]
        | None
        | Unset = UNSET,
        title: str | None | Unset = UNSET,
        to: str | None | Unset = UNSET,
        url: str | None | Unset = UNSET,
    ) -> None:
        self.execution_date_time_const = as_enum(
            execution_date_time_const,
            ActionConfigPropertyExecutionDateTimeConst,
            "ActionConfigProperty",
            "execution_date_time_const",
        )
        self.access_key = access_key
        self.body = body
        self.content_type = content_type
        self.credentials_id = credentials_id
        self.endpoint = endpoint
        self.execution_offset_minutes = execution_offset_minutes
        self.function_name = function_name
        self.headers = as_model(
            headers, ActionConfigPropertyHeaders, "ActionConfigProperty", "headers"
        )
        self.http_method = as_enum(
            http_method, ActionConfigPropertyHttpMethod, "ActionConfigProperty", "http_method"
        )
        self.message = message
        self.parameter1 = parameter1
        self.parameter2 = parameter2
        self.parameter3 = parameter3
        self.parameter4 = parameter4
        self.parameter5 = parameter5
        self.secret_access_key = secret_access_key
        self.speed_class = as_enum(
            speed_class, ActionConfigPropertySpeedClass, "ActionConfigProperty", "speed_class"
        )
        self.title = title
        self.to = to
        self.url = url
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"execution_date_time_const={self.execution_date_time_const!r}, "
            f"access_key={self.access_key!r}, "
            f"body={self.body!r}, "
            f"content_type={self.content_type!r}, "
            f"credentials_id={self.credentials_id!r}, "
            f"endpoint={self.endpoint!r}, "
            f"execution_offset_minutes={self.execution_offset_minutes!r}, "
            f"function_name={self.function_name!r}, "
            f"headers={self.headers!r}, "
            f"http_method={self.http_method!r}, "
            f"message={self.message!r}, "
            f"parameter1={self.parameter1!r}, "
            f"parameter2={self.parameter2!r}, "
            f"parameter3={self.parameter3!r}, "
            f"parameter4={self.parameter4!r}, "
            f"parameter5={self.parameter5!r}, "
            f"secret_access_key={self.secret_access_key!r}, "
            f"speed_class={self.speed_class!r}, "
            f"title={self.title!r}, "
            f"to={self.to!r}, "
            f"url={self.url!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, ActionConfigProperty):
            return NotImplemented
        return (
            self.execution_date_time_const,
            self.access_key,
            self.body,
            self.content_type,
            self.credentials_id,
            self.endpoint,
            self.execution_offset_minutes,
            self.function_name,
            self.headers,
            self.http_method,
            self.message,
            self.parameter1,
            self.parameter2,
            self.parameter3,
            self.parameter4,
            self.parameter5,
            self.secret_access_key,
            self.speed_class,
            self.title,
            self.to,
            self.url,
            self.additional_properties,
        ) == (
            other.execution_date_time_const,
            other.access_key,
            other.body,
            other.content_type,
            other.credentials_id,
            other.endpoint,
            other.execution_offset_minutes,
            other.function_name,
            other.headers,
            other.http_method,
            other.message,
            other.parameter1,
            other.parameter2,
            other.parameter3,
            other.parameter4,
            other.parameter5,
            other.secret_access_key,
            other.speed_class,
            other.title,
            other.to,
            other.url,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        execution_date_time_const = str(self.execution_date_time_const)

        access_key = self.access_key

        body = self.body

        content_type = self.content_type

        credentials_id = self.credentials_id

        endpoint = self.endpoint

        execution_offset_minutes = self.execution_offset_minutes

        function_name = self.function_name

        headers: dict[str, Any] | None | Unset
        if self.headers is None or self.headers is UNSET:
            headers = self.headers
        else:
            headers = self.headers.to_dict()

        http_method: str | None | Unset
        if self.http_method is None or self.http_method is UNSET:
            http_method = self.http_method
        else:
            http_method = str(self.http_method)

        message = self.message

        parameter1 = self.parameter1

        parameter2 = self.parameter2

        parameter3 = self.parameter3

        parameter4 = self.parameter4

        parameter5 = self.parameter5

        secret_access_key = self.secret_access_key

        speed_class: str | None | Unset
        if self.speed_class is None or self.speed_class is UNSET:
            speed_class = self.speed_class
        else:
            speed_class = str(self.speed_class)

        title = self.title

        to = self.to

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "executionDateTimeConst": execution_date_time_const,
            }
        )
        if access_key is not UNSET:
            field_dict["accessKey"] = access_key
        if body is not UNSET:
            field_dict["body"] = body
        if content_type is not UNSET:
            field_dict["contentType"] = content_type
        if credentials_id is not UNSET:
            field_dict["credentialsId"] = credentials_id
        if endpoint is not UNSET:
            field_dict["endpoint"] = endpoint
        if execution_offset_minutes is not UNSET:
            field_dict["executionOffsetMinutes"] = execution_offset_minutes
        if function_name is not UNSET:
            field_dict["functionName"] = function_name
        if headers is not UNSET:
            field_dict["headers"] = headers
        if http_method is not UNSET:
            field_dict["httpMethod"] = http_method
        if message is not UNSET:
            field_dict["message"] = message
        if parameter1 is not UNSET:
            field_dict["parameter1"] = parameter1
        if parameter2 is not UNSET:
            field_dict["parameter2"] = parameter2
        if parameter3 is not UNSET:
            field_dict["parameter3"] = parameter3
        if parameter4 is not UNSET:
            field_dict["parameter4"] = parameter4
        if parameter5 is not UNSET:
            field_dict["parameter5"] = parameter5
        if secret_access_key is not UNSET:
            field_dict["secretAccessKey"] = secret_access_key
        if speed_class is not UNSET:
            field_dict["speedClass"] = speed_class
        if title is not UNSET:
            field_dict["title"] = title
        if to is not UNSET:
            field_dict["to"] = to
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _required_execution_date_time_const = d.pop("executionDateTimeConst", None)
        if _required_execution_date_time_const is None:
            raise missing_field(cls.__name__, "executionDateTimeConst")
        _execution_date_time_const = _required_execution_date_time_const
        try:
            execution_date_time_const = _by_value_ActionConfigPropertyExecutionDateTimeConst[
                _execution_date_time_const
            ]
        except (KeyError, TypeError):
            execution_date_time_const = ActionConfigPropertyExecutionDateTimeConst(
                _execution_date_time_const
            )

        access_key = d.pop("accessKey", UNSET)

        body = d.pop("body", UNSET)

        content_type = d.pop("contentType", UNSET)

        credentials_id = d.pop("credentialsId", UNSET)

        endpoint = d.pop("endpoint", UNSET)

        execution_offset_minutes = d.pop("executionOffsetMinutes", UNSET)

        function_name = d.pop("functionName", UNSET)

        _headers = d.pop("headers", UNSET)
        headers: ActionConfigPropertyHeaders | None | Unset
        if _headers is None or _headers is UNSET:
            headers = _headers
        else:
            headers = _from_dict_ActionConfigPropertyHeaders(_headers)

        _http_method = d.pop("httpMethod", UNSET)
        http_method: ActionConfigPropertyHttpMethod | None | Unset
        if _http_method is None or _http_method is UNSET:
            http_method = _http_method
        else:
            try:
                http_method = _by_value_ActionConfigPropertyHttpMethod[_http_method]
            except (KeyError, TypeError):
                http_method = ActionConfigPropertyHttpMethod(_http_method)

        message = d.pop("message", UNSET)

        parameter1 = d.pop("parameter1", UNSET)

        parameter2 = d.pop("parameter2", UNSET)

        parameter3 = d.pop("parameter3", UNSET)

        parameter4 = d.pop("parameter4", UNSET)

        parameter5 = d.pop("parameter5", UNSET)

        secret_access_key = d.pop("secretAccessKey", UNSET)

        _speed_class = d.pop("speedClass", UNSET)
        speed_class: ActionConfigPropertySpeedClass | None | Unset
        if _speed_class is None or _speed_class is UNSET:
            speed_class = _speed_class
        else:
            try:
                speed_class = _by_value_ActionConfigPropertySpeedClass[_speed_class]
            except (KeyError, TypeError):
                speed_class = ActionConfigPropertySpeedClass(_speed_class)

        title = d.pop("title", UNSET)

        to = d.pop("to", UNSET)

        url = d.pop("url", UNSET)

        _self = cls.__new__(cls)
        _self.execution_date_time_const = execution_date_time_const
        _self.access_key = access_key
        _self.body = body
        _self.content_type = content_type
        _self.credentials_id = credentials_id
        _self.endpoint = endpoint
        _self.execution_offset_minutes = execution_offset_minutes
        _self.function_name = function_name
        _self.headers = headers
        _self.http_method = http_method
        _self.message = message
        _self.parameter1 = parameter1
        _self.parameter2 = parameter2
        _self.parameter3 = parameter3
        _self.parameter4 = parameter4
        _self.parameter5 = parameter5
        _self.secret_access_key = secret_access_key
        _self.speed_class = speed_class
        _self.title = title
        _self.to = to
        _self.url = url
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
from ..models.action_config_property_headers import ActionConfigPropertyHeaders  # noqa: E402

# Parsers called per object, bound once (after every import).
_by_value_ActionConfigPropertyExecutionDateTimeConst = (
    ActionConfigPropertyExecutionDateTimeConst._value2member_map_
)
_by_value_ActionConfigPropertyHttpMethod = ActionConfigPropertyHttpMethod._value2member_map_
_by_value_ActionConfigPropertySpeedClass = ActionConfigPropertySpeedClass._value2member_map_
_from_dict_ActionConfigPropertyHeaders = ActionConfigPropertyHeaders.from_dict
