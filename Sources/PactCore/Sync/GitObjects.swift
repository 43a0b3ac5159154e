import Foundation

/// What a merge reads from git: the files of a commit, the index, and file contents, each
/// in one run of git however many files there are.
struct GitObjects {
  /// One file in the index: its blob and its stage (0 when merged; 1, 2, 3 for the base,
  /// ours and theirs of a file git could not merge).
  struct IndexEntry: Equatable {
    var path: String
    var blob: String
    var stage: Int
  }

  let git: Git

  /// The files of `commit` (those at `paths` when given; every one when nil), by path, with
  /// their blobs.
  func tree(_ commit: String, paths: [String]? = nil) throws(SyncError) -> [String: String] {
    var files: [String: String] = [:]
    let arguments =
      ["--literal-pathspecs", "ls-tree", "-r", "-z", "--full-tree", commit]
      + (paths.map { ["--"] + $0 } ?? [])
    for record in try records(arguments) {
      // "<mode> <type> <blob>\t<path>"
      guard let tab = record.firstIndex(of: "\t") else { continue }
      let fields = record[..<tab].split(separator: " ")
      guard fields.count == 3, fields[1] == "blob" else { continue }
      files[String(record[record.index(after: tab)...])] = String(fields[2])
    }
    return files
  }

  /// The files in the index (those at `paths` when given; every one when nil), with their
  /// stages.
  func index(paths: [String]? = nil) throws(SyncError) -> [IndexEntry] {
    let arguments =
      ["--literal-pathspecs", "ls-files", "-s", "-z"] + (paths.map { ["--"] + $0 } ?? [])
    return try records(arguments).compactMap { record in
      // "<mode> <blob> <stage>\t<path>"
      guard let tab = record.firstIndex(of: "\t") else { return nil }
      let fields = record[..<tab].split(separator: " ")
      guard fields.count == 3, let stage = Int(fields[2]) else { return nil }
      return IndexEntry(
        path: String(record[record.index(after: tab)...]), blob: String(fields[1]), stage: stage)
    }
  }

  /// The contents of each object named (a blob id, or `commit:path`); nil for one that
  /// does not exist.
  func contents(_ names: [String]) throws(SyncError) -> [String: Data] {
    guard !names.isEmpty else { return [:] }
    let unique = Array(Set(names))
    let input = Data(unique.map { $0 + "\n" }.joined().utf8)
    let output = try git.run(["cat-file", "--batch"], input: input)
    guard output.status == 0 else {
      throw .gitFailed(command: "git cat-file --batch", reason: output.message)
    }
    // Each object: "<id> <type> <size>\n<contents>\n", or "<name> missing\n".
    let bytes = [UInt8](output.output)
    var found: [String: Data] = [:]
    var position = 0
    for name in unique {
      guard let newline = bytes[position...].firstIndex(of: 0x0A) else { break }
      let header = String(decoding: bytes[position..<newline], as: UTF8.self)
      position = newline + 1
      let fields = header.split(separator: " ")
      guard fields.count == 3, let size = Int(fields[2]), position + size <= bytes.count else {
        continue
      }
      found[name] = Data(bytes[position..<(position + size)])
      position += size + 1
    }
    return found
  }

  /// The files that differ between the commits `from` and `to`.
  func changedPaths(from: String, to: String) throws(SyncError) -> [String] {
    try records(["diff", "--name-only", "--no-renames", "-z", from, to]).map(String.init)
  }

  /// The folders of the panels in the index: those holding a `panel.json`.
  func panelRoots() throws(SyncError) -> Set<String> {
    // Not literal: `*` matches across folders, so this finds a panel at any depth.
    let files = try records([
      "ls-files", "-z", "--", PanelPaths.panelFile, "*/" + PanelPaths.panelFile,
    ])
    return RecordLayout.roots(in: files.map(String.init))
  }

  /// Output records separated by NUL.
  private func records(_ arguments: [String]) throws(SyncError) -> [Substring] {
    try git.checked(arguments).split(separator: "\0")
  }
}
