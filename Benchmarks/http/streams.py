"""Opens N SSE streams at once against textbi and reports the time to the first event (p50, p99), whether every
stream ended with [DONE], the server's peak RSS, and its RSS and open file descriptors before, at the end, and
`--settle` seconds after the streams closed.

    python3 Benchmarks/http/streams.py --url http://127.0.0.1:8000 --pid PID --streams 1000
"""
import argparse
import asyncio
import json
import os
import time


def rss_kb(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def fds(pid):
    return len(os.listdir(f"/proc/{pid}/fd"))


async def one(host, port, body, started):
    """One stream: the time from sending the request to the first event, and whether [DONE] arrived."""
    reader, writer = await asyncio.open_connection(host, port)
    head = (f"POST /workflow/query HTTP/1.1\r\nHost: {host}:{port}\r\nContent-Type: application/json\r\n"
            f"Accept: text/event-stream\r\nContent-Length: {len(body)}\r\n\r\n").encode()
    await started.wait()
    sent = time.perf_counter()
    writer.write(head + body)
    await writer.drain()
    first, data = None, b""
    try:
        while b'data: "[DONE]"' not in data:
            piece = await asyncio.wait_for(reader.read(65536), timeout=60)
            if not piece:
                break
            data += piece
            if first is None and b"\ndata: " in data:
                first = time.perf_counter() - sent
        return first, b'data: "[DONE]"' in data
    finally:
        writer.close()


async def main(args):
    host, port = args.url.split("://", 1)[1].split(":")
    port = int(port.rstrip("/"))
    body = json.dumps({"message": args.message}, ensure_ascii=False).encode()
    base_rss, base_fds = rss_kb(args.pid), fds(args.pid)
    peak = base_rss
    started = asyncio.Event()
    tasks = [asyncio.create_task(one(host, port, body, started)) for _ in range(args.streams)]
    await asyncio.sleep(0.5)  # every connection is open before the first request goes
    started.set()
    while not all(t.done() for t in tasks):
        peak = max(peak, rss_kb(args.pid))
        await asyncio.sleep(0.02)
    results = [t.result() if not t.exception() else (None, False) for t in tasks]
    end_rss, end_fds = rss_kb(args.pid), fds(args.pid)
    await asyncio.sleep(args.settle)
    firsts = sorted(r[0] for r in results if r[0] is not None)

    def pct(p):
        return round(firsts[min(len(firsts) - 1, int(p / 100 * len(firsts)))] * 1000, 1) if firsts else None

    print(json.dumps({
        "streams": args.streams, "done": sum(1 for r in results if r[1]), "errors": sum(1 for r in results if not r[1]),
        "first_event_p50_ms": pct(50), "first_event_p99_ms": pct(99),
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
    asyncio.run(main(parser.parse_args()))
