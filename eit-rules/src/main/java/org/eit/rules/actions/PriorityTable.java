package org.eit.rules.actions;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.eit.rules.knowledge.KnowledgeTable;
import org.eit.rules.knowledge.RowReader;

/** {@code priority-matrix.csv}: the gains × feasibility matrix of the action programme; key gain and feasibility. */
public final class PriorityTable extends KnowledgeTable<PriorityRow> {
    public static final PriorityTable TABLE = new PriorityTable();
    static final List<String> GAINS = List.of("enabling", "high", "medium", "low");
    static final List<String> FEASIBILITY = List.of("easy", "medium", "hard");

    private PriorityTable() {
        super("priority-matrix.csv", PriorityTable.class, List.of("gain", "feasibility", "priority", "source"));
    }

    @Override
    public Optional<PriorityRow> read(RowReader row) {
        String gain = row.text("gain");
        if (gain != null && !GAINS.contains(gain)) {
            row.error("knowledge.bad-gain-class", "gain", String.join(", ", GAINS));
        }
        String feasibility = row.text("feasibility");
        if (feasibility != null && !FEASIBILITY.contains(feasibility)) {
            row.error("knowledge.bad-feasibility", "feasibility", String.join(", ", FEASIBILITY));
        }
        OptionalDouble priority = row.number("priority", true);
        if (priority.isPresent() && (priority.getAsDouble() < 1 || priority.getAsDouble() > 3
                || priority.getAsDouble() != Math.rint(priority.getAsDouble()))) {
            row.error("knowledge.bad-priority", "priority");
        }
        String source = row.text("source");
        return row.valid() ? Optional.of(new PriorityRow(gain, feasibility, (int) priority.getAsDouble(), source))
                : Optional.empty();
    }

    @Override
    public String key(PriorityRow row) {
        return row.gain() + "|" + row.feasibility();
    }
}
