package org.careergraph.importer;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.careergraph.vocabulary.ItemKind;
import org.careergraph.vocabulary.Track;

/**
 * Reads a job family career path: the family's classes in order, each with grades,
 * summary and requirements.
 */
final class FamilyCareerPathParser {

    static final Pattern FAMILY_HEADER = Pattern.compile("^(.+?) JOB FAMILY$");

    private static final Pattern PAY_GRADE = Pattern.compile("^Pay grade:\\s*(.*)$", Pattern.CASE_INSENSITIVE);

    private static final Pattern ROLE_NOTE = Pattern.compile("^\\(May be utilized in a (.+)\\)$",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern AGENCY = Pattern.compile("employment with (?:the )?(.+?) is contingent");

    private static final Pattern MANAGING_TITLE = Pattern.compile("\\b(supervisor|manager|director|chief)\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern MANAGING_SUMMARY = Pattern.compile("\\b(supervisory|managerial) position\\b",
            Pattern.CASE_INSENSITIVE);

    private static final String END_OF_CLASSES = "ADDITIONAL INFORMATION";

    private static final Pattern BULLET = Pattern.compile("^[-•❖▪●*–]");

    private FamilyCareerPathParser() {
    }

    static ParsedDocument parse(DocumentLines raw) {
        int headerAt = raw.indexOf(t -> FAMILY_HEADER.matcher(t).matches(), 0);
        String header = raw.get(headerAt).text();
        String family = SpecText.titleCase(FAMILY_HEADER.matcher(header).replaceAll("$1"));
        DocumentLines doc = raw.without(t -> t.equals(header) || t.equalsIgnoreCase("CAREER PATH"));
        int end = doc.indexOf(t -> t.equalsIgnoreCase(END_OF_CLASSES), 0);
        String statedAgency = agency(doc, Math.max(end, 0));
        if (end < 0) {
            end = doc.size();
        }
        List<Integer> titles = new ArrayList<>();
        for (int i = 0; i + 1 < end; i++) {
            if (PAY_GRADE.matcher(doc.get(i + 1).text()).matches()) {
                titles.add(i);
            }
        }
        if (titles.isEmpty()) {
            throw doc.error(0, "no class found: a class title must be followed by a 'Pay grade:' line");
        }
        int functions = doc.indexOf(t -> t.equalsIgnoreCase("Typical functions"), 0);
        String familySummary = functions > 0 ? doc.join(0, functions) : null;
        List<StatedItem> seriesWide = typicalFunctions(doc, functions, titles.get(0));
        boolean managementFamily = family.toLowerCase(Locale.ROOT).contains("management");
        List<ClassSpec> classes = new ArrayList<>();
        for (int n = 0; n < titles.size(); n++) {
            int at = titles.get(n);
            int next = n + 1 < titles.size() ? titles.get(n + 1) : end;
            ClassSpec spec = readClass(doc, at, next, family, managementFamily, n + 1);
            classes.add(new ClassSpec(spec.title(), spec.aliases(), spec.code(), spec.grades(), spec.summary(),
                    spec.requirements(), spec.tracks(), spec.ladder(), spec.order(), spec.line(),
                    spec.profile().withSeriesItems(seriesWide)));
        }
        return new ParsedDocument(doc.file(), DocumentLayout.FAMILY_CAREER_PATH, statedAgency, family, familySummary,
                classes);
    }

    private static ClassSpec readClass(DocumentLines doc, int at, int next, String family, boolean managementFamily,
            int order) {
        String title = doc.get(at).text();
        Matcher grade = PAY_GRADE.matcher(doc.get(at + 1).text());
        grade.matches();
        List<String> grades = SpecText.grades(grade.group(1));
        int requirementsAt = doc.indexOf(t -> t.startsWith("Minimum Requirements"), at + 2);
        if (requirementsAt < 0 || requirementsAt >= next) {
            throw doc.error(at, "class '" + title + "' has no 'Minimum Requirements' section");
        }
        boolean both = false;
        List<Integer> summaryLines = new ArrayList<>();
        for (int i = at + 2; i < requirementsAt; i++) {
            if (ROLE_NOTE.matcher(doc.get(i).text()).matches()) {
                both = doc.get(i).text().toLowerCase(Locale.ROOT).contains("non-supervisory");
            }
            else {
                summaryLines.add(i);
            }
        }
        String summary = summaryLines.isEmpty() ? null
                : doc.join(summaryLines.get(0), summaryLines.get(summaryLines.size() - 1) + 1);
        String requirementText = requirementsAt + 1 < next ? doc.join(requirementsAt + 1, next) : null;
        String header = doc.get(requirementsAt).text();
        String substitution = header.toLowerCase(Locale.ROOT).contains("substitution")
                ? "Equivalent substitution will be permitted in case of deficiencies in either experience or education."
                : null;
        Requirements requirements = RequirementsReader.read(requirementText, substitution);
        Set<Track> tracks = EnumSet.noneOf(Track.class);
        boolean manages = managementFamily || MANAGING_TITLE.matcher(title).find()
                || (summary != null && MANAGING_SUMMARY.matcher(summary.split("\\.")[0]).find());
        if (both) {
            tracks.addAll(EnumSet.allOf(Track.class));
        }
        else {
            tracks.add(manages ? Track.MANAGEMENT : Track.TECHNICAL);
        }
        List<StatedItem> items = new ArrayList<>(ProfileReader.description(doc.sentences(at + 2, requirementsAt)));
        items.removeIf(i -> i.kind() == ItemKind.RESPONSIBILITY && ROLE_NOTE.matcher(i.text()).matches());
        items.addAll(ProfileReader.credentials(doc.sentences(requirementsAt + 1, next), false));
        ClassProfile profile = new ClassProfile(items, ProfileReader.supervision(items, false));
        return new ClassSpec(title, List.of(), null, grades, summary, requirements, tracks, family, order,
                doc.get(at).number(), profile);
    }

    /**
     * The family's "Typical functions": what classes of the family do, stated once for
     * all of them. The bullets run from the introduction ("… may include the following:")
     * to the first prose after them.
     */
    private static List<StatedItem> typicalFunctions(DocumentLines doc, int heading, int firstClass) {
        if (heading < 0) {
            return List.of();
        }
        int from = heading + 1;
        if (from < firstClass && doc.get(from).text().endsWith(":")) {
            from++;
        }
        int to = from;
        while (to < firstClass && BULLET.matcher(doc.get(to).text()).find()) {
            to++;
        }
        return ProfileReader.items(ItemKind.RESPONSIBILITY, doc.all().subList(from, to), true);
    }

    /** A title that names a supervising or managing class. */
    static boolean managingTitle(String title) {
        return MANAGING_TITLE.matcher(title).find();
    }

    private static String agency(DocumentLines doc, int from) {
        for (int i = from; i < doc.size(); i++) {
            Matcher m = AGENCY.matcher(doc.get(i).text());
            if (m.find()) {
                return m.group(1);
            }
        }
        return null;
    }

}
