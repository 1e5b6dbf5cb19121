package org.trialkg.model;

/**
 * Who answers for the registered information.
 *
 * @param type {@code SPONSOR}, {@code PRINCIPAL_INVESTIGATOR} or {@code SPONSOR_INVESTIGATOR}; may be null
 * @param name the person, where the type names one; may be null
 * @param title the person's title; may be null
 * @param affiliation the person's organisation; may be null
 */
public record ResponsibleParty(String type, String name, String title, String affiliation) {
}
