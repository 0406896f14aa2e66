import Hummingbird

/// A bare Hummingbird hello-world, the yardstick `make bench-http` measures textbi's /health against:
/// one route, no middleware. `hello-bench PORT`.
let port = CommandLine.arguments.count > 1 ? Int(CommandLine.arguments[1]) ?? 8799 : 8799
let router = Router()
router.get("/health") { _, _ in #"{"status":"ok"}"# }
let app = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: port)))
try await app.runService()
