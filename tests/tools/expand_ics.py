"""Each occurrence of each event of a calendar, as an independent reader expands it.

python-icalendar reads the file and recurring-ical-events (on python-dateutil) expands the
recurrences. Prints one line per occurrence, "UID YYYY-MM-DD HH:MM" (zoned times in ZONE,
floating as written) or "UID YYYY-MM-DD" (all day).

Usage: expand_ics.py FILE FROM TO ZONE
"""

import datetime
import sys
import zoneinfo

import icalendar
import recurring_ical_events


def main() -> None:
    path, start, end, zone = sys.argv[1:5]
    viewer = zoneinfo.ZoneInfo(zone)
    with open(path, "rb") as file:
        calendar = icalendar.Calendar.from_ical(file.read())
    first = datetime.date.fromisoformat(start)
    last = datetime.date.fromisoformat(end) + datetime.timedelta(days=1)
    for event in recurring_ical_events.of(calendar).between(first, last):
        moment = event["DTSTART"].dt
        uid = str(event["UID"])
        if isinstance(moment, datetime.datetime):
            if moment.tzinfo is not None:
                moment = moment.astimezone(viewer)
            print(uid, moment.strftime("%Y-%m-%d %H:%M"))
        else:
            print(uid, moment.isoformat())


if __name__ == "__main__":
    main()
