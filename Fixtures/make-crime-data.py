#!/usr/bin/env python3
"""Writes two years of police.uk street-level crime files for the Gillingham North sample.

    Fixtures/make-crime-data.py OUT

makes OUT/2022-05/2022-05-kent-street.csv … OUT/2024-04/2024-04-kent-street.csv in the
format police.uk's archive uses: its header, LF line ends, a 64-character Crime ID for
crimes and none for anti-social behaviour, anonymised street points, the LSOA code and
name, and a few rows with no location. The rows cover Gillingham North's six LSOAs (the
sample panel's area) and four LSOAs around it, as an extract of Kent Police's file would.

The numbers are invented, drawn from a seeded random generator, so every run writes the
same bytes. They follow a plausible story: anti-social behaviour peaks each summer and is
lower from January 2024, when the panel made it a priority; recorded drugs offences rise
from January 2024, when warrants began (proactive policing finds more).
"""
import os
import random
import sys

HEADER = ("Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,"
          "LSOA name,Crime type,Last outcome category,Context")

# The panel's area, then its neighbours, each with a few anonymised map points.
AREA = [
    ("E01016034", "Medway 010A", [(0.543211, 51.391872, "Gardiner Street"), (0.544870, 51.390954, "Saxton Street")]),
    ("E01016035", "Medway 010B", [(0.547302, 51.392611, "Canterbury Street"), (0.546118, 51.393702, "Railway Street")]),
    ("E01016036", "Medway 010C", [(0.551840, 51.394215, "Pier Road"), (0.553067, 51.395480, "Parking Area")]),
    ("E01016037", "Medway 010D", [(0.549925, 51.397344, "The Strand"), (0.551302, 51.398110, "Sports/Recreation Area")]),
    ("E01016038", "Medway 010E", [(0.541776, 51.388640, "Arden Street"), (0.540512, 51.389377, "Richmond Road")]),
    ("E01016039", "Medway 010F", [(0.545690, 51.386921, "Skinner Street"), (0.547741, 51.387512, "Shopping Area")]),
]
NEIGHBOURS = [
    ("E01016040", "Medway 014A", [(0.538120, 51.383011, "Balmoral Road")]),
    ("E01016041", "Medway 014B", [(0.556402, 51.389250, "Nelson Road")]),
    ("E01016042", "Medway 015A", [(0.533975, 51.392731, "Ordnance Street")]),
    ("E01016043", "Medway 015B", [(0.560218, 51.393874, "Duncan Road")]),
]

# Rows a month in the area for each type, before January 2024.
RATES = {
    "Anti-social behaviour": 22.0,
    "Bicycle theft": 1.5,
    "Burglary": 3.0,
    "Criminal damage and arson": 7.0,
    "Drugs": 5.0,
    "Other crime": 1.2,
    "Other theft": 4.0,
    "Possession of weapons": 0.8,
    "Public order": 6.0,
    "Robbery": 1.0,
    "Shoplifting": 4.0,
    "Theft from the person": 0.8,
    "Vehicle crime": 5.0,
    "Violence and sexual offences": 24.0,
}
OUTCOMES = [
    "Investigation complete; no suspect identified",
    "Unable to prosecute suspect",
    "Under investigation",
    "Local resolution",
    "Offender given a caution",
    "Awaiting court outcome",
    "Status update unavailable",
    "Further investigation is not in the public interest",
]


def poisson(rng, mean):
    """A Poisson draw by Knuth's method, from rng alone, so it is the same everywhere."""
    limit, count, product = pow(2.718281828459045, -mean), 0, rng.random()
    while product > limit:
        count += 1
        product *= rng.random()
    return count


def months():
    year, month = 2022, 5
    while (year, month) <= (2024, 4):
        yield year, month
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)


def rate(crime_type, year, month):
    value = RATES[crime_type]
    since_priority = (year, month) >= (2024, 1)
    if crime_type == "Anti-social behaviour":
        if month in (6, 7, 8):
            value += 8
        if since_priority:
            value *= 0.72
    if crime_type == "Drugs" and since_priority:
        value = 8.5
    return value


def row(rng, month_text, crime_type, place):
    crime_id = "" if crime_type == "Anti-social behaviour" else "%064x" % rng.getrandbits(256)
    outcome = "" if crime_type == "Anti-social behaviour" else rng.choice(OUTCOMES)
    if place is None:
        return ",".join([crime_id, month_text, "Kent Police", "Kent Police", "", "",
                         "No location", "", "", crime_type, outcome, ""])
    code, name, points = place
    longitude, latitude, street = rng.choice(points)
    return ",".join([crime_id, month_text, "Kent Police", "Kent Police", "%.6f" % longitude,
                     "%.6f" % latitude, "On or near " + street, code, name, crime_type,
                     outcome, ""])


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: make-crime-data.py OUT")
    rng = random.Random(20240601)
    for year, month in months():
        month_text = "%04d-%02d" % (year, month)
        rows = []
        for crime_type in RATES:
            for _ in range(poisson(rng, rate(crime_type, year, month))):
                rows.append(row(rng, month_text, crime_type, rng.choice(AREA)))
            for _ in range(poisson(rng, RATES[crime_type] * 0.4)):
                rows.append(row(rng, month_text, crime_type, rng.choice(NEIGHBOURS)))
        for _ in range(3):
            rows.append(row(rng, month_text, rng.choice(list(RATES)[1:]), None))
        rng.shuffle(rows)
        folder = os.path.join(sys.argv[1], month_text)
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, month_text + "-kent-street.csv"), "w", newline="") as out:
            out.write(HEADER + "\n" + "\n".join(rows) + "\n")


if __name__ == "__main__":
    main()
