/// A group of the review's questions to safeguarding partnerships (18.4).
struct Challenge: Equatable, Sendable, Identifiable {
  var id: String
  var title: String
  var questions: [String]
  var source: SourceReference
}
