import SeenKit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Options several commands share, declared once so that they read and behave the same.
enum CommonOptions {
  /// --format for `seen scenarios`, text to read or data.
  static let format = OptionSpec.value(
    "format", "format", help: "The output format.",
    choices: ScenarioRenderer.formats.map(\.rawValue), defaultValue: "text")
  /// --format for `seen content`, which a trainer may also open in a browser: HTML too.
  static let contentFormat = OptionSpec.value(
    "format", "format",
    help: "The output format. HTML is one file to open and print from a browser.",
    choices: ContentRenderer.formats.map(\.rawValue), defaultValue: "text")
  /// --format for the gap report, which is also printed on paper: HTML and PDF too.
  static let reportFormat = OptionSpec.value(
    "format", "format",
    help:
      "The output format. HTML is one file to open and print from a browser; PDF is written by seen itself and goes to a file (--output) or a pipe, not to a terminal.",
    choices: GapReportRenderer.formats.map(\.rawValue), defaultValue: "text")
  static let output = OptionSpec.value(
    "output", short: "o", "file",
    help:
      "Write to this file instead of standard output (created with mode 0600); - or /dev/stdout means standard output."
  )

  /// The file --output names, or nil for standard output: no --output, "-", or /dev/stdout
  /// (/dev/fd/1), which a rename could not replace and which means standard output anyway.
  static func outputFile(_ arguments: ParsedArguments) -> String? {
    guard let output = arguments.value("output"),
      !["-", "/dev/stdout", "/dev/fd/1"].contains(output)
    else { return nil }
    return output
  }

  /// Refuses, before anything is saved or written, an --output that could not be written (see
  /// `FileStore.checkWritable`).
  static func checkOutput(_ arguments: ParsedArguments) throws(CommandError) {
    guard let output = outputFile(arguments) else { return }
    try FileStore.checkWritable(
      output, force: arguments.flag("force"), elsewhere: "write to another file with -o")
  }
  static let force = OptionSpec.flag("force", help: "Replace files that already exist.")
  static let noColor = OptionSpec.flag(
    "no-color", help: "Never colour the output (NO_COLOR does the same).")
  static let noPager = OptionSpec.flag(
    "no-pager",
    help:
      "Print straight to the terminal. Otherwise output longer than the screen goes through SEEN_PAGER, PAGER or less -FRX (PAGER=cat turns it off)."
  )
  static let width = OptionSpec.value(
    "width", "columns",
    help: "Wrap text to this many columns (default: the terminal's width, or 80).",
    range: widthRange)
  /// The columns --width takes.
  static let widthRange = 20...1000
  static let content = OptionSpec.value(
    "content", "folder",
    help: "Use the content files in this folder instead of the built-in content.")
  static let local = OptionSpec.value(
    "local", "file",
    help:
      "Add your partnership's local procedures and contacts from this file (seen-local/1). Without it, SEEN_LOCAL names the file, else $XDG_CONFIG_HOME/seen/local.json (~/.config/seen/local.json) is used when it exists."
  )
  static let noLocal = OptionSpec.flag(
    "no-local", help: "Use no local file, even if SEEN_LOCAL or the configuration folder names one."
  )

  static let includeSensitive = OptionSpec.flag(
    "include-sensitive",
    help:
      "Print the notes marked sensitive (domestic abuse, the mother's disclosures, safety reasons); they are left out otherwise."
  )

  /// The options of the commands that print text to read on the screen (`content`,
  /// `scenarios`); the gap report adds --include-sensitive and --detail.
  static let outputOptions = [
    format, output, force, noColor, noPager, width, content, local, noLocal,
  ]

  static let detail = OptionSpec.value(
    "detail", "level",
    help:
      "How much the gap report says: brief (each gap with its next step, a screen or two) or full (each step in full, with why each item matters and what it rests on).",
    choices: ReportDetail.allCases.map(\.rawValue), defaultValue: "brief")

  /// The options of the commands that print a gap report.
  static let reportOptions =
    [reportFormat] + outputOptions.filter { $0.name != format.name } + [includeSensitive, detail]

  /// The options of `seen content`.
  static let contentOptions = [contentFormat] + outputOptions.filter { $0.name != format.name }

