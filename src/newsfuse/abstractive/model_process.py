"""A GGUF model (xllamacpp) in a child process that answers chat requests on its stdin/stdout.

Run as ``python -m newsfuse.abstractive.model_process MODEL THREADS CONTEXT``. Each line in is a
chat request (JSON); each line out is ``{"text": ...}`` or ``{"error": ...}``; the first line out
is ``{"ready": true}`` or ``{"error": ...}`` once the model is loaded. The parent kills this
process when a request runs past its time limit or on Ctrl-C: llama.cpp cannot be stopped
safely from another thread, and a native thread left running at exit aborts the interpreter.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import signal
import sys
from typing import IO


def _die_with_parent() -> None:
    """Ask Linux to kill this process when its parent ends, even by SIGKILL."""
    if not sys.platform.startswith("linux"):
        return
    import ctypes

    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG


def _load(path: str, threads: int, context: int):
    import xllamacpp

    params = xllamacpp.CommonParams()
    params.model.path = path
    params.n_ctx = context
    params.n_parallel = 1
    params.cpuparams.n_threads = threads
    params.cpuparams_batch.n_threads = threads
    params.verbosity = -1  # llama.cpp logs every request otherwise
    # xllamacpp also opens llama.cpp's HTTP server on loopback; a random key nobody is told
    # keeps other local users and web pages out of it. Requests here go through the pipe.
    params.api_keys = [secrets.token_urlsafe(32)]
    return xllamacpp.Server(params)


def _answer(server, request: dict) -> dict:
    pieces: list[str] = []
    errors: list[str] = []

    def on_chunk(chunk: dict) -> bool:
        if "error" in chunk:
            errors.append(str(chunk["error"].get("message", chunk["error"])))
            return True
        for choice in chunk.get("choices", []):
            content = (choice.get("delta") or {}).get("content")
            if content:
                pieces.append(content)
        return False

    try:
        server.handle_chat_completions(request, on_chunk)
    except Exception as error:  # noqa: BLE001 - any failure of the runtime ends the request
        errors.append(f"{type(error).__name__}: {error}")
    return {"error": errors[0]} if errors else {"text": "".join(pieces)}


def _send(channel: IO[str], message: dict) -> None:
    channel.write(json.dumps(message) + "\n")
    channel.flush()


def main(arguments: list[str]) -> None:
    # Ctrl-C reaches the whole process group; the parent decides when this process ends.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _die_with_parent()
    channel = os.fdopen(os.dup(1), "w", encoding="utf-8")
    os.dup2(2, 1)  # whatever native code prints goes to stderr, never into the replies
    path, threads, context = arguments[0], int(arguments[1]), int(arguments[2])
    try:
        server = _load(path, threads, context)
    except Exception as error:  # noqa: BLE001 - reported to the parent, which names the file
        _send(channel, {"error": f"{type(error).__name__}: {error}"})
        return
    _send(channel, {"ready": True, "listening": server.listening_address})
    for line in sys.stdin:
        _send(channel, _answer(server, json.loads(line)))


if __name__ == "__main__":
    main(sys.argv[1:])
