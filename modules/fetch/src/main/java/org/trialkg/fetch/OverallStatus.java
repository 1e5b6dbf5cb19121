package org.trialkg.fetch;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The values {@code filter.overallStatus} takes: the {@code Status} enumeration of the ClinicalTrials.gov API v2
 * specification (OpenAPI {@code ctg-oas-v2.yaml}, API version 2.0.5).
 */
public enum OverallStatus {
    ACTIVE_NOT_RECRUITING, COMPLETED, ENROLLING_BY_INVITATION, NOT_YET_RECRUITING, RECRUITING, SUSPENDED, TERMINATED,
    WITHDRAWN, AVAILABLE, NO_LONGER_AVAILABLE, TEMPORARILY_NOT_AVAILABLE, APPROVED_FOR_MARKETING, WITHHELD, UNKNOWN;

    /** Reads {@code recruiting}, {@code not-yet-recruiting} or {@code NOT_YET_RECRUITING}. */
    public static OverallStatus parse(String text) {
        String key = text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_').replace(",", "");
        try {
            return valueOf(key);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("status '" + text + "': expected one of "
                    + Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", ")), e);
        }
    }
}
