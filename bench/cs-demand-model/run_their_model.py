#!/usr/bin/python3
"""Run SocialFinanceDigitalLabs/cs-demand-model-regional's `ssda903` modelling core on our 903 CSVs.

Our own driver: it imports their package from --model-path (never copied here), so the comparison in
bench/compare-cs-demand-model.ts can put their forecast beside ours. Prints one JSON object on stdout.

    /usr/bin/python3 bench/cs-demand-model/run_their_model.py \
        --model-path /work/cs-demand-model --data /tmp/council --start 2026-03-31 --years 3

--data holds returns as `writeCouncil` writes them: <data>/<collection year>/{header,episodes,uasc}.csv
(DfE layout: dd/mm/yyyy dates, no LA or YEAR columns). A `truth/` folder beside them is ignored.

What the driver does to the input, and why (nothing in their code is changed):
- adds the YEAR (collection year, from the folder name) and LA columns their data-platform layout has,
  and writes dates as yyyy-mm-dd, the format their reader parses;
- leaves out short-break episodes (legal status V3/V4) unless --keep-short-breaks: DfE counts, our model
  and the truth leave them out, and their core does not look at legal status;
- stubs the few Django names their datastore module imports at load time (Storage,
  InMemoryUploadedFile), as Django is a web-app dependency the modelling core does not use, and reads
  the tables through its own DataStore subclass;
- sends their progress print() to stderr so stdout stays JSON.

Found while checking their stock against ours: their `_remove_redundant_episodes` treats RNE T as "placement
status only" and folds a T episode into the one before, but in DfE's wording T is a change of both legal
status *and placement (carer)*. So a child whose move came with a new legal status keeps the earlier
placement type in their model (e.g. an emergency U3 → U6 in one of our councils). We run their code as it
is; --rne-t-as-p (off by default) recodes RNE T as P in the input, a sensitivity run that shows what the
misreading costs.

Reference period: by default what their web app uses, the whole span of the data (1 April of the first
collection year to 31 March of the last); --reference-start/--reference-end override it.
"""

import argparse
import contextlib
import io
import json
import os
import sys
import types
from datetime import date

SHORT_BREAK_LEGAL_STATUSES = {"V3", "V4"}
TABLES = {"header": "HEADER", "episodes": "EPISODES", "uasc": "UASC"}
DATE_COLUMNS = {"header": ["DOB"], "episodes": ["DECOM", "DEC"], "uasc": ["DOB", "DUC"]}


def parse_args(argv):
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--model-path", required=True, help="work tree of cs-demand-model-regional")
    p.add_argument("--data", required=True, help="folder of <year>/{header,episodes,uasc}.csv")
    p.add_argument("--start", required=True, help="forecast origin, yyyy-mm-dd (e.g. 2026-03-31)")
    p.add_argument("--years", type=int, default=3, help="whole years ahead (default 3)")
    p.add_argument("--reference-start", help="yyyy-mm-dd (default: start of the data)")
    p.add_argument("--reference-end", help="yyyy-mm-dd (default: end of the data)")
    p.add_argument("--la", default="Synthetic", help="value for their LA column")
    p.add_argument("--keep-short-breaks", action="store_true", help="keep V3/V4 episodes")
    p.add_argument("--rne-t-as-p", action="store_true", help="recode RNE T as P (sensitivity run)")
    return p.parse_args(argv)


def stub_django_if_absent():
    """Their datastore module imports two Django names for type hints and storage; give it stand-ins."""
    try:
        import django  # noqa: F401

        return False
    except ImportError:
        pass
    names = [
        "django",
        "django.core",
        "django.core.files",
        "django.core.files.storage",
        "django.core.files.uploadedfile",
    ]
    for name in names:
        sys.modules[name] = types.ModuleType(name)
    sys.modules["django.core.files.storage"].Storage = type("Storage", (), {})
    sys.modules["django.core.files.storage"].default_storage = None
    sys.modules["django.core.files.uploadedfile"].InMemoryUploadedFile = type(
        "InMemoryUploadedFile", (), {}
    )
    return True


def read_tables(pd, data_dir, la, keep_short_breaks, rne_t_as_p=False):
    """Our per-year CSVs → one DataFrame per table in their layout (YEAR, LA, ISO dates)."""
    years = sorted(int(d) for d in os.listdir(data_dir) if d.isdigit())
    if not years:
        raise SystemExit(f"{data_dir}: no <collection year> folders (e.g. 2026/) found")
    frames = {t: [] for t in TABLES}
    for year in years:
        for table in TABLES:
            path = os.path.join(data_dir, str(year), f"{table}.csv")
            if not os.path.exists(path):
                raise SystemExit(f"{path}: missing; every year needs header, episodes and uasc")
            df = pd.read_csv(path, dtype=str, keep_default_na=False)
            for col in DATE_COLUMNS[table]:
                parsed = pd.to_datetime(df[col].replace("", None), format="%d/%m/%Y")
                df[col] = parsed.dt.strftime("%Y-%m-%d")
            df["LA"] = la
            df["YEAR"] = year
            frames[table].append(df)
    tables = {t: pd.concat(f, ignore_index=True) for t, f in frames.items()}
    episodes = tables["episodes"]
    short_break = episodes["LS"].isin(SHORT_BREAK_LEGAL_STATUSES)
    dropped = 0 if keep_short_breaks else int(short_break.sum())
    if not keep_short_breaks:
        tables["episodes"] = episodes[~short_break].reset_index(drop=True)
    recoded = 0
    if rne_t_as_p:
        is_t = tables["episodes"]["RNE"] == "T"
        recoded = int(is_t.sum())
        tables["episodes"].loc[is_t, "RNE"] = "P"
    # Blank strings back to missing values, as their reader would see empty CSV cells.
    for t, df in tables.items():
        tables[t] = df.replace("", None)
    return tables, years, dropped, recoded


