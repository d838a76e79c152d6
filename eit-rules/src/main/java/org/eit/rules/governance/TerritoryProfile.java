package org.eit.rules.governance;

/**
 * The territory as the governance rules see it: who takes part in the synergies and which networks exist.
 *
 * @param actors          actors of the territory
 * @param involved        actors in at least one retained synergy with another actor
 * @param companies       companies among the involved
 * @param farms           farms among the involved
 * @param publicBodies    public bodies and utilities among the involved
 * @param associations    associations among the involved
 * @param partners        partner institutions of the territory (chambers, agencies), involved or not
 * @param wasteOperators  waste operators among the involved
 * @param zones           zones of the involved actors
 * @param businessClub    an observation tells of a business club or network of firms
 * @param publicLead      the territory's public body leads the study (a public body is an actor, or an observation
 *                        says so)
 * @param substitutions   retained substitution synergies between actors
 * @param poolings        retained pooling synergies
 */
public record TerritoryProfile(int actors, int involved, int companies, int farms, int publicBodies,
                               int associations, int partners, int wasteOperators, int zones, boolean businessClub,
                               boolean publicLead, int substitutions, int poolings) {
    /** Share of the involved actors that are private (companies and farms), in %. */
    public double privateShare() {
        return involved == 0 ? 0 : 100.0 * (companies + farms) / involved;
    }

    /** Share of the involved actors that are public bodies and utilities, in %. */
    public double publicShare() {
        return involved == 0 ? 0 : 100.0 * publicBodies / involved;
    }
}
