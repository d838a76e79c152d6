package org.eit.core.unit;

/** A unit that is unknown, or a conversion that has no meaning (across dimensions). */
public class UnitException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public UnitException(String message) {
        super(message);
    }
}
