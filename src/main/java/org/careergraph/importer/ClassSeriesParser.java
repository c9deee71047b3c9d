package org.careergraph.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.careergraph.vocabulary.ItemKind;
import org.careergraph.vocabulary.Supervision;
import org.careergraph.vocabulary.TitleWords;
import org.careergraph.vocabulary.Track;

/**
 * Reads a class specification whose "Distinguishing Characteristics" describe every class
 * of its series: each becomes a class in series order, and the specified class gets its
 * code, grade and requirements.
 */
final class ClassSeriesParser {

    static final String CHARACTERISTICS = "Distinguishing Characteristics";

    private static final Pattern TITLE_AND_CODE = Pattern.compile("^(.+?)\\s+[–—-]\\s+([A-Z]{1,5}\\d{2,})$");

    private static final Pattern MEMBER = Pattern.compile("^The (.+?) (?:performs|is|serves|provides)\\b.*$");

    private static final Pattern PAY_GRADE = Pattern.compile("^Pay Grade:\\s*(.*)$", Pattern.CASE_INSENSITIVE);

    private static final Set<String> HEADINGS = Set.of("General Statement of Duties", CHARACTERISTICS,
            "Essential Duties", "Competencies", "Knowledge & Skills", "Level of Supervision Exercised",
            "Education Requirement", "Experience Requirement", "Education & Experience Equivalency",
            "Licensure & Certification", "Working Environment", "Level of Physical Demand", "Physical Demands",
            "Background Check Requirement", "Assessment Requirement", "Probation Period", "Class Detail", "Complexity",
            "Impact of Actions");

    /** Other names HR gives the same headings. */
    private static final Map<String, String> VARIANTS = Map.ofEntries(
            Map.entry("essential duties and responsibilities", "Essential Duties"),
            Map.entry("examples of duties", "Essential Duties"), Map.entry("essential functions", "Essential Duties"),
            Map.entry("typical duties", "Essential Duties"), Map.entry("nature of work", "General Statement of Duties"),
            Map.entry("knowledge, skills and abilities", "Knowledge & Skills"),
            Map.entry("knowledge, skills, and abilities", "Knowledge & Skills"),
            Map.entry("knowledge, skills & abilities", "Knowledge & Skills"),
            Map.entry("supervision exercised", "Level of Supervision Exercised"),
            Map.entry("licenses and certifications", "Licensure & Certification"),
            Map.entry("licences and certifications", "Licensure & Certification"),
            Map.entry("licensure, certification and clearance", "Licensure & Certification"),
            Map.entry("education and experience equivalency", "Education & Experience Equivalency"),
            Map.entry("impact", "Impact of Actions"));

    private static final Map<String, String> BY_KEY = byKey();

    private ClassSeriesParser() {
    }

    private static Map<String, String> byKey() {
        Map<String, String> byKey = new LinkedHashMap<>();
        HEADINGS.forEach(h -> byKey.put(key(h), h));
        VARIANTS.forEach((variant, heading) -> byKey.put(key(variant), heading));
        return byKey;
    }

    private static String key(String text) {
        return SpecText.comparable(text).replace("&", "and").replaceAll("[:.]+$", "").replaceAll("\\s+", " ");
    }

    /**
     * The heading a line is, in this parser's own spelling, or "" when it is no heading.
     */
    static String heading(String line) {
        return line.length() > 60 ? "" : BY_KEY.getOrDefault(key(line), "");
    }

    static ParsedDocument parse(DocumentLines doc) {
        int titleAt = doc.indexOf(t -> TITLE_AND_CODE.matcher(t).matches(), 0);
        if (titleAt < 0) {
            throw doc.error(0, "no class title with a class code (e.g. 'IT Network Engineer Specialist – CI3568')");
        }
        Matcher titleAndCode = TITLE_AND_CODE.matcher(doc.get(titleAt).text());
        titleAndCode.matches();
        String specified = titleAndCode.group(1);
        Map<String, int[]> sections = sections(doc);
        int[] characteristics = sections.get(CHARACTERISTICS);
        List<ClassSpec> classes = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        String specifiedKey = TitleWords.key(specified);
        boolean found = false;
        for (int i = characteristics[0]; i < characteristics[1]; i++) {
            Matcher member = MEMBER.matcher(doc.get(i).text());
            if (!member.matches()) {
                continue;
            }
            String title = member.group(1);
            titles.add(title);
            boolean isSpecified = TitleWords.key(title).equals(specifiedKey);
            found |= isSpecified;
            Requirements requirements = isSpecified ? requirements(doc, sections) : Requirements.notStated();
            List<String> grades = isSpecified ? grades(doc, sections) : List.of();
            Set<Track> tracks = Set
                .of(FamilyCareerPathParser.managingTitle(title) ? Track.MANAGEMENT : Track.TECHNICAL);
            List<StatedItem> own = ProfileReader.description(doc.sentences(i, i + 1));
            ClassProfile profile = isSpecified ? profile(doc, sections, own)
                    : new ClassProfile(own, ProfileReader.supervision(own, false));
            classes.add(new ClassSpec(title, List.of(), isSpecified ? titleAndCode.group(2) : null, grades,
                    doc.get(i).text(), requirements, tracks, null, titles.size(), doc.get(i).number(), profile));
        }
        if (classes.isEmpty()) {
            throw doc.error(characteristics[0] - 1,
                    "'" + CHARACTERISTICS + "' names no class ('The <title> performs …')");
        }
        if (!found) {
            throw doc.error(titleAt,
                    "the specified class '" + specified + "' is not among its Distinguishing Characteristics");
        }
        String series = commonWords(titles);
        List<ClassSpec> named = classes.stream()
            .map(c -> new ClassSpec(c.title(), c.aliases(), c.code(), c.grades(), c.summary(), c.requirements(),
                    c.tracks(), series, c.order(), c.line(), c.profile()))
            .toList();
        String duties = sections.containsKey("General Statement of Duties")
                ? join(doc, sections.get("General Statement of Duties")) : null;
        return new ParsedDocument(doc.file(), DocumentLayout.CLASS_SERIES, null, series, duties, named);
    }

