import Foundation

/// The filter-and-count a data analyst would write in Python, with polars and with pandas:
/// read the month's files, count each panel's rows by month and type — by LSOA code with a
/// join, by boundary with a box and then numpy's even-odd test — and write the counts as
/// one CSV. Written into the benchmark's folder at run time.
enum PythonPeers {
  /// The script for `library` ("polars" or "pandas"), run as
  /// `python3 SCRIPT AREAS.json OUT.csv FILE.csv...`; it prints
  /// `{"rows": …, "noLocation": …, "counted": …}`.
  static func script(_ library: String) -> String {
    common + (library == "polars" ? polars : pandas)
  }

  private static let common = """
    import json
    import sys

    import numpy as np

    COLUMNS = ["Month", "Longitude", "Latitude", "LSOA code", "Crime type"]
    KEYS = ["panel", "Month", "Crime type"]


    def inside(xs, ys, ring):
        \"\"\"The even-odd rule over arrays of points.\"\"\"
        result = np.zeros(xs.shape[0], dtype=bool)
        x1, y1 = ring[-1]
        for x2, y2 in ring:
            crosses = (y2 > ys) != (y1 > ys)
            with np.errstate(divide="ignore", invalid="ignore"):
                at = x2 + (ys - y2) * (x1 - x2) / (y1 - y2)
            result ^= crosses & (xs < at)
            x1, y1 = x2, y2
        return result


    def in_polygon(xs, ys, polygon):
        \"\"\"Indexes of the points inside the outer ring and outside every hole.\"\"\"
        ring = polygon["outer"]
        west, east = min(p[0] for p in ring), max(p[0] for p in ring)
        south, north = min(p[1] for p in ring), max(p[1] for p in ring)
        index = np.nonzero((xs >= west) & (xs <= east) & (ys >= south) & (ys <= north))[0]
        hit = inside(xs[index], ys[index], ring)
        for hole in polygon["holes"]:
            hit &= ~inside(xs[index], ys[index], hole)
        return index[hit]


    areas = json.load(open(sys.argv[1]))
    output = sys.argv[2]
    files = sys.argv[3:]
    codes = [(area["panel"], code) for area in areas for code in area["lsoa"]]

    """

  private static let polars = """
    import polars as pl

    frame = pl.concat(
        [pl.scan_csv(f, schema_overrides={"LSOA code": pl.Utf8}).select(COLUMNS) for f in files]
    ).collect()
    lookup = pl.DataFrame({"panel": [p for p, _ in codes], "LSOA code": [c for _, c in codes]})
    parts = [frame.join(lookup, on="LSOA code", how="inner").group_by(KEYS).len()]
    located = frame.filter(pl.col("Longitude").is_not_null())
    xs = located["Longitude"].to_numpy()
    ys = located["Latitude"].to_numpy()
    for area in areas:
        for polygon in area.get("polygons", []):
            chosen = located[in_polygon(xs, ys, polygon)]
            parts.append(
                chosen.group_by(["Month", "Crime type"]).len()
                .with_columns(pl.lit(area["panel"]).alias("panel")).select(KEYS + ["len"])
            )
    counts = pl.concat(parts)
    counts.write_csv(output)
    print(json.dumps({
        "rows": frame.height, "noLocation": frame["Longitude"].null_count(),
        "counted": int(counts["len"].sum()),
    }))

    """

  private static let pandas = """
    import pandas as pd

    frame = pd.concat(
        [pd.read_csv(f, usecols=COLUMNS, dtype={"Month": str, "LSOA code": str, "Crime type": str})
         for f in files],
        ignore_index=True,
    )
    lookup = pd.DataFrame({"panel": [p for p, _ in codes], "LSOA code": [c for _, c in codes]})
    parts = [frame.merge(lookup, on="LSOA code").groupby(KEYS).size().rename("len").reset_index()]
    located = frame[frame["Longitude"].notna()].reset_index(drop=True)
    xs = located["Longitude"].to_numpy()
    ys = located["Latitude"].to_numpy()
    for area in areas:
        for polygon in area.get("polygons", []):
            chosen = located.iloc[in_polygon(xs, ys, polygon)]
            part = chosen.groupby(["Month", "Crime type"]).size().rename("len").reset_index()
            part.insert(0, "panel", area["panel"])
            parts.append(part)
    counts = pd.concat(parts, ignore_index=True)
    counts.to_csv(output, index=False)
    print(json.dumps({
        "rows": int(len(frame)), "noLocation": int(frame["Longitude"].isna().sum()),
        "counted": int(counts["len"].sum()),
    }))

    """

  /// `python3` with `library` importable, installing it with pip when it is missing and
  /// that is possible; nil, with the reason logged, when it cannot be had.
  static func locate(_ library: String, log: (String) -> Void) -> String? {
    guard let python = Command.find("python3") else {
      log("There is no python3: skipping the \(library) comparison.")
      return nil
    }
    func importable() -> Bool {
      (try? Command.run(python, ["-c", "import \(library), numpy"]))?.status == 0
    }
    if importable() { return python }
    log("\(library) is not installed: trying `python3 -m pip install \(library)`.")
    let installed = try? Command.run(python, ["-m", "pip", "install", "--quiet", library])
    guard installed?.status == 0, importable() else {
      log("Could not install \(library): skipping the comparison.")
      return nil
    }
    return python
  }
}