def make_datastore(ssda903_datastore, ssda903_tables, tables):
    """A DataStore over in-memory CSVs, with the table type given so no detection is needed."""
    DataFile = ssda903_datastore.DataFile
    Metadata = ssda903_datastore.Metadata
    DataStore = ssda903_datastore.DataStore
    Table = ssda903_tables.SSDA903TableType

    class CsvDataStore(DataStore):
        def __init__(self):
            self._files = []
            for name, df in tables.items():
                content = df.to_csv(index=False).encode("utf-8")
                meta = Metadata(name=f"{name}.csv", size=len(content), table=Table[TABLES[name]])
                self._files.append(DataFile(name=f"{name}.csv", metadata=meta, contents=content))

        @property
        def files(self):
            return iter(self._files)

        @contextlib.contextmanager
        def open(self, file):
            yield io.BytesIO(file.contents)

    return CsvDataStore()


def summarise(population, variance, on, category_of):
    """Mean and variance on one day, by their placement type and in total ('Not in care' left out)."""
    row = population.loc[on]
    var = variance.loc[on]
    out = {"total": {"mean": 0.0, "variance": 0.0}, "byPlacementType": {}, "byBin": {}}
    for state in population.columns:
        label = str(state)
        category = category_of(label)
        if category is None:
            continue
        mean, v = float(row[state]), float(var[state])
        out["byBin"][label] = {"mean": mean, "variance": v}
        cell = out["byPlacementType"].setdefault(category, {"mean": 0.0, "variance": 0.0})
        cell["mean"] += mean
        cell["variance"] += v
        out["total"]["mean"] += mean
        out["total"]["variance"] += v
    return out


def main(argv):
    args = parse_args(argv)
    sys.path.insert(0, os.path.abspath(args.model_path))
    stubbed = stub_django_if_absent()

    import pandas as pd
    from dateutil.relativedelta import relativedelta

    import ssda903.data.ssda903 as ssda903_tables
    import ssda903.datastore as ssda903_datastore
    from ssda903 import DemandModellingDataContainer, PopulationStats
    from ssda903.config import PlacementCategories
    from ssda903.predictor import predict

    tables, years, dropped, recoded = read_tables(
        pd, args.data, args.la, args.keep_short_breaks, args.rne_t_as_p
    )
    container = DemandModellingDataContainer(make_datastore(ssda903_datastore, ssda903_tables, tables))
    start = date.fromisoformat(args.start)
    ref_start = date.fromisoformat(args.reference_start) if args.reference_start else None
    ref_end = date.fromisoformat(args.reference_end) if args.reference_end else None

    with contextlib.redirect_stdout(sys.stderr):
        enriched = container.enriched_view
        data_start, data_end = container.data_start_date, container.data_end_date
        stats = PopulationStats(df=enriched, data_start_date=data_start, data_end_date=data_end)
        ref_start = ref_start or data_start
        ref_end = ref_end or data_end
        prediction = predict(
            stats=stats,
            reference_start_date=ref_start,
            reference_end_date=ref_end,
            prediction_start_date=start,
            prediction_end_date=start + relativedelta(years=args.years),
        )

    labels = [c.value.label for c in PlacementCategories if c is not PlacementCategories.NOT_IN_CARE]

    def category_of(state):
        # States are "<age bin> - <Placement type>", e.g. "10 to 16 - Fostering".
        placement = state.rsplit(" - ", 1)[-1]
        return next((label for label in labels if label.lower() == placement.lower()), None)

    start_stock = stats.stock_at(start)
    at_start = {"total": 0.0, "byPlacementType": {}}
    for state, count in start_stock.items():
        category = category_of(str(state))
        if category is None:
            continue
        at_start["total"] += float(count)
        at_start["byPlacementType"][category] = at_start["byPlacementType"].get(category, 0.0) + float(count)

    horizons = []
    for h in range(1, args.years + 1):
        on = start + relativedelta(years=h)
        summary = summarise(prediction.population, prediction.variance, on, category_of)
        horizons.append({"years": h, "date": on.isoformat(), **summary})

    print(
        json.dumps(
            {
                "model": "SocialFinanceDigitalLabs/cs-demand-model-regional ssda903",
                "start": start.isoformat(),
                "dataStart": data_start.isoformat(),
                "dataEnd": data_end.isoformat(),
                "referenceStart": ref_start.isoformat(),
                "referenceEnd": ref_end.isoformat(),
                "collectionYears": years,
                "shortBreakEpisodesDropped": dropped,
                "rneTRecodedAsP": recoded,
                "djangoStubbed": stubbed,
                "pandas": pd.__version__,
                # Their placement code → placement type, so the truth can be counted their way too.
                "placementTypeMap": {
                    code: category.label
                    for code, category in PlacementCategories.get_placement_type_map().items()
                },
                "otherPlacementType": PlacementCategories.OTHER.value.label,
                "atStart": at_start,
                "horizons": horizons,
            }
        )
    )


if __name__ == "__main__":
    main(sys.argv[1:])
