/// The supervision session as a state machine (`seen supervise FILE` on a terminal).
public struct SupervisionSession: Sendable {
  public internal(set) var record: ReviewRecord
  let content: Content
  let today: ISODate

  public init(record: ReviewRecord, content: Content, today: ISODate) {
    self.record = record
    self.content = content
    self.today = today
  }
}
