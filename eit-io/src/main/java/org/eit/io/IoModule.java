package org.eit.io;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import org.eit.core.resource.ResourceTaxonomy;
import org.eit.io.workspace.WorkspaceReader;

/** Reading workspaces and writing reports. */
public final class IoModule extends AbstractModule {
    @Override
    protected void configure() {
        bind(WorkspaceReader.class);
    }

    /**
     * The shipped taxonomy. Not a Guice singleton: {@link ResourceTaxonomy#shipped()} is one already and loads on
     * first use, so {@code eit --help} does not read it.
     */
    @Provides
    ResourceTaxonomy taxonomy() {
        return ResourceTaxonomy.shipped();
    }
}
