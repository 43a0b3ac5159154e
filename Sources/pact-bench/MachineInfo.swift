import Foundation

/// The machine the figures were measured on.
enum MachineInfo {
  static var cpuModel: String {
    let text = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
    for line in text.split(separator: "\n") where line.hasPrefix("model name") {
      if let colon = line.firstIndex(of: ":") {
        return line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
      }
    }
    return "unknown CPU"
  }

  static var summary: String {
    let memory = Double(ProcessInfo.processInfo.physicalMemory) / 1_073_741_824
    let cores = ProcessInfo.processInfo.activeProcessorCount
    return "\(cpuModel), \(cores) cores, \(String(format: "%.0f", memory)) GB memory"
  }

  static var system: String {
    ProcessInfo.processInfo.operatingSystemVersionString
  }

  /// Today's real date and time (UTC), for the record.
  static var now: String {
    let formatter = ISO8601DateFormatter()
    formatter.formatOptions = [
      .withFullDate, .withSpaceBetweenDateAndTime, .withTime,
      .withColonSeparatorInTime,
    ]
    return formatter.string(from: Date()) + " UTC"
  }
}
