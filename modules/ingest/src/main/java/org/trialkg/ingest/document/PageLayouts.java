package org.trialkg.ingest.document;

import java.util.List;

/** The page layouts in the order they are tried; the generic one takes whatever no other recognises. */
final class PageLayouts {
    private final List<PageLayout> specific = List.of(new CtgovPageLayout(), new MedpathPageLayout(),
            new CtgovCsvRowLayout(), new ProseSummaryLayout());
    private final PageLayout generic;

    PageLayouts(DrugNames names) {
        this.generic = new GenericLayout(names);
    }

    PageLayout detect(PageText text) {
        for (PageLayout layout : specific) {
            if (layout.recognises(text)) {
                return layout;
            }
        }
        return generic;
    }
}
