"""Opens N SSE streams at once against textbi and reports the time to the first event (p50, p99), whether every
stream ended with [DONE], the server's peak RSS, and its RSS and open file descriptors before, at the end, and
`--settle` seconds after the streams closed. The time to the first event is when it reached the client's socket
(the kernel's receive timestamp); `first_event_read_*` is when this one-threaded client read it, which adds the
client's own queueing behind the other sockets.

    python3 Benchmarks/http/streams.py --url http://127.0.0.1:8000 --pid PID --streams 1000
"""
import argparse
import json
import os
import selectors
import socket
import struct
import time

# The time a segment reached the client's socket (SO_TIMESTAMPNS, CLOCK_REALTIME): the first event's arrival, not
# when this single-threaded client got round to reading it among hundreds of sockets.
SO_TIMESTAMPNS = getattr(socket, "SO_TIMESTAMPNS", 35)


def rss_kb(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def fds(pid):
    return len(os.listdir(f"/proc/{pid}/fd"))


def main(args):
    host, port = args.url.split("://", 1)[1].split(":")
    port = int(port.rstrip("/"))
    body = json.dumps({"message": args.message}, ensure_ascii=False).encode()
    request = (f"POST /workflow/query HTTP/1.1\r\nHost: {host}:{port}\r\nContent-Type: application/json\r\n"
               f"Accept: text/event-stream\r\nContent-Length: {len(body)}\r\n\r\n").encode() + body
    base_rss, base_fds = rss_kb(args.pid), fds(args.pid)
    peak = base_rss
    sockets = []
    for _ in range(args.streams):
        sock = socket.create_connection((host, port))
        sock.setsockopt(socket.SOL_SOCKET, SO_TIMESTAMPNS, 1)
        sock.setblocking(False)
        sockets.append(sock)
    time.sleep(0.5)  # every connection is open before the first request goes
    selector = selectors.DefaultSelector()
    streams = {}  # socket -> [sent, first arrival, first read, data]
    for sock in sockets:
        streams[sock] = [time.time_ns(), None, None, b""]
        sock.sendall(request)
        selector.register(sock, selectors.EVENT_READ)
    left, last_sample = len(sockets), 0.0
    while left:
        ready = selector.select(60)
        if not ready:
            break
        for key, _ in ready:
            sock, stream = key.fileobj, streams[key.fileobj]
            try:
                data, ancillary, _, _ = sock.recvmsg(65536, 1024)
            except ConnectionError:
                data, ancillary = b"", []
            now = time.time_ns()
            if data:
                stream[3] += data
                if stream[1] is None and b"\ndata: " in stream[3]:
                    arrival = [struct.unpack("qq", d[:16]) for level, kind, d in ancillary if level == socket.SOL_SOCKET and kind == SO_TIMESTAMPNS]
                    stream[1] = arrival[0][0] * 10**9 + arrival[0][1] if arrival else now
                    stream[2] = now
            if not data or b'data: "[DONE]"' in stream[3]:
                selector.unregister(sock)
                sock.close()
                left -= 1
        if time.monotonic() - last_sample > 0.02:
            peak, last_sample = max(peak, rss_kb(args.pid)), time.monotonic()
    end_rss, end_fds = rss_kb(args.pid), fds(args.pid)
    time.sleep(args.settle)
    done = sum(1 for v in streams.values() if b'data: "[DONE]"' in v[3])

    def pct(index, p):
        values = sorted((v[index] - v[0]) / 1e6 for v in streams.values() if v[index] is not None)
        return round(values[min(len(values) - 1, int(p / 100 * len(values)))], 1) if values else None

    print(json.dumps({
        "streams": args.streams, "done": done, "errors": args.streams - done,
        "first_event_p50_ms": pct(1, 50), "first_event_p99_ms": pct(1, 99),
        "first_event_read_p50_ms": pct(2, 50), "first_event_read_p99_ms": pct(2, 99),
        "rss_mb": {"before": round(base_rss / 1024, 1), "peak": round(peak / 1024, 1), "end": round(end_rss / 1024, 1),
                   f"after_{args.settle}s": round(rss_kb(args.pid) / 1024, 1)},
        "fds": {"before": base_fds, "end": end_fds, f"after_{args.settle}s": fds(args.pid)},
    }))


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--url", required=True)
    parser.add_argument("--pid", type=int, required=True)
    parser.add_argument("--streams", type=int, default=200)
    parser.add_argument("--settle", type=float, default=60)
    parser.add_argument("--message", default="各部门员工人数")
    main(parser.parse_args())
