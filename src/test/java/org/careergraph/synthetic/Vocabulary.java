package org.careergraph.synthetic;

import java.util.List;

/**
 * The words synthetic class specifications are made of: functions, ranks, agencies and
 * requirement phrasing.
 */
final class Vocabulary {

    /**
     * A job family: its name, the noun its titles use, and the function peers are matched
     * on.
     */
    record Family(String name, String noun, String function) {
    }

    /**
     * A rung of a ladder: the title prefix or suffix, minimum education and years, and
     * whether it manages.
     */
    record Rank(String word, boolean suffix, String education, int years, boolean manages) {
        String title(Family family) {
            return suffix ? family.name() + " " + word : (word.isEmpty() ? "" : word + " ") + family.noun();
        }
    }

    static final List<Family> FAMILIES = List.of(
            new Family("Network Operations", "Network Operations Technician", "infrastructure"),
            new Family("Technical Support", "Client Support Technician", "user support"),
            new Family("Applications Development", "Applications Developer", "software"),
            new Family("Database Administration", "Database Administrator", "data"),
            new Family("Information Security", "Security Analyst", "security"),
            new Family("Systems Engineering", "Systems Engineer", "infrastructure"),
            new Family("Business Analysis", "Business Analyst", "business analysis"),
            new Family("Project Management", "Project Coordinator", "project management"),
            new Family("Geographic Information Systems", "GIS Analyst", "data"),
            new Family("Web Services", "Web Developer", "software"),
            new Family("Telecommunications", "Telecommunications Specialist", "infrastructure"),
            new Family("Data Analytics", "Data Analyst", "data"));

    static final List<Rank> TECHNICAL_RANKS = List.of(
            new Rank("Trainee", false, "High school diploma or equivalent", 0, false),
            new Rank("Associate", false, "Associate's degree from an accredited institution", 1, false),
            new Rank("", false, "Associate's degree from an accredited institution", 2, false),
            new Rank("Senior", false, "Bachelor's degree from an accredited institution", 3, false),
            new Rank("Lead", false, "Bachelor's degree from an accredited institution", 5, false),
            new Rank("Principal", false, "Bachelor's degree from an accredited institution", 7, false));

    static final List<Rank> MANAGEMENT_RANKS = List.of(
            new Rank("Supervisor", true, "Bachelor's degree from an accredited institution", 6, true),
            new Rank("Manager", true, "Bachelor's degree from an accredited institution", 8, true));

    static final List<String> DEPARTMENTS = List.of("Department of Revenue", "Department of Transportation",
            "Department of Health", "Department of Corrections", "Department of Labor",
            "Department of Natural Resources", "Department of Public Safety", "Department of Social Services",
            "Office of Administration", "Department of Agriculture", "Department of Education",
            "Department of Insurance");

    static final List<String> NUMBER_WORDS = List.of("no", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve");

    private Vocabulary() {
    }

}
