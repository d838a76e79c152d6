package org.eit.rules.facts;

/**
 * A flow an actor has to give: waste, by-product, surplus heat, idle equipment, spare skills. Its {@code cell} is
 * the grid cell it lies in, the cells being as large as the reach of its resource, so that rules can join offers to
 * demands on equal cells before testing any distance.
 */
public final class Offer extends FlowFact {
    private final long cell;

    public Offer(Builder builder) {
        super(builder);
        this.cell = space().cellOf(this);
    }

    /** The grid cell at the reach of this offer's resource (see {@link Demand#neighbourhood(int)}). */
    public long getCell() {
        return cell;
    }

    /** Within the temperature bounds of a substitution row, when both are known. */
    public boolean withinTemperatureBoundsOf(Accepts accepts) {
        return accepts.acceptsTemperature(getTemperatureC());
    }

    /**
     * The temperature test of a match: the substitution row's bounds when the resources fit through the table,
     * else at least as hot as the demand needs.
     */
    public boolean fitsTemperature(Demand demand, Accepts accepts) {
        return Accepts.SUBSTITUTION.equals(accepts.getRelation()) ? withinTemperatureBoundsOf(accepts)
                : meetsTemperatureOf(demand);
    }

    /** At least as hot as {@code demand} needs, when both temperatures are known. */
    public boolean meetsTemperatureOf(Demand demand) {
        return getTemperatureC() == null || demand.getTemperatureC() == null
                || getTemperatureC() >= demand.getTemperatureC();
    }
}
