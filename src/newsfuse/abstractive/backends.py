"""Language-model back ends behind one small interface: messages in, text out.

Two back ends: an OpenAI-compatible chat endpoint over HTTP (httpx), and a GGUF model run in
process by xllamacpp. Both raise :class:`ModelUnavailable` when no answer came in time, which the
caller turns into an extractive fallback with a warning.
"""

from __future__ import annotations

import atexit
import os
import threading
import time
from pathlib import Path
from typing import Protocol

from newsfuse.options import Options

Messages = list[dict[str, str]]


class ModelUnavailable(RuntimeError):
    """The model could not be reached, refused the request, or was too slow."""


class ChatBackend(Protocol):
    """Anything that answers a chat: the one interface the abstractive stage uses."""

    #: Names the model for warnings ("http://host/v1 (qwen)", "model.gguf").
    label: str

    def chat(self, messages: Messages, max_tokens: int, stop: list[str] | None = None) -> str:
        """The assistant's reply (cut before any ``stop`` string); ModelUnavailable if none."""
        ...


class OpenAIChatBackend:
    """An OpenAI-compatible ``/chat/completions`` endpoint, with timeouts and retries."""

    def __init__(self, url: str, options: Options):
        import httpx  # the llm extra; imported here so extractive mode never needs it

        self._httpx = httpx
        url = url.rstrip("/")
        self.endpoint = url if url.endswith("/chat/completions") else url + "/chat/completions"
        self.label = f"{url} ({options.llm_model})"
        self.options = options
        headers = {"Content-Type": "application/json"}
        key = os.environ.get(options.llm_api_key_env)
        if key:
            headers["Authorization"] = f"Bearer {key}"
        self.client = httpx.Client(headers=headers, timeout=options.llm_timeout)

    def chat(self, messages: Messages, max_tokens: int, stop: list[str] | None = None) -> str:
        payload = _request(messages, max_tokens, stop, self.options)
        payload |= {"model": self.options.llm_model, "stream": False}
        httpx = self._httpx
        failure = ""
        for attempt in range(self.options.llm_retries + 1):
            if attempt:
                time.sleep(self.options.llm_backoff * 2 ** (attempt - 1))
            try:
                response = self.client.post(self.endpoint, json=payload)
            except httpx.TimeoutException:
                # Too slow: asking again would only double the wait.
                raise ModelUnavailable(
                    f"{self.label}: no answer within {self.options.llm_timeout:g} s"
                ) from None
            except httpx.TransportError as error:
                failure = f"unreachable ({type(error).__name__}: {error})"
                continue
            if response.status_code == 429 or response.status_code >= 500:
                failure = f"HTTP {response.status_code}"
                continue
            if response.status_code >= 400:
                raise ModelUnavailable(
                    f"{self.label}: refused the request: HTTP {response.status_code} "
                    f"{response.text[:200]}"
                )
            try:
                body = response.json()
            except ValueError:
                body = None
            return _reply_text(body, self.label)
        attempts = self.options.llm_retries + 1
        raise ModelUnavailable(f"{self.label}: {failure} after {attempts} attempt(s)")

    def close(self) -> None:
        self.client.close()


def _request(messages: Messages, max_tokens: int, stop: list[str] | None, options: Options):
    request = {
        "messages": messages,
        "max_tokens": max_tokens,
        "temperature": options.llm_temperature,
    }
    if stop:
        request["stop"] = stop
    return request


def _reply_text(body: object, label: str) -> str:
    """The message content of a chat completion; a malformed reply is an unavailable model."""
    try:
        content = body["choices"][0]["message"]["content"]  # type: ignore[index]
    except (KeyError, IndexError, TypeError):
        raise ModelUnavailable(f"{label}: the reply is not a chat completion") from None
    if not isinstance(content, str):
        raise ModelUnavailable(f"{label}: the reply carries no text")
    return content


