package org.trialkg.fetch;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.trialkg.ingest.Problem;
import org.trialkg.pipeline.Ingest;
import org.trialkg.pipeline.IngestOptions;
import org.trialkg.pipeline.IngestReport;
import org.trialkg.pipeline.Workspace;

/**
 * Ingests each saved page through the same {@link Ingest} as {@code trialkg ingest}, so that a page read from the
 * API and the same page ingested later from {@code downloads/} give the same records. A study the ingest cannot
 * read is reported in one line (fetch, page, study, problem) and the page's other studies are stored.
 */
public final class StoreIngest implements PageSink {
    private final Ingest ingest;
    private final Consumer<String> problems;
    private final Set<String> changedTrials = new LinkedHashSet<>();
    private final List<Problem> reported = new ArrayList<>();
    private long records;
    private long stored;
    private long unchanged;

    public StoreIngest(Workspace ws, Consumer<String> progress, Consumer<String> problems) {
        this.ingest = new Ingest(ws, IngestOptions.DEFAULT, progress);
        this.problems = problems;
    }

    @Override
    public void page(SavedPage page) {
        IngestReport r = ingest.run(List.of(page.file()));
        records += r.records();
        stored += r.stored();
        unchanged += r.unchanged();
        changedTrials.addAll(r.changedTrials());
        for (Problem p : r.problems()) {
            reported.add(p);
            problems.accept(String.format("problem: fetch %s page %d%s: %s: %s", page.fetchId(), page.number(),
                    p.record().isEmpty() ? "" : " [" + p.record() + "]", p.stage(), p.message()));
        }
    }

    /** Studies read from the pages so far. */
    public long records() {
        return records;
    }

    /** Studies stored (new or changed). */
    public long stored() {
        return stored;
    }

    /** Studies whose content was already stored. */
    public long unchanged() {
        return unchanged;
    }

    /** The trials whose records were stored, for the linker. */
    public Set<String> changedTrials() {
        return Set.copyOf(changedTrials);
    }

    /** Every problem the ingest reported, in the order of the pages. */
    public List<Problem> problems() {
        return List.copyOf(reported);
    }
}
