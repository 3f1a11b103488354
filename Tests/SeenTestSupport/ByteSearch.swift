extension String {
  /// How many times `needle` occurs in the text, not overlapping, compared as UTF-8 bytes: the
  /// count `components(separatedBy:)` gives less one, without Foundation's string search, which
  /// takes most of a test's time on megabytes of output. Bytes, not characters: a needle also
  /// matches inside a character made of several scalars, which only makes a "never contains"
  /// check stricter.
  public func occurrences(ofBytes needle: String) -> Int {
    var text = self
    var needle = needle
    return text.withUTF8 { haystack in
      needle.withUTF8 { needle in
        guard let first = needle.first, haystack.count >= needle.count else { return 0 }
        var count = 0
        var index = 0
        let last = haystack.count - needle.count
        while index <= last {
          if haystack[index] == first
            && (1..<needle.count).allSatisfy({ haystack[index + $0] == needle[$0] })
          {
            count += 1
            index += needle.count
          } else {
            index += 1
          }
        }
        return count
      }
    }
  }

  /// Whether `needle` occurs in the text, compared as UTF-8 bytes (see `occurrences(ofBytes:)`).
  public func contains(bytes needle: String) -> Bool {
    occurrences(ofBytes: needle) > 0
  }
}