    /** Each known heading and the [from, to) range of lines under it. */
    private static Map<String, int[]> sections(DocumentLines doc) {
        Map<String, int[]> sections = new LinkedHashMap<>();
        String open = null;
        int from = 0;
        for (int i = 0; i <= doc.size(); i++) {
            boolean heading = i < doc.size() && !heading(doc.get(i).text()).isEmpty();
            if (heading || i == doc.size()) {
                if (open != null) {
                    sections.putIfAbsent(open, new int[] { from, i });
                }
                if (heading) {
                    open = heading(doc.get(i).text());
                    from = i + 1;
                }
            }
        }
        if (!sections.containsKey(CHARACTERISTICS)) {
            throw doc.error(0, "no '" + CHARACTERISTICS + "' section");
        }
        return sections;
    }

    /**
     * Everything the specification states about the class it specifies: its own
     * distinguishing characteristic, then its sections. A "Level of Supervision
     * Exercised" section decides supervision.
     */
    private static ClassProfile profile(DocumentLines doc, Map<String, int[]> sections, List<StatedItem> own) {
        List<StatedItem> items = new ArrayList<>(
                own.stream().filter(i -> i.kind() == ItemKind.RESPONSIBILITY).toList());
        items.addAll(ProfileReader.items(ItemKind.RESPONSIBILITY,
                paragraphs(doc, sections.get("General Statement of Duties")), false));
        items.addAll(
                ProfileReader.items(ItemKind.RESPONSIBILITY, paragraphs(doc, sections.get("Essential Duties")), false));
        items.addAll(ProfileReader.items(ItemKind.COMPETENCY, paragraphs(doc, sections.get("Competencies")), false));
        items.addAll(
                ProfileReader.items(ItemKind.KNOWLEDGE, paragraphs(doc, sections.get("Knowledge & Skills")), false));
        List<StatedItem> supervision = ProfileReader.items(ItemKind.SUPERVISION,
                paragraphs(doc, sections.get("Level of Supervision Exercised")), false);
        boolean sectioned = !supervision.isEmpty();
        items.addAll(sectioned ? supervision : own.stream().filter(i -> i.kind() == ItemKind.SUPERVISION).toList());
        for (String requirement : List.of("Education Requirement", "Experience Requirement")) {
            items.addAll(ProfileReader.credentials(sentences(doc, sections.get(requirement)), false));
        }
        items.addAll(ProfileReader.credentials(paragraphs(doc, sections.get("Licensure & Certification")), true));
        int[] background = sections.get("Background Check Requirement");
        items.addAll(ProfileReader
            .credentials(background == null ? List.of() : doc.all().subList(background[0], background[1]), false));
        items.addAll(ProfileReader.items(ItemKind.COMPLEXITY, paragraphs(doc, sections.get("Complexity")), false));
        items.addAll(ProfileReader.items(ItemKind.IMPACT, paragraphs(doc, sections.get("Impact of Actions")), false));
        items.addAll(own.stream().filter(i -> i.kind() == ItemKind.COMPLEXITY || i.kind() == ItemKind.IMPACT).toList());
        return new ClassProfile(items, ProfileReader.supervision(items, sectioned));
    }

    private static List<DocumentLines.Line> paragraphs(DocumentLines doc, int[] range) {
        return range == null ? List.of() : doc.paragraphs(range[0], range[1]);
    }

    private static List<DocumentLines.Line> sentences(DocumentLines doc, int[] range) {
        return range == null ? List.of() : doc.sentences(range[0], range[1]);
    }

    private static Requirements requirements(DocumentLines doc, Map<String, int[]> sections) {
        String education = join(doc, sections.get("Education Requirement"));
        String experience = join(doc, sections.get("Experience Requirement"));
        String text = education == null ? experience : experience == null ? education : education + "\n" + experience;
        return RequirementsReader.read(text, join(doc, sections.get("Education & Experience Equivalency")));
    }

    private static List<String> grades(DocumentLines doc, Map<String, int[]> sections) {
        int[] detail = sections.get("Class Detail");
        int from = detail == null ? 0 : detail[0];
        int at = doc.indexOf(t -> PAY_GRADE.matcher(t).matches(), from);
        if (at < 0) {
            return List.of();
        }
        Matcher m = PAY_GRADE.matcher(doc.get(at).text());
        m.matches();
        return SpecText.grades(m.group(1));
    }

    private static String join(DocumentLines doc, int[] range) {
        return range == null || range[0] >= range[1] ? null : doc.join(range[0], range[1]);
    }

    /**
     * The words every title of the series shares, in the order of the first title: the
     * series name.
     */
    static String commonWords(List<String> titles) {
        List<String> first = List.of(titles.get(0).split("\\s+"));
        List<String> common = first.stream()
            .filter(word -> titles.stream().allMatch(t -> List.of(t.split("\\s+")).contains(word)))
            .toList();
        return common.isEmpty() ? titles.get(0) : String.join(" ", common);
    }

}
