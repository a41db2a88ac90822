"""The unified Soracom error body and the emulator's error codes.

Every error the emulator answers is `{"code": ..., "message": ...}` with content-type
`application/json`, as the API usage guide describes. Messages are English unless the request
carries `X-Soracom-Lang: ja`.
"""

from __future__ import annotations

import json
from typing import Final

# code -> (English template, Japanese template); templates take str.format keyword arguments.
MESSAGES: Final[dict[str, tuple[str, str]]] = {
    "AUM0001": (
        "No API key or token was found in the request header",
        "API キーまたはトークンがありません",
    ),
    "AUM0002": ("The API key and token are invalid", "API キーまたはトークンが無効です"),
    "AUM0003": ("The API token has expired", "API トークンの有効期限が切れています"),
    "AUM0004": ("The API token has been revoked", "API トークンは無効化されています"),
    "AUM0005": ("Invalid credentials", "認証情報が正しくありません"),
    "AUM0006": (
        "tokenTimeoutSeconds must be between {low} and {high}",
        "tokenTimeoutSeconds は {low} から {high} の範囲で指定してください",
    ),
    "COM0001": ("Invalid parameter '{name}': {detail}", "パラメータ '{name}' が不正です: {detail}"),
    "COM0002": ("Missing required parameter '{name}'", "必須パラメータ '{name}' がありません"),
    "COM0003": (
        "Invalid request body at '{name}': {detail}",
        "リクエストボディ '{name}' が不正です: {detail}",
    ),
    "COM0004": ("The request body is not valid JSON", "リクエストボディが JSON ではありません"),
    "COM0005": ("The request body is required", "リクエストボディが必要です"),
    "COM0006": ("No such API: {method} {path}", "API が存在しません: {method} {path}"),
    "COM0007": ("Method {method} is not allowed for {path}", "{path} では {method} は使えません"),
    "COM0008": (
        "Rate limit exceeded for API group '{group}'",
        "API グループ '{group}' のレート制限を超えました",
    ),
    "COM0009": ("Forbidden: {detail}", "アクセスできません: {detail}"),
    "EMU5000": ("Internal server error (injected fault)", "内部エラー (注入された障害)"),
    "EMU5001": ("Internal server error: {detail}", "内部エラー: {detail}"),
    "SEM0001": ("{resource} '{ident}' was not found", "{resource} '{ident}' が見つかりません"),
    "SEM0002": ("Invalid state transition: {detail}", "状態遷移が不正です: {detail}"),
    "SEM0003": ("Tag '{name}' was not found", "タグ '{name}' が見つかりません"),
    "SEM0005": ("{resource} '{ident}' already exists", "{resource} '{ident}' は既に存在します"),
    "SEM0004": ("Directory '{path}' is not empty", "ディレクトリ '{path}' は空ではありません"),
}


class ApiError(Exception):
    """Raised inside the emulator to answer with the unified error body."""

    def __init__(self, status: int, code: str, **params: object) -> None:
        self.status = status
        self.code = code
        self.params = params
        super().__init__(f"{status} {code} {render(code, params, 'en')}")


def render(code: str, params: dict[str, object], lang: str) -> str:
    en, ja = MESSAGES.get(code, ("{detail}", "{detail}"))
    template = ja if lang == "ja" else en
    try:
        return template.format(**params)
    except (KeyError, IndexError):
        return en


def error_body(code: str, params: dict[str, object], lang: str = "en") -> bytes:
    return json.dumps({"code": code, "message": render(code, params, lang)}).encode()
