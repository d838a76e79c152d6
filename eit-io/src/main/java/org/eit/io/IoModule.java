package org.eit.io;

import com.google.inject.AbstractModule;
import org.eit.io.workspace.WorkspaceReader;

/**
 * Reading workspaces and writing reports. The taxonomy the reader resolves flows against is bound by the engine's
 * module ({@code org.eit.rules.RulesModule}: the shipped taxonomy with the plugins' resources), so that a
 * plugin's resources are recognised in the workspace.
 */
public final class IoModule extends AbstractModule {
    @Override
    protected void configure() {
        bind(WorkspaceReader.class);
    }
}