  static func detail(_ arguments: ParsedArguments) -> ReportDetail {
    arguments.value("detail").flatMap(ReportDetail.init(rawValue:)) ?? .brief
  }

  /// The built-in content, or the folder given with --content, validated, with the local file
  /// in use (`localFile`) added.
  static func loadContent(_ arguments: ParsedArguments, console: Console) throws(CommandError)
    -> Content
  {
    let content = try baseContent(arguments, console: console)
    guard let path = try localFile(arguments, console: console) else { return content }
    let bytes = try FileStore.read(path, console: console)
    let (local, problems) = LocalProcedures.check(bytes, file: path, content: content)
    guard let local, problems.isEmpty else {
      var first = problems.first?.description ?? "\(path.shownInMessage): cannot be read"
      if first.hasSuffix(".") { first.removeLast() }
      let more = problems.count > 1 ? " (and \(problems.count - 1) more)" : ""
      throw CommandError(
        .dataError,
        "the local file has a problem: \(first)\(more); run seen content --check \(path.shownInMessage) to see them all."
      )
    }
    return content.adding(local)
  }

  /// The local file to use: --local, else SEEN_LOCAL, else $XDG_CONFIG_HOME/seen/local.json
  /// (~/.config/seen/local.json) when it exists; nil with --no-local or when none is found.
  static func localFile(_ arguments: ParsedArguments, console: Console) throws(CommandError)
    -> String?
  {
    let given = arguments.value("local")
    if arguments.flag("no-local") {
      if given != nil {
        throw CommandError(
          .usage, "--local names a local file and --no-local uses none; give one of them.")
      }
      return nil
    }
    if let given { return try existingLocal(given, from: "--local") }
    if let named = console.environment["SEEN_LOCAL"], !named.isEmpty {
      return try existingLocal(named, from: "the environment variable SEEN_LOCAL")
    }
    let configuration: String
    if let xdg = console.environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") {
      configuration = xdg
    } else if let home = console.environment["HOME"], !home.isEmpty {
      configuration = home + "/.config"
    } else {
      return nil
    }
    let path = configuration + "/seen/local.json"
    return FileStore.exists(path) ? path : nil
  }

  /// A local file named by --local or SEEN_LOCAL, which must exist: a file named and missing is
  /// a mistake, never silently no local procedures.
  private static func existingLocal(_ path: String, from source: String) throws(CommandError)
    -> String
  {
    guard FileStore.exists(path) else {
      throw CommandError(
        .noInput,
        "the local file '\(path.shownInMessage)' named by \(source) does not exist; name the file that holds your partnership's local procedures, or use --no-local."
      )
    }
    return path
  }

  /// The built-in content, or the folder given with --content, validated.
  static func baseContent(_ arguments: ParsedArguments, console: Console) throws(CommandError)
    -> Content
  {
    guard let folder = arguments.value("content") else {
      do {
        return try Content.bundled()
      } catch {
        throw CommandError(
          .dataError, "the built-in content is invalid (please report this): \(error)")
      }
    }
    if let problem = FileStore.folderProblem(folder) {
      throw CommandError(
        .noInput,
        "the content folder '\(folder.shownInMessage)' given with --content \(problem); name a folder that holds \(Content.fileNames.first ?? "manifest.json") and the other content files, or leave --content out to use the built-in content."
      )
    }
    let files = try contentFiles(folder, console: console)
    do {
      return try Content.load(files: files, folder: folder)
    } catch {
      throw CommandError(.dataError, error.description)
    }
  }

  /// The texts of a content folder's files, by name; refuses a folder with none.
  static func contentFiles(_ folder: String, console: Console) throws(CommandError)
    -> [String: String]
  {
    var files: [String: String] = [:]
    for name in Content.fileNames {
      let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
      guard FileStore.exists(path) else { continue }
      let bytes = try FileStore.read(path, console: console)
      guard let text = String(validating: bytes, as: UTF8.self) else {
        throw CommandError(
          .dataError, "'\(path.shownInMessage)' is not UTF-8 text; save it as UTF-8.")
      }
      files[name] = text
    }
    if files.isEmpty {
      throw CommandError(
        .noInput,
        "the folder '\(folder.shownInMessage)' has no content files; it needs \(Content.fileNames.joined(separator: ", "))."
      )
    }
    return files
  }

  static func textOptions(_ arguments: ParsedArguments, console: Console) throws(CommandError)
    -> TextOptions
  {
    var width = console.textWidth
    if let text = arguments.value("width") {
      // The parser checks the range before any work; this keeps the rule in one place.
      guard let value = ArgumentParser.wholeNumber(text), widthRange.contains(value) else {
        throw CommandError(
          .usage,
          "the value '\(text.shownInMessage)' is invalid for '--width <columns>'; use a whole number from \(widthRange.lowerBound) to \(widthRange.upperBound)."
        )
      }
      width = value
    }
    return TextOptions(
      width: width,
      color: console.wantsColor(noColorFlag: arguments.flag("no-color"))
        && outputFile(arguments) == nil)
  }

  static func format(_ arguments: ParsedArguments) -> OutputFormat {
    arguments.value("format").flatMap(OutputFormat.init(rawValue:)) ?? .text
  }

  /// Refuses, before anything is written, an --output that is the same file as a review record
  /// the command reads or saves (given as what it is and its path): the output would replace it.
  static func refuseOutputOverRecords(
    _ records: [(what: String, path: String?)], _ arguments: ParsedArguments
  ) throws(CommandError) {
    guard let output = outputFile(arguments) else { return }
    for record in records {
      guard let path = record.path, path != "-", FileStore.isSameFile(output, path) else {
        continue
      }
      throw CommandError(
        .usage,
        "--output '\(output.shownInMessage)' is \(record.what); writing there would replace it. Choose another file for --output."
      )
    }
  }

  /// Refuses an --output that is an existing file among the review records `seen summary` reads:
  /// one of the files named, or a `*.json` file inside a folder named.
  static func refuseOutputOverReviews(in paths: [String], _ arguments: ParsedArguments)
    throws(CommandError)
  {
    guard let output = outputFile(arguments), FileStore.exists(output) else { return }
    let target = FileStore.canonical(output)
    for path in paths {
      var info = stat()
      let isFolder =
        PathBytes.withPath(path, { stat($0, &info) }) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
      let inside =
        isFolder && target.hasSuffix(".json")
        && target.hasPrefix(FileStore.canonical(path + "/.").dropLast(1))
      guard inside || FileStore.isSameFile(output, path) else { continue }
      throw CommandError(
        .usage,
        "--output '\(output.shownInMessage)' is one of the review records read from '\(path.shownInMessage)'; writing there would replace it. Choose another file for --output."
      )
    }
  }

  /// The PDF options every document command uses: seen without its version as producer, dated
  /// only by SOURCE_DATE_EPOCH, so that the same input gives the same bytes.
  static func pdfOptions(_ format: OutputFormat, console: Console) throws(CommandError)
    -> PDFOptions
  {
    PDFOptions(
      producer: "seen",
      creationDate: format.isBinary ? try SheetOutput.sourceDateEpoch(console) : nil)
  }

  /// A document writer's result: its warnings to standard error, then the text to --output or
  /// standard output (`emit`). A PDF is plain ASCII, so it is written as text like the rest.
  static func emit(
    _ rendered: RenderedOutput, _ arguments: ParsedArguments, console: Console,
    paged: Bool = false
  ) throws(CommandError) {
    for warning in rendered.warnings { console.writeErr("warning: \(warning)\n") }
    try emit(
      String(decoding: rendered.bytes, as: UTF8.self), arguments, console: console, paged: paged)
  }

  /// Writes a rendered result to --output (atomically, never over a file without --force) or to
  /// standard output; with `paged`, through the pager when it is longer than the terminal's
  /// screen (for the commands that take --no-pager; see `PagerDecision`).
  static func emit(
    _ text: String, _ arguments: ParsedArguments, console: Console, paged: Bool = false
  ) throws(CommandError) {
    if let output = outputFile(arguments) {
      try FileStore.writeAtomically(
        text, to: output, force: arguments.flag("force"),
        elsewhere: "write to another file with -o")
    } else if paged && console.page(text, noPager: arguments.flag("no-pager")) {
      return
    } else {
      try console.writeOut(text)
    }
  }
}
