import Hummingbird
import Metrics
import NIOCore
import Prometheus
import Workflow

/// swift-metrics with the Prometheus backend, bootstrapped once per process, and the `/metrics` route that emits it
/// in Prometheus's text format. Request counts and latency by route and status come from Hummingbird's
/// `MetricsMiddleware`; runs, cache and query time from the pipeline; the gauges below are read at scrape time.
public enum MetricsExport {
    public static let registry: PrometheusCollectorRegistry = {
        let registry = PrometheusCollectorRegistry()
        var factory = PrometheusMetricsFactory(registry: registry)
        factory.defaultDurationHistogramBuckets = [
            .milliseconds(1), .milliseconds(2), .milliseconds(5), .milliseconds(10), .milliseconds(25), .milliseconds(50),
            .milliseconds(100), .milliseconds(250), .milliseconds(500), .seconds(1), .seconds(2), .seconds(5), .seconds(10),
        ]
        MetricsSystem.bootstrap(factory)
        return registry
    }()

    /// Bootstraps the metrics system (once; later calls do nothing).
    public static func bootstrap() { _ = registry }

    /// Reads the gauges that are state rather than events, then emits everything.
    static func scrape(server: TextBIServer) async -> String {
        Gauge(label: "textbi_streams_running").record(await server.registry.runningCount)
        Gauge(label: "textbi_connections_open").record(server.connections.openConnections)
        let statistics = await server.workflow.queries.statistics()
        Gauge(label: "textbi_queries_running").record(statistics.running)
        Gauge(label: "textbi_queries_waiting").record(statistics.waiting)
        if let bytes = statistics.cacheBytes, let entries = statistics.cacheEntries {
            Gauge(label: "textbi_cache_bytes").record(bytes)
            Gauge(label: "textbi_cache_entries").record(entries)
        }
        return registry.emitToString()
    }

    static func register(on router: Router<TextBIRequestContext>, server: TextBIServer) {
        router.get("/metrics") { _, _ in
            Response(
                status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
                body: ResponseBody(byteBuffer: ByteBuffer(string: await scrape(server: server))))
        }
    }
}
