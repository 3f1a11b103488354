import Dispatch
import SeenKit

/// Reads a batch of review files on every core into lists of their actions: each worker takes a
/// chunk of files into a list of its own. Each slot is written by one worker only, and read once
/// all have finished (as `SummaryCounter` does).
enum ActionReading {
  static let batchSize = 512
  static let chunkSize = 32

  /// The lists of each chunk (to merge: the order of a list does not depend on the order its
  /// parts are merged in), and each file's problem and review id, in file order.
  static func read(
    _ files: [(path: String, regular: Bool)], list: ActionList, content: Content
  ) -> (lists: [ActionList?], problems: [String?], ids: [String?]) {
    let chunks = (files.count + chunkSize - 1) / chunkSize
    let slots = Slots(chunks: chunks, files: files.count)
    let empty = ActionList(
      today: list.today, filter: list.filter, includeSensitive: list.includeSensitive,
      allVersions: list.allVersions)
    DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
      var partial = empty
      for index in (chunk * chunkSize)..<min(files.count, (chunk + 1) * chunkSize) {
        let (path, regular) = files[index]
        do {
          let bytes = try FileStore.readFile(path, regular: regular)
          let record = try ReviewRecord.decode(
            bytes, file: path, content: content, today: list.today)
          partial.add(record, file: path, content: content)
          slots.ids[index] = record.id
        } catch let error as DataError {
          // Named with the reason, never with text from inside the file (a note may be there).
          slots.problems[index] = error.descriptionWithoutFileText
        } catch let error as CommandError {
          slots.problems[index] = error.message
        } catch {
          slots.problems[index] = "\(error)"
        }
      }
      slots.lists[chunk] = partial
    }
    return (Array(slots.lists), Array(slots.problems), Array(slots.ids))
  }

  private final class Slots: @unchecked Sendable {
    let lists: UnsafeMutableBufferPointer<ActionList?>
    let problems: UnsafeMutableBufferPointer<String?>
    let ids: UnsafeMutableBufferPointer<String?>

    init(chunks: Int, files: Int) {
      lists = .allocate(capacity: chunks)
      lists.initialize(repeating: nil)
      problems = .allocate(capacity: files)
      problems.initialize(repeating: nil)
      ids = .allocate(capacity: files)
      ids.initialize(repeating: nil)
    }

    deinit {
      lists.deinitialize()
      lists.deallocate()
      problems.deinitialize()
      problems.deallocate()
      ids.deinitialize()
      ids.deallocate()
    }
  }
}