# Loaded in-process models, kept for the life of the process: loading a 1 GB GGUF takes seconds
# and a bench or server summarizes many clusters with the same model.
_SERVERS: dict[tuple[str, int, int], object] = {}
_SERVERS_LOCK = threading.Lock()


def load_gguf(path: str, threads: int, context: int):
    """An xllamacpp Server for ``path`` (cached); raises ModelUnavailable naming the file."""
    key = (str(Path(path).resolve()), threads, context)
    with _SERVERS_LOCK:
        if key in _SERVERS:
            return _SERVERS[key]
        if not Path(path).is_file():
            raise ModelUnavailable(f"{path}: no such GGUF model file")
        try:
            import xllamacpp
        except ImportError:
            raise ModelUnavailable(
                "xllamacpp is not installed; run `pip install newsfuse[llm]`"
            ) from None
        params = xllamacpp.CommonParams()
        params.model.path = key[0]
        params.n_ctx = context
        params.n_parallel = 1
        params.cpuparams.n_threads = threads
        params.cpuparams_batch.n_threads = threads
        params.verbosity = -1  # llama.cpp logs every request otherwise
        try:
            server = xllamacpp.Server(params)
        except RuntimeError as error:
            raise ModelUnavailable(f"{path}: the model could not be loaded ({error})") from None
        _SERVERS[key] = server
        return server


#: Generations abandoned on timeout that are still stopping: the interpreter must not shut down
#: under them (native code running in a daemon thread at exit crashes the process).
_STOPPING: set[threading.Event] = set()


@atexit.register
def _wait_for_abandoned_generations() -> None:
    for finished in list(_STOPPING):
        finished.wait(30.0)  # an abandoned generation stops at its next token


class GGUFBackend:
    """A GGUF model in this process (xllamacpp), abandoned when it runs past the timeout."""

    def __init__(self, path: str, options: Options):
        self.label = Path(path).name
        self.options = options
        self.server = load_gguf(path, options.llm_threads, options.llm_context)

    def chat(self, messages: Messages, max_tokens: int, stop: list[str] | None = None) -> str:
        request = _request(messages, max_tokens, stop, self.options) | {"stream": True}
        pieces: list[str] = []
        errors: list[str] = []
        finished = threading.Event()
        abandoned = threading.Event()

        def on_chunk(chunk: dict) -> bool:
            if "error" in chunk:
                errors.append(str(chunk["error"].get("message", chunk["error"])))
                return True
            for choice in chunk.get("choices", []):
                content = (choice.get("delta") or {}).get("content")
                if content:
                    pieces.append(content)
            return abandoned.is_set()  # True stops the generation

        def generate() -> None:
            try:
                self.server.handle_chat_completions(request, on_chunk)
            except Exception as error:  # noqa: BLE001 - any failure of the runtime ends the request
                errors.append(f"{type(error).__name__}: {error}")
            finally:
                finished.set()
                _STOPPING.discard(finished)

        # A worker thread, so that a prompt still being read can be abandoned on time too.
        threading.Thread(target=generate, name="newsfuse-gguf", daemon=True).start()
        if not finished.wait(self.options.llm_timeout):
            abandoned.set()
            _STOPPING.add(finished)
            raise ModelUnavailable(f"{self.label}: no answer within {self.options.llm_timeout:g} s")
        if errors:
            raise ModelUnavailable(f"{self.label}: {errors[0]}")
        return "".join(pieces)


def open_backend(options: Options) -> ChatBackend:
    """The back end the options name; raises ModelUnavailable when it cannot be set up."""
    if options.llm_url:
        try:
            return OpenAIChatBackend(options.llm_url, options)
        except ImportError:
            raise ModelUnavailable(
                "httpx is not installed; run `pip install newsfuse[llm]`"
            ) from None
    if options.llm_gguf:
        return GGUFBackend(options.llm_gguf, options)
    raise ModelUnavailable("no language model given: set llm_url or llm_gguf")
