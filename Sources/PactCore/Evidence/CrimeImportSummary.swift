/// What `crime import` read and wrote.
public struct CrimeImportSummary: Sendable, Equatable {
  /// One panel's part.
  public struct PanelPart: Sendable, Equatable {
    /// The panel's folder, as messages name it.
    public var path: String
    public var name: String
    /// Months whose file was written or changed.
    public var changed: [YearMonth]
    /// Months already as this run would make them.
    public var unchanged: [YearMonth]
    /// Months of the run with no row in the area, left as they were.
    public var noRows: [YearMonth]
    /// Rows counted in the area.
    public var rows: Int
  }

  /// The files read, as messages name them.
  public var files: [String]
  /// Files of the same name and contents as one read, so left out.
  public var repeats: [String]
  /// Every row read, and those with no location.
  public var rows: Int
  public var noLocation: Int
  /// The months the files hold.
  public var months: [YearMonth]
  /// Each panel fed, in order of path.
  public var panels: [PanelPart]
  /// Panels found that have no area, so were not fed.
  public var withoutArea: [String]
}
