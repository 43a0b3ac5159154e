extension Day {
  /// The day as a UK action log writes it: "12/03/24".
  public var shortText: String {
    // Written digit by digit: a log of ten years writes tens of thousands of these.
    String(unsafeUninitializedCapacity: 8) { text in
      func put(_ value: Int, at offset: Int) {
        text[offset] = UInt8(ascii: "0") + UInt8(value / 10)
        text[offset + 1] = UInt8(ascii: "0") + UInt8(value % 10)
      }
      put(day, at: 0)
      text[2] = UInt8(ascii: "/")
      put(month, at: 3)
      text[5] = UInt8(ascii: "/")
      put(year % 100, at: 6)
      return 8
    }
  }
}
