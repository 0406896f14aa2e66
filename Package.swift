// swift-tools-version:6.1
import PackageDescription

/// One settings array shared by every target: Swift 6 mode with the stricter upcoming features.
let swiftSettings: [SwiftSetting] = [
    .swiftLanguageMode(.v6),
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
    name: "textbi",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "textbi", targets: ["textbi"]),
        .executable(name: "textbi-bench", targets: ["textbi-bench"]),
        .executable(name: "hello-bench", targets: ["hello-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/vapor/jwt-kit", from: "5.7.1"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-metrics", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.25.0"),
    ],
    targets: [
        .target(name: "CMalloc"),
        .target(
            name: "SemanticModel",
            dependencies: [.product(name: "Yams", package: "Yams")],
            swiftSettings: swiftSettings
        ),
        .target(name: "QueryGeneration", dependencies: ["SemanticModel"], swiftSettings: swiftSettings),
        .target(name: "SQLRendering", dependencies: ["SemanticModel"], swiftSettings: swiftSettings),
        .target(
            name: "Execution",
            dependencies: [
                "SemanticModel", "SQLRendering", .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(name: "Formatting", dependencies: ["SemanticModel", "Execution"], swiftSettings: swiftSettings),
        .target(name: "Analysis", dependencies: ["SemanticModel", "Execution", "Formatting"], swiftSettings: swiftSettings),
        .target(
            name: "Workflow",
            dependencies: [
                "SemanticModel", "QueryGeneration", "SQLRendering", "Execution", "Formatting", "Analysis",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "Metrics", package: "swift-metrics"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "Server",
            dependencies: [
                "Workflow", "SemanticModel", "QueryGeneration", "SQLRendering", "Execution", "Formatting", "Analysis", "CMalloc",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "JWTKit", package: "jwt-kit"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
            ],
            resources: [.copy("Public")],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "textbi",
            dependencies: [
                "Workflow", "Execution", "SemanticModel", "QueryGeneration", "SQLRendering", "Server",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "textbi-bench",
            dependencies: ["Workflow", "Execution", "QueryGeneration", "SQLRendering", "SemanticModel"],
            path: "Benchmarks",
            exclude: ["questions.txt", "Hello", "http", "scale"],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "hello-bench",
            dependencies: [.product(name: "Hummingbird", package: "hummingbird")],
            path: "Benchmarks/Hello",
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "SemanticModelTests", dependencies: ["SemanticModel"], exclude: ["Fixtures"], swiftSettings: swiftSettings),
        .testTarget(name: "QueryGenerationTests", dependencies: ["QueryGeneration", "SemanticModel"], swiftSettings: swiftSettings),
        .testTarget(name: "SQLRenderingTests", dependencies: ["SQLRendering", "SemanticModel"], swiftSettings: swiftSettings),
        .testTarget(
            name: "ExecutionTests",
            dependencies: ["Execution", "SQLRendering", "SemanticModel", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: swiftSettings),
        .testTarget(name: "FormattingTests", dependencies: ["Formatting", "Execution", "SemanticModel"], swiftSettings: swiftSettings),
        .testTarget(name: "AnalysisTests", dependencies: ["Analysis", "Formatting", "Execution", "SemanticModel"], swiftSettings: swiftSettings),
        .testTarget(
            name: "ServerTests",
            dependencies: [
                "Server", "Workflow", "Execution", "SemanticModel", "SQLRendering",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "JWTKit", package: "jwt-kit"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ],
            swiftSettings: swiftSettings),
        .testTarget(
            name: "EndToEndTests",
            dependencies: [
                "Workflow", "Execution", "SemanticModel", "QueryGeneration", "SQLRendering", "Formatting", "Analysis",
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            swiftSettings: swiftSettings),
    ]
)
