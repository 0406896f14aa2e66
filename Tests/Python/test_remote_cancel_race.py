"""Hundreds of runs fronting a slow remote Cube server, each dropped by its client at a random moment (many just as
the remote answers): afterwards every endpoint still answers, and SIGTERM ends the process within its grace.

The remote is a real textbi process behind a loopback proxy that holds every answer for a while, as a slow Cube
server would. This is the case that used to deadlock both cooperative-pool threads inside URLSession's cancel."""
import http.server
import json
import random
import signal
import socket
import socketserver
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import urlparse

import requests

from conftest import start_server, stop_server

DELAY_SECONDS = 0.15
RUNS = 300


class SlowProxy(http.server.BaseHTTPRequestHandler):
    """Forwards to the backend after DELAY_SECONDS, then answers what it said."""
    backend = ""
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def _forward(self, method):
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else None
        time.sleep(DELAY_SECONDS)
        headers = {k: v for k, v in self.headers.items() if k.lower() in ("authorization", "content-type")}
        answer = requests.request(method, self.backend + self.path, data=body, headers=headers, timeout=30)
        try:
            self.send_response(answer.status_code)
            self.send_header("Content-Type", answer.headers.get("Content-Type", "application/json"))
            self.send_header("Content-Length", str(len(answer.content)))
            self.end_headers()
            self.wfile.write(answer.content)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def do_GET(self):
        self._forward("GET")

    def do_POST(self):
        self._forward("POST")


class ThreadingServer(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True


def cancel_after(port, body, seconds, how):
    """Opens a stream of `body` and, after `seconds`, drops the connection (`how` == "drop": the run is cancelled as
    its client leaves, with no detached grace) or cancels the run through the cancel endpoint ("cancel")."""
    raw = json.dumps(body).encode()
    head = (f"POST /workflow/query HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Type: application/json\r\n"
            f"Content-Length: {len(raw)}\r\n\r\n").encode()
    with socket.create_connection(("127.0.0.1", port), timeout=5) as sock:
        sock.sendall(head + raw)
        if how == "cancel":
            received = b""
            while b"\r\n\r\n" not in received:
                received += sock.recv(4096)
            run_id = [line.split(b":", 1)[1].strip().decode() for line in received.split(b"\r\n")
                      if line.lower().startswith(b"x-run-id:")][0]
            time.sleep(seconds)
            requests.post(f"http://127.0.0.1:{port}/workflow/runs/{run_id}/cancel", timeout=5)
        else:
            time.sleep(seconds)
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")  # reset, not FIN


def test_hundreds_of_cancelled_remote_runs_leave_the_server_whole():
    remote_url, remote = start_server()
    SlowProxy.backend = remote_url
    proxy = ThreadingServer(("127.0.0.1", 0), SlowProxy)
    threading.Thread(target=proxy.serve_forever, daemon=True).start()
    cube = f"http://127.0.0.1:{proxy.server_address[1]}/cubejs-api/v1"
    front_url, front = start_server(
        "--allow-remote-cube", cube, "--shutdown-grace-seconds", "2", "--detached-run-grace-seconds", "0")
    try:
        port = urlparse(front_url).port
        question = {"message": "各部门员工人数", "cubejs_url": cube}
        # The first answer fetches the remote's /v1/meta and values; it must work before the storm.
        first = requests.post(front_url + "/workflow/query-sync", json=question, timeout=30)
        assert first.status_code == 200 and first.json()["success"], first.text
        rng = random.Random(20261126)
        # Cancels spread around the remote's answers (each run calls /v1/sql, then /v1/load): before, as they
        # arrive, and just after; half by dropping the connection, half through the cancel endpoint.
        plan = [(rng.uniform(0.0, 3 * DELAY_SECONDS), rng.choice(["drop", "cancel"])) for _ in range(RUNS)]
        with ThreadPoolExecutor(max_workers=32) as pool:
            list(pool.map(lambda p: cancel_after(port, question, *p), plan))
        # Every endpoint answers, locally and through the remote.
        for path in ("/health", "/readyz", "/livez", "/cubejs-api/v1/meta", "/"):
            answer = requests.get(front_url + path, timeout=5)
            assert answer.status_code == 200, (path, answer.status_code)
        local = requests.post(front_url + "/workflow/query-sync", json={"message": "统计员工总数"}, timeout=10)
        assert local.status_code == 200 and local.json()["success"], local.text
        again = requests.post(front_url + "/workflow/query-sync", json=question, timeout=30)
        assert again.status_code == 200 and again.json()["data"] == first.json()["data"], again.text
        # SIGTERM ends the process within its grace (2 s) and the few seconds the service group allows beyond.
        start = time.monotonic()
        front.send_signal(signal.SIGTERM)
        front.wait(timeout=15)
        assert time.monotonic() - start < 10, "SIGTERM took too long"
    finally:
        if front.poll() is None:
            front.kill()
        proxy.shutdown()
        stop_server(remote)
