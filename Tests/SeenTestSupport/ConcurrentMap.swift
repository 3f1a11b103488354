import Foundation

/// `transform` applied to each element on every core, the results in the elements' order: for
/// tests that check many independent cases. XCTest's assertions are not made from the worker
/// threads: `transform` returns what it found, and the test asserts on the results.
public func concurrentMap<Element: Sendable, Result: Sendable>(
  _ elements: [Element], _ transform: @escaping @Sendable (Element) -> Result
) -> [Result] {
  let results = ConcurrentResults<Result>(count: elements.count)
  DispatchQueue.concurrentPerform(iterations: elements.count) { index in
    results.set(index, transform(elements[index]))
  }
  return results.values
}

/// Results filled in from several threads, each index once.
private final class ConcurrentResults<Value: Sendable>: @unchecked Sendable {
  private let lock = NSLock()
  private var slots: [Value?]

  init(count: Int) {
    slots = Array(repeating: nil, count: count)
  }

  func set(_ index: Int, _ value: Value) {
    lock.lock()
    defer { lock.unlock() }
    slots[index] = value
  }

  var values: [Value] {
    lock.lock()
    defer { lock.unlock() }
    return slots.compactMap { $0 }
  }
}
