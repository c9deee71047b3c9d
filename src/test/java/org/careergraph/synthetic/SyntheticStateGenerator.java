package org.careergraph.synthetic;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.careergraph.vocabulary.TitleWords;
import org.careergraph.synthetic.LadderDocument.Rung;
import org.careergraph.synthetic.Vocabulary.Family;
import org.careergraph.synthetic.Vocabulary.Rank;

/**
 * Writes a synthetic but realistic state's worth of class specifications in the
 * importer's own format (job family career path documents plus the reviewed CSV files),
 * to measure Career Graph at scale. Run:
 * {@code java -cp target/test-classes:target/classes:... org.careergraph.synthetic.SyntheticStateGenerator 10000
 * target/state-10000} (README, "At state scale").
 */
public final class SyntheticStateGenerator {

    private final Random random;

    private final List<String[]> bridges = new ArrayList<>();

    private final List<String[]> documents = new ArrayList<>();

    private SyntheticStateGenerator(long seed) {
        this.random = new Random(seed);
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: SyntheticStateGenerator CLASSES OUTPUT_FOLDER [SEED]");
            System.exit(2);
        }
        int classes = Integer.parseInt(args[0]);
        Path out = Path.of(args[1]);
        int written = generate(classes, out, args.length > 2 ? Long.parseLong(args[2]) : 42L);
        System.out.printf("Wrote %d classes in %s%n", written, out.toAbsolutePath());
    }

    /**
     * Writes {@code classes} classes into an emptied {@code out} folder; returns how many
     * it wrote.
     */
    public static int generate(int classes, Path out, long seed) throws IOException {
        Files.createDirectories(out);
        try (var old = Files.list(out)) {
            for (Path file : old.filter(f -> f.toString().endsWith(".txt") || f.toString().endsWith(".csv")).toList()) {
                Files.delete(file);
            }
        }
        return new SyntheticStateGenerator(seed).write(classes, out);
    }

    private int write(int target, Path out) throws IOException {
        int written = 0;
        for (int a = 1; written < target; a++) {
            String code = String.format("ag%04d", a);
            String name = "State " + Vocabulary.DEPARTMENTS.get(a % Vocabulary.DEPARTMENTS.size()) + " Region " + a;
            List<Family> families = new ArrayList<>(Vocabulary.FAMILIES);
            Collections.shuffle(families, random);
            int payBase = 10 + random.nextInt(8);
            List<String> managers = new ArrayList<>();
            for (Family family : families.subList(0, 4 + random.nextInt(7))) {
                if (written >= target) {
                    break;
                }
                List<Rung> rungs = ladder(family, payBase);
                written += rungs.size();
                writeDocument(out, code, name, family.name(), rungs);
                Rung top = rungs.get(rungs.size() - 1);
                if (top.title().endsWith("Manager")) {
                    managers.add(top.title());
                }
            }
            int directors = 3 + random.nextInt(3);
            List<Rung> management = new ArrayList<>();
            for (int level = 1; level <= directors && written < target; level++, written++) {
                management.add(new Rung("Director of Information Technology – Level " + level, List.of(),
                        "Bachelor's degree from an accredited institution", 6 + 2 * level, false,
                        "This is a managerial position directing information technology units of growing size and "
                                + "complexity at level " + level + "."));
            }
            if (!management.isEmpty()) {
                writeDocument(out, code, name, "IT Management", management);
                for (String manager : managers) {
                    bridges.add(new String[] { code + "-" + TitleWords.slug(manager),
                            code + "-" + TitleWords.slug(management.get(0).title()),
                            "A family's manager moves into the agency's IT Management family" });
                }
            }
        }
        writeReviewedFiles(out);
        return written;
    }

    private List<Rung> ladder(Family family, int payBase) {
        int length = 4 + random.nextInt(5);
        int technical = length >= 5 ? length - 2 : length - 1;
        List<Rank> ranks = new ArrayList<>();
        int start = random.nextInt(Vocabulary.TECHNICAL_RANKS.size() - technical + 1);
        ranks.addAll(Vocabulary.TECHNICAL_RANKS.subList(start, start + technical));
        ranks.addAll(Vocabulary.MANAGEMENT_RANKS.subList(2 - (length - technical), 2));
        List<Rung> rungs = new ArrayList<>();
        int grade = payBase + random.nextInt(4);
        for (int i = 0; i < ranks.size(); i++) {
            Rank rank = ranks.get(i);
            List<Integer> grades = new ArrayList<>(List.of(grade));
            if (random.nextInt(3) == 0) {
                grades.add(grade + 2);
            }
            boolean dual = rank.word().equals("Lead") && random.nextInt(4) == 0;
            String summary = rank.manages()
                    ? "This is a " + (rank.word().equals("Manager") ? "managerial" : "supervisory")
                            + " position directing staff who perform " + family.name().toLowerCase() + " work."
                    : "Positions at this level perform " + (i == 0 ? "entry-level " : "") + family.name().toLowerCase()
                            + " work of increasing complexity.";
            rungs.add(new Rung(rank.title(family), grades, rank.education(), rank.years(), dual, summary));
            grade += 2 + random.nextInt(3);
        }
        return rungs;
    }

    private void writeDocument(Path out, String code, String agencyName, String family, List<Rung> rungs)
            throws IOException {
        String file = code + "_" + TitleWords.slug(family) + ".txt";
        Files.writeString(out.resolve(file), LadderDocument.render(agencyName, family, rungs), StandardCharsets.UTF_8);
        documents.add(new String[] { file, code, agencyName });
    }

    private void writeReviewedFiles(Path out) throws IOException {
        try (CSVPrinter csv = CSVFormat.DEFAULT.builder()
            .setHeader("file", "agency", "name")
            .get()
            .print(out.resolve("agencies.csv"), StandardCharsets.UTF_8)) {
            for (String[] document : documents) {
                csv.printRecord((Object[]) document);
            }
        }
        try (CSVPrinter csv = CSVFormat.DEFAULT.builder()
            .setHeader("from", "to", "basis")
            .get()
            .print(out.resolve("bridges.csv"), StandardCharsets.UTF_8)) {
            for (String[] bridge : bridges) {
                csv.printRecord((Object[]) bridge);
            }
        }
        try (CSVPrinter csv = CSVFormat.DEFAULT.builder()
            .setHeader("keyword", "function")
            .get()
            .print(out.resolve("functions.csv"), StandardCharsets.UTF_8)) {
            for (Family family : Vocabulary.FAMILIES) {
                csv.printRecord(family.name(), family.function());
            }
            csv.printRecord("IT Management", "it management");
        }
    }

}
