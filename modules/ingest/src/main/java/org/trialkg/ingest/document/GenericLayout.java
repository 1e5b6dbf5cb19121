package org.trialkg.ingest.document;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trialkg.model.Enrollment;
import org.trialkg.model.RegistryId;
import org.trialkg.model.TrialRecord;

/**
 * Any other text about a trial: registry IDs by their pattern, the phase, the enrollment and a title. An ID is the
 * record's own only where the text presents it so (first in the document, or after a label such as
 * {@code Registration Number} or {@code NCT ID}); every other ID is a related trial.
 */
final class GenericLayout implements PageLayout {
    static final String NAME = "generic";

    private static final Pattern OWN_ID_LABEL = Pattern.compile(
            "(?i)(?:registration\\s+(?:number|no\\.?)|nct\\s+(?:id|number)|trial\\s+(?:id|registration(?:\\s+number)?)"
                    + "|registry\\s+(?:id|number)|study\\s+id|identifier)\\s*[:#]?\\s*$");
    private static final Pattern ENROLLMENT = Pattern.compile(
            "(?i)(?:enrol(?:l)?ment|target\\s+recruitment|sample\\s+size|number\\s+of\\s+participants)\\s*[:\\s]\\s*"
                    + "(\\d[\\d,]*)|(\\d[\\d,]*)\\s+(?:participants|patients|subjects)\\s+will\\s+be\\s+(?:enrolled|"
                    + "randomi[sz]ed|recruited)");
    private static final Pattern TRIAL_WORDS = Pattern.compile("(?i)\\b(trial|study)\\b");
    private static final int MAX_TITLE = 300;
    private static final int OWN_ID_WINDOW = 3;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean recognises(PageText text) {
        return true;
    }

    @Override
    public void extract(PageText text, TrialRecord.Builder out) {
        List<RegistryId> all = RegistryId.findAll(text.text());
        RegistryId own = ownId(text);
        List<String> phases = PhaseText.fromWords(text.text());
        Integer enrollment = enrollment(text.text());
        boolean aboutTrial = TRIAL_WORDS.matcher(text.text()).find() && (!phases.isEmpty() || enrollment != null);
        if (own == null && !aboutTrial) {
            // Nothing says this is a trial: leave the record empty, which the reader reports.
            return;
        }
        out.id(own);
        for (RegistryId id : all) {
            if (!id.equals(own)) {
                out.related(id);
            }
        }
        phases.forEach(out::phase);
        out.enrollment(enrollment == null ? null : new Enrollment(enrollment, null));
        out.title(title(text, own));
    }

    private static RegistryId ownId(PageText text) {
        List<String> lines = text.lines();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            List<RegistryId> ids = RegistryId.findAll(line);
            if (ids.isEmpty()) {
                continue;
            }
            // The first ID of the document, when it comes before any running text: a page header or title line.
            if (i < OWN_ID_WINDOW) {
                return ids.get(0);
            }
            int at = line.toLowerCase(java.util.Locale.ROOT).indexOf(ids.get(0).value().toLowerCase(java.util.Locale.ROOT));
            Matcher label = OWN_ID_LABEL.matcher(line.substring(0, Math.max(at, 0)));
            if (label.find() || (i > 0 && OWN_ID_LABEL.matcher(lines.get(i - 1)).find())) {
                return ids.get(0);
            }
        }
        return null;
    }

    private static Integer enrollment(String text) {
        Matcher m = ENROLLMENT.matcher(text);
        if (!m.find()) {
            return null;
        }
        return EnumText.firstInteger(m.group(1) != null ? m.group(1) : m.group(2));
    }

    // The first line that reads as a heading: not a bare ID or label, not too long to be a title.
    private static String title(PageText text, RegistryId own) {
        for (String line : text.lines()) {
            String rest = own == null ? line : line.replace(own.value(), "").replaceAll("^[\\s:|-]+|[\\s:|(-]+$", "");
            if (rest.length() >= 10 && rest.length() <= MAX_TITLE && !OWN_ID_LABEL.matcher(rest).find()
                    && !rest.endsWith(":")) {
                return rest;
            }
        }
        return null;
    }
}
