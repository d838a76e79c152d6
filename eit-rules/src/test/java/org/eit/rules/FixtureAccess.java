package org.eit.rules;

import org.eit.core.api.AnalysisRequest;

/**
 * {@link Fixture} for tests in the stages' packages: two actors 2 km apart, "A" offering and "B" demanding.
 */
public final class FixtureAccess {
    private final Fixture fixture = new Fixture().actor("A", 0, "North").actor("B", 2, "South");
    private int flows;

    public static FixtureAccess of() {
        return new FixtureAccess();
    }

    public FixtureAccess offer(String resource) {
        fixture.offer("O" + ++flows, "A", resource, 100);
        return this;
    }

    public FixtureAccess demand(String resource) {
        fixture.demand("D" + ++flows, "B", resource, 100);
        return this;
    }

    public FixtureAccess knowledge(String file, String csv) {
        fixture.knowledge(file, csv);
        return this;
    }

    public FixtureAccess rule(String name, String drl) {
        fixture.rule(name, drl);
        return this;
    }

    public FixtureAccess parameter(String key, String value) {
        fixture.parameter(key, value);
        return this;
    }

    /** Analysed by the tests' shared engine. */
    public org.eit.core.api.Diagnostic analyze() {
        return Fixture.ENGINE.analyze(request());
    }

    public AnalysisRequest request() {
        return fixture.request();
    }
}
