package org.trialkg.ingest.document;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.trialkg.model.Arm;
import org.trialkg.model.Intervention;
import org.trialkg.model.TrialRecord;

/**
 * The Study Groups, Interventions and Other Intervention Names sections of a ClinicalTrials.gov mirror page. A group
 * is its label, description lines and {@code Group Type X}, then per intervention its name, {@code Intervention
 * Type X} and description; the Interventions section lists name, description, {@code Intervention Type X}.
 */
final class CtgovGroups {
    private static final String GROUP_TYPE = "Group Type ";
    private static final String INTERVENTION_TYPE = "Intervention Type ";
    private static final String NO_INTERVENTIONS = "No interventions assigned to this group";

    private final List<String> groups;
    private final List<String> interventions;
    private final List<String> otherNames;

    CtgovGroups(List<String> groups, List<String> interventions, List<String> otherNames) {
        this.groups = groups;
        this.interventions = interventions;
        this.otherNames = otherNames;
    }

    void read(TrialRecord.Builder out) {
        Map<String, String[]> listed = listedInterventions();
        List<Arm> arms = arms(listed);
        arms.forEach(out::arm);
        List<String> names = new ArrayList<>(listed.keySet());
        List<List<String>> others = otherNamesPer(names);
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            List<String> labels = arms.stream().filter(a -> a.interventions().contains(name)).map(Arm::label).toList();
            String[] typeAndDescription = listed.get(name);
            out.intervention(new Intervention(typeAndDescription[0], name, typeAndDescription[1], others.get(i),
                    labels));
        }
    }

    // name -> {type, description}, in page order.
    private Map<String, String[]> listedInterventions() {
        Map<String, String[]> out = new LinkedHashMap<>();
        int start = 0;
        for (int i = 0; i < interventions.size(); i++) {
            if (interventions.get(i).startsWith(INTERVENTION_TYPE) && i > start) {
                String name = interventions.get(start);
                String description = i > start + 1 ? String.join("\n", interventions.subList(start + 1, i)) : null;
                out.putIfAbsent(name, new String[] {type(interventions.get(i), INTERVENTION_TYPE), description});
                start = i + 1;
            }
        }
        return out;
    }

    private List<Arm> arms(Map<String, String[]> listed) {
        List<Integer> groupTypes = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            if (groups.get(i).startsWith(GROUP_TYPE)) {
                groupTypes.add(i);
            }
        }
        List<Arm> arms = new ArrayList<>();
        int pos = 0;
        for (int k = 0; k < groupTypes.size(); k++) {
            int g = groupTypes.get(k);
            int limit = k + 1 < groupTypes.size() ? groupTypes.get(k + 1) : groups.size();
            boolean last = k + 1 == groupTypes.size();
            if (g <= pos) {
                continue;
            }
            String label = groups.get(pos);
            String description = g > pos + 1 ? String.join("\n", groups.subList(pos + 1, g)) : null;
            List<String> given = new ArrayList<>();
            int i = g + 1;
            while (i < limit) {
                if (groups.get(i).equals(NO_INTERVENTIONS)) {
                    i++;
                } else if (i + 1 < limit && groups.get(i + 1).startsWith(INTERVENTION_TYPE)) {
                    String name = groups.get(i);
                    given.add(name);
                    i = skipDescription(i + 2, limit, last, listed.get(name));
                } else {
                    break;
                }
            }
            arms.add(new Arm(label, type(groups.get(g), GROUP_TYPE), description, given));
            pos = i;
        }
        return arms;
    }

    /**
     * Skips an intervention's description inside a group and returns where the next item starts. The description
     * is the one the Interventions section gives; without it, the lines up to the next intervention are, leaving
     * a label and a description line for the next group.
     */
    private int skipDescription(int from, int limit, boolean lastGroup, String[] listed) {
        if (listed != null && listed[1] != null) {
            int n = (int) listed[1].lines().count();
            if (from + n <= limit && String.join("\n", groups.subList(from, from + n)).equals(listed[1])) {
                return from + n;
            }
        }
        int i = from;
        int end = lastGroup ? limit : Math.max(from, limit - 2);
        while (i < end && !(i + 1 < limit && groups.get(i + 1).startsWith(INTERVENTION_TYPE))
                && !groups.get(i).equals(NO_INTERVENTIONS)) {
            i++;
        }
        return i;
    }

    /**
     * Other names per intervention. The page prints them as one line for all interventions; it is split by
     * spaces only when that gives exactly one name per intervention, in the page's order (as with
     * {@code JS001 Xeloda} for toripalimab and capecitabine). Otherwise the line is kept whole and given to every
     * intervention, since which name belongs to which cannot be told.
     */
    private List<List<String>> otherNamesPer(List<String> names) {
        List<List<String>> out = new ArrayList<>();
        String line = otherNames.isEmpty() ? null : String.join(" ", otherNames);
        String[] tokens = line == null ? new String[0] : line.split("\\s+");
        for (int i = 0; i < names.size(); i++) {
            if (line == null) {
                out.add(List.of());
            } else if (names.size() > 1 && tokens.length == names.size()) {
                out.add(List.of(tokens[i]));
            } else {
                out.add(List.of(line));
            }
        }
        return out;
    }

    private static String type(String line, String prefix) {
        return EnumText.code(line.substring(prefix.length()));
    }
}
