import SemanticModel

extension QueryGenerator {
    /// A question that continues the previous one (那上海呢?, and last year?): its query merged into the previous one.
    func followUpInterpretation(
        _ question: String, _ language: Language, previous: Interpretation, query: CubeQuery, slots: FollowUp.Slots, _ s: ParseState, unused: [String]
    ) -> Interpretation {
        let merged = FollowUp.merge(previous: previous, current: query, slots: slots, model: model)
        var state = s
        state.timeLabel = s.timeLabel ?? previous.timeLabel
        let lead = language == .zh ? "接上一问：" : "Following up: "
        var interpretation = Interpretation(
            question: question, language: language, query: merged, understood: lead + Explainer(model: model).explain(merged, state),
            unusedWords: unused, notes: s.notes, requestedChart: s.requestedChart ?? previous.requestedChart)
        interpretation.timeLabel = state.timeLabel
        interpretation.isFollowUp = true
        // 那上海呢? after 女员工占比: the answer is still the share, where the merged query still holds what it is
        // computed from.
        interpretation.shareOf = previous.shareOf.flatMap { merged.dimensions.contains($0.member) ? $0 : nil }
        interpretation.shareOfMeasure = previous.shareOfMeasure.flatMap { Self.holdsShare(of: $0, merged) ? $0 : nil }
        return interpretation
    }
}
