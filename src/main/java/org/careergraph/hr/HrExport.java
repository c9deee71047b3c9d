package org.careergraph.hr;

import java.util.EnumMap;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exports the graph as HR's four CSV files, which import again without changing anything.
 */
@Service
@Transactional(readOnly = true)
class HrExport {

    private final HrGraph graph;

    HrExport(HrGraph graph) {
        this.graph = graph;
    }

    String csv(HrFile kind) {
        return HrCsvWriter.write(kind, graph.tables());
    }

    /** All four files from one consistent read. */
    Map<HrFile, String> all() {
        HrTables tables = graph.tables();
        Map<HrFile, String> files = new EnumMap<>(HrFile.class);
        for (HrFile kind : HrFile.values()) {
            files.put(kind, HrCsvWriter.write(kind, tables));
        }
        return files;
    }

}
