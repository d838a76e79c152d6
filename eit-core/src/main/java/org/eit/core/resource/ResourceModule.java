package org.eit.core.resource;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;

/**
 * Binds the shipped resource taxonomy. Not a Guice singleton: {@link ResourceTaxonomy#shipped()} is one already and
 * loads on first use, so {@code eit --help} does not read it.
 */
public final class ResourceModule extends AbstractModule {
    @Provides
    ResourceTaxonomy taxonomy() {
        return ResourceTaxonomy.shipped();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ResourceModule;
    }

    @Override
    public int hashCode() {
        return ResourceModule.class.hashCode();
    }
}
