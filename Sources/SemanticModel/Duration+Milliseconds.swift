extension Duration {
    /// The duration in milliseconds, fractional.
    public var milliseconds: Double { Double(components.seconds) * 1000 + Double(components.attoseconds) / 1e15 }

    /// "5 s" or "200 ms", for messages.
    public var spoken: String {
        let ms = Int(milliseconds.rounded())
        return ms % 1000 == 0 ? "\(ms / 1000) s" : "\(ms) ms"
    }
}
