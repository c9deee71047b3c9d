package org.careergraph.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.careergraph.vocabulary.ItemKind;
import org.careergraph.vocabulary.TitleWords;
import org.careergraph.vocabulary.Track;

/**
 * Reads a job description that lists its family's Technical Track and Management Track:
 * every listed title becomes a class on its track in listed order, and the described
 * class gets its code, grade and requirements.
 */
final class TrackDescriptionParser {

    private static final Pattern FIELD = Pattern.compile("^(Job Code|Job Title|Pay Grade|JOB FAMILY):\\s*(.+)$");

    private static final Pattern TRACK_HEADING = Pattern.compile("^(Technical|Management) Track:?$");

    private static final Pattern HEADING = Pattern.compile("^[A-Z][A-Z &'/.,-]+(?: \\([^)]*\\))?:$");

    private static final Pattern FOOTER = Pattern.compile("^(Effective|Revised):.*$");

    private TrackDescriptionParser() {
    }

    static ParsedDocument parse(DocumentLines doc) {
        String code = field(doc, "Job Code", false);
        String jobTitle = SpecText.titleCase(field(doc, "Job Title", true));
        String family = field(doc, "JOB FAMILY", true);
        List<String> grades = SpecText.grades(field(doc, "Pay Grade", false));
        String summary = section(doc, "GENERAL SUMMARY:");
        String knowledge = section(doc, "KNOWLEDGE:");
        String experience = section(doc, "EXPERIENCE:");
        String requirementText = knowledge == null ? experience
                : experience == null ? knowledge : knowledge + "\n" + experience;
        Requirements requirements = RequirementsReader.read(requirementText, null);
        ClassProfile profile = profile(doc);
        String[] familyParts = family.split("\\s+[–-]\\s+");
        String specialty = familyParts.length > 1 ? familyParts[familyParts.length - 1] : null;
        String describedKey = TitleWords.key(jobTitle);
        List<ClassSpec> classes = new ArrayList<>();
        boolean found = false;
        for (Track track : Track.values()) {
            int at = doc.indexOf(t -> TRACK_HEADING.matcher(t).matches() && t.startsWith(track.label()), 0);
            if (at < 0) {
                throw doc.error(0, "no '" + track.label() + " Track:' list");
            }
            int order = 0;
            for (int i = at + 1; i < doc.size() && !TRACK_HEADING.matcher(doc.get(i).text()).matches()
                    && !HEADING.matcher(doc.get(i).text()).matches(); i++) {
                if (FOOTER.matcher(doc.get(i).text()).matches()) {
                    continue;
                }
                for (String title : titles(doc.get(i).text(), specialty)) {
                    boolean described = TitleWords.key(title).equals(describedKey);
                    found |= described;
                    classes
                        .add(new ClassSpec(title, described && !title.equals(jobTitle) ? List.of(jobTitle) : List.of(),
                                described ? code : null, described ? grades : List.of(), described ? summary : null,
                                described ? requirements : Requirements.notStated(), Set.of(track),
                                family + " " + track.label() + " Track", ++order, doc.get(i).number(),
                                described ? profile : null));
                }
            }
            if (order == 0) {
                throw doc.error(at, "the " + track.label() + " Track lists no class");
            }
        }
        if (!found) {
            throw doc.error(doc.indexOf(t -> t.startsWith("Job Title:"), 0),
                    "the described class '" + jobTitle + "' is not listed on either track");
        }
        return new ParsedDocument(doc.file(), DocumentLayout.TRACK_DESCRIPTION, null, family, null, classes);
    }

    /**
     * Splits a line that runs several titles together ("IT Specialist – Infrastructure IT
     * Professional – Infrastructure").
     */
    static List<String> titles(String line, String specialty) {
        if (specialty == null) {
            return List.of(line);
        }
        List<String> titles = new ArrayList<>();
        Matcher m = Pattern.compile("(.+?\\s*[–-]\\s*" + Pattern.quote(specialty) + ")(?=\\s|$)").matcher(line);
        int end = 0;
        while (m.find()) {
            titles.add(m.group(1).strip());
            end = m.end();
        }
        String rest = line.substring(end).strip();
        if (!rest.isEmpty()) {
            titles.add(rest);
        }
        return titles;
    }

