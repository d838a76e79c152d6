package org.eit.cli;

import com.google.inject.ConfigurationException;
import com.google.inject.Injector;
import picocli.CommandLine;

/** Lets picocli create commands through Guice, so that commands get their collaborators by constructor injection. */
final class GuiceFactory implements CommandLine.IFactory {
    private final Injector injector;

    GuiceFactory(Injector injector) {
        this.injector = injector;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        try {
            return injector.getInstance(type);
        } catch (ConfigurationException notBound) {
            // picocli's own helper types (converters, version providers) are not bound: let picocli make them.
            return CommandLine.defaultFactory().create(type);
        }
    }
}
