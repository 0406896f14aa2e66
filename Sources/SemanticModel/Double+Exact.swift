extension Double {
    /// The value as an `Int` when it is finite, whole and of a sane size (|x| < 10^15); otherwise nil, never a trap.
    public var exactInt: Int? {
        guard isFinite, self == rounded(), abs(self) < 1e15 else { return nil }
        return Int(self)
    }
}
