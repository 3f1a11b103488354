import SeenKit

/// `seen sheet [FILE]`: a reflection sheet for supervision, blank or filled from a saved review,
/// or the leaders' sheet of questions to the partnership, as text, Markdown, HTML or PDF.
enum SheetCommand {
  static let spec = CommandSpec(
    name: "sheet",
    abstract: "Print a reflection sheet for supervision, blank or filled from a saved review.",
    discussion: """
      Without a file, a blank sheet: case, practitioner, supervisor and date lines; tick boxes for \
      each man (two columns, or --men N) for what has been done and what is known; the eight \
      reflective questions with room to write; agreed actions; and whether fear or anxiety about \
      working with him was discussed. With a saved review, the same sheet with the answers ticked, \
      notes printed and each gap marked "(!) Gap", leaving room for the supervisor. --leaders \
      prints the service design sheet: the four tiers, the key figures and the review's questions \
      to safeguarding partnerships (18.4).
      Text is 80 columns with ASCII boxes, ready for a printer (seen sheet | lpr). HTML is one \
      file to open and print from a browser on A4. PDF is written by seen itself; it is binary, \
      so it goes to a file (--output) or a pipe, not to a terminal.
      """,
    arguments: [
      ArgumentSpec(
        name: "file", help: "A saved review to fill the sheet from, or - for standard input.",
        isOptional: true, completion: .records)
    ],
    options: [
      .value(
        "format", "format", help: "The output format.",
        choices: SheetRenderer.formats.map(\.rawValue), defaultValue: "text"),
      CommonOptions.output,
      CommonOptions.force,
      .value(
        "men", "number",
        help: "Columns for this many men on a blank sheet (1 to 6).",
        range: ReflectionSheet.menRange, defaultValue: "2"),
      .flag("leaders", help: "The service design sheet for partnership leaders (18.4)."),
      CommonOptions.includeSensitive,
      CommonOptions.noColor,
      CommonOptions.content, CommonOptions.local, CommonOptions.noLocal,
    ],
    examples: [
      "seen sheet | lpr",
      "seen sheet --format html --output sheet.html",
      "seen sheet --format pdf --output sheet.pdf",
      "seen sheet review.json --format pdf -o review-sheet.pdf",
      "seen sheet --men 1 --format markdown",
      "seen sheet --leaders --format html -o leaders.html",
    ],
    // The leaders' sheet holds no notes to include.
    conflicts: [("leaders", "include-sensitive")])

  static func run(_ arguments: ParsedArguments, console: Console) throws(CommandError) -> ExitCode {
    let format = arguments.value("format").flatMap(OutputFormat.init(rawValue:)) ?? .text
    let path = arguments.positionals.first
    let leaders = arguments.flag("leaders")
    if leaders && path != nil {
      throw CommandError(
        .usage, "--leaders prints the partnership's sheet, which a review does not fill; drop one.")
    }
    if arguments.flag("include-sensitive") && path == nil && !leaders {
      throw CommandError(
        .usage,
        "--include-sensitive prints the sensitive notes of a saved review; a blank sheet has none. Name the review (seen sheet FILE --include-sensitive), or drop it."
      )
    }
    var men = 2
    if let text = arguments.value("men") {
      if path != nil || leaders {
        throw CommandError(
          .usage,
          "--men sets the columns of a blank sheet; a filled sheet has a column for each man in the review."
        )
      }
      guard let number = ArgumentParser.wholeNumber(text), ReflectionSheet.menRange.contains(number)
      else {
        throw CommandError(
          .usage,
          "the value '\(text)' is invalid for '--men <number>'; use a number from \(ReflectionSheet.menRange.lowerBound) to \(ReflectionSheet.menRange.upperBound)."
        )
      }
      men = number
    }
    try SheetOutput.check(format, arguments, console: console)
    try CommonOptions.refuseOutputOverRecords(
      [("the review the sheet is filled from", path)], arguments)
    let content = try CommonOptions.loadContent(arguments, console: console)
    let sheet: ReflectionSheet
    if leaders {
      sheet = .leaders(content: content)
    } else if let path {
      let record = try RecordLoader.load(path, content: content, console: console)
      sheet = .filled(
        record: record, content: content, includeSensitive: arguments.flag("include-sensitive"),
        today: record.actions.isEmpty ? nil : try console.today())
    } else {
      sheet = .blank(content: content, men: men)
    }
    try SheetOutput.write(sheet, as: format, arguments, console: console)
    return .success
  }
}

/// Writing a sheet (a reflection sheet or a workshop handout) in any format, shared by the
/// commands that print sheets.
enum SheetOutput {
  /// Refuses, before any work, to print a PDF on a terminal.
  static func check(_ format: OutputFormat, _ arguments: ParsedArguments, console: Console)
    throws(CommandError)
  {
    try check(isBinary: format.isBinary, arguments, console: console, example: "sheet.pdf")
  }

  /// Refuses, before any work, to print a binary format on a terminal, and reads
  /// SOURCE_DATE_EPOCH early so that a bad one stops the command before anything is written.
  static func check(
    isBinary: Bool, _ arguments: ParsedArguments, console: Console, example: String
  ) throws(CommandError) {
    let toStandardOutput = CommonOptions.outputFile(arguments) == nil
    if isBinary && toStandardOutput && console.stdoutIsTerminal {
      throw CommandError(
        .usage,
        "a PDF cannot be shown on the screen; save it with --output \(example), then open or print that file (or send it straight to a printer: | lpr)."
      )
    }
    if isBinary { _ = try sourceDateEpoch(console) }
  }

  static func write(
    _ sheet: ReflectionSheet, as format: OutputFormat, _ arguments: ParsedArguments,
    width: Int = 80, console: Console
  ) throws(CommandError) {
    let renderer = SheetRenderer(
      // Sheets are for paper: 80 columns whatever the terminal's width, unless asked.
      text: TextOptions(
        width: width,
        color: console.wantsColor(noColorFlag: arguments.flag("no-color"))
          && CommonOptions.outputFile(arguments) == nil),
      // The producer names seen without its version, so that the golden files hold across
      // releases and the same sheet gives the same bytes from any build.
      pdf: try CommonOptions.pdfOptions(format, console: console))
    let rendered = renderer.render(sheet, as: format)
    // Every format is written as text: the PDF writer emits only ASCII (octal escapes for
    // anything else), so decoding it as UTF-8 keeps every byte as it is.
    try CommonOptions.emit(rendered, arguments, console: console)
  }

  /// SOURCE_DATE_EPOCH (reproducible-builds.org) dates the PDF; without it the PDF has no date,
  /// so that the same sheet always gives the same bytes. Only a PDF has a date, so only a PDF
  /// reads it.
  static func sourceDateEpoch(_ console: Console) throws(CommandError) -> Int? {
    guard let text = console.environment["SOURCE_DATE_EPOCH"], !text.isEmpty else { return nil }
    guard let seconds = Int(text), seconds >= 0, seconds < 253_402_300_800 else {
      throw CommandError(
        .usage,
        "the environment variable SOURCE_DATE_EPOCH is '\(text)', but the PDF's date must be a whole number of seconds since 1970; set it to one (date +%s) or unset it."
      )
    }
    return seconds
  }
}
