package org.trialkg.link;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Union-find over trial IRIs: the groups of IRIs that stand for one trial, joined link by link. */
public final class Clusters {
    private final Map<String, String> parent = new HashMap<>();

    public String find(String x) {
        String p = parent.getOrDefault(x, x);
        if (p.equals(x)) {
            return x;
        }
        String root = find(p);
        parent.put(x, root);
        return root;
    }

    public void union(String a, String b) {
        parent.putIfAbsent(a, a);
        parent.putIfAbsent(b, b);
        String ra = find(a);
        String rb = find(b);
        if (!ra.equals(rb)) {
            parent.put(ra, rb);
        }
    }

    /**
     * The group of every IRI as it stands, as a lookup several threads may call at once ({@link #find} shortens
     * paths as it goes, so it may not be).
     */
    public java.util.function.Function<String, String> frozen() {
        Map<String, String> roots = new HashMap<>();
        for (String m : parent.keySet()) {
            roots.put(m, find(m));
        }
        return x -> roots.getOrDefault(x, x);
    }

    public Clusters copy() {
        Clusters c = new Clusters();
        c.parent.putAll(parent);
        return c;
    }

    public Set<String> members() {
        return parent.keySet();
    }

    public int multiMemberClusters() {
        Set<String> roots = new HashSet<>();
        for (String k : parent.keySet()) {
            roots.add(find(k));
        }
        return roots.size();
    }
}
