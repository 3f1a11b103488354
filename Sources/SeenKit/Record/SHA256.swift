/// SHA-256 (FIPS 180-4), for the id derived from a record's content. Pure and small: seen has
/// no package dependencies, and this is the only digest it needs.
enum SHA256 {
  private static let roundConstants: [UInt32] = [
    0x428a_2f98, 0x7137_4491, 0xb5c0_fbcf, 0xe9b5_dba5, 0x3956_c25b, 0x59f1_11f1, 0x923f_82a4,
    0xab1c_5ed5, 0xd807_aa98, 0x1283_5b01, 0x2431_85be, 0x550c_7dc3, 0x72be_5d74, 0x80de_b1fe,
    0x9bdc_06a7, 0xc19b_f174, 0xe49b_69c1, 0xefbe_4786, 0x0fc1_9dc6, 0x240c_a1cc, 0x2de9_2c6f,
    0x4a74_84aa, 0x5cb0_a9dc, 0x76f9_88da, 0x983e_5152, 0xa831_c66d, 0xb003_27c8, 0xbf59_7fc7,
    0xc6e0_0bf3, 0xd5a7_9147, 0x06ca_6351, 0x1429_2967, 0x27b7_0a85, 0x2e1b_2138, 0x4d2c_6dfc,
    0x5338_0d13, 0x650a_7354, 0x766a_0abb, 0x81c2_c92e, 0x9272_2c85, 0xa2bf_e8a1, 0xa81a_664b,
    0xc24b_8b70, 0xc76c_51a3, 0xd192_e819, 0xd699_0624, 0xf40e_3585, 0x106a_a070, 0x19a4_c116,
    0x1e37_6c08, 0x2748_774c, 0x34b0_bcb5, 0x391c_0cb3, 0x4ed8_aa4a, 0x5b9c_ca4f, 0x682e_6ff3,
    0x748f_82ee, 0x78a5_636f, 0x84c8_7814, 0x8cc7_0208, 0x90be_fffa, 0xa450_6ceb, 0xbef9_a3f7,
    0xc671_78f2,
  ]

