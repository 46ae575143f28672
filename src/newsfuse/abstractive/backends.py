"""Language-model back ends behind one small interface: messages in, text out.

Two back ends: an OpenAI-compatible chat endpoint over HTTP (httpx), and a GGUF model run by
xllamacpp in a child process. Both raise :class:`ModelUnavailable` when no answer came in time,
which the caller turns into an extractive fallback with a warning.
"""

from __future__ import annotations

import atexit
import contextlib
import importlib.util
import json
import os
import select
import subprocess
import sys
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


# Model processes, kept for the life of this process: loading a 1 GB GGUF takes seconds and a
# bench or server summarizes many clusters with the same model.
_MODELS: dict[tuple[str, int, int], ModelProcess] = {}
_MODELS_LOCK = threading.Lock()
#: Seconds a model may take to load (a large GGUF from a slow disk), apart from llm_timeout.
LOAD_TIMEOUT = 600.0


class ModelProcess:
    """A GGUF model in a child process (:mod:`newsfuse.abstractive.model_process`).

    A request that runs past its time limit, or is interrupted (Ctrl-C), kills the child: this
    process never has a native thread of the model running, so it always exits cleanly.
    """

    def __init__(self, path: str, threads: int, context: int) -> None:
        self.path = path
        self.lock = threading.Lock()
        self.buffer = b""
        self.process = subprocess.Popen(
            [sys.executable, "-m", "newsfuse.abstractive.model_process", path]
            + [str(threads), str(context)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        try:
            ready = self._reply(LOAD_TIMEOUT)
        except BaseException:  # too slow to load, or Ctrl-C meanwhile
            self.kill()
            raise
        if "error" in ready:
            self.kill()
            raise ModelUnavailable(f"{path}: the model could not be loaded ({ready['error']})")
        #: llama.cpp's own HTTP listener in the child; it wants a key that only the child knows.
        self.listening: str | None = ready.get("listening")

    def alive(self) -> bool:
        return self.process.poll() is None

    def ask(self, request: dict, timeout: float) -> dict:
        """The child's reply to one chat request; ModelUnavailable when none came in time."""
        with self.lock:
            try:
                self.process.stdin.write(json.dumps(request).encode() + b"\n")
                self.process.stdin.flush()
                return self._reply(timeout)
            except BaseException:  # timeout, dead child, Ctrl-C: its state is unknown, end it
                self.kill()
                raise

    def _reply(self, timeout: float) -> dict:
        deadline = time.monotonic() + timeout
        stream = self.process.stdout.fileno()
        while b"\n" not in self.buffer:
            remaining = deadline - time.monotonic()
            if remaining <= 0 or not select.select([stream], [], [], remaining)[0]:
                raise ModelUnavailable(f"{Path(self.path).name}: no answer within {timeout:g} s")
            chunk = os.read(stream, 1 << 16)
            if not chunk:
                raise ModelUnavailable(f"{Path(self.path).name}: the model process ended")
            self.buffer += chunk
        line, _, self.buffer = self.buffer.partition(b"\n")
        return json.loads(line)

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait()
        for stream in (self.process.stdin, self.process.stdout):
            with contextlib.suppress(OSError):
                stream.close()


@atexit.register
def _stop_models() -> None:
    with _MODELS_LOCK:
        for model in _MODELS.values():
            model.kill()
        _MODELS.clear()


def load_gguf(path: str, threads: int, context: int) -> ModelProcess:
    """A running model process for ``path`` (cached); raises ModelUnavailable naming the file."""
    key = (str(Path(path).resolve()), threads, context)
    with _MODELS_LOCK:
        model = _MODELS.get(key)
        if model is not None and model.alive():
            return model
        if not Path(path).is_file():
            raise ModelUnavailable(f"{path}: no such GGUF model file")
        if importlib.util.find_spec("xllamacpp") is None:
            raise ModelUnavailable("xllamacpp is not installed; run `pip install newsfuse[llm]`")
        model = _MODELS[key] = ModelProcess(key[0], threads, context)
        return model


class GGUFBackend:
    """A GGUF model run by xllamacpp in a child process, killed when it runs past the timeout."""

    def __init__(self, path: str, options: Options):
        self.label = Path(path).name
        self.path = path
        self.options = options
        self.model = load_gguf(path, options.llm_threads, options.llm_context)

    def chat(self, messages: Messages, max_tokens: int, stop: list[str] | None = None) -> str:
        if not self.model.alive():  # killed after an earlier timeout: load it again
            self.model = load_gguf(self.path, self.options.llm_threads, self.options.llm_context)
        request = _request(messages, max_tokens, stop, self.options) | {"stream": True}
        reply = self.model.ask(request, self.options.llm_timeout)
        if "error" in reply:
            raise ModelUnavailable(f"{self.label}: {reply['error']}")
        return reply.get("text", "")


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
