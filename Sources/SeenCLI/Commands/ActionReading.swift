import Dispatch
import SeenKit

/// Reads a batch of review files on every core into lists of their actions: each worker takes a
/// chunk of files into a list of its own, in `WorkerSlots` (as `SummaryCounter` does).
enum ActionReading {
  static let batchSize = 512
  static let chunkSize = 32

  /// The lists of each chunk (to merge: the order of a list does not depend on the order its
  /// parts are merged in), and each file's problem and review id, in file order.
  static func read(
    _ files: [(path: String, regular: Bool)], list: ActionList, content: Content
  ) -> (lists: [ActionList?], problems: [String?], ids: [String?]) {
    let chunks = (files.count + chunkSize - 1) / chunkSize
    let lists = WorkerSlots<ActionList?>(count: chunks, repeating: nil)
    let problems = WorkerSlots<String?>(count: files.count, repeating: nil)
    let ids = WorkerSlots<String?>(count: files.count, repeating: nil)
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
          ids[index] = record.id
        } catch let error as DataError {
          // Named with the reason, never with text from inside the file (a note may be there).
          problems[index] = error.descriptionWithoutFileText
        } catch let error as CommandError {
          problems[index] = error.message
        } catch {
          problems[index] = "\(error)"
        }
      }
      lists[chunk] = partial
    }
    return (lists.values, problems.values, ids.values)
  }
}
