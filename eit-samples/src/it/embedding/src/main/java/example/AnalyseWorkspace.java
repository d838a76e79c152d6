package example;

import java.nio.file.Path;
import org.eit.core.api.Diagnostic;
import org.eit.core.api.Eit;
import org.eit.core.api.EitEngine;
import org.eit.core.api.Synergy;
import org.eit.io.workspace.Workspace;
import org.eit.io.workspace.WorkspaceReader;

/** Reads a workspace folder and prints its synergies. */
public final class AnalyseWorkspace {
    public static void main(String[] args) {
        EitEngine engine = Eit.engine().build();        // one per application: thread-safe, caches compiled rules
        Workspace workspace = new WorkspaceReader(engine.taxonomy()).read(Path.of(args[0]));
        if (!workspace.isValid()) {
            workspace.problems().forEach(System.err::println);   // every problem, with file, line and field
            return;
        }
        Diagnostic diagnostic = engine.analyze(workspace.request());
        for (Synergy synergy : diagnostic.synergies()) {
            System.out.println(synergy.id() + " " + synergy.explanation().en());
        }
    }
}
