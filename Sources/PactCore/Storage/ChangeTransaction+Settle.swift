extension ChangeTransaction {
  /// Settles what a change left under way by a process that died: forward, when every file
  /// already holds what the change wrote (its intent record joins the undo journal), else
  /// back to what each file held before. Staged files left in `.pact/tmp/` are removed.
  /// Run under the panel's lock, before anything else.
  ///
  /// - Throws: `PrivateFolderError.interruptedChange` when a file holds neither what it
  ///   held before nor what the change wrote (changed by hand since), or the record is
  ///   damaged; nothing is changed then.
  func settle() throws {
    if privateFolder.folder.kind(of: PrivateFolder.intentName) != nil {
      let intent = try readIntent()
      let states = try states(of: intent)
      if states.allSatisfy(\.holdsAfter) {
        try finish(intent)
      } else {
        try rollBack(intent, states: states)
      }
    }
    try privateFolder.cleanScratch()
  }

  /// The intent record of a change under way.
  func readIntent() throws -> UndoJournal.Entry {
    let bytes: [UInt8]?
    do {
      bytes = try privateFolder.folder.read(PrivateFolder.intentName, limit: FileSize.workingLimit)
    } catch {
      throw panel.privateError(error, writing: false)
    }
    guard let bytes, let intent = UndoJournal.Entry(bytes: bytes) else {
      let path = panel.displayPath(privateFolder.folder.path(PrivateFolder.intentName))
      throw PrivateFolderError.interruptedChange(
        label: "a change", files: [], reason: "its record, \(path), is damaged")
    }
    return intent
  }
}
