package org.eit.core.resource;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;

/** Binds the shipped reference tables: the resource taxonomy and the European List of Waste. */
public final class ResourceModule extends AbstractModule {
    @Provides
    @Singleton
    ResourceTaxonomy taxonomy() {
        return ResourceTaxonomy.shipped();
    }

    @Provides
    @Singleton
    ListOfWaste listOfWaste() {
        return ListOfWaste.shipped();
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
