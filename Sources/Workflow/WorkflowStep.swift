import SemanticModel

/// The five steps, in the order the original tutorial's workflow runs them.
public enum WorkflowStep: String, Sendable, CaseIterable, Codable {
    case generateQuery = "generate_query"
    case renderSQL = "render_sql"
    case executeQuery = "execute_query"
    case formatResult = "format_result"
    case analyzeResult = "analyze_result"

    /// 1-based position.
    public var index: Int { Self.allCases.firstIndex(of: self)! + 1 }
    public static var total: Int { allCases.count }

    public func title(_ language: Language) -> String {
        switch (self, language) {
        case (.generateQuery, .zh): return "查询分析"
        case (.renderSQL, .zh): return "SQL 生成"
        case (.executeQuery, .zh): return "执行查询"
        case (.formatResult, .zh): return "结果整理"
        case (.analyzeResult, .zh): return "数据分析"
        case (.generateQuery, .en): return "Understanding the question"
        case (.renderSQL, .en): return "Writing SQL"
        case (.executeQuery, .en): return "Running the query"
        case (.formatResult, .en): return "Formatting the result"
        case (.analyzeResult, .en): return "Analysis"
        }
    }
}
