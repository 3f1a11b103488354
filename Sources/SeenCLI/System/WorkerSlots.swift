/// A fixed number of slots, each written by exactly one worker of a `concurrentPerform` and read
/// only after all workers have finished. The slots live in a buffer allocated once, so that a
/// worker's write touches its own slot only: writing through an array property instead (even
/// with `withUnsafeMutableBufferPointer`) checks and may replace the array itself, which every
/// worker shares, and ThreadSanitizer reports that as a data race.
final class WorkerSlots<Element>: @unchecked Sendable {
  private let slots: UnsafeMutableBufferPointer<Element>

  init(count: Int, repeating initial: Element) {
    slots = .allocate(capacity: count)
    slots.initialize(repeating: initial)
  }

  deinit {
    slots.deinitialize()
    slots.deallocate()
  }

  /// One worker's slot: written by that worker only.
  subscript(index: Int) -> Element {
    get { slots[index] }
    set { slots[index] = newValue }
  }

  /// Every slot in order; read once all workers have finished.
  var values: [Element] { Array(slots) }
}
