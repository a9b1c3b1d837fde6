"""The store: locking, crash-safe batches, journal repair, idempotent replacement."""

from __future__ import annotations

import json

import pyoxigraph
import pytest

from trialkg.errors import StoreBusyError, StoreError
from trialkg.ntriples import lit
from trialkg.store import ONTOLOGY_GRAPH, TrialStore

G1 = "https://w3id.org/trialkg/graph/NCT00000001"
G2 = "https://w3id.org/trialkg/graph/NCT00000002"
LABEL = "http://www.w3.org/2000/01/rdf-schema#label"


def nq(graph: str, *labels: str) -> bytes:
    subject = graph.replace("/graph/", "/trial/")
    return "".join(f"<{subject}> <{LABEL}> {lit(x)} <{graph}> .\n" for x in labels).encode()


def labels(store: TrialStore, graph: str) -> set[str]:
    return {q.object.value for q in store.oxigraph.quads_for_pattern(
        None, pyoxigraph.NamedNode(LABEL), None, pyoxigraph.NamedNode(graph))}


def test_new_store_holds_the_ontology(tmp_path):
    with TrialStore.open(tmp_path / "kg", write=True) as st:
        assert st.oxigraph.contains_named_graph(pyoxigraph.NamedNode(ONTOLOGY_GRAPH))
        assert st.count_trials() == 0
        assert not st.ensure_ontology()  # unchanged ontology is not rewritten


def test_replacing_a_graph_replaces_it_whole(tmp_path):
    with TrialStore.open(tmp_path / "kg", write=True) as st:
        st.replace_graphs([G1], nq(G1, "old title", "old acronym"))
        st.replace_graphs([G1], nq(G1, "new title"))
        assert labels(st, G1) == {"new title"}
        assert not (tmp_path / "kg" / "journal" / "pending.json").exists()


def test_read_only_open_of_missing_store_is_a_clear_error(tmp_path):
    with pytest.raises(StoreError, match="no trialkg store here"):
        TrialStore.open(tmp_path / "nothing")


def test_refuses_a_non_empty_foreign_folder(tmp_path):
    (tmp_path / "notes.txt").write_text("mine")
    with pytest.raises(StoreError, match="not empty and is not a trialkg store"):
        TrialStore.open(tmp_path, write=True)


def test_one_writer_many_readers(tmp_path):
    folder = tmp_path / "kg"
    with TrialStore.open(folder, write=True):
        with pytest.raises(StoreBusyError, match="being written"):
            TrialStore.open(folder)
        with pytest.raises(StoreBusyError, match="being used"):
            TrialStore.open(folder, write=True)
    with TrialStore.open(folder) as r1, TrialStore.open(folder) as r2:
        assert r1.count_trials() == r2.count_trials() == 0
        with pytest.raises(StoreBusyError):
            TrialStore.open(folder, write=True)


def _interrupt(folder, graphs, backup: bytes | None):
    """Leave the store as a load killed after its journal was written would."""
    journal = folder / "journal"
    journal.mkdir(exist_ok=True)
    if backup is not None:
        (journal / "backup.nq").write_bytes(backup)
    (journal / "pending.json").write_text(json.dumps({"graphs": graphs,
                                                      "backup": backup is not None}))


def test_interrupted_batch_is_rolled_back_and_replaced_trials_restored(tmp_path):
    folder = tmp_path / "kg"
    with TrialStore.open(folder, write=True) as st:
        st.replace_graphs([G1], nq(G1, "kept title"))
        # a crash after the old G1 was backed up and dropped, mid-way through writing G1 and G2
        backup = nq(G1, "kept title")
        st.oxigraph.update(f"DROP GRAPH <{G1}>")
        st.oxigraph.bulk_load(input=nq(G1, "half-written") + nq(G2, "half-written"),
                              format=pyoxigraph.RdfFormat.N_QUADS)
    _interrupt(folder, [G1, G2], backup)
    # a reader repairs it first (briefly taking the write lock)
    with TrialStore.open(folder) as st:
        assert labels(st, G1) == {"kept title"}
        assert labels(st, G2) == set()
    assert not (folder / "journal" / "pending.json").exists()


def test_writer_reports_what_it_repaired(tmp_path):
    folder = tmp_path / "kg"
    with TrialStore.open(folder, write=True) as st:
        st.oxigraph.bulk_load(input=nq(G2, "partial"), format=pyoxigraph.RdfFormat.N_QUADS)
    _interrupt(folder, [G2], None)
    with TrialStore.open(folder, write=True) as st:
        assert st.repaired == [G2]
        assert st.count_trials() == 0


def test_failed_batch_leaves_the_store_as_it_was(tmp_path):
    with TrialStore.open(tmp_path / "kg", write=True) as st:
        st.replace_graphs([G1], nq(G1, "kept"))
        before = len(st)
        with pytest.raises(StoreError, match="batch not written"):
            st.replace_graphs([G1, G2], nq(G1, "new") + b"<broken quad .\n")
        assert labels(st, G1) == {"kept"}
        assert len(st) == before


def test_batch_with_the_same_trial_twice_is_refused(tmp_path):
    from trialkg.rdf import BuiltTrial

    b = BuiltTrial("NCT00000001", G1, nq(G1, "x").decode(), 1, "f.json")
    with TrialStore.open(tmp_path / "kg", write=True) as st, \
            pytest.raises(StoreError, match="same trial twice"):
        st.write_trials([b, b])


def test_delete_trials(tmp_path):
    with TrialStore.open(tmp_path / "kg", write=True) as st:
        st.replace_graphs([G1, G2], nq(G1, "a") + nq(G2, "b"))
        assert st.delete_trials(["NCT00000001", "NCT09999999"]) == 1
        assert list(st.trial_graphs()) == [G2]


def test_failed_streamed_batch_leaves_the_store_as_it_was(tmp_path):
    """write_trials streams each trial's N-Quads to the bulk loader; a bad trial in the
    middle of the batch still rolls the whole batch back."""
    from trialkg.rdf import BuiltTrial

    good = BuiltTrial("NCT00000001", G1, nq(G1, "new").decode(), 1, "f.json")
    bad = BuiltTrial("NCT00000002", G2, nq(G2, "b").decode() + "<broken quad .\n", 2, "f.json")
    with TrialStore.open(tmp_path / "kg", write=True) as st:
        st.replace_graphs([G1], nq(G1, "kept"))
        before = len(st)
        with pytest.raises(StoreError, match="batch not written"):
            st.write_trials([good, bad], classify=False)
        assert labels(st, G1) == {"kept"}
        assert labels(st, G2) == set()
        assert len(st) == before
        st.write_trials([good], classify=False)
        assert labels(st, G1) == {"new"}
