package org.trialkg.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.trialkg.pipeline.Workspace;
import org.trialkg.search.SearchRequest;
import org.trialkg.search.SearchResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "search", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Full-text search of trials, ranked, with highlighted snippets.",
    "Syntax: words (all must match; when none matches them all, most of them), \"a phrase\", camreli* (prefix), "
        + "toripalimb~ (fuzzy; a word no trial has is matched fuzzily anyway), AND OR NOT, and fields "
        + "id: otherid: title: acronym: drug: class: condition: intervention: sponsor: site: country: phase: status: "
        + "type: year:. An ID may be typed with spaces, hyphens or a label (NCT 0431 5948, EudraCT 2014-005098-35).",
    "The total counts every matching trial exactly; an empty query ('') matches every trial."},
        footer = {"%nExamples:", "  trialkg search 'toripalimab consolidation' --filter phase=PHASE3 --facets",
            "  trialkg search 'drug:capecitabine AND country:CN' --limit 50 --json"})
final class SearchCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "QUERY", description = "The query; several words are joined.")
    List<String> query;

    @Option(names = "--limit", defaultValue = "10", description = "Most hits to show (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--filter", paramLabel = "FACET=VALUE",
            description = "Keep trials with this facet value (phase, status, type, country, drug, class, sponsor, year); repeatable.")
    List<String> filters = new ArrayList<>();

    @Option(names = "--facets", description = "Also count the matches per facet value.")
    boolean facets;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() {
        Map<String, List<String>> f = new LinkedHashMap<>();
        for (String s : filters) {
            int eq = s.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("--filter: expected FACET=VALUE, was '" + s + "'");
            }
            String facet = s.substring(0, eq).strip().toLowerCase(java.util.Locale.ROOT);
            // checked as the server checks it: PHASE2|PHASE3 as the card prints it is two values, China is CN, and a
            // value no trial can have is a usage error naming the accepted ones rather than "0 trials"
            List<String> values;
            try {
                values = org.trialkg.search.FacetValues.check(facet, s.substring(eq + 1).strip());
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--filter: " + e.getMessage());
            }
            f.computeIfAbsent(facet, k -> new ArrayList<>()).addAll(values);
        }
        SearchRequest request = new SearchRequest(String.join(" ", query), f, limit, facets);
        SearchResult r;
        java.util.Optional<ServerFile> server = main.server();
        if (server.isPresent()) {
            r = new ServerClient(server.get()).get(path(request.query(), f), SearchResult.class)
                    .orElseThrow(() -> new IllegalStateException(server.get().describe() + " has no /api/search"));
        } else {
            try (Workspace ws = Workspace.open(main.existingStore(), false)) {
                r = ws.index().search(request);
            }
        }
        if (json) {
            System.out.println(Json.write(r));
            return 0;
        }
        if (r.didYouMean() != null) {
            System.out.println("Did you mean: " + r.didYouMean() + " (searched for it too)");
        }
        if (r.relaxed()) {
            System.out.println("No trial matches every word; showing trials that match most of them (relaxed).");
        }
        System.out.printf("%,d trials match%n", r.total());
        int n = 1;
        for (SearchResult.Hit h : r.hits()) {
            System.out.printf("%n%d. %s  [%s]  score %.2f%n", n++, h.title() == null ? "(no title: a record without a registry ID)" : h.title(),
                    h.ids().isEmpty() ? h.iri() : String.join(", ", h.ids()), h.score());
            if (h.snippet() != null) {
                System.out.println("   " + h.snippetField() + ": " + Terminal.bold(h.snippet().replaceAll("\\s+", " ")));
            }
        }
        for (var e : r.facets().entrySet()) {
            StringBuilder sb = new StringBuilder(e.getKey()).append(':');
            e.getValue().forEach(c -> sb.append(' ').append(c.value()).append(" (").append(c.count()).append(')'));
            System.out.println(n == 1 ? sb : (e.getKey().equals(r.facets().keySet().iterator().next()) ? "\n" : "") + sb);
        }
        return 0;
    }

    /** The same search as a request to the server's {@code /api/search}. */
    private String path(String q, Map<String, List<String>> filters) {
        StringBuilder p = new StringBuilder("/api/search?q=").append(ServerClient.encode(q))
                .append("&limit=").append(limit).append("&facets=").append(facets);
        filters.forEach((k, vs) -> vs.forEach(v -> p.append('&').append(ServerClient.encode(k)).append('=')
                .append(ServerClient.encode(v))));
        return p.toString();
    }
}
