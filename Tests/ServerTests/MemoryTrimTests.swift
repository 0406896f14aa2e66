import CMalloc
import Testing

@Suite("Memory trim")
struct MemoryTrimTests {
    /// The idle-time trimmer is glibc's malloc_trim, not the no-op for other C libraries: memory freed after a burst
    /// goes back to the system. (The header once tested for glibc before including anything that defines
    /// `__GLIBC__`, and the release build compiled the no-op, so the server trimmed nothing and RSS stayed at its
    /// peak. The debug build happened to see the macro, so this test alone did not catch it there; `make
    /// bench-http`'s RSS a minute after the streams did.)
    @Test("malloc_trim runs on glibc and hands back freed memory")
    func trimsOnGlibc() {
        #if os(Linux)
        // 32 MB in small blocks (below the mmap threshold, so they come from the heap), then freed.
        var blocks: [UnsafeMutableRawPointer] = []
        for _ in 0..<8_192 {
            let block = UnsafeMutableRawPointer.allocate(byteCount: 4_096, alignment: 16)
            block.initializeMemory(as: UInt8.self, repeating: 1, count: 4_096)
            blocks.append(block)
        }
        for block in blocks { block.deallocate() }
        #expect(textbi_malloc_trim() == 1)
        #endif
    }
}
