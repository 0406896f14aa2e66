/// Immutable shared storage for a value type's fields (see `Cube.Fields`).
@usableFromInline final class Shared<Value: Sendable>: Sendable {
    @usableFromInline let value: Value
    @usableFromInline init(_ value: Value) { self.value = value }
}