    private static String field(DocumentLines doc, String name, boolean required) {
        for (var line : doc.all()) {
            Matcher m = FIELD.matcher(line.text());
            if (m.matches() && m.group(1).equals(name)) {
                return m.group(2).strip();
            }
        }
        if (required) {
            throw doc.error(0, "no '" + name + ":' line");
        }
        return null;
    }

    /**
     * The paragraphs under an upper-case heading such as {@code KNOWLEDGE:}, up to the
     * next heading.
     */
    private static String section(DocumentLines doc, String heading) {
        int[] range = range(doc, heading);
        return range == null ? null : doc.join(range[0], range[1]);
    }

    /** The [from, to) lines under the first of the headings the document has, or null. */
    private static int[] range(DocumentLines doc, String... headings) {
        for (String heading : headings) {
            int at = doc.indexOf(t -> SpecText.plain(t).equalsIgnoreCase(heading), 0);
            if (at < 0) {
                continue;
            }
            int end = at + 1;
            while (end < doc.size() && !heading(doc.get(end).text()) && !FIELD.matcher(doc.get(end).text()).matches()) {
                end++;
            }
            return end > at + 1 ? new int[] { at + 1, end } : null;
        }
        return null;
    }

    private static boolean heading(String line) {
        return HEADING.matcher(SpecText.plain(line)).matches() || TRACK_HEADING.matcher(line).matches();
    }

    /** What the description states about the class it describes, section by section. */
    private static ClassProfile profile(DocumentLines doc) {
        List<StatedItem> items = new ArrayList<>();
        items.addAll(ProfileReader.items(ItemKind.RESPONSIBILITY, paragraphs(doc, "GENERAL SUMMARY:"), false));
        items.addAll(ProfileReader.items(ItemKind.RESPONSIBILITY,
                paragraphs(doc, "RESPONSIBILITIES:", "ESSENTIAL DUTIES:", "DUTIES:"), false));
        items.addAll(ProfileReader.items(ItemKind.COMPETENCY, paragraphs(doc, "COMPETENCIES:"), false));
        items.addAll(ProfileReader.items(ItemKind.KNOWLEDGE, paragraphs(doc, "KNOWLEDGE, SKILLS AND ABILITIES:",
                "KNOWLEDGE, SKILLS, AND ABILITIES:", "KNOWLEDGE AND SKILLS:", "SKILLS:"), false));
        for (String requirement : List.of("KNOWLEDGE:", "EXPERIENCE:", "EDUCATION:")) {
            int[] range = range(doc, requirement);
            items.addAll(
                    ProfileReader.credentials(range == null ? List.of() : doc.sentences(range[0], range[1]), false));
        }
        items.addAll(ProfileReader.credentials(paragraphs(doc, "CERTIFICATIONS:", "LICENSES AND CERTIFICATIONS:",
                "LICENSURE & CERTIFICATION:", "LICENSURE AND CERTIFICATION:"), true));
        items.addAll(ProfileReader.items(ItemKind.COMPLEXITY, paragraphs(doc, "COMPLEXITY:"), false));
        items.addAll(ProfileReader.items(ItemKind.IMPACT, paragraphs(doc, "IMPACT OF ACTIONS:", "IMPACT:"), false));
        List<StatedItem> supervision = ProfileReader.items(ItemKind.SUPERVISION,
                paragraphs(doc, "SUPERVISION EXERCISED:", "SUPERVISORY RESPONSIBILITIES:"), false);
        items.addAll(supervision);
        return new ClassProfile(items, ProfileReader.supervision(items, !supervision.isEmpty()));
    }

    private static List<DocumentLines.Line> paragraphs(DocumentLines doc, String... headings) {
        int[] range = range(doc, headings);
        return range == null ? List.of() : doc.paragraphs(range[0], range[1]);
    }

}
