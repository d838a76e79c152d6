package org.eit.core.internal.collect;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A value made at its first use, once, whichever thread asks first; the others wait for it. For what is costly to
 * make and often not needed at all (a resolver's name indexes, when every flow names its resource by id).
 */
public final class Lazy<T> implements Supplier<T> {
    private Supplier<? extends T> make;
    private volatile T value;

    public Lazy(Supplier<? extends T> make) {
        this.make = Objects.requireNonNull(make);
    }

    @Override
    public T get() {
        T made = value;
        if (made == null) {
            synchronized (this) {
                made = value;
                if (made == null) {
                    made = Objects.requireNonNull(make.get());
                    value = made;
                    make = null;
                }
            }
        }
        return made;
    }
}
