package org.trialkg.model;

/**
 * A place where the study runs.
 *
 * @param facility name of the hospital or centre; may be null
 * @param city may be null
 * @param region state, province or region; may be null
 * @param zip postal code; may be null
 * @param country ISO 3166-1 alpha-2 code where it could be resolved, else the name as written; may be null
 * @param status recruitment status at this site; may be null
 * @param latitude decimal degrees; may be null
 * @param longitude decimal degrees; may be null
 */
public record Site(String facility, String city, String region, String zip, String country, String status,
        Double latitude, Double longitude) {
    public Site {
        if (facility == null && city == null && country == null) {
            throw new IllegalArgumentException("site: needs at least a facility, a city or a country");
        }
    }
}
