import Foundation

/// Taskwarrior's `task`, run only with a private TASKRC and TASKDATA, never the user's.
struct Taskwarrior {
  let executable: String
  let version: String

  /// `task` from the PATH; when it is missing, `apt-get install -y taskwarrior` (after
  /// `apt-get update` if the first try fails). Nil, with the reason logged, when it
  /// cannot be had.
  static func locate(log: (String) -> Void) -> Taskwarrior? {
    if let found = Command.find("task") { return Taskwarrior(found) }
    guard let aptGet = Command.find("apt-get") else {
      log("Taskwarrior is not installed and there is no apt-get: skipping the comparison.")
      return nil
    }
    log("Taskwarrior is not installed: trying `apt-get install -y taskwarrior`.")
    let environment = [
      "PATH": "/usr/sbin:/usr/bin:/sbin:/bin", "DEBIAN_FRONTEND": "noninteractive",
    ]
    var installed = try? Command.run(
      aptGet, ["install", "-y", "taskwarrior"], environment: environment)
    if installed?.status != 0 {
      _ = try? Command.run(aptGet, ["update"], environment: environment)
      installed = try? Command.run(
        aptGet, ["install", "-y", "taskwarrior"], environment: environment)
    }
    guard installed?.status == 0, let found = Command.find("task") else {
      let reason = installed?.output.split(separator: "\n").last.map(String.init) ?? ""
      log("Could not install Taskwarrior (\(reason)): skipping the comparison.")
      return nil
    }
    return Taskwarrior(found)
  }

  private init(_ executable: String) {
    self.executable = executable
    let output = try? Command.run(executable, ["--version"], environment: ["TASKRC": "/dev/null"])
    version = output?.output.trimmingCharacters(in: .whitespacesAndNewlines) ?? "?"
  }

  /// A private configuration in `folder`: `taskrc`, and `data/` for TASKDATA.
  struct Setup {
    let rc: URL
    let data: URL
    let home: URL

    var environment: [String: String] {
      [
        "PATH": "/usr/bin:/bin", "HOME": home.path, "LANG": "C.UTF-8", "TZ": "UTC",
        "TASKRC": rc.path, "TASKDATA": data.path,
      ]
    }

    /// Empties the data folder: a fresh TASKDATA.
    func reset() throws {
      let manager = FileManager.default
      if manager.fileExists(atPath: data.path) { try manager.removeItem(at: data) }
      try manager.createDirectory(at: data, withIntermediateDirectories: true)
    }
  }

  func setUp(in folder: URL) throws -> Setup {
    let setup = Setup(
      rc: folder.appendingPathComponent("taskrc"), data: folder.appendingPathComponent("data"),
      home: folder)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let rc = """
      data.location=\(setup.data.path)
      confirmation=off
      verbose=nothing
      hooks=off
      gc=on
      color=off
      news.version=\(version)

      """
    try Data(rc.utf8).write(to: setup.rc)
    try setup.reset()
    return setup
  }
}