  /// The 32-byte digest of `bytes`. Whole blocks are read in place; only the last one or two,
  /// with the padding, are copied, to the stack, where the state and the schedule live too.
  static func hash(_ bytes: [UInt8]) -> [UInt8] {
    let wholeBlocks = bytes.count / 64
    let rest = bytes.count - wholeBlocks * 64
    // The rest, 0x80, zeros, and the length in bits: one block, or two when the rest leaves
    // no room for the nine bytes.
    let tailCount = rest < 56 ? 64 : 128
    let bitLength = UInt64(bytes.count) &* 8
    var digest: [UInt8] = []
    digest.reserveCapacity(32)
    roundConstants.withUnsafeBufferPointer { constants in
      withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 8 + 64) { memory in
        let state = UnsafeMutableBufferPointer(rebasing: memory[0..<8])
        let words = UnsafeMutableBufferPointer(rebasing: memory[8..<72])
        for (index, word) in initialState.enumerated() { state[index] = word }
        bytes.withUnsafeBufferPointer { input in
          for block in 0..<wholeBlocks {
            compress(input, at: block * 64, state: state, words: words, constants: constants)
          }
          withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 128) { tail in
            let tail = UnsafeMutableBufferPointer(rebasing: tail[0..<tailCount])
            tail.initialize(repeating: 0)
            for index in 0..<rest { tail[index] = input[wholeBlocks * 64 + index] }
            tail[rest] = 0x80
            for index in 0..<8 {
              tail[tailCount - 1 - index] = UInt8(truncatingIfNeeded: bitLength &>> (8 * index))
            }
            for offset in stride(from: 0, to: tailCount, by: 64) {
              compress(
                UnsafeBufferPointer(tail), at: offset, state: state, words: words,
                constants: constants)
            }
          }
        }
        for word in state {
          digest.append(UInt8(truncatingIfNeeded: word >> 24))
          digest.append(UInt8(truncatingIfNeeded: word >> 16))
          digest.append(UInt8(truncatingIfNeeded: word >> 8))
          digest.append(UInt8(truncatingIfNeeded: word))
        }
      }
    }
    return digest
  }

  private static let initialState: [UInt32] = [
    0x6a09_e667, 0xbb67_ae85, 0x3c6e_f372, 0xa54f_f53a, 0x510e_527f, 0x9b05_688c, 0x1f83_d9ab,
    0x5be0_cd19,
  ]

  /// One 64-byte block at `offset` of `input` into `state`.
  ///
  /// Eight rounds at a time, each round's working variables passed to it in their rotated
  /// places (`round`), so that no round moves the eight values along: the same rounds as FIPS
  /// 180-4 6.2.2, in about half the instructions of moving them.
  private static func compress(
    _ input: UnsafeBufferPointer<UInt8>, at offset: Int, state: UnsafeMutableBufferPointer<UInt32>,
    words: UnsafeMutableBufferPointer<UInt32>, constants: UnsafeBufferPointer<UInt32>
  ) {
    let block = UnsafeRawPointer(input.baseAddress!) + offset
    for index in 0..<16 {
      words[index] = UInt32(
        bigEndian: block.loadUnaligned(fromByteOffset: index * 4, as: UInt32.self))
    }
    for index in 16..<64 {
      let early = words[index - 15]
      let late = words[index - 2]
      let sigma0 = rotate(early, 7) ^ rotate(early, 18) ^ (early &>> 3)
      let sigma1 = rotate(late, 17) ^ rotate(late, 19) ^ (late &>> 10)
      words[index] = words[index - 16] &+ sigma0 &+ words[index - 7] &+ sigma1
    }
    var (a, b, c, d) = (state[0], state[1], state[2], state[3])
    var (e, f, g, h) = (state[4], state[5], state[6], state[7])
    var index = 0
    while index < 64 {
      round(a, b, c, &d, e, f, g, &h, constants[index] &+ words[index])
      round(h, a, b, &c, d, e, f, &g, constants[index + 1] &+ words[index + 1])
      round(g, h, a, &b, c, d, e, &f, constants[index + 2] &+ words[index + 2])
      round(f, g, h, &a, b, c, d, &e, constants[index + 3] &+ words[index + 3])
      round(e, f, g, &h, a, b, c, &d, constants[index + 4] &+ words[index + 4])
      round(d, e, f, &g, h, a, b, &c, constants[index + 5] &+ words[index + 5])
      round(c, d, e, &f, g, h, a, &b, constants[index + 6] &+ words[index + 6])
      round(b, c, d, &e, f, g, h, &a, constants[index + 7] &+ words[index + 7])
      index += 8
    }
    state[0] &+= a
    state[1] &+= b
    state[2] &+= c
    state[3] &+= d
    state[4] &+= e
    state[5] &+= f
    state[6] &+= g
    state[7] &+= h
  }

  /// One round, with the working variables in the places this round gives them: `d` takes the
  /// new e, and `h` the new a; the others move along by being passed one place on next round.
  @inline(__always)
  private static func round(
    _ a: UInt32, _ b: UInt32, _ c: UInt32, _ d: inout UInt32, _ e: UInt32, _ f: UInt32,
    _ g: UInt32, _ h: inout UInt32, _ constantAndWord: UInt32
  ) {
    let sum1 = rotate(e, 6) ^ rotate(e, 11) ^ rotate(e, 25)
    let choice = (e & f) ^ (~e & g)
    let temp1 = h &+ sum1 &+ choice &+ constantAndWord
    let sum0 = rotate(a, 2) ^ rotate(a, 13) ^ rotate(a, 22)
    let majority = (a & b) ^ (a & c) ^ (b & c)
    d &+= temp1
    h = temp1 &+ sum0 &+ majority
  }

  /// Masking shifts (`&>>`, `&<<`): the count is always 1 to 31, and the checked shifts' tests
  /// for larger counts kept the compiler from making one rotate instruction of this.
  @inline(__always)
  private static func rotate(_ value: UInt32, _ count: UInt32) -> UInt32 {
    (value &>> count) | (value &<< (32 &- count))
  }
}
