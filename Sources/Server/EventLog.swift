import Execution

/// A run's SSE events as sent on the wire, kept as one text with the offset where each event starts: storing an
/// event is one append, and a resume or a replay is one slice, not an array of strings joined per request. A run
/// replayed from the answer cache keeps only the cached answer's template and its own id (the text is built when
/// sent), so a burst of cached answers leaves no copy of each behind for the retention time.
struct EventLog: Sendable {
    private var written = ""
    /// The UTF-8 offset in `text` where event `i + 1` starts.
    private var starts: [Int] = []
    private var replayed: (template: Template, runID: String)?

    /// How many events are stored (the sequence number of the last one).
    var count: Int { starts.count }
    /// The bytes this log holds on its own (a replay's template is the answer cache's).
    var bytes: Int { replayed.map { $0.runID.utf8.count + 8 * starts.count } ?? written.utf8.count }
    var text: String { replayed.map { $0.template.pieces.joined(separator: $0.runID) } ?? written }

    init() {}

    /// Stores `payloads` as events numbered on from the last one, each with its `id:` line.
    mutating func append(runID: String, _ payloads: some Collection<String>) {
        precondition(replayed == nil, "a replayed run is finished")
        var sequence = count
        if written.isEmpty { written.reserveCapacity(payloads.reduce(0) { $0 + $1.utf8.count + runID.utf8.count + 20 }) }
        for data in payloads {
            sequence += 1
            starts.append(written.utf8.count)
            written += "id: "
            written += runID
            written += ":"
            written += String(sequence)
            written += "\ndata: "
            written += data
            written += "\n\n"
        }
    }

    /// The events after `sequence`, as one text ("" when there are none).
    func text(after sequence: Int) -> String {
        guard sequence < count else { return "" }
        let text = self.text
        guard sequence > 0 else { return text }
        let utf8 = text.utf8
        return String(Substring(utf8[utf8.index(utf8.startIndex, offsetBy: starts[sequence])...]))
    }

    /// The events after `sequence`, one by one (for the shared store).
    func events(after sequence: Int) -> [SharedEvent] {
        guard sequence < count else { return [] }
        let text = self.text, utf8 = text.utf8
        return (max(sequence, 0)..<count).map { i in
            let start = utf8.index(utf8.startIndex, offsetBy: starts[i])
            let end = i + 1 < count ? utf8.index(utf8.startIndex, offsetBy: starts[i + 1]) : utf8.endIndex
            return SharedEvent(sequence: i + 1, text: String(Substring(utf8[start..<end])))
        }
    }
}

extension EventLog {
    /// A log's text split around every occurrence of its run id, so the same events are stored under a new id by
    /// one `joined`: the event offsets stay valid because run ids all have the same length.
    struct Template: Sendable {
        fileprivate let pieces: [String]
        fileprivate let starts: [Int]
        fileprivate let idLength: Int

        var bytes: Int { pieces.reduce(0) { $0 + $1.utf8.count } + starts.count * 8 }
    }

    func template(runID: String) -> Template {
        let text = Array(self.text.utf8), id = Array(runID.utf8)
        var pieces: [String] = [], pieceStart = 0, i = 0
        while !id.isEmpty, i + id.count <= text.count {
            if text[i] == id[0], text[i..<(i + id.count)].elementsEqual(id) {
                pieces.append(String(decoding: text[pieceStart..<i], as: UTF8.self))
                i += id.count
                pieceStart = i
            } else {
                i += 1
            }
        }
        pieces.append(String(decoding: text[pieceStart...], as: UTF8.self))
        return Template(pieces: pieces, starts: starts, idLength: id.count)
    }

    /// The template's events under `runID`; nil when the id's length differs from the one it was made with.
    init?(_ template: Template, runID: String) {
        guard runID.utf8.count == template.idLength else { return nil }
        replayed = (template, runID)
        starts = template.starts
    }
}
