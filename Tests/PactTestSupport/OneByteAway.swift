/// Every text one byte away from `bytes`: each byte dropped, doubled, and replaced by each
/// of `replacements` that differs from it. For checking that a fast reader of a format
/// reads what the general one reads, or leaves the text to it.
public func oneByteAway(_ bytes: [UInt8], replacements: [UInt8]) -> [[UInt8]] {
  var variants: [[UInt8]] = []
  for position in bytes.indices {
    var dropped = bytes
    dropped.remove(at: position)
    variants.append(dropped)
    var doubled = bytes
    doubled.insert(bytes[position], at: position)
    variants.append(doubled)
    for replacement in replacements where replacement != bytes[position] {
      var replaced = bytes
      replaced[position] = replacement
      variants.append(replaced)
    }
  }
  return variants
}
