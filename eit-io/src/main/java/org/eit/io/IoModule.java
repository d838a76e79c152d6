package org.eit.io;

import com.google.inject.AbstractModule;
import org.eit.core.resource.ResourceModule;
import org.eit.io.workspace.WorkspaceReader;

/** Reading workspaces and writing reports. */
public final class IoModule extends AbstractModule {
    @Override
    protected void configure() {
        install(new ResourceModule());
        bind(WorkspaceReader.class);
    }
}
